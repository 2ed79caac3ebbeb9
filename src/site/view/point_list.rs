use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::cite::Point;

#[derive(Properties, PartialEq)]
pub struct PointListProps {
    /// Each item's text is the message `{prefix}-{key}`.
    pub prefix: AttrValue,
    pub points: &'static [Point],
    /// Numbered steps (`<ol>`) rather than a list of rules (`<ul>`).
    #[prop_or_default]
    pub ordered: bool,
    #[prop_or_default]
    pub class: Classes,
}

/// A list of guidance points, in the order of its table.
#[component]
pub fn PointList(props: &PointListProps) -> Html {
    let lang = use_lang();
    let items = props.points.iter().map(|point| {
        html! { <li key={point.key}>{ t(lang, &format!("{}-{}", props.prefix, point.key)) }</li> }
    });
    if props.ordered {
        html! { <ol class={props.class.clone()}>{ for items }</ol> }
    } else {
        html! { <ul class={props.class.clone()}>{ for items }</ul> }
    }
}
