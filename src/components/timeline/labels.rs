//! The words for a mark, shared by the drawing (spoken labels), the details panel and the
//! tables: figures exactly as stated, places as the sources name them.

use crate::i18n::{format_date, t, t_args, Lang};
use crate::model::source;
use crate::model::stats::{Incident, OfficialTotal};
use crate::model::timeline::Mark;

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

/// "Yusifjanli, Aghdam district"; the district alone; or "place not stated".
pub fn place(lang: Lang, incident: &Incident) -> String {
    let district = incident.district.map(|d| t(lang, &format!("district-{d}")));
    match (incident.settlement, district) {
        (Some(settlement), Some(district)) => format!("{settlement}, {district}"),
        (Some(settlement), None) => settlement.to_string(),
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

/// Who said a statement, from its source.
pub fn speaker(lang: Lang, statement: &OfficialTotal) -> String {
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
                ("speaker", speaker(lang, statement).into()),
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
