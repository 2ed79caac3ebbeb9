//! What every wasm file shares: the URL contract, the texts and their languages, the
//! hooks that read the route, the sources the site cites, the page's frame, what a wasm
//! file is, the islands a wasm file hydrates, and the site's own pages (sources,
//! not found).

pub mod address;
pub mod config;
pub mod dom;
pub mod hooks;
pub mod i18n;
pub mod island;
pub mod model;
pub mod pages;
pub mod route;
pub mod router;
pub mod view;
pub mod wasm_file;
