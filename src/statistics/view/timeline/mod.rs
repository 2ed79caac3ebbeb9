//! The interactive timeline of the statistics page and everything that follows the
//! reader's selection: controls, the drawing, the details of the open mark, the counts,
//! the charts and the table of the same selection. Pre-rendered as the whole period with
//! no filter, the month list and the charts; after hydration the controls come alive
//! (they are disabled before, so nothing moves on the page), and the drawing (on a wide
//! screen) and the tables are made. Those two are left out of the pre-rendered page so
//! that it arrives in one round trip (BENCHMARKS.md); without JavaScript the month list
//! is shown at every width and its marks link to the page of the tables.

mod controls;
mod details;
pub(crate) mod labels;
mod marked;
mod month_list;
mod plot;
mod screen;
pub mod state;
pub(crate) mod tables;

use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::{use_hydrated, use_lang};
use crate::site::i18n::{format_date, format_date_at_start, t, t_args, Lang};
use crate::site::model::order::insert_in_order;
use crate::site::route::{escape_html, Page, Route};
use crate::statistics::model;
use crate::statistics::model::timeline::{statement_height, Mark};
use crate::statistics::model::Period;
use crate::statistics::model::{count, group_by, Counts, Incident};
use crate::statistics::view::BarChart;
use crate::statistics::view::{use_timeline, TimelineSnapshot};
use controls::{Filters, RangeControl, ZoomBar};
use details::MarkDetails;
use labels::Shape;
use month_list::MonthList;
use plot::TimelinePlot;
use screen::{use_after_paint, use_kept_while_hidden, use_wide_screen};
use tables::{IncidentTable, StatementTable};

fn is_mark(id: &str) -> bool {
    Mark::find(id, model::official_totals(), model::incidents()).is_some()
}

