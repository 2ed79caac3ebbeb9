use yew::prelude::*;

use crate::site::hooks::use_current_route;
use crate::site::i18n::t;
use crate::site::route::{Page, Route};
use crate::site::view::RouteLink;

/// The way to every section, in the page's language.
#[component]
pub fn SiteNav() -> Html {
    let route = use_current_route();
    let lang = route.lang();
    let section = route.page().map(Page::nav_entry);
    html! {
        <nav class="site-nav" aria-label={t(lang, "nav-label")}>
            <ul>
                { for Page::NAV.into_iter().map(|page| {
                    let class = (section == Some(page)).then_some("in-section");
                    html! {
                        <li key={page.key()}>
                            <RouteLink to={Route::new(lang, page)} class={classes!(class)} current={route.page() == Some(page)}>
                                { t(lang, &format!("nav-{}", page.key())) }
                            </RouteLink>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
