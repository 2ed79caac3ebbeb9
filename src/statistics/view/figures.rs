//! The figures at the top of the statistics page: the latest official total with who
//! said it and when, the date the figures run to, the civilians among the victims where
//! stated, and the context figures on contamination and clearance, with a range where
//! the speakers differ. Beside every figure: its speaker and the kind of body it is.

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{az_harmony, format_date, format_int, t, t_args, Lang, SpokenUnit};
use crate::site::model::order::insert_in_order;
use crate::site::model::source;
use crate::site::view::SourceNote;
use crate::statistics::model;
use crate::statistics::model::{latest_dates, latest_total, ContextFigure};
use crate::statistics::view::timeline::labels::{speaker, speaker_of, statement_figures};

#[component]
pub fn HeadlineFigures() -> Html {
    let lang = use_lang();
    let totals = model::official_totals();
    let Some(latest) = latest_total(totals) else {
        return Html::default();
    };
    // The newest statement that counts civilians, whatever its date.
    let civilians = totals
        .iter()
        .filter(|s| s.civilians_killed.is_some() && s.civilians_injured.is_some())
        .max_by_key(|s| s.date);
    let said = |date, speaker: String| {
        t_args(
            lang,
            "headline-said",
            &[
                ("date", format_date(lang, date).into()),
                ("speaker", speaker.into()),
            ],
        )
    };
    // The date the figures run to, from the data: the newest statement and incident.
    let (newest_statement, newest_incident) = latest_dates(totals, model::incidents());
    let as_of = newest_statement.map(|date| {
        let incident =
            newest_incident.map_or_else(|| t(lang, "sources-undated"), |d| format_date(lang, d));
        t_args(
            lang,
            "headline-as-of",
            &[
                ("date", format_date(lang, date).into()),
                ("incident", incident.into()),
            ],
        )
    });
    let parts = [
        ("figure-killed", latest.killed),
        ("figure-injured", latest.injured),
    ]
    .into_iter()
    .filter_map(|(id, n)| Some(t_args(lang, id, &[("n", (n? as i64).into())])))
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{ t(lang, "headline-heading") }</h2>
            if let Some(as_of) = as_of { <p class="as-of">{ as_of }</p> }
            <p class="big-figure">
                <strong>{ format_int(lang, latest.total.unwrap_or_default() as i64) }</strong>
                // $n chooses the plural of the words after the figure ("419 человек", "422 человека").
                <span>{ t_args(lang, "headline-total-text", &[("n", (latest.total.unwrap_or_default() as i64).into())]) }</span>
            </p>
            if !parts.is_empty() { <p class="big-parts">{ parts }</p> }
            <p>{ said(latest.date, speaker(lang, latest)) }</p>
            <SourceNote ids={vec![latest.source]} />
            if let Some(statement) = civilians {
                <p>
                    { t(lang, "headline-civilians") }{ " " }
                    { statement_figures(lang, statement) }{ ". " }
                    { said(statement.date, speaker(lang, statement)) }
                </p>
                <SourceNote ids={vec![statement.source]} />
            }
            <p>{ t(lang, "headline-disagree") }</p>
        </section>
    }
}

/// The context figures, grouped; a measure stated by several speakers shows the range
/// and each statement.
const GROUPS: [(&str, &[&str]); 3] = [
    ("context-civilians", &["civilian-share-of-killed-pct"]),
    (
        "context-contamination",
        &[
            "mines-laid",
            "mines-and-uxo",
            "mines-made-2021",
            "mines-made-2021-kalbajar-lachin",
            "mines-made-2021-karabakh",
            "contaminated-area-km2",
            "mined-area-km2",
            "area-to-clear-km2",
            "share-of-country-pct",
        ],
    ),
    (
        "context-clearance",
        &[
            "cleared-ha",
            "items-found",
            "ap-mines-found",
            "at-mines-found",
            "uxo-found",
        ],
    ),
];

