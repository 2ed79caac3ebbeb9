//! The figures at the top of the statistics page: the latest official total with who
//! said it and when, the civilians among the victims where stated, and the context
//! figures on contamination and clearance, with a range where the speakers differ.

use yew::prelude::*;

use super::timeline_labels::{speaker, statement_figures};
use super::SourceNote;
use crate::hooks::use_lang;
use crate::i18n::{format_date, format_int, t, t_args, Lang};
use crate::model::source;
use crate::model::stats::{self, latest_total, ContextFigure};

#[component]
pub fn HeadlineFigures() -> Html {
    let lang = use_lang();
    let totals = stats::official_totals();
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
            <p class="big-figure">
                <strong>{ format_int(lang, latest.total.unwrap_or_default() as i64) }</strong>
                <span>{ t(lang, "headline-total-text") }</span>
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
    let figures = stats::context_figures();
    let groups = GROUPS.iter().map(|(heading, measures)| {
        let items = measures.iter().filter_map(|measure| {
            // Oldest first (undated first of all); a few rows, so each goes in its place.
            let mut rows: Vec<&ContextFigure> = Vec::new();
            for figure in figures.iter().filter(|f| f.measure == *measure) {
                let at = rows.partition_point(|r| r.date <= figure.date);
                rows.insert(at, figure);
            }
            let summary = summary(lang, measure, &rows)?;
            let said = rows.iter().map(|f| {
                let who = source::find(f.source)
                    .map(|s| t(lang, s.speaker))
                    .unwrap_or_default();
                let when = f
                    .date
                    .map_or_else(|| t(lang, "sources-undated"), |d| format_date(lang, d));
                html! {
                    <li key={f.id}>
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
fn qualified(lang: Lang, figure: &ContextFigure) -> String {
    let value = unit(lang, figure.measure, figure.value);
    t_args(
        lang,
        &format!("qualifier-{}", figure.qualifier),
        &[("value", value.into())],
    )
}

fn unit(lang: Lang, measure: &str, value: u64) -> String {
    let unit = ["km2", "ha", "pct"]
        .into_iter()
        .find(|u| measure.ends_with(u))
        .unwrap_or("count");
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
    Some(if stats::is_cumulative(measure) || low == high {
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
