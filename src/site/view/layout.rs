use yew::prelude::*;

use crate::site::hooks::use_current_route;
use crate::site::i18n::t;
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
    use_document_head(route.clone());
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
            </footer>
        </>
    }
}

/// Keeps `<title>`, `<html lang>` and the description in step with client-side
/// navigation (the pre-rendered files already carry them), and moves focus and scroll to
/// the new page's content as a page load would. Effects never run on the server.
#[hook]
fn use_document_head(route: Route) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(route, move |route| {
        let document = gloo::utils::document();
        if std::mem::take(&mut *first_render.borrow_mut()) {
            // The head is already right in the pre-rendered file, and setting `lang`
            // again would make the browser restyle the whole page.
            crate::site::hooks::mark_hydrated();
        } else {
            document.set_title(&route.document_title());
            let _ = gloo::utils::document_element().set_attribute("lang", route.lang().code());
            if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
                let _ = meta.set_attribute("content", &route.description());
            }
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = document.get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }
    });
}
