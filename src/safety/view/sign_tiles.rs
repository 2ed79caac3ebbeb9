use yew::prelude::*;

use crate::safety::model::signs::Sign;
use crate::safety::view::SignDrawing;
use crate::site::i18n::{t, Lang};

/// Signs as a grid of drawings, each named: for the slides and the posters, which show
/// them large and without the signs page's explanations. `id_scope` keeps the drawings'
/// ids apart from another copy of the same sign on the page.
pub fn sign_tiles(lang: Lang, signs: &[Sign], id_scope: &'static str) -> Html {
    html! {
        <ul class="sign-tiles">
            { for signs.iter().map(|sign| {
                let key = sign.drawing.key();
                html! {
                    <li key={key}>
                        <SignDrawing drawing={sign.drawing} {id_scope} />
                        <span>{ t(lang, &format!("sign-{key}")) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}
