use yew::prelude::*;

use crate::safety::view::sign_drawing::named_svg;
use crate::schools::model::quiz::Scene;
use crate::site::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct SceneDrawingProps {
    pub scene: Scene,
}

/// One of the quiz's scenes, drawn and named as the signs are (see `SignDrawing`): a
/// symbol of the sprite of drawings, with no words of a language.
#[component]
pub fn SceneDrawing(props: &SceneDrawingProps) -> Html {
    let lang = use_lang();
    named_svg(lang, props.scene.key(), "", String::new())
}
