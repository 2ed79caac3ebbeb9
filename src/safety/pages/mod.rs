//! The safety pages and the home page.

mod emergency;
mod home;
mod rules;
mod signs;

use yew::prelude::*;

use crate::site::pages::NotFound;
use crate::site::route::{Page, Route};

/// The safety pages and the home page, pre-rendered without wasm
/// (`wasm_files::WITHOUT_WASM`): nothing on them moves.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Home) => html! { <home::Home /> },
        Some(Page::Rules) => html! { <rules::Rules /> },
        Some(Page::Emergency) => html! { <emergency::Emergency /> },
        Some(Page::Signs) => html! { <signs::Signs /> },
        _ => html! { <NotFound /> },
    }
}
