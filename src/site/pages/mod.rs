//! The site's own pages, shown by the safety pages' wasm file: the sources and the
//! not-found page.

mod not_found;
mod sources;

pub use not_found::NotFound;
pub use sources::Sources;
