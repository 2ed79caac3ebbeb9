use yew::prelude::*;

use crate::safety::view::{EmergencyNumbers, Situation, WhenYouCall};

use crate::safety::model::guidance::SITUATIONS;
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::route::Page;
use crate::site::view::PageIntro;

/// The three situations, kept apart because each needs different behaviour, then what to
/// say when you call (with the phone's position), then the numbers. A short list of links lets a reader in a hurry jump to theirs.
#[component]
pub fn Emergency() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Emergency}>
            <nav class="jump" aria-label={t(lang, "emergency-jump-label")}>
                <ul>
                    { for SITUATIONS.iter().map(|s| html! {
                        <li key={s.key}><a href={format!("#{}", s.key)}>{ t(lang, &format!("situation-{}", s.key)) }</a></li>
                    }) }
                    <li><a href="#call-heading">{ t(lang, "call-heading") }</a></li>
                    <li><a href="#numbers-heading">{ t(lang, "numbers-heading") }</a></li>
                </ul>
            </nav>
            { for SITUATIONS.iter().map(|situation| html! { <Situation key={situation.key} {situation} /> }) }
            <WhenYouCall />
            <EmergencyNumbers />
        </PageIntro>
    }
}
