use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::route::Page;

#[derive(Properties, PartialEq)]
pub struct PageIntroProps {
    pub page: Page,
    #[prop_or_default]
    pub children: Html,
}

/// A page's main heading and its one-line summary (also its meta description), then
/// whatever the page adds.
#[component]
pub fn PageIntro(props: &PageIntroProps) -> Html {
    let lang = use_lang();
    html! {
        <>
            <div class="page-intro">
                <h1>{ props.page.title(lang) }</h1>
                <p class="lead">{ props.page.summary(lang) }</p>
            </div>
            { props.children.clone() }
        </>
    }
}
