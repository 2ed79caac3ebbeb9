use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::route::{Page, Route};
use crate::site::view::RouteLink;

#[derive(Properties, PartialEq)]
pub struct PageLinksProps {
    /// Message id of the list's heading.
    pub heading: AttrValue,
    pub pages: Vec<Page>,
}

/// A list of pages, each with its title and summary: the way onward from a page.
#[component]
pub fn PageLinks(props: &PageLinksProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="page-links" aria-labelledby="page-links-heading">
            <h2 id="page-links-heading">{ t(lang, &props.heading) }</h2>
            <ul>
                { for props.pages.iter().map(|page| html! {
                    <li key={page.key()}>
                        <RouteLink to={Route::new(lang, *page)}>
                            <strong>{ page.title(lang) }</strong>
                            <span>{ page.summary(lang) }</span>
                        </RouteLink>
                    </li>
                }) }
            </ul>
        </section>
    }
}
