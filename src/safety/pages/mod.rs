//! The pages of the site's main wasm file: the safety pages, and the site's own pages.

mod emergency;
mod home;
mod rules;
mod signs;

use yew::prelude::*;

use crate::site::pages::NotFound;
use crate::site::route::{Page, Route};
use crate::site::view::LoadElsewhere;

/// The pages of [`crate::wasm_files::SAFETY`]; any other loads as a page.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Home) => html! { <home::Home /> },
        Some(Page::Rules) => html! { <rules::Rules /> },
        Some(Page::Emergency) => html! { <emergency::Emergency /> },
        Some(Page::Signs) => html! { <signs::Signs /> },
        Some(_) => html! { <LoadElsewhere /> },
        None => html! { <NotFound /> },
    }
}
