//! Plain data and queries, with no web APIs: tested natively.

pub mod date;
pub mod safety;
pub mod signs;
pub mod source;
pub mod stats;
pub mod synthetic;
pub mod timeline;
pub mod topic;
pub mod vocab;
