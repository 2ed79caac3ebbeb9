//! minesafe: mine-risk education for Azerbaijan.
//!
//! Every page is rendered to HTML at build time ([`StaticApp`], by `src/bin/prerender/`).
//! In the browser a wasm file takes over only the parts of a page that move, its
//! islands (`site::island`), rendered by the same components; the pages where nothing
//! moves have no wasm.
//!
//! The code is laid out by domain: [`safety`] (the safety pages, without wasm, whose
//! views the schools section reuses), [`statistics`] and [`schools`] (a wasm file each).
//! What they share (the URL contract, the texts, the sources, the page's frame, the
//! islands) is in [`site`]. Each domain has a `model` free of web APIs, its `view`s and
//! its pages.

pub mod safety;
pub mod schools;
pub mod site;
pub mod statistics;
pub mod wasm_files;

pub use site::wasm_file::WasmFile;
pub use site::{i18n, route};

use yew::prelude::*;

use site::route::Route;
use site::router::Router;
use site::view::Layout;

// The wasm files' allocator: Talc in place of the standard library's dlmalloc, 2.7-3.1 KB
// smaller in gzip (BENCHMARKS.md). This form of it is for a single thread, hence the
// `atomics` guard.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[derive(Properties, PartialEq, Eq, Debug)]
pub struct StaticAppProps {
    /// The path to render, e.g. `/az/rules/`.
    pub path: AttrValue,
}

/// A page at a fixed path: the tree the pre-render step writes, and the component tests
/// mount. The browser never renders it whole; it takes over the page's islands
/// (`site::island`).
#[component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let route = Route::recognize(&props.path);
    html! {
        <Router route={route.clone()}>
            <Layout>{ page(&route) }</Layout>
        </Router>
    }
}

/// The page of a route, from the domain it belongs to.
fn page(route: &Route) -> Html {
    use site::route::Page;
    match route.page() {
        Some(Page::Home | Page::Rules | Page::Signs | Page::Emergency) => {
            safety::pages::render(route)
        }
        Some(page @ (Page::Statistics | Page::StatisticsTable)) => statistics::render(page),
        Some(
            Page::Schools
            | Page::Quiz
            | Page::Classroom
            | Page::Posters
            | Page::Check
            | Page::Family,
        ) => schools::pages::render(route),
        Some(Page::Sources) => html! { <site::pages::Sources /> },
        None => html! { <site::pages::NotFound /> },
    }
}

/// The HTML of one route, as pre-rendered.
#[cfg(feature = "ssr")]
pub async fn render_to_html(route: &Route) -> String {
    let path = AttrValue::from(route.to_path());
    yew::LocalServerRenderer::<StaticApp>::with_props(StaticAppProps { path })
        .render()
        .await
}
