//! One module per route.

mod classroom;
mod emergency;
mod home;
mod not_found;
mod posters;
mod quiz;
mod rules;
mod schools;
mod signs;
mod sources;
mod statistics;

use yew::prelude::*;

use crate::route::{Page, Route};

/// Every page but the statistics and the schools section (see [`crate::Bundle`]).
pub fn render_main(route: &Route) -> Html {
    match route.page() {
        Some(Page::Home) => html! { <home::Home /> },
        Some(Page::Rules) => html! { <rules::Rules /> },
        Some(Page::Emergency) => html! { <emergency::Emergency /> },
        Some(Page::Signs) => html! { <signs::Signs /> },
        Some(Page::Sources) => html! { <sources::Sources /> },
        Some(_) => html! { <LoadElsewhere /> },
        None => html! { <not_found::NotFound /> },
    }
}

/// The teacher's guide and its three tools; any other route is loaded as a page.
pub fn render_schools(route: &Route) -> Html {
    match route.page() {
        Some(Page::Schools) => html! { <schools::Schools /> },
        Some(Page::Quiz) => html! { <quiz::Quiz /> },
        Some(Page::Classroom) => html! { <classroom::Classroom /> },
        Some(Page::Posters) => html! { <posters::Posters /> },
        _ => html! { <LoadElsewhere /> },
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
