//! The statistics page and its timeline, with a wasm file of their own: the model of the
//! figures and the timeline (no web APIs), the views and the page.

pub mod model;
mod page;
pub mod view;

pub use page::render;

use crate::site::island::Island;

/// The part of the statistics page that moves: the timeline with its controls, the
/// charts and the tables that follow its selection.
pub static TIMELINE: Island = Island {
    name: "timeline",
    render: || yew::html! { <view::Timeline /> },
};
