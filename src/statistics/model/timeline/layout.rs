//! Where things go on the timeline's drawing: the horizontal scale, the incidents'
//! marks in rows (or monthly bins when they do not fit), the statements on the line.

use crate::site::model::order::insert_in_order;
use crate::statistics::model::period::{position, Month, Period};
use crate::statistics::model::query::Counts;
use crate::statistics::model::records::{Incident, OfficialTotal};
use minesafe_facts::date::PartialDate;

/// Maps time to the horizontal axis of the drawing.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Scale {
    pub period: Period,
    pub left: f64,
    pub width: f64,
}

impl Scale {
    pub fn x(&self, date: PartialDate) -> f64 {
        self.x_of_position(position(date))
    }

    /// The left edge of a month.
    pub fn x_of_month(&self, month: Month) -> f64 {
        self.x_of_position(f64::from(month.0))
    }

    fn x_of_position(&self, months: f64) -> f64 {
        let from = f64::from(self.period.from.0);
        self.left + (months - from) / f64::from(self.period.months()) * self.width
    }

    pub fn month_width(&self) -> f64 {
        self.width / f64::from(self.period.months())
    }
}

/// Where the incidents of a period go on the timeline: one mark each while they fit in
/// the lane's rows, otherwise one bar per month (thousands of marks would be neither
/// readable nor fast).
#[derive(Clone, PartialEq, Debug)]
pub enum Lane<'a> {
    Marks(Vec<PlacedMark<'a>>),
    Bins(Vec<(Month, Counts)>),
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PlacedMark<'a> {
    pub incident: &'a Incident,
    pub x: f64,
    /// 0 is the row nearest the axis.
    pub row: usize,
}

/// Places each incident at its date in the first row where it keeps `gap` from the mark
/// before it; falls back to monthly bins when `rows` rows are not enough.
pub fn lay_out<'a>(
    incidents: impl IntoIterator<Item = &'a Incident>,
    scale: &Scale,
    rows: usize,
    gap: f64,
) -> Lane<'a> {
    // In time order. The incidents come nearly so (the data's order, the synthetic ones
    // sorted once), so each goes in its place at or near the end, without a sort.
    let mut shown: Vec<&Incident> = Vec::new();
    for incident in incidents
        .into_iter()
        .filter(|i| scale.period.contains(Month::of(i.date)))
    {
        let at = position(incident.date);
        insert_in_order(&mut shown, incident, |before, _| {
            position(before.date) <= at
        });
    }
    let mut row_ends = vec![f64::NEG_INFINITY; rows];
    let mut marks = Vec::with_capacity(shown.len());
    for incident in &shown {
        let x = scale.x(incident.date);
        let Some(row) = row_ends.iter().position(|end| x - end >= gap) else {
            return Lane::Bins(bin_by_month(shown, scale.period));
        };
        row_ends[row] = x;
        marks.push(PlacedMark { incident, x, row });
    }
    Lane::Marks(marks)
}

/// Counts per month of `period`, every month present (zero when nothing happened).
pub fn bin_by_month<'a>(
    incidents: impl IntoIterator<Item = &'a Incident>,
    period: Period,
) -> Vec<(Month, Counts)> {
    let mut bins: Vec<(Month, Counts)> = (period.from.0..=period.to.0)
        .map(|m| (Month(m), Counts::default()))
        .collect();
    for incident in incidents {
        if let Some(at) = period.index_of(Month::of(incident.date)) {
            bins[at].1.add(incident);
        }
    }
    bins
}

/// The height at which a statement sits on the cumulative line: its total or, when the
/// speaker gave only killed and injured, the two together. `None` for a statement on
/// civilians only, which is not a point of the series. The label always shows the
/// figures as stated.
pub fn statement_height(statement: &OfficialTotal) -> Option<u64> {
    statement
        .total
        .or_else(|| Some(statement.killed? + statement.injured?))
}

/// Something on the timeline a reader can focus: a statement of the official total or a
/// documented incident.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mark<'a> {
    Statement(&'a OfficialTotal),
    Incident(&'a Incident),
}

impl<'a> Mark<'a> {
    pub fn id(self) -> &'a str {
        match self {
            Mark::Statement(s) => s.id,
            Mark::Incident(i) => i.id,
        }
    }

    pub fn date(self) -> PartialDate {
        match self {
            Mark::Statement(s) => s.date,
            Mark::Incident(i) => i.date,
        }
    }

    /// The mark with `id` among all statements and incidents.
    pub fn find(
        id: &str,
        statements: &'a [OfficialTotal],
        incidents: &'a [Incident],
    ) -> Option<Self> {
        statements
            .iter()
            .map(Mark::Statement)
            .chain(incidents.iter().map(Mark::Incident))
            .find(|m| m.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::statistics::model::test_support::{incident, month, period};

    #[test]
    fn the_scale_puts_dates_inside_their_month() {
        let scale = Scale {
            period: period("2021-01", "2021-10"),
            left: 0.0,
            width: 100.0,
        };
        assert_eq!(scale.month_width(), 10.0);
        assert_eq!(scale.x_of_month(month("2021-03")), 20.0);
        let mid = scale.x(PartialDate::parse("2021-03").unwrap());
        assert_eq!(mid, 25.0);
        let first = scale.x(PartialDate::parse("2021-03-01").unwrap());
        let last = scale.x(PartialDate::parse("2021-03-31").unwrap());
        assert!(20.0 < first && first < mid && mid < last && last < 30.0);
    }

    #[test]
    fn marks_stack_in_rows_and_fall_back_to_bins() {
        let scale = Scale {
            period: period("2021-01", "2021-12"),
            left: 0.0,
            width: 120.0,
        };
        let near = [
            incident("a", "2021-03-01", 1, 0),
            incident("b", "2021-03-02", 0, 2),
            incident("c", "2021-06-01", 0, 1),
            incident("outside", "2022-01-05", 0, 1),
        ];
        let Lane::Marks(marks) = lay_out(&near, &scale, 2, 5.0) else {
            panic!("two rows fit three marks");
        };
        let rows: Vec<_> = marks.iter().map(|m| (m.incident.id, m.row)).collect();
        assert_eq!(rows, [("a", 0), ("b", 1), ("c", 0)]);
        // One row cannot hold a and b apart: monthly bins instead, only in the period.
        let Lane::Bins(bins) = lay_out(&near, &scale, 1, 5.0) else {
            panic!("one row is too few");
        };
        assert_eq!(bins.len(), 12);
        assert_eq!(
            bins[2],
            (
                month("2021-03"),
                Counts {
                    incidents: 2,
                    killed: 1,
                    injured: 2
                }
            )
        );
        let total: u64 = bins.iter().map(|(_, c)| c.incidents).sum();
        assert_eq!(total, 3);
    }

    #[test]
    fn a_statement_sits_at_its_total_or_its_stated_parts() {
        let statement = |total, killed, injured| OfficialTotal {
            id: "t",
            date: PartialDate::parse("2021-06-04").unwrap(),
            total,
            killed,
            injured,
            civilians_killed: None,
            civilians_injured: None,
            source: "s",
            confidence: "stated",
        };
        assert_eq!(
            statement_height(&statement(Some(109), None, None)),
            Some(109)
        );
        assert_eq!(
            statement_height(&statement(None, Some(22), Some(87))),
            Some(109)
        );
        assert_eq!(statement_height(&statement(None, Some(22), None)), None);
    }
}
