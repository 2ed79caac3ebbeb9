//! Plain data and queries, with no web APIs: tested natively.

pub mod lessons;
pub mod quiz;
pub mod safety;
pub mod signs;
pub mod slides;
pub mod source;
pub mod stats;
pub mod synthetic;
pub mod timeline;

// Shared with the build script and the tests (crates/facts).
pub use minesafe_facts::{date, topic, vocab};
