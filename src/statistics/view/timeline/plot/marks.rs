//! The drawing's marks, each a link to its row in the tables below (so that it works
//! without the wasm): the statements of the official count on their line, the documented
//! incidents below it, or monthly bars when there are too many incidents to tell apart.

use yew::prelude::*;

use super::geometry::{count_y, LANE_BOTTOM, ROWS, ROW_HEIGHT, TOTALS_BOTTOM};
use crate::site::i18n::{format_date, t_args, Lang};
use crate::site::view::svg_number;
use crate::statistics::model::timeline::{statement_height, Mark, PlacedMark, Scale};
use crate::statistics::model::{Counts, Month, OfficialTotal, Period};
use crate::statistics::view::timeline::labels::mark_label;
use crate::statistics::view::{TimelineAction, TimelineState};

/// Which mark is which to the keyboard and to the details.
pub struct MarkStates<'a> {
    /// The mark that takes Tab (every other one is reached with the arrows).
    pub current: Option<&'a str>,
    /// The mark whose details are open.
    pub open: Option<&'a str>,
}

/// A mark's link (`<a id="mark-{id}" href="#row-{id}">`) around its shapes.
fn mark_link(lang: Lang, mark: Mark, states: &MarkStates, shapes: Html) -> Html {
    let id = mark.id();
    let tabindex = if states.current == Some(id) {
        "0"
    } else {
        "-1"
    };
    let selected = states.open == Some(id);
    html! {
        <a key={id} id={format!("mark-{id}")} href={format!("#row-{id}")} {tabindex} aria-label={mark_label(lang, mark)} class={classes!("mark", selected.then_some("selected"))}>
            { shapes }
        </a>
    }
}

/// A point per statement of the official count. A statement on civilians only is not a
/// point of the series: it sits on the axis.
pub fn statement_marks<'a>(
    lang: Lang,
    statements: impl Iterator<Item = &'a OfficialTotal>,
    scale: &Scale,
    y_max: u64,
    states: &MarkStates,
) -> Html {
    statements
        .map(|statement| {
            let x = scale.x(statement.date);
            let (cy, class) = match (statement.total, statement_height(statement)) {
                (Some(total), _) => (count_y(total, y_max), "dot"),
                (None, Some(height)) => (count_y(height, y_max), "dot parts"),
                (None, None) => (TOTALS_BOTTOM, "dot civilians"),
            };
            let shapes = html! {
                <>
                    <circle class="hit" cx={svg_number(x)} cy={svg_number(cy)} r="8" />
                    <circle class={class} cx={svg_number(x)} cy={svg_number(cy)} r="3.2" />
                </>
            };
            mark_link(lang, Mark::Statement(statement), states, shapes)
        })
        .collect()
}

/// A mark per incident, in the row the layout gave it. Shape, not only colour: a filled
/// diamond where someone was killed, a ring where people were injured only.
pub fn incident_marks(lang: Lang, marks: &[PlacedMark], states: &MarkStates) -> Html {
    marks
        .iter()
        .map(|placed| {
            let incident = placed.incident;
            let (x, cy) = (
                placed.x,
                LANE_BOTTOM - ROW_HEIGHT * (placed.row as f64 + 0.5),
            );
            let shape = if incident.killed > 0 {
                html! { <path class="killed" d={format!("M{} {}l3.6 3.6-3.6 3.6-3.6-3.6z", svg_number(x), svg_number(cy - 3.6))} /> }
            } else {
                html! { <circle class="injured" cx={svg_number(x)} cy={svg_number(cy)} r="2.9" /> }
            };
            let shapes = html! {
                <>
                    <circle class="hit" cx={svg_number(x)} cy={svg_number(cy)} r="6" />
                    { shape }
                </>
            };
            mark_link(lang, Mark::Incident(incident), states, shapes)
        })
        .collect()
}

/// One bar per month, killed solid and injured hatched; a tap zooms into that month.
pub fn month_bars(
    lang: Lang,
    bins: &[(Month, Counts)],
    scale: &Scale,
    state: &UseReducerHandle<TimelineState>,
) -> Html {
    let most = bins
        .iter()
        .map(|(_, c)| c.killed + c.injured)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW_HEIGHT * ROWS as f64;
    let width = (scale.month_width() - 1.0).max(0.5);
    bins.iter()
        .filter(|(_, c)| c.incidents > 0)
        .map(|(month, counts)| {
            let x = scale.x_of_month(*month) + 0.5;
            let killed = counts.killed as f64 / most * height;
            let injured = counts.injured as f64 / most * height;
            let label = t_args(
                lang,
                "timeline-bin-label",
                &[
                    ("month", format_date(lang, month.date()).into()),
                    ("incidents", (counts.incidents as i64).into()),
                    ("killed", (counts.killed as i64).into()),
                    ("injured", (counts.injured as i64).into()),
                ],
            );
            let onclick = {
                let state = state.clone();
                let month = *month;
                Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    state.dispatch(TimelineAction::SetPeriod(Period {
                        from: month.offset(-1),
                        to: month.offset(1),
                    }));
                })
            };
            html! {
                <a key={month.0} class="bin" href="#timeline-table" aria-label={label.clone()} {onclick}>
                    <title>{ label }</title>
                    <rect class="killed" x={svg_number(x)} y={svg_number(LANE_BOTTOM - killed)} width={svg_number(width)} height={svg_number(killed)} />
                    <rect class="injured-bar" x={svg_number(x)} y={svg_number(LANE_BOTTOM - killed - injured)} width={svg_number(width)} height={svg_number(injured)} />
                </a>
            }
        })
        .collect()
}
