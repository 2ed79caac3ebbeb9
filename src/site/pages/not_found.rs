use yew::prelude::*;

use crate::site::i18n::{t, Lang};
use crate::site::route::{Page, Route};
use crate::site::view::RouteLink;

/// Any unknown address: the way home in all three languages, since the address gives
/// no language to trust.
#[component]
pub fn NotFound() -> Html {
    html! {
        { for Lang::ALL.into_iter().map(|lang| {
            let heading = t(lang, "not-found-title");
            let body = html! {
                <>
                    <p>{ t(lang, "not-found-text") }</p>
                    <p><RouteLink to={Route::new(lang, Page::Home)}>{ t(lang, "not-found-home-link") }</RouteLink></p>
                </>
            };
            // The document is Azerbaijani; the other languages say so with `lang`.
            if lang == Lang::DEFAULT {
                html! { <section key={lang.code()} class="not-found"><h1>{ heading }</h1>{ body }</section> }
            } else {
                html! { <section key={lang.code()} class="not-found" lang={lang.code()}><h2>{ heading }</h2>{ body }</section> }
            }
        }) }
    }
}
