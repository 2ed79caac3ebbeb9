//! The site's own model, with no web APIs: the sources it cites and what cites them, and
//! putting lists in order, reading a query string.

pub mod cite;
pub mod order;
pub mod query_string;
pub mod source;
