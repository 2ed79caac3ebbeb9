//! Plain data and queries, with no web APIs: tested natively.

pub mod date;
pub mod lessons;
pub mod quiz;
pub mod safety;
pub mod signs;
pub mod slides;
pub mod source;
pub mod stats;
pub mod synthetic;
pub mod timeline;
pub mod topic;
pub mod vocab;
