use yew::prelude::*;

use crate::site::island::IslandFrame;
use crate::statistics::view::{ContextFigures, HeadlineFigures};
use crate::statistics::TIMELINE;

use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::pages::NotFound;
use crate::site::route::{Page, Route};
use crate::site::view::PageIntro;

/// The statistics page (the pre-render step asks for no other route).
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Statistics) => html! { <Statistics /> },
        _ => html! { <NotFound /> },
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
