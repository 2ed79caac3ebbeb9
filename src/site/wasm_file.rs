//! What a wasm file of the site is: the pages it shows, the parts of the texts it fetches,
//! its stylesheet and its islands. The files themselves are listed in
//! `crate::wasm_files`.

use crate::site::island::Island;
use crate::site::route::{Page, Route};

/// One wasm file of the site.
pub struct WasmFile {
    /// Tells the files apart; `target/trunk-bundles/{name}` holds its Trunk build.
    pub name: &'static str,
    /// Its Cargo binary (`[[bin]]` in Cargo.toml), which Trunk builds.
    pub binary: &'static str,
    /// The pages it shows.
    pub pages: &'static [Page],
    /// The parts of the texts its pages need (`i18n::parts`), fetched before it takes
    /// over a page.
    pub texts: &'static [&'static str],
    /// A stylesheet of its own (`static/{name}`), linked after main.css.
    pub stylesheet: Option<&'static str>,
    /// Pages of its section without wasm, which still link its stylesheet: they are
    /// pre-rendered from its build without its loader.
    pub styles_also: &'static [Page],
    /// The parts of its pages it takes over (`site::island`): only those move.
    pub islands: &'static [&'static Island],
}

impl WasmFile {
    /// Whether this file shows the route's page (the not-found page is without wasm).
    pub fn shows(&self, route: &Route) -> bool {
        route.page().is_some_and(|page| self.pages.contains(&page))
    }

    /// Its browser entry's whole work: fetches the page's texts, then takes over each
    /// island of the page (`[data-island]`). A page without islands, or whose texts
    /// cannot be had, stays as it was pre-rendered.
    #[cfg(target_arch = "wasm32")]
    pub fn start(&'static self) {
        wasm_bindgen_futures::spawn_local(async move {
            let elements = crate::site::dom::all("[data-island]");
            let path = gloo::utils::window()
                .location()
                .pathname()
                .unwrap_or_default();
            let route = Route::recognize(&path);
            if let Err(problem) = crate::site::i18n::load(route.lang(), self.texts).await {
                gloo::console::warn!(format!(
                    "minesafe: staying with the pre-rendered page ({problem})"
                ));
                return;
            }
            // The texts were read and parsed in this task; the islands' hydration, another
            // long piece of work on a slow phone, comes in a task of its own, so that the
            // browser may paint and answer a tap in between.
            gloo::timers::callback::Timeout::new(0, move || self.hydrate(elements, route)).forget();
        });
    }

    /// Takes over each island of the page from the element it was pre-rendered in.
    #[cfg(target_arch = "wasm32")]
    fn hydrate(&'static self, elements: Vec<web_sys::Element>, route: Route) {
        use crate::site::island::{IslandRoot, IslandRootProps};
        for element in elements {
            let name = element.get_attribute("data-island").unwrap_or_default();
            let Some(island) = self.islands.iter().copied().find(|i| i.name == name) else {
                gloo::console::warn!(format!(
                    "minesafe: no island '{name}' in this wasm file; it stays as pre-rendered"
                ));
                continue;
            };
            let props = IslandRootProps {
                island,
                route: route.clone(),
            };
            yew::Renderer::<IslandRoot>::with_root_and_props(element, props).hydrate();
        }
    }
}

impl PartialEq for WasmFile {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl std::fmt::Debug for WasmFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WasmFile({})", self.name)
    }
}
