//! The safety content as data, with no web APIs: which points each page shows, in which
//! order, and the sources that support each; the signs the site draws.

pub mod guidance;
pub mod signs;
