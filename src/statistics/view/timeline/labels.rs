//! The words for a mark, shared by the drawing (spoken labels), the details panel and the
//! tables: figures exactly as stated, places as each language names them.

use crate::site::i18n::{format_date, t, t_args, Lang};
use crate::site::model::source;
use crate::statistics::model::timeline::Mark;
use crate::statistics::model::{Incident, OfficialTotal};

/// "419 in total, 72 killed, 347 injured": only the parts the speaker stated.
pub fn statement_figures(lang: Lang, statement: &OfficialTotal) -> String {
    let mut parts: Vec<String> = [
        ("figure-total", statement.total),
        ("figure-killed", statement.killed),
        ("figure-injured", statement.injured),
    ]
    .into_iter()
    .filter_map(|(id, n)| Some(figure(lang, id, n?)))
    .collect();
    let civilians: Vec<String> = [
        ("figure-killed", statement.civilians_killed),
        ("figure-injured", statement.civilians_injured),
    ]
    .into_iter()
    .filter_map(|(id, n)| Some(figure(lang, id, n?)))
    .collect();
    if !civilians.is_empty() {
        parts.push(t_args(
            lang,
            "figure-civilians",
            &[("parts", civilians.join(", ").into())],
        ));
    }
    parts.join(", ")
}

/// "2 killed, 3 injured", leaving out a zero.
pub fn incident_figures(lang: Lang, incident: &Incident) -> String {
    [
        ("figure-killed", incident.killed),
        ("figure-injured", incident.injured),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(id, n)| figure(lang, id, n))
    .collect::<Vec<_>>()
    .join(", ")
}

fn figure(lang: Lang, id: &str, n: u64) -> String {
    t_args(lang, id, &[("n", (n as i64).into())])
}

/// "Yusifjanli, Aghdam"; the district alone; or "place not stated". A place always has
/// a district (data/places.csv).
pub fn place(lang: Lang, incident: &Incident) -> String {
    // Message ids: district-{district} (statistics.ftl), place-name-{place} (places.csv).
    let district = incident.district.map(|d| t(lang, &format!("district-{d}")));
    let place = incident.place.map(|p| t(lang, &format!("place-name-{p}")));
    match (place, district) {
        (Some(place), Some(district)) => format!("{place}, {district}"),
        (Some(place), None) => place,
        (None, Some(district)) => district,
        (None, None) => t(lang, "place-not-stated"),
    }
}

/// "Journalist, Public official": who was hurt, as the categories name them.
pub fn victims(lang: Lang, incident: &Incident) -> String {
    incident
        .categories
        .iter()
        .map(|c| t(lang, &format!("category-{c}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Who said a statement, from its source, with the kind of body it is: "Ministry of
/// Foreign Affairs (state body)".
pub fn speaker(lang: Lang, statement: &OfficialTotal) -> String {
    source::find(statement.source)
        .map(|s| speaker_of(lang, s))
        .unwrap_or_default()
}

/// A source's speaker with its kind (message id `speaker-kind-{kind}`).
pub fn speaker_of(lang: Lang, source: &source::Source) -> String {
    t_args(
        lang,
        "speaker-with-kind",
        &[
            ("speaker", t(lang, source.speaker).into()),
            (
                "kind",
                t(lang, &format!("speaker-kind-{}", source.speaker_kind)).into(),
            ),
        ],
    )
}

/// Who said a statement, without the kind: the timeline's spoken labels, kept short
/// (the details and the table beside it give the kind).
pub fn speaker_name(lang: Lang, statement: &OfficialTotal) -> String {
    source::find(statement.source)
        .map(|s| t(lang, s.speaker))
        .unwrap_or_default()
}

/// What a screen reader says for a mark on the timeline.
pub fn mark_label(lang: Lang, mark: Mark) -> String {
    let date = format_date(lang, mark.date());
    match mark {
        Mark::Statement(statement) => t_args(
            lang,
            "timeline-statement-label",
            &[
                ("date", date.into()),
                ("figures", statement_figures(lang, statement).into()),
                ("speaker", speaker_name(lang, statement).into()),
            ],
        ),
        Mark::Incident(incident) => t_args(
            lang,
            "timeline-incident-label",
            &[
                ("date", date.into()),
                ("place", place(lang, incident).into()),
                ("figures", incident_figures(lang, incident).into()),
            ],
        ),
    }
}

/// The marks' shapes at the size of a line of text: a statement's point (hollow when
/// only killed and injured were stated, dashed when only civilians were), a diamond where
/// someone was killed, a ring where people were injured only. The legend draws them as
/// SVG; the month list's marks, hundreds of them, have the stylesheet draw them
/// (`.shape-*`, at the same sizes), which the browser lays out faster at each filter than
/// an SVG per mark (BENCHMARKS.md).
#[derive(Clone, Copy)]
pub enum Shape {
    Statement,
    StatementParts,
    StatementCivilians,
    Killed,
    Injured,
}

impl Shape {
    pub fn of(mark: Mark) -> Shape {
        match mark {
            Mark::Statement(statement) => {
                match (statement.total, statement.killed.or(statement.injured)) {
                    (Some(_), _) => Shape::Statement,
                    (None, Some(_)) => Shape::StatementParts,
                    (None, None) => Shape::StatementCivilians,
                }
            }
            Mark::Incident(incident) if incident.killed > 0 => Shape::Killed,
            Mark::Incident(_) => Shape::Injured,
        }
    }

    /// The shape in a 12 × 12 box.
    pub fn svg(self) -> &'static str {
        match self {
            Shape::Statement => r#"<circle class="dot" cx="6" cy="6" r="3.5"/>"#,
            Shape::StatementParts => r#"<circle class="dot parts" cx="6" cy="6" r="3.5"/>"#,
            Shape::StatementCivilians => r#"<circle class="dot civilians" cx="6" cy="6" r="3.5"/>"#,
            Shape::Killed => r#"<path class="killed" d="M6 1.5l4.5 4.5-4.5 4.5-4.5-4.5z"/>"#,
            Shape::Injured => r#"<circle class="injured" cx="6" cy="6" r="3.5"/>"#,
        }
    }

    /// The stylesheet's class that draws the shape before a mark's text.
    pub fn class(self) -> &'static str {
        match self {
            Shape::Statement => "shape-statement",
            Shape::StatementParts => "shape-statement-parts",
            Shape::StatementCivilians => "shape-statement-civilians",
            Shape::Killed => "shape-killed",
            Shape::Injured => "shape-injured",
        }
    }
}
