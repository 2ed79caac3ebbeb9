use yew::prelude::*;

use crate::site::i18n::Lang;
use crate::site::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link to the page being shown (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    /// The language of the linked page and of the link text, when it differs from the
    /// page around it (`hreflang` and `lang`).
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub children: Html,
}

/// A plain `<a href>` to a route of the site, which loads that page (every page is a
/// document of its own), with `aria-current`, `hreflang` and `lang`.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let code = props.lang.map(|lang| AttrValue::Static(lang.code()));
    html! {
        <a
            href={props.to.to_path()}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            hreflang={code.clone()}
            lang={code}
        >
            { props.children.clone() }
        </a>
    }
}
