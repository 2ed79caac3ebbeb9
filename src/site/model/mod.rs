//! The site's own model, with no web APIs: the sources it cites and what cites them, and
//! putting lists in order.

pub mod cite;
pub mod order;
pub mod source;
