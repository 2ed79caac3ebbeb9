//! The site's own model, with no web APIs: the sources it cites and what cites them.

pub mod cite;
pub mod source;
