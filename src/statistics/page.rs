use yew::prelude::*;

use crate::site::island::IslandFrame;
use crate::statistics::view::{ContextFigures, HeadlineFigures};
use crate::statistics::TIMELINE;

use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::route::Page;
use crate::site::view::PageIntro;

/// The statistics page.
pub fn render() -> Html {
    html! { <Statistics /> }
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
