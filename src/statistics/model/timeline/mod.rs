//! The interactive timeline's model: where the marks go, and the reader's view as a URL
//! query. Pure functions, tested natively; the component only draws them.

mod layout;
mod view;

pub use layout::{bin_by_month, lay_out, statement_height, Lane, Mark, PlacedMark, Scale};
pub use view::View;
