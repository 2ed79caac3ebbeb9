use yew::prelude::*;

use super::SignDrawing;
use crate::hooks::use_lang;
use crate::i18n::t;
use crate::model::signs::Sign;

#[derive(Properties, PartialEq)]
pub struct SignFigureProps {
    pub sign: Sign,
}

/// A drawing with its name and what it means.
#[component]
pub fn SignFigure(props: &SignFigureProps) -> Html {
    let lang = use_lang();
    let key = props.sign.drawing.key();
    html! {
        <figure class="sign">
            <SignDrawing drawing={props.sign.drawing} />
            <figcaption>
                <strong>{ t(lang, &format!("sign-{key}")) }</strong>
                <span>{ t(lang, &format!("sign-{key}-text")) }</span>
            </figcaption>
        </figure>
    }
}
