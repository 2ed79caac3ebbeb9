//! Which route is shown, and moving to another without loading a page.
//!
//! The site's URLs are recognised by hand (`Route::recognize`), so all a router has to
//! do here is keep the route in a context, follow the browser's Back and Forward, and
//! push an address when a link moves within the app. yew-router does that and much
//! more (path patterns, typed history state through serde and its float formatting),
//! and cost each wasm file 13.7 to 21.8 KB gzip (BENCHMARKS.md, "Every wasm file within
//! budget"); this is the part the site uses.

use yew::prelude::*;

use crate::site::route::Route;

/// The route shown, and the way to show another.
#[derive(Clone, PartialEq)]
pub struct Navigation {
    pub route: Route,
    /// Shows a route, adding it to the browser's history when the router follows the
    /// address bar.
    pub go: Callback<Route>,
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The route to show first.
    pub start: Route,
    /// Whether the router follows the address bar (the browser) or keeps its routes to
    /// itself (pre-rendering and the browser tests, which mount pages side by side).
    pub follows_address_bar: bool,
    pub children: Html,
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let route = use_state_eq(|| props.start.clone());
    let follows = props.follows_address_bar;
    {
        // Back and Forward (and a move to a fragment, which leaves the route as it is).
        let route = route.clone();
        use_effect_with(follows, move |follows| {
            let listener = follows.then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let path = gloo::utils::window()
                        .location()
                        .pathname()
                        .unwrap_or_default();
                    route.set(Route::recognize(&path));
                })
            });
            move || drop(listener)
        });
    }
    let go = {
        let route = route.clone();
        Callback::from(move |to: Route| {
            if follows {
                if let Ok(history) = gloo::utils::window().history() {
                    let _ = history.push_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&to.to_path()),
                    );
                }
            }
            route.set(to);
        })
    };
    let navigation = Navigation {
        route: (*route).clone(),
        go,
    };
    html! {
        <ContextProvider<Navigation> context={navigation}>
            { props.children.clone() }
        </ContextProvider<Navigation>>
    }
}
