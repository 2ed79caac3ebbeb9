//! One module per route. Pages that later work will fill show their title and summary.

mod emergency;
mod home;
mod not_found;
mod rules;
mod schools;
mod signs;
mod sources;
mod statistics;

use yew::prelude::*;

use crate::components::PageIntro;
use crate::route::{Page, Route};

/// The page for a route, without the surrounding layout.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Home) => html! { <home::Home /> },
        Some(Page::Rules) => html! { <rules::Rules /> },
        Some(Page::Emergency) => html! { <emergency::Emergency /> },
        Some(Page::Schools) => html! { <schools::Schools /> },
        Some(Page::Signs) => html! { <signs::Signs /> },
        Some(Page::Sources) => html! { <sources::Sources /> },
        Some(Page::Statistics) => html! { <statistics::Statistics /> },
        // Their title and one-line summary until their content lands.
        Some(page @ (Page::Quiz | Page::Classroom | Page::Posters)) => {
            html! { <PageIntro {page} /> }
        }
        None => html! { <not_found::NotFound /> },
    }
}
