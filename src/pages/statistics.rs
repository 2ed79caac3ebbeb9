use yew::prelude::*;

use crate::components::{ContextFigures, HeadlineFigures, PageIntro, Timeline};
use crate::hooks::use_lang;
use crate::i18n::t;
use crate::route::Page;

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
            <Timeline />
            <ContextFigures />
        </PageIntro>
    }
}
