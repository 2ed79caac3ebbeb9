use yew::prelude::*;

use crate::safety::view::{glance_sources, CoreRules, EmergencyNumbers, Glance};

use crate::safety::model::guidance::EMERGENCY_NUMBERS;
use crate::site::hooks::use_lang;
use crate::site::model::source;
use crate::site::route::Page;
use crate::site::view::{PageLinks, SourceNote};

/// The core behaviour and the numbers first, so both fit a phone screen without
/// scrolling; then what the site is for, the Public Council's rules and the way to
/// every page.
#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    // The sections, then the page for families beside the schools'.
    let mut onward: Vec<Page> = Page::NAV.into_iter().filter(|p| *p != Page::Home).collect();
    if let Some(schools) = onward.iter().position(|p| *p == Page::Schools) {
        onward.insert(schools + 1, Page::Family);
    }
    html! {
        <>
            <h1 class="home-title">{ Page::Home.title(lang) }</h1>
            <Glance sourced=false />
            <EmergencyNumbers compact=true />
            <SourceNote ids={source::distinct(glance_sources().into_iter().chain(EMERGENCY_NUMBERS.iter().flat_map(|n| n.sources.iter().copied())))} />
            <p class="lead">{ Page::Home.summary(lang) }</p>
            <CoreRules />
            <PageLinks heading="home-pages-heading" pages={onward} />
        </>
    }
}