#[component]
pub fn ContextFigures() -> Html {
    let lang = use_lang();
    let figures = model::context_figures();
    let groups = GROUPS.iter().map(|(heading, measures)| {
        let items = measures.iter().filter_map(|measure| {
            // Oldest first (undated first of all).
            let mut rows: Vec<&ContextFigure> = Vec::new();
            for figure in figures.iter().filter(|f| f.measure == *measure) {
                insert_in_order(&mut rows, figure, |old, new| old.date <= new.date);
            }
            let summary = summary(lang, measure, &rows)?;
            let said = rows.iter().map(|f| {
                let who = source::find(f.source)
                    .map(|s| speaker_of(lang, s))
                    .unwrap_or_default();
                let when = f
                    .date
                    .map_or_else(|| t(lang, "sources-undated"), |d| format_date(lang, d));
                html! {
                    <li key={f.id} id={format!("figure-{}", f.id)}>
                        { t_args(lang, "context-said", &[("figure", qualified(lang, f).into()), ("speaker", who.into()), ("date", when.into())]) }{ " " }
                        <SourceNote ids={vec![f.source]} labelled={false} />
                    </li>
                }
            });
            Some(html! {
                <li key={*measure}>
                    <strong>{ t(lang, &format!("measure-{measure}")) }</strong>{ ": " }{ summary }
                    <ul class="said">{ for said }</ul>
                </li>
            })
        });
        html! {
            <>
                <h3>{ t(lang, heading) }</h3>
                <ul class="context-figures">{ for items }</ul>
            </>
        }
    });
    html! {
        <section class="context" aria-labelledby="context-heading">
            <h2 id="context-heading">{ t(lang, "context-heading") }</h2>
            { for groups }
        </section>
    }
}

/// One figure: the number as its source put it ("about 1,500,000", "more than 13%").
/// Azerbaijani glues a suffix to it ("1.000.000-dan çox", "13%-dən çox"), whose vowel
/// follows the last word read aloud: the messages choose it by `$harmony`.
fn qualified(lang: Lang, figure: &ContextFigure) -> String {
    let value = unit(lang, figure.measure, figure.value);
    let (_, spoken) = unit_of(figure.measure);
    let harmony = az_harmony(figure.value, spoken).key();
    t_args(
        lang,
        &format!("qualifier-{}", figure.qualifier),
        &[("value", value.into()), ("harmony", harmony.into())],
    )
}

/// The unit a measure is counted in, by the end of its name: its message (`unit-…`)
/// and how it is read aloud.
fn unit_of(measure: &str) -> (&'static str, SpokenUnit) {
    [
        ("km2", SpokenUnit::SquareKilometre),
        ("ha", SpokenUnit::Hectare),
        ("pct", SpokenUnit::Percent),
    ]
    .into_iter()
    .find(|(suffix, _)| measure.ends_with(suffix))
    .unwrap_or(("count", SpokenUnit::Count))
}

fn unit(lang: Lang, measure: &str, value: u64) -> String {
    let (unit, _) = unit_of(measure);
    t_args(
        lang,
        &format!("unit-{unit}"),
        &[("value", (value as i64).into())],
    )
}

/// A counter that only grows (land cleared, items found) shows its latest value; an
/// estimate shows the range when the speakers differ.
fn summary(lang: Lang, measure: &str, rows: &[&ContextFigure]) -> Option<String> {
    let latest = rows.last()?;
    let low = rows.iter().map(|f| f.value).min()?;
    let high = rows.iter().map(|f| f.value).max()?;
    Some(if model::is_cumulative(measure) || low == high {
        qualified(lang, latest)
    } else {
        t_args(
            lang,
            "context-range",
            &[
                ("low", unit(lang, measure, low).into()),
                ("high", unit(lang, measure, high).into()),
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use minesafe_facts::vocab::MEASURES;

    #[test]
    fn every_measure_is_shown_in_one_group() {
        for measure in MEASURES {
            let groups = GROUPS
                .iter()
                .filter(|(_, measures)| measures.contains(measure))
                .count();
            assert_eq!(groups, 1, "{measure} is in {groups} groups");
        }
        for (_, measures) in GROUPS {
            assert!(
                measures.iter().all(|m| MEASURES.contains(m)),
                "{measures:?}"
            );
        }
    }

    fn figure(measure: &'static str, value: u64, qualifier: &'static str) -> ContextFigure {
        ContextFigure {
            id: "x",
            date: None,
            measure,
            value,
            qualifier,
            source: "s",
        }
    }

    #[test]
    fn azerbaijani_more_than_follows_the_last_word_read_aloud() {
        let az = |measure, value| qualified(Lang::Az, &figure(measure, value, "more-than"));
        assert_eq!(az("mines-laid", 1_000_000), "1.000.000-dan çox");
        assert_eq!(az("ap-mines-found", 40_000), "40.000-dən çox");
        assert_eq!(az("share-of-country-pct", 13), "13%-dən çox");
        assert_eq!(az("cleared-ha", 248_000), "248.000 ha-dan çox");
        assert_eq!(
            qualified(Lang::En, &figure("mines-laid", 1_000_000, "more-than")),
            "more than 1,000,000"
        );
        assert_eq!(
            qualified(Lang::Ru, &figure("mines-laid", 1_000_000, "more-than")),
            "более 1\u{a0}000\u{a0}000"
        );
    }
}
