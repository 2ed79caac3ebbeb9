//! The statistics page's views: the headline and context figures, the bar charts and
//! the interactive timeline with its state.

mod bar_chart;
mod figures;
pub mod timeline;

pub use bar_chart::BarChart;
pub use figures::{ContextFigures, HeadlineFigures};
pub use timeline::state::{
    use_timeline, TimelineAction, TimelineDispatch, TimelineSnapshot, TimelineState,
};
pub use timeline::tables::{incident_table, statement_table};
pub use timeline::{selection_status, Timeline};