#[component]
pub fn Timeline() -> Html {
    let lang = use_lang();
    let statements = model::official_totals();
    // Both follow from the bundled data only: once per mount.
    let (bounds, y_max) = *use_memo((), |_| {
        let bounds = Period::spanning(
            statements
                .iter()
                .map(|s| s.date)
                .chain(model::incidents().iter().map(|i| i.date)),
        )
        .expect("build.rs guarantees data");
        // The axis ends at the next hundred above the highest point.
        let highest = statements.iter().filter_map(statement_height).max();
        (bounds, highest.unwrap_or(0).div_ceil(100) * 100)
    });
    let state = use_timeline(bounds, is_mark);
    let dispatch = state.dispatcher();
    let hydrated = use_hydrated();
    // Keyed on the filter, not the whole view: opening a mark recomputes nothing.
    let selection: Rc<Vec<&'static Incident>> = use_memo(state.view.filter(), |filter| {
        filter.apply(model::incidents()).collect()
    });
    let counts = count(selection.iter().copied());
    // Below the timeline: made again once the timeline's change has been painted.
    let (later, later_period) = use_after_paint((selection.clone(), state.view.period));
    let charts = use_memo((later.clone(), lang), |(incidents, lang)| {
        Charts::new(*lang, incidents)
    });
    let everything = use_memo((), |_| model::incidents().iter().collect::<Vec<_>>());
    let wide = use_wide_screen();
    // The form not shown keeps the properties it had, so that Yew does not render it
    // again at every change; it catches up when it is shown.
    let now = (TimelineSnapshot::of(&state), selection);
    // The drawing is made from the first time it is shown (never pre-rendered, its empty
    // frame keeps its place), and kept with the rest while hidden.
    let drawn = use_kept_while_hidden(
        (now.0.clone(), now.1.clone(), wide == Some(true)),
        wide != Some(false),
        Clone::clone,
    );
    let listed = use_kept_while_hidden(
        (now.0, now.1, wide.map(|w| !w)),
        wide != Some(true),
        Clone::clone,
    );

    // The page around the timeline never changes: the parts of it off screen are not
    // laid out and painted again at each change (a filter on a phone, BENCHMARKS.md).
    use_effect_with((), |_| {
        let _ = crate::site::dom::set_aside_frame_off_screen();
    });
    let period = state.view.period;
    let status = selection_status(lang, period, counts);
    let texts = use_memo(lang, |lang| Texts::new(*lang));

    html! {
        // Below the first screen: the start script (static/start.js) takes the page over
        // when this comes near it, not while the reader is on the figures above.
        <section class="timeline" aria-labelledby="timeline-heading" data-hydrate="near">
            { Html::from_html_unchecked(texts.head.clone()) }
            <fieldset class="timeline-controls" disabled={!hydrated}>
                <legend class="visually-hidden">{ t(lang, "timeline-controls-label") }</legend>
                <ZoomBar dispatch={dispatch.clone()} {period} {bounds} />
                <RangeControl dispatch={dispatch.clone()} {period} {bounds} />
            </fieldset>
            <Filters dispatch={dispatch.clone()} choices={state.view.choices.clone()} disabled={!hydrated} />
            <p class="timeline-status" aria-live="polite">{ status }</p>
            // The drawing on a wide screen, the month list on a phone (the stylesheet shows
            // one); the list and the drawing's frame (its size follows from its viewBox) are
            // there from the start, so the page never changes its layout.
            <TimelinePlot state={drawn.0.clone()} {statements} incidents={drawn.1.clone()} {y_max} drawn={drawn.2} />
            <MonthList state={listed.0.clone()} {statements} incidents={listed.1.clone()} everything={everything.clone()} shown={listed.2} />
            { Html::from_html_unchecked(texts.legend.clone()) }
            // The drawing's details; on a phone the month list's open under their month.
            <MarkDetails dispatch={dispatch.clone()} mark={state.view.mark.clone().filter(|_| wide != Some(false))} class="for-drawing" />
            { Html::from_html_unchecked(texts.charts.clone()) }
            <div class="charts">
                <BarChart caption={t(lang, "chart-per-year")} rows={charts.per_year.clone()} />
                <BarChart caption={t(lang, "chart-per-district")} rows={charts.per_district.clone()} />
                <BarChart caption={t(lang, "chart-per-category")} rows={charts.per_category.clone()} />
            </div>
            { Html::from_html_unchecked(texts.table.clone()) }
            if hydrated {
                <IncidentTable incidents={later} {everything} mark={state.view.mark.clone()} />
                <StatementTable {statements} period={later_period} mark={state.view.mark.clone()} />
            }
        </section>
    }
}

/// "December 2020 – March 2026: 4 documented incidents, 4 killed, 13 injured."
pub fn selection_status(lang: Lang, period: Period, counts: Counts) -> String {
    t_args(
        lang,
        "timeline-selection",
        &[
            // The start of the sentence: "Dekabr 2020 – mart 2026: …".
            (
                "from",
                format_date_at_start(lang, period.from.date()).into(),
            ),
            ("to", format_date(lang, period.to.date()).into()),
            ("incidents", (counts.incidents as i64).into()),
            ("killed", (counts.killed as i64).into()),
            ("injured", (counts.injured as i64).into()),
        ],
    )
}

type ChartRows = Rc<Vec<(String, Counts)>>;

/// The charts of the incidents selected.
struct Charts {
    per_year: ChartRows,
    per_district: ChartRows,
    per_category: ChartRows,
}

