//! The check before and after a lesson (`/{lang}/schools/check/`). To be written.

use yew::prelude::*;

use crate::site::route::Page;
use crate::site::view::PageIntro;

#[component]
pub fn Check() -> Html {
    html! { <PageIntro page={Page::Check}><crate::site::island::IslandFrame island={&crate::schools::CHECK} /></PageIntro> }
}

#[component]
pub fn CheckRun() -> Html {
    html! { <div class="check-run"></div> }
}
