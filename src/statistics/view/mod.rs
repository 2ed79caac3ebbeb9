//! The statistics page's views: the headline and context figures, the bar charts and
//! the interactive timeline with its state.

mod bar_chart;
mod figures;
pub mod timeline;
mod timeline_state;

pub use bar_chart::BarChart;
pub use figures::{ContextFigures, HeadlineFigures};
pub use timeline::{selection_status, Timeline};
pub use timeline_state::{use_timeline, TimelineAction, TimelineDispatch, TimelineState};
