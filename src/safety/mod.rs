//! The safety content (the home page, the rules, the signs, the emergency page), pages
//! without wasm: its model (what each page shows and the sources of each point), its
//! views (reused by the schools section) and its pages.

pub mod model;
pub mod pages;
pub mod view;
