//! The schools section's pages: the teacher's guide (without wasm) and its three tools,
//! and the islands the tools' wasm file takes over.

mod classroom;
mod guide;
mod posters;
mod quiz;

pub use classroom::DeckControls;
pub use posters::PrintButton;
pub use quiz::QuizRun;

use yew::prelude::*;

use crate::site::pages::NotFound;
use crate::site::route::{Page, Route};

/// The teacher's guide and its three tools.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Schools) => html! { <guide::Schools /> },
        Some(Page::Quiz) => html! { <quiz::Quiz /> },
        Some(Page::Classroom) => html! { <classroom::Classroom /> },
        Some(Page::Posters) => html! { <posters::Posters /> },
        _ => html! { <NotFound /> },
    }
}
