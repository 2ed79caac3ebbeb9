//! Where each mark of one period and selection goes in the drawing: the statements in
//! view on the line, the incidents in the lane's rows (or, when they do not fit, monthly
//! bars instead), in keyboard order. Pure: the drawing's markup and the moves of its
//! marks (`marked.rs`) both follow from it.

use std::rc::Rc;

use super::geometry::{
    count_y, LANE_BOTTOM, LEFT, MARK_GAP, RIGHT, ROWS, ROW_HEIGHT, TOTALS_BOTTOM,
};
use crate::site::model::order::insert_in_order;
use crate::statistics::model::timeline::{lay_out, statement_height, Lane, Mark, Scale};
use crate::statistics::model::{Counts, Incident, Month, OfficialTotal, Period};
use crate::statistics::view::timeline::marked::Places;

/// The time scale of the plot for `period`.
pub fn scale_of(period: Period) -> Scale {
    Scale {
        period,
        left: LEFT,
        width: RIGHT - LEFT,
    }
}

/// The marks of one period and selection, where they go.
pub struct Placement {
    /// Every mark in view, in keyboard order (by date), with where it goes.
    pub marks: Vec<(Mark<'static>, (f64, f64))>,
    /// The months' bars when the incidents are too many for marks (then `marks` holds
    /// the statements only); empty otherwise.
    pub bins: Vec<(Month, Counts)>,
    /// Where each of `marks` goes, by id: the drawing shows these and hides the others.
    pub at: Rc<Places>,
}

impl Placement {
    /// Nothing placed: the drawing not made yet.
    pub fn empty() -> Placement {
        Placement {
            marks: Vec::new(),
            bins: Vec::new(),
            at: Rc::default(),
        }
    }

    /// Where each mark goes across the plot, 0 at its left edge and 1 at its right.
    pub fn across(&self, index: usize) -> f64 {
        ((self.marks[index].1 .0 - LEFT) / (RIGHT - LEFT)).clamp(0.0, 1.0)
    }
}

/// The height of a statement: on the line at its total (or its stated parts), on the
/// axis when it is on civilians only.
fn statement_y(statement: &OfficialTotal, y_max: u64) -> f64 {
    statement_height(statement).map_or(TOTALS_BOTTOM, |height| count_y(height, y_max))
}

/// Where the statements of `period` and the `incidents` selected go.
pub fn place(
    period: Period,
    statements: &'static [OfficialTotal],
    incidents: &[&'static Incident],
    y_max: u64,
) -> Placement {
    let scale = scale_of(period);
    let mut marks: Vec<(Mark<'static>, (f64, f64))> = Vec::new();
    let mut add = |mark: Mark<'static>, at| {
        insert_in_order(&mut marks, (mark, at), |(old, _), (new, _)| {
            old.date() <= new.date()
        });
    };
    for statement in statements
        .iter()
        .filter(|s| period.contains(Month::of(s.date)))
    {
        add(
            Mark::Statement(statement),
            (scale.x(statement.date), statement_y(statement, y_max)),
        );
    }
    let bins = match lay_out(incidents.iter().copied(), &scale, ROWS, MARK_GAP) {
        Lane::Marks(placed) => {
            for placed in placed {
                let y = LANE_BOTTOM - ROW_HEIGHT * (placed.row as f64 + 0.5);
                add(Mark::Incident(placed.incident), (placed.x, y));
            }
            Vec::new()
        }
        Lane::Bins(bins) => bins,
    };
    Placement {
        at: Rc::new(marks.iter().map(|(m, at)| (m.id(), *at)).collect()),
        marks,
        bins,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::model::test_support::{incident, period, statement};

    fn leak<T>(items: Vec<T>) -> &'static [T] {
        Vec::leak(items)
    }

    #[test]
    fn the_marks_of_the_period_are_placed_in_keyboard_order_and_a_selection_is_stacked_anew() {
        let statements = leak(vec![
            statement("t1", "2021-02-01", 100),
            statement("t-later", "2023-01-01", 300),
        ]);
        let all = leak(vec![
            incident("a", "2021-03-01", 1, 0),
            incident("b", "2021-03-02", 0, 1),
            incident("c", "2021-01-15", 0, 1),
        ]);
        let every: Vec<&'static Incident> = all.iter().collect();
        let year = period("2021-01", "2021-12");
        let placed = place(year, statements, &every, 400);
        let order: Vec<&str> = placed.marks.iter().map(|(m, _)| m.id()).collect();
        assert_eq!(
            order,
            ["c", "t1", "a", "b"],
            "by date, the statement out of the period left out"
        );
        assert!(placed.bins.is_empty());
        let (a, b) = (placed.at["a"], placed.at["b"]);
        assert!(b.1 < a.1, "b a day after a: stacked above it");
        assert_eq!(placed.at.len(), 4);
        assert!(!placed.at.contains_key("t-later"));
        // Across the plot by date: c in January, a early in March.
        assert!(placed.across(0) < 1.0 / 12.0);
        assert!(2.0 / 12.0 < placed.across(2) && placed.across(2) < 2.5 / 12.0);
        // b alone goes down to the lowest row, where a was.
        let only_b = place(year, statements, &[&all[1]], 400);
        assert_eq!(only_b.at["b"].1, a.1);
        assert!(!only_b.at.contains_key("a"));
    }

    #[test]
    fn incidents_too_many_to_stack_give_monthly_bars_and_the_statements_stay_marks() {
        let statements = leak(vec![statement("t1", "2021-02-01", 100)]);
        let crowd: Vec<&'static Incident> = leak(
            (0..=ROWS)
                .map(|_| incident("same-day", "2021-03-01", 0, 1))
                .collect(),
        )
        .iter()
        .collect();
        let placed = place(period("2021-01", "2021-12"), statements, &crowd, 400);
        assert_eq!(placed.bins.len(), 12);
        assert_eq!(placed.bins[2].1.incidents, ROWS as u64 + 1);
        let ids: Vec<&str> = placed.marks.iter().map(|(m, _)| m.id()).collect();
        assert_eq!(ids, ["t1"]);
        assert!(!placed.at.contains_key("same-day"));
    }
}
