//! minesafe: mine-risk education for Azerbaijan.
//!
//! One component tree serves twice: [`App`] runs in the browser (hydrating the
//! pre-rendered page), [`StaticApp`] renders any route to HTML on the server side of
//! the build (`src/bin/prerender/`).
//!
//! The code is laid out by domain: [`safety`] (the safety pages, pre-rendered without
//! wasm, whose views the schools section reuses), [`statistics`] and [`schools`] (a wasm
//! file each). What every file shares (the URL
//! contract, the texts, the sources, the page's frame) is in [`site`]. Each domain has
//! a `model` free of web APIs, its `view`s and its pages.

pub mod safety;
pub mod schools;
pub mod site;
pub mod statistics;
pub mod wasm_files;

pub use site::wasm_file::WasmFile;
pub use site::{i18n, route};

use yew::prelude::*;

use site::hooks::use_current_route;
use site::route::Route;
use site::router::Router;
use site::view::Layout;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The wasm file running: the pages it shows, the texts it fetches.
    pub file: &'static WasmFile,
    /// The route of the address the page was loaded at.
    pub start: Route,
}

/// The browser app: the route follows the address bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <Router start={props.start.clone()} follows_address_bar=true>
            <Pages file={Some(props.file)} render={props.file.render} />
        </Router>
    }
}

#[derive(Properties, PartialEq, Eq, Debug)]
pub struct StaticAppProps {
    /// The path to render, e.g. `/az/rules/`.
    pub path: AttrValue,
}

/// The same tree at a fixed path, for pre-rendering and tests.
#[component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let route = Route::recognize(&props.path);
    // The page as the wasm file that shows it will hydrate it.
    let file = wasm_files::for_route(&route);
    let render = file.map_or(wasm_files::render_without_wasm as fn(&Route) -> Html, |f| {
        f.render
    });
    html! {
        <Router start={route} follows_address_bar=false>
            <Pages {file} {render} />
        </Router>
    }
}

/// The page of the current route in the layout, with the wasm file known to the links
/// (`RouteLink`).
#[component]
fn Pages(props: &PagesProps) -> Html {
    let route = use_current_route();
    let page = html! { <Layout>{ (props.render)(&route) }</Layout> };
    match props.file {
        Some(file) => html! {
            <ContextProvider<&'static WasmFile> context={file}>{ page }</ContextProvider<&'static WasmFile>>
        },
        None => page,
    }
}

#[derive(Properties)]
struct PagesProps {
    /// The wasm file that shows the page; `None` for a page without wasm.
    file: Option<&'static WasmFile>,
    /// Its pages, without the layout (passed apart so that the browser's files never
    /// reach the pages without wasm).
    render: fn(&Route) -> Html,
}

/// The file decides the pages (function pointers cannot be compared).
impl PartialEq for PagesProps {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file
    }
}

/// The start of a wasm file that takes over whole pages (a file with islands starts
/// them alone, `site::island::start`). Fetches the page's texts in its language, then
/// takes over the pre-rendered page in `#app` without redrawing it. If the texts cannot be had, or the page belongs to
/// another wasm file, the pre-rendered page stays as it is: readable, and its links work.
#[cfg(target_arch = "wasm32")]
pub fn start(file: &'static WasmFile) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(root) = gloo::utils::document().get_element_by_id("app") else {
            return;
        };
        let path = gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let route = Route::recognize(&path);
        if !file.shows(&route) {
            gloo::console::warn!(format!(
                "minesafe: {path} is not in this wasm file; staying with the pre-rendered page"
            ));
            return;
        }
        for lang in route.languages_shown() {
            if let Err(problem) = i18n::load(lang, file.texts).await {
                gloo::console::warn!(format!(
                    "minesafe: staying with the pre-rendered page ({problem})"
                ));
                return;
            }
        }
        yew::Renderer::<App>::with_root_and_props(root, AppProps { file, start: route }).hydrate();
    });
}

/// The HTML of one route as the browser will hydrate it.
#[cfg(feature = "ssr")]
pub async fn render_to_html(route: &Route) -> String {
    let path = AttrValue::from(route.to_path());
    yew::LocalServerRenderer::<StaticApp>::with_props(StaticAppProps { path })
        .render()
        .await
}
