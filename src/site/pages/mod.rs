//! The site's own pages, both without wasm (`wasm_files::WITHOUT_WASM`): the sources and
//! the not-found page.

mod not_found;
mod sources;

pub use not_found::NotFound;
pub use sources::{Sources, OFFLINE_SIZE};
