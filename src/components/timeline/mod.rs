//! The interactive timeline of the statistics page and everything that follows the
//! reader's selection: controls, the drawing, the details of the open mark, the counts,
//! the charts and the table of the same selection. Pre-rendered as the whole period with
//! no filter; after hydration the controls come alive (they are disabled before, so
//! nothing moves on the page).

mod controls;
mod details;
pub(crate) mod labels;
mod plot;
mod tables;

use std::rc::Rc;

use yew::prelude::*;

use super::BarChart;
use crate::hooks::{use_hydrated, use_lang, use_timeline};
use crate::i18n::{format_date, t, t_args};
use crate::model::stats::{self, count, group_by, Incident};
use crate::model::timeline::{statement_height, Mark, Period};
use controls::{Filters, RangeControl, ZoomBar};
use details::MarkDetails;
use plot::TimelinePlot;
use tables::SelectionTables;

fn is_mark(id: &str) -> bool {
    Mark::find(id, stats::official_totals(), stats::incidents()).is_some()
}

#[component]
pub fn Timeline() -> Html {
    let lang = use_lang();
    let statements = stats::official_totals();
    let bounds = *use_memo((), |_| {
        Period::spanning(
            statements
                .iter()
                .map(|s| s.date)
                .chain(stats::incidents().iter().map(|i| i.date)),
        )
        .expect("build.rs guarantees data")
    });
    let state = use_timeline(bounds, is_mark);
    let hydrated = use_hydrated();
    let selection: Rc<Vec<&'static Incident>> = use_memo(state.view.clone(), |view| {
        let filter = view.filter();
        stats::incidents()
            .iter()
            .filter(|i| filter.matches(i))
            .collect()
    });
    let counts = count(selection.iter().copied());
    // Round the axis up to the next hundred.
    let y_max = statements
        .iter()
        .filter_map(statement_height)
        .max()
        .unwrap_or(0)
        .div_ceil(100)
        * 100;

    let period = state.view.period;
    let status = t_args(
        lang,
        "timeline-selection",
        &[
            ("from", format_date(lang, period.from.date()).into()),
            ("to", format_date(lang, period.to.date()).into()),
            ("incidents", (counts.incidents as i64).into()),
            ("killed", (counts.killed as i64).into()),
            ("injured", (counts.injured as i64).into()),
        ],
    );
    let per_year = group_by(selection.iter().copied(), |i| [i.date.year])
        .into_iter()
        .map(|(year, c)| (year.to_string(), c))
        .collect();
    let mut per_district: Vec<_> = group_by(selection.iter().copied(), |i| {
        [i.district.unwrap_or("not-stated")]
    })
    .into_iter()
    .map(|(d, c)| (t(lang, &format!("district-{d}")), c))
    .collect();
    per_district.sort_by_key(|(_, c)| std::cmp::Reverse(c.killed + c.injured));
    let mut per_category: Vec<_> =
        group_by(selection.iter().copied(), |i| i.categories.iter().copied())
            .into_iter()
            .map(|(k, c)| (t(lang, &format!("category-{k}")), c))
            .collect();
    per_category.sort_by_key(|(_, c)| std::cmp::Reverse(c.killed + c.injured));

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ t(lang, "timeline-heading") }</h2>
            <p>{ t(lang, "timeline-intro") }</p>
            <fieldset class="timeline-controls" disabled={!hydrated}>
                <legend class="visually-hidden">{ t(lang, "timeline-controls-label") }</legend>
                <ZoomBar state={state.clone()} />
                <RangeControl state={state.clone()} />
            </fieldset>
            <Filters state={state.clone()} disabled={!hydrated} />
            <p class="timeline-status" aria-live="polite">{ status }</p>
            <TimelinePlot state={state.clone()} {statements} incidents={selection.clone()} {y_max} />
            <p class="timeline-help" id="timeline-keys">
                { t(lang, if hydrated { "timeline-keys" } else { "timeline-needs-js" }) }
            </p>
            <Legend />
            <MarkDetails state={state.clone()} />
            <h2>{ t(lang, "charts-heading") }</h2>
            <p>{ t(lang, "charts-intro") }</p>
            <div class="charts">
                <BarChart caption={t(lang, "chart-per-year")} rows={Rc::new(per_year)} />
                <BarChart caption={t(lang, "chart-per-district")} rows={Rc::new(per_district)} />
                <BarChart caption={t(lang, "chart-per-category")} rows={Rc::new(per_category)} />
            </div>
            <SelectionTables state={state.clone()} incidents={selection} {statements} />
        </section>
    }
}

/// What each shape means, in words beside the shapes.
#[component]
fn Legend() -> Html {
    let lang = use_lang();
    let item = |shape: Html, id: &str| {
        html! {
            <li>
                <svg viewBox="0 0 12 12" width="14" height="14" aria-hidden="true" focusable="false">{ shape }</svg>
                { t(lang, id) }
            </li>
        }
    };
    html! {
        <ul class="legend">
            { item(html! { <circle class="dot" cx="6" cy="6" r="3.5" /> }, "legend-statement") }
            { item(html! { <circle class="dot parts" cx="6" cy="6" r="3.5" /> }, "legend-statement-parts") }
            { item(html! { <path class="killed" d="M6 1.5l4.5 4.5-4.5 4.5-4.5-4.5z" /> }, "legend-killed") }
            { item(html! { <circle class="injured" cx="6" cy="6" r="3.5" /> }, "legend-injured") }
        </ul>
    }
}
