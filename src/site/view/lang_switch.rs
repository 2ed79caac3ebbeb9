use yew::prelude::*;

use crate::site::hooks::use_current_route;
use crate::site::i18n::{t, Lang};
use crate::site::view::RouteLink;

/// Links to the page being read in each language, each named in its own language
/// (every catalog carries the three names, as `language-name-{code}`).
#[component]
pub fn LangSwitch() -> Html {
    let route = use_current_route();
    let lang = route.lang();
    html! {
        <nav class="lang-switch" aria-label={t(lang, "lang-switch-label")}>
            <ul>
                { for Lang::ALL.into_iter().map(|other| html! {
                    <li key={other.code()}>
                        <RouteLink to={route.in_lang(other)} lang={other} current={other == lang && route.page().is_some()}>
                            { t(lang, &format!("language-name-{}", other.code())) }
                        </RouteLink>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
