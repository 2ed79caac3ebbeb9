//! The schools section's pages: the teacher's guide and the page for families (without
//! wasm), the tools (quiz, slides, posters, the check before and after a lesson), and the
//! islands the tools' wasm file takes over.

mod check;
mod classroom;
mod family;
mod guide;
mod posters;
mod quiz;

pub use check::CheckRun;
pub use classroom::DeckControls;
pub use quiz::QuizRun;

use yew::prelude::*;

use crate::site::pages::NotFound;
use crate::site::route::{Page, Route};

/// The teacher's guide, its tools and the page for families.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Schools) => html! { <guide::Schools /> },
        Some(Page::Quiz) => html! { <quiz::Quiz /> },
        Some(Page::Classroom) => html! { <classroom::Classroom /> },
        Some(Page::Posters) => html! { <posters::Posters /> },
        Some(Page::Check) => html! { <check::Check /> },
        Some(Page::Family) => html! { <family::Family /> },
        _ => html! { <NotFound /> },
    }
}
