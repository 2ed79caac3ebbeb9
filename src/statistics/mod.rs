//! The statistics page and its timeline, with a wasm file of their own: the model of the
//! figures and the timeline (no web APIs), the views and the page.

pub mod model;
mod page;
pub mod view;

pub use page::render;
