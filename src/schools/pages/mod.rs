//! The pages of the schools section's wasm file: the teacher's guide and its three
//! tools.

mod classroom;
mod guide;
mod posters;
mod quiz;

use yew::prelude::*;

use crate::site::route::{Page, Route};
use crate::site::view::LoadElsewhere;

/// The teacher's guide and its three tools; any other route is loaded as a page.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Schools) => html! { <guide::Schools /> },
        Some(Page::Quiz) => html! { <quiz::Quiz /> },
        Some(Page::Classroom) => html! { <classroom::Classroom /> },
        Some(Page::Posters) => html! { <posters::Posters /> },
        _ => html! { <LoadElsewhere /> },
    }
}
