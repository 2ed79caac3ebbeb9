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

/// The page for a route, without the surrounding layout: every page.
pub fn render(route: &Route) -> Html {
    match route.page() {
        Some(Page::Statistics) => render_statistics(route),
        _ => render_main(route),
    }
}

/// Every page but the statistics (see [`crate::Bundle`]).
pub fn render_main(route: &Route) -> Html {
    match route.page() {
        Some(Page::Home) => html! { <home::Home /> },
        Some(Page::Rules) => html! { <rules::Rules /> },
        Some(Page::Emergency) => html! { <emergency::Emergency /> },
        Some(Page::Schools) => html! { <schools::Schools /> },
        Some(Page::Signs) => html! { <signs::Signs /> },
        Some(Page::Sources) => html! { <sources::Sources /> },
        // Their title and one-line summary until their content lands.
        Some(page @ (Page::Quiz | Page::Classroom | Page::Posters)) => {
            html! { <PageIntro {page} /> }
        }
        Some(Page::Statistics) => html! { <LoadElsewhere /> },
        None => html! { <not_found::NotFound /> },
    }
}

/// The statistics page; any other route is loaded as a page.
pub fn render_statistics(route: &Route) -> Html {
    match route.page() {
        Some(Page::Statistics) => html! { <statistics::Statistics /> },
        _ => html! { <LoadElsewhere /> },
    }
}

/// A page the running wasm does not have (reached by history, say): the browser loads
/// it from the server, pre-rendered, with its own wasm.
#[component]
fn LoadElsewhere() -> Html {
    use_effect_with((), |_| {
        let _ = gloo::utils::window().location().reload();
    });
    Html::default()
}
