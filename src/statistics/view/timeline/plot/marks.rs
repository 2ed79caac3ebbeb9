//! The drawing's marks, as markup, each a link to its row in the tables below (so that it
//! works without the wasm): the statements of the official count on their line, the
//! documented incidents below it, or monthly bars when there are too many incidents to
//! tell apart. Which one is open and which takes Tab is set after each render
//! (`marked.rs`); the markup gives the first in keyboard order Tab, as before any choice.

use std::fmt::Write;

use super::geometry::{count_y, LANE_BOTTOM, ROWS, ROW_HEIGHT, TOTALS_BOTTOM};
use crate::site::i18n::{format_date_at_start, t_args, Lang};
use crate::site::route::escape_html;
use crate::site::view::svg_number as n;
use crate::statistics::model::timeline::{statement_height, Mark, PlacedMark, Scale};
use crate::statistics::model::{Counts, Month, OfficialTotal};
use crate::statistics::view::timeline::labels::mark_label;

/// `<a class="mark" data-mark="{id}" href="#row-{id}">` around `shapes`; `first` takes Tab.
fn mark_link(out: &mut String, lang: Lang, mark: Mark, first: bool, shapes: &str) {
    let id = mark.id();
    let _ = write!(
        out,
        r##"<a class="mark" id="mark-{id}" data-mark="{id}" href="#row-{id}" tabindex="{}" aria-label="{}">{shapes}</a>"##,
        if first { 0 } else { -1 },
        escape_html(&mark_label(lang, mark))
    );
}

/// A point per statement of the official count. A statement on civilians only is not a
/// point of the series: it sits on the axis.
pub fn statement_marks<'a>(
    out: &mut String,
    lang: Lang,
    statements: impl Iterator<Item = &'a OfficialTotal>,
    scale: &Scale,
    y_max: u64,
    first: Option<&str>,
) {
    for statement in statements {
        let x = n(scale.x(statement.date));
        let (cy, class) = match (statement.total, statement_height(statement)) {
            (Some(total), _) => (count_y(total, y_max), "dot"),
            (None, Some(height)) => (count_y(height, y_max), "dot parts"),
            (None, None) => (TOTALS_BOTTOM, "dot civilians"),
        };
        let cy = n(cy);
        let shapes = format!(
            r#"<circle class="hit" cx="{x}" cy="{cy}" r="8"/><circle class="{class}" cx="{x}" cy="{cy}" r="3.2"/>"#
        );
        let mark = Mark::Statement(statement);
        mark_link(out, lang, mark, first == Some(mark.id()), &shapes);
    }
}

/// A mark per incident, in the row the layout gave it. Shape, not only colour: a filled
/// diamond where someone was killed, a ring where people were injured only.
pub fn incident_marks(out: &mut String, lang: Lang, marks: &[PlacedMark], first: Option<&str>) {
    for placed in marks {
        let incident = placed.incident;
        let cy = LANE_BOTTOM - ROW_HEIGHT * (placed.row as f64 + 0.5);
        let (x, y) = (n(placed.x), n(cy));
        let shape = if incident.killed > 0 {
            format!(
                r#"<path class="killed" d="M{x} {}l3.6 3.6-3.6 3.6-3.6-3.6z"/>"#,
                n(cy - 3.6)
            )
        } else {
            format!(r#"<circle class="injured" cx="{x}" cy="{y}" r="2.9"/>"#)
        };
        let shapes = format!(r#"<circle class="hit" cx="{x}" cy="{y}" r="6"/>{shape}"#);
        let mark = Mark::Incident(incident);
        mark_link(out, lang, mark, first == Some(mark.id()), &shapes);
    }
}

/// One bar per month, killed solid and injured hatched; a tap zooms into that month
/// (`data-month`, the month's number since year 0).
pub fn month_bars(out: &mut String, lang: Lang, bins: &[(Month, Counts)], scale: &Scale) {
    let most = bins
        .iter()
        .map(|(_, c)| c.killed + c.injured)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW_HEIGHT * ROWS as f64;
    let width = n((scale.month_width() - 1.0).max(0.5));
    for (month, counts) in bins.iter().filter(|(_, c)| c.incidents > 0) {
        let x = n(scale.x_of_month(*month) + 0.5);
        let killed = counts.killed as f64 / most * height;
        let injured = counts.injured as f64 / most * height;
        let label = escape_html(&t_args(
            lang,
            "timeline-bin-label",
            &[
                ("month", format_date_at_start(lang, month.date()).into()),
                ("incidents", (counts.incidents as i64).into()),
                ("killed", (counts.killed as i64).into()),
                ("injured", (counts.injured as i64).into()),
            ],
        ));
        let _ = write!(
            out,
            r##"<a class="bin" data-month="{}" href="#timeline-table" aria-label="{label}"><title>{label}</title><rect class="killed" x="{x}" y="{}" width="{width}" height="{}"/><rect class="injured-bar" x="{x}" y="{}" width="{width}" height="{}"/></a>"##,
            month.0,
            n(LANE_BOTTOM - killed),
            n(killed),
            n(LANE_BOTTOM - killed - injured),
            n(injured)
        );
    }
}
