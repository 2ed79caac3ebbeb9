use yew::prelude::*;

use crate::safety::view::pictogram::{pictogram, Pictogram};
use crate::site::hooks::use_lang;
use crate::site::i18n::t;

/// The three words children hear everywhere on the site (the rules page, the slides, the
/// posters, the quiz), each with its pictogram: one set of words for children, as UNICEF
/// asks. Message ids: `child-word-{stop,touch,tell}`.
#[component]
pub fn ChildWords() -> Html {
    let lang = use_lang();
    let words = [
        (Pictogram::Stop, "child-word-stop"),
        (Pictogram::DoNotTouch, "child-word-touch"),
        (Pictogram::TellGrownUp, "child-word-tell"),
    ];
    html! {
        <ul class="child-words">
            { for words.into_iter().map(|(kind, id)| html! {
                <li key={id}>{ pictogram(kind) }<strong>{ t(lang, id) }</strong></li>
            }) }
        </ul>
    }
}
