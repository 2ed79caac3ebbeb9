//! minesafe: mine-risk education for Azerbaijan.
//!
//! One component tree serves twice: [`App`] runs in the browser (hydrating the
//! pre-rendered page), [`StaticApp`] renders any route to HTML on the server side of
//! the build (`src/bin/prerender/`).
//!
//! The code is laid out by domain, one folder per wasm file's content: [`safety`] (the
//! safety pages, in the main wasm file, whose views the schools section reuses),
//! [`statistics`] and [`schools`] (a wasm file each). What every file shares (the URL
//! contract, the texts, the sources, the page's frame) is in [`site`]. Each domain has
//! a `model` free of web APIs, its `view`s and its pages.

pub mod safety;
pub mod schools;
pub mod site;
pub mod statistics;

pub use site::{i18n, route};

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use site::route::{Page, Route};
use site::view::Layout;

/// What one wasm file can show. The statistics page and its timeline are as large as the
/// rest of the site together, so they have a wasm file of their own: a reader who never
/// opens the statistics never downloads them. The school tools (quiz, slides, posters)
/// have one too, for the same reason. Links to a page the running wasm does not have
/// load that page like any link.
#[derive(Clone, Copy)]
pub struct Bundle {
    /// Its name, which tells bundles apart (function pointers cannot be compared).
    pub name: &'static str,
    /// Whether this wasm can show the page (or the not-found page, `None`).
    pub shows: fn(Option<Page>) -> bool,
    /// The page for a route this wasm shows, without the layout.
    pub render: fn(&Route) -> Html,
    /// The parts of the texts its pages need (`i18n::parts`), fetched before it takes
    /// over a page.
    pub texts: &'static [&'static str],
}

impl Bundle {
    /// Every page but the statistics and the schools section (`minesafe.wasm`).
    pub const MAIN: Bundle = Bundle {
        name: "main",
        shows: |page| {
            !matches!(
                page.map(Page::section),
                Some(Page::Statistics | Page::Schools)
            )
        },
        render: safety::pages::render,
        texts: &[i18n::parts::SITE],
    };
    /// The statistics page (`minesafe-statistics.wasm`).
    pub const STATISTICS: Bundle = Bundle {
        name: "statistics",
        shows: |page| page == Some(Page::Statistics),
        render: statistics::render,
        texts: &[i18n::parts::SITE, i18n::parts::STATISTICS],
    };
    /// The teacher's guide and its tools (`minesafe-schools.wasm`).
    pub const SCHOOLS: Bundle = Bundle {
        name: "schools",
        shows: |page| page.map(Page::section) == Some(Page::Schools),
        render: schools::pages::render,
        texts: &[i18n::parts::SITE, i18n::parts::SCHOOLS],
    };
    /// The wasm files the browser loads, one per group of pages. The main one is built
    /// from `index.html`; each other one from a copy naming its binary,
    /// `minesafe-{name}` (see the Makefile).
    pub const BROWSER: [Bundle; 3] = [Bundle::MAIN, Bundle::STATISTICS, Bundle::SCHOOLS];
    /// Every page: for pre-rendering and tests, where size does not matter.
    pub const ALL: Bundle = Bundle {
        name: "all",
        shows: |_| true,
        // Each page as the browser's wasm file for it renders it.
        render: |route| (Bundle::for_route(route).render)(route),
        texts: &i18n::parts::ALL,
    };

    pub fn shows_route(self, route: &Route) -> bool {
        (self.shows)(route.page())
    }

    /// The browser's wasm file for a route.
    pub fn for_route(route: &Route) -> Bundle {
        Bundle::BROWSER
            .into_iter()
            .find(|bundle| bundle.shows_route(route))
            .unwrap_or(Bundle::MAIN)
    }
}

impl PartialEq for Bundle {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl std::fmt::Debug for Bundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bundle({})", self.name)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub bundle: Bundle,
}

/// The browser app: the route comes from the address bar.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <BrowserRouter>
            <Pages bundle={props.bundle} />
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
            <Pages bundle={Bundle::ALL} />
        </Router>
    }
}

/// The page of the current route in the layout, with the bundle known to the links.
#[component]
fn Pages(props: &AppProps) -> Html {
    let bundle = props.bundle;
    html! {
        <ContextProvider<Bundle> context={bundle}>
            <Switch<Route> render={move |route: Route| html! { <Layout>{ (bundle.render)(&route) }</Layout> }} />
        </ContextProvider<Bundle>>
    }
}

/// Fetches the page's texts in its language, then takes over the pre-rendered page in
/// `#app` without redrawing it. If the texts cannot be had, or the page belongs to the
/// other wasm file, the pre-rendered page stays as it is: readable, and its links work.
#[cfg(target_arch = "wasm32")]
pub fn start(bundle: Bundle) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(root) = gloo::utils::document().get_element_by_id("app") else {
            return;
        };
        let path = gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let route = Route::recognize(&path).unwrap_or(Route::NotFound);
        if !bundle.shows_route(&route) {
            gloo::console::warn!(format!(
                "minesafe: {path} is not in this wasm file; staying with the pre-rendered page"
            ));
            return;
        }
        for lang in route.languages_shown() {
            if let Err(problem) = i18n::load(lang, bundle.texts).await {
                gloo::console::warn!(format!(
                    "minesafe: staying with the pre-rendered page ({problem})"
                ));
                return;
            }
        }
        yew::Renderer::<App>::with_root_and_props(root, AppProps { bundle }).hydrate();
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_exactly_one_wasm_file() {
        for route in Route::all().into_iter().chain([Route::NotFound]) {
            let shown_by = Bundle::BROWSER
                .into_iter()
                .filter(|b| b.shows_route(&route))
                .count();
            assert_eq!(shown_by, 1, "{route:?}");
            assert!(Bundle::ALL.shows_route(&route));
        }
        assert!(Bundle::STATISTICS.shows_route(&Route::new(i18n::Lang::Ru, Page::Statistics)));
        for page in [Page::Schools, Page::Quiz, Page::Classroom, Page::Posters] {
            assert_eq!(
                Bundle::for_route(&Route::new(i18n::Lang::Az, page)),
                Bundle::SCHOOLS
            );
        }
        assert_eq!(Bundle::for_route(&Route::NotFound), Bundle::MAIN);
    }
}
