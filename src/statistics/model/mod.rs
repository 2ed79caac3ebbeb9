//! The statistics as data, with no web APIs: the figures of `data/` and the queries on
//! them, and the timeline's months, layout and state in the address.

pub mod stats;
pub mod synthetic;
pub mod timeline;
