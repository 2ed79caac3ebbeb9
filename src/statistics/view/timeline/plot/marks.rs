//! The drawing's marks, as markup, each a link to its row in the tables below: the
//! statements of the official count on their line, the documented incidents below it, or
//! monthly bars when there are too many incidents to tell apart. A mark's shapes are drawn
//! around its own origin and the mark is moved to its place (`transform`), so that a
//! filter or a zoom can move the marks already drawn instead of drawing them again
//! (`marked.rs`); which one is open and which takes Tab is set there too.

use std::fmt::Write;

use super::geometry::{LANE_BOTTOM, ROWS, ROW_HEIGHT};
use crate::site::i18n::{format_date_at_start, t_args, Lang};
use crate::site::route::escape_html;
use crate::site::view::svg_number as n;
use crate::statistics::model::timeline::{statement_height, Mark, Scale};
use crate::statistics::model::{Counts, Month};
use crate::statistics::view::timeline::labels::mark_label;
use crate::statistics::view::timeline::marked::translate;

/// `<a class="mark" data-mark="{id}" href="#row-{id}">` around the mark's shapes, at `at`
/// (or, with `None`, at the origin until it is moved). None takes Tab until `marked.rs`
/// sets the one that does.
pub fn mark(out: &mut String, lang: Lang, mark: Mark, at: Option<(f64, f64)>) {
    let id = mark.id();
    let _ = write!(
        out,
        r##"<a class="mark" id="mark-{id}" data-mark="{id}" href="#row-{id}" tabindex="-1" aria-label="{}""##,
        escape_html(&mark_label(lang, mark))
    );
    if let Some(at) = at {
        let _ = write!(out, r#" transform="{}""#, translate(at));
    }
    let _ = write!(out, ">{}</a>", shapes(mark));
}

/// A statement is a point (on the axis when it is on civilians only, not a point of the
/// series); an incident is a filled diamond where someone was killed, a ring where people
/// were injured only: shape, not only colour. Each within a larger circle a pointer hits.
fn shapes(mark: Mark) -> &'static str {
    match mark {
        Mark::Statement(statement) => match (statement.total, statement_height(statement)) {
            (Some(_), _) => r#"<circle class="hit" r="8"/><circle class="dot" r="3.2"/>"#,
            (None, Some(_)) => r#"<circle class="hit" r="8"/><circle class="dot parts" r="3.2"/>"#,
            (None, None) => r#"<circle class="hit" r="8"/><circle class="dot civilians" r="3.2"/>"#,
        },
        Mark::Incident(incident) if incident.killed > 0 => {
            r#"<circle class="hit" r="6"/><path class="killed" d="M0 -3.6l3.6 3.6-3.6 3.6-3.6-3.6z"/>"#
        }
        Mark::Incident(_) => r#"<circle class="hit" r="6"/><circle class="injured" r="2.9"/>"#,
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
