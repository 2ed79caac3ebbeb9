//! Islands: the parts of a page that move, taken over by the wasm one by one while the
//! rest of the pre-rendered page is left as it is.
//!
//! A page's frame and text never change (the statistics page around its timeline, the
//! slides around the deck's buttons): they gain nothing from being rendered again in the
//! browser. Hydrating whole pages made each wasm file carry the layout, the navigation
//! and the pages' content, and made the phone walk all of it. A wasm file hydrates only
//! its islands (`WasmFile::islands`), each from the element the pre-render step wrapped
//! it in; everything else, links too, stays as pre-rendered.

use yew::prelude::*;

use crate::site::hooks::use_current_route;
use crate::site::route::Route;
use crate::site::router::Router;

/// One part of a page that moves.
pub struct Island {
    /// Names the element it is hydrated from (`data-island="{name}"`).
    pub name: &'static str,
    /// What it shows; it reads the route (the language) from its own router.
    pub render: fn() -> Html,
}

impl PartialEq for Island {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl std::fmt::Debug for Island {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Island({})", self.name)
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub island: &'static Island,
}

/// Where a page places an island: the element the browser takes over, and inside it
/// the island as the browser renders it.
#[component]
pub fn IslandFrame(props: &IslandProps) -> Html {
    let route = use_current_route();
    html! {
        <div data-island={props.island.name}>
            <IslandRoot island={props.island} {route} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandRootProps {
    pub island: &'static Island,
    /// The route of the page around it.
    pub route: Route,
}

/// The island with the route of its page, the same on the server and in the browser.
#[component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    use_effect_with((), |_| crate::site::hooks::mark_hydrated());
    html! {
        <Router route={props.route.clone()}>
            { (props.island.render)() }
        </Router>
    }
}
