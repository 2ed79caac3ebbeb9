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
    /// The parts of its pages it takes over (`site::island`): only those move.
    pub islands: &'static [&'static Island],
}

impl WasmFile {
    /// Whether this file shows the route's page (the not-found page is without wasm).
    pub fn shows(&self, route: &Route) -> bool {
        route.page().is_some_and(|page| self.pages.contains(&page))
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
