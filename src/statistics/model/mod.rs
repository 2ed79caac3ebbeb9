//! The statistics as data, with no web APIs: the records of `data/`, the figures the page
//! shows, the queries on them, the timeline's months and its layout and state in the
//! address. The types a view needs are re-exported here.

pub mod data;
pub mod period;
pub mod query;
pub mod records;
#[cfg(feature = "synthetic")]
pub mod synthetic;
#[cfg(test)]
pub(crate) mod test_support;
pub mod timeline;

pub use data::{context_figures, incidents, official_totals};
pub use period::{Month, Period};
pub use query::{
    count, group_by, is_cumulative, latest_dates, latest_total, Choices, Counts, Facet, Filter,
    Outcome,
};
pub use records::{ContextFigure, Incident, OfficialTotal};
