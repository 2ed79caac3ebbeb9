//! The route a page shows, given to the views below it (`hooks::use_current_route`).
//!
//! Every page is a document of its own: the pages where nothing moves have no wasm, and
//! a wasm file takes over only the islands of its page (`site::island`), so no link moves
//! between pages without loading one and the route never changes once rendered. An earlier
//! version moved between the pages of a wasm file (Back and Forward, pushed addresses); with
//! islands that had nothing left to move.

use yew::prelude::*;

use crate::site::route::Route;

/// The route shown.
#[derive(Clone, PartialEq)]
pub struct Navigation {
    pub route: Route,
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The route of the page.
    pub route: Route,
    pub children: Html,
}

/// Gives the page's route to everything inside it.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let navigation = Navigation {
        route: props.route.clone(),
    };
    html! {
        <ContextProvider<Navigation> context={navigation}>
            { props.children.clone() }
        </ContextProvider<Navigation>>
    }
}
