//! minesafe: mine-risk education for Azerbaijan.
//!
//! One component tree serves twice: [`App`] runs in the browser (hydrating the
//! pre-rendered page), [`StaticApp`] renders any route to HTML on the server side of
//! the build (`src/bin/prerender.rs`).

pub mod components;
pub mod config;
pub mod hooks;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod route;

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use components::Layout;
use route::Route;

/// The browser app: the route comes from the address bar.
#[component]
pub fn App() -> Html {
    html! {
        <BrowserRouter>
            <Switch<Route> render={render_route} />
        </BrowserRouter>
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
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(&*props.path);
    html! {
        <Router {history}>
            <Switch<Route> render={render_route} />
        </Router>
    }
}

fn render_route(route: Route) -> Html {
    html! { <Layout>{ pages::render(&route) }</Layout> }
}

/// The HTML of one route as the browser will hydrate it.
#[cfg(feature = "ssr")]
pub async fn render_to_html(route: &Route) -> String {
    use yew_router::Routable;
    let path = AttrValue::from(route.to_path());
    yew::LocalServerRenderer::<StaticApp>::with_props(StaticAppProps { path })
        .render()
        .await
}
