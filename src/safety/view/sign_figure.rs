use yew::prelude::*;

use crate::safety::model::signs::Sign;
use crate::safety::view::SignDrawing;
use crate::site::i18n::{t, Lang};

/// A drawing with its name and what it means. A function rather than a component: the
/// signs page shows sixteen, and each component would be one more scope to take over.
pub fn sign_figure(lang: Lang, sign: Sign) -> Html {
    let key = sign.drawing.key();
    html! {
        <figure class="sign" {key}>
            <SignDrawing drawing={sign.drawing} />
            <figcaption>
                <strong>{ t(lang, &format!("sign-{key}")) }</strong>
                <span>{ t(lang, &format!("sign-{key}-text")) }</span>
            </figcaption>
        </figure>
    }
}
