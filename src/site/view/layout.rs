use yew::prelude::*;

use crate::site::hooks::use_current_route;
use crate::site::i18n::{t, t_template};
use crate::site::route::{Page, Route};
use crate::site::view::{LangSwitch, RouteLink, SiteNav};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    #[prop_or_default]
    pub children: Html,
}

/// The frame of every page: skip link, site name, language switch, navigation,
/// the page itself and the footer.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let route = use_current_route();
    let lang = route.lang();
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, "skip-to-content") }</a>
            <header class="site-header">
                <div class="bar">
                    <RouteLink to={Route::new(lang, Page::Home)} class="brand">
                        <svg class="brand-mark" viewBox="0 0 32 28" width="32" height="28" aria-hidden="true" focusable="false">
                            <path d="M16 1 31 27H1Z" fill="#b42318" stroke="#fcd34d" stroke-width="2" stroke-linejoin="round"/>
                            <path d="M16 9v9" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
                            <circle cx="16" cy="22.5" r="1.8" fill="#fff"/>
                        </svg>
                        <span>{ t(lang, "site-name") }</span>
                    </RouteLink>
                    <LangSwitch />
                </div>
                <SiteNav />
            </header>
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer">
                <p>{ t(lang, "footer-privacy") }</p>
                <p>
                    <RouteLink to={Route::new(lang, Page::Sources)}>{ t(lang, "footer-sources-link") }</RouteLink>
                </p>
                // Last, so that nothing moves when a script shows them: the Share button
                // (static/phone.js, where the browser can share) and how far the site is
                // kept on the phone (static/register-sw.js).
                <button type="button" class="share-page" hidden=true>{ t(lang, "share-page") }</button>
                <p class="offline-state" role="status" hidden=true
                    data-saving={t_template(lang, "offline-saving", &["done", "total"])}
                    data-saved={t(lang, "offline-saved")}></p>
            </footer>
        </>
    }
}
