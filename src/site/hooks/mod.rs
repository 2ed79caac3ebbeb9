//! The hooks every page uses: the route shown, its language, and whether the wasm has
//! taken over.

use yew::prelude::*;

use crate::site::i18n::Lang;
use crate::site::route::Route;
use crate::site::router::Navigation;

/// The route being shown; outside a router (component tests), the 404 route.
#[hook]
pub fn use_current_route() -> Route {
    use_context::<Navigation>().map_or(Route::NotFound, |nav| nav.route)
}

/// Lets tests, scripts and the stylesheet (`html[data-hydrated]`) know that the wasm has
/// taken over the page. Called from an effect (effects never run on the server); the rest
/// is already right in the pre-rendered file.
pub fn mark_hydrated() {
    let _ = gloo::utils::document_element().set_attribute("data-hydrated", "");
}

/// False on the server and in the first browser render (which must match it), true once
/// the wasm has taken over: for controls that only work with it.
#[hook]
pub fn use_hydrated() -> bool {
    let hydrated = use_state(|| false);
    {
        let hydrated = hydrated.clone();
        use_effect_with((), move |_| hydrated.set(true));
    }
    *hydrated
}

/// The language of the page being shown, taken from the URL only, so the server and
/// the browser render the same text.
#[hook]
pub fn use_lang() -> Lang {
    use_current_route().lang()
}
