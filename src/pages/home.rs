use yew::prelude::*;

use crate::components::{CoreRules, EmergencyNumbers, PageIntro, PageLinks};
use crate::route::Page;

/// The core message and the numbers first (they must fit a phone screen), then the way
/// to every page.
#[component]
pub fn Home() -> Html {
    let onward: Vec<Page> = Page::NAV.into_iter().filter(|p| *p != Page::Home).collect();
    html! {
        <PageIntro page={Page::Home}>
            <CoreRules />
            <EmergencyNumbers />
            <PageLinks heading="home-pages-heading" pages={onward} />
        </PageIntro>
    }
}
