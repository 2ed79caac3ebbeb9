//! Where things go in the drawing, in its own units (the viewBox); the SVG scales to the
//! width of the page.

pub const WIDTH: f64 = 360.0;
pub const HEIGHT: f64 = 222.0;
/// The plot's left and right edges: the count labels sit left of it.
pub const LEFT: f64 = 34.0;
pub const RIGHT: f64 = 352.0;
/// The band of the official totals' line.
pub const TOTALS_TOP: f64 = 16.0;
pub const TOTALS_BOTTOM: f64 = 112.0;
/// The band of the incidents' marks (or monthly bars), rows from the bottom up.
pub const LANE_LABEL_Y: f64 = 124.0;
pub const LANE_BOTTOM: f64 = 190.0;
pub const ROW_HEIGHT: f64 = 9.0;
pub const ROWS: usize = 7;
/// How far apart two marks in one row must be.
pub const MARK_GAP: f64 = 7.0;
/// The time axis.
pub const AXIS_Y: f64 = 196.0;

/// The height of a count in the totals' band, whose top is `y_max` (which stays put while
/// zooming).
pub fn count_y(value: u64, y_max: u64) -> f64 {
    TOTALS_BOTTOM - value as f64 / y_max as f64 * (TOTALS_BOTTOM - TOTALS_TOP)
}
