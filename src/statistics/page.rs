//! The statistics pages: the figures with the timeline, and every incident and statement
//! as tables on a page of their own, for a reader without JavaScript and for print.

use yew::prelude::*;

use crate::site::island::IslandFrame;
use crate::statistics::model;
use crate::statistics::view::{incident_table, statement_table, ContextFigures, HeadlineFigures};
use crate::statistics::TIMELINE;

use crate::site::hooks::use_lang;
use crate::site::i18n::{t, t_args};
use crate::site::route::{Page, Route};
use crate::site::view::{PageIntro, RouteLink};

/// The statistics page or the page of its tables.
pub fn render(page: Page) -> Html {
    match page {
        Page::StatisticsTable => html! { <StatisticsTable /> },
        _ => html! { <Statistics /> },
    }
}

/// The official count first, what it does and does not include, then the timeline to
/// explore it and the context figures.
#[component]
pub fn Statistics() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Statistics}>
            <HeadlineFigures />
            <aside class="note" aria-label={t(lang, "sample-note-label")}>
                <p>{ t(lang, "sample-note") }</p>
            </aside>
            <IslandFrame island={&TIMELINE} />
            <ContextFigures />
        </PageIntro>
    }
}

/// Every documented incident and every statement of the official total, each row the
/// target of its mark in the month list (`#row-{id}`). A page without wasm
/// (`wasm_files::WITHOUT_WASM`): nothing on it moves.
#[component]
pub fn StatisticsTable() -> Html {
    let lang = use_lang();
    let incidents: Vec<_> = model::incidents().iter().collect();
    let incidents_caption = t_args(
        lang,
        "table-all-incidents-caption",
        &[("count", (incidents.len() as i64).into())],
    );
    let statements_caption = t(lang, "table-all-statements-caption");
    html! {
        <PageIntro page={Page::StatisticsTable}>
            <p>
                <RouteLink to={Route::new(lang, Page::Statistics)}>{ t(lang, "table-page-back") }</RouteLink>
            </p>
            <div class="table-scroll" role="region" aria-labelledby="incidents-caption" tabindex="0">
                { Html::from_html_unchecked(incident_table(incidents_caption, lang, &incidents, None)) }
            </div>
            <div class="table-scroll" role="region" aria-labelledby="statements-caption" tabindex="0">
                { Html::from_html_unchecked(statement_table(statements_caption, lang, model::official_totals())) }
            </div>
        </PageIntro>
    }
}