impl Charts {
    fn new(lang: Lang, incidents: &[&'static Incident]) -> Charts {
        let all = || incidents.iter().copied();
        let per_year = group_by(all(), |i| [i.date.year])
            .into_iter()
            .map(|(year, c)| (year.to_string(), c))
            .collect();
        Charts {
            per_year: Rc::new(per_year),
            per_district: ranked(
                lang,
                "district",
                group_by(all(), |i| [i.district.unwrap_or("not-stated")]),
            ),
            per_category: ranked(
                lang,
                "category",
                group_by(all(), |i| i.categories.iter().copied()),
            ),
        }
    }
}

/// Groups named by their message `{prefix}-{key}` (`district-aghdam`,
/// `category-civilian`), most victims first.
fn ranked(lang: Lang, prefix: &str, groups: Vec<(&str, Counts)>) -> ChartRows {
    let victims = |c: &Counts| c.killed + c.injured;
    let mut rows: Vec<(String, Counts)> = Vec::with_capacity(groups.len());
    for (key, c) in groups {
        // Equal groups keep the key order.
        let row = (t(lang, &format!("{prefix}-{key}")), c);
        insert_in_order(&mut rows, row, |(_, old), (_, new)| {
            victims(old) >= victims(new)
        });
    }
    Rc::new(rows)
}

/// The section's words that change with nothing but the language, as markup: made once,
/// not built and compared as virtual nodes at every change.
struct Texts {
    /// The heading, the drawing's intro and keys, and the month list's help.
    head: AttrValue,
    /// The legend of the shapes.
    legend: AttrValue,
    /// The charts' heading and intro.
    charts: AttrValue,
    /// The tables' heading, and the link to the page of every incident and statement.
    table: AttrValue,
}

impl Texts {
    fn new(lang: Lang) -> Texts {
        let text = |id: &str| escape_html(&t(lang, id));
        // Both texts of a help are there from the start, one over the other, and the
        // stylesheet shows one by `html[data-hydrated]`: the paragraph keeps its height
        // when the wasm takes over, so nothing below it moves under the reader's eyes.
        // The first says what to do while the wasm has not taken over: the list's marks
        // are links to the tables' page, the drawing is empty until then and links to it.
        // Each paragraph's id is its message's.
        let help = |until_hydrated: &str, id: &str, class: &str| {
            format!(
                r#"<p class="timeline-help {class}" id="{id}"><span class="until-hydrated">{until_hydrated}</span><span class="when-hydrated">{}</span></p>"#,
                text(id)
            )
        };
        let table_page = Page::StatisticsTable;
        let table_link = format!(
            r#"<a href="{}">{}</a>"#,
            Route::new(lang, table_page).to_path(),
            escape_html(&table_page.title(lang))
        );
        let drawing_needs_js = format!("{} {table_link}", text("timeline-drawing-needs-js"));
        // What each shape means, in words beside the shapes.
        let legend_item = |shape: &str, id: &str| {
            format!(
                r#"<li><svg viewBox="0 0 12 12" width="14" height="14" aria-hidden="true" focusable="false">{shape}</svg>{}</li>"#,
                text(id)
            )
        };
        let legend = [
            (Shape::Statement, "legend-statement"),
            (Shape::StatementParts, "legend-statement-parts"),
            (Shape::Killed, "legend-killed"),
            (Shape::Injured, "legend-injured"),
        ]
        .map(|(shape, id)| legend_item(shape.svg(), id))
        .concat();
        Texts {
            // The drawing's words and its keys, or on a phone the month list's own (the
            // drawing's are about a line); before the controls, so that what to do when
            // the drawing does not come is read before its empty frame.
            head: format!(
                r#"<h2 id="timeline-heading">{}</h2><p class="for-drawing">{}</p>{}{}"#,
                text("timeline-heading"),
                text("timeline-intro"),
                help(&drawing_needs_js, "timeline-keys", "for-drawing"),
                help(&text("timeline-needs-js"), "timeline-list-help", "for-list")
            )
            .into(),
            legend: format!(r#"<ul class="legend">{legend}</ul>"#).into(),
            charts: format!(
                "<h2>{}</h2><p>{}</p>",
                text("charts-heading"),
                text("charts-intro")
            )
            .into(),
            table: format!(
                r#"<h2 id="timeline-table">{}</h2><p>{} {table_link}</p>"#,
                text("table-heading"),
                text("table-page-intro"),
            )
            .into(),
        }
    }
}
