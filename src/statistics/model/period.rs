//! Time as the timeline sees it: months, where a date sits among them, and the period
//! shown, zoomed and panned within the bounds of the data.

use minesafe_facts::date::PartialDate;

/// A calendar month, counted from year 0: the unit the timeline zooms and pans in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Month(pub u32);

impl Month {
    /// The month of a date; a date with only a year counts as its January.
    pub fn of(date: PartialDate) -> Month {
        Month(u32::from(date.year) * 12 + u32::from(date.month.unwrap_or(1)) - 1)
    }

    /// `YYYY-MM`, as in the URL query.
    pub fn parse(text: &str) -> Option<Month> {
        let date = PartialDate::parse(text).ok()?;
        (date.month.is_some() && date.day.is_none()).then(|| Month::of(date))
    }

    pub fn year(self) -> u16 {
        (self.0 / 12) as u16
    }

    /// 1 to 12.
    pub fn number(self) -> u8 {
        (self.0 % 12) as u8 + 1
    }

    /// The month as a date of month precision, e.g. for "March 2023".
    pub fn date(self) -> PartialDate {
        PartialDate {
            year: self.year(),
            month: Some(self.number()),
            day: None,
        }
    }

    /// The last possible date of the month: every date in the month sorts before it.
    pub(crate) fn end(self) -> PartialDate {
        PartialDate {
            day: Some(31),
            ..self.date()
        }
    }

    pub fn offset(self, months: i64) -> Month {
        Month((i64::from(self.0) + months).max(0) as u32)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.number())
    }
}

/// Where in time a date sits, in months: the middle of its day or, when the source gives
/// only the month, the middle of the month.
pub fn position(date: PartialDate) -> f64 {
    let month = f64::from(Month::of(date).0);
    match (date.month, date.day) {
        (Some(_), Some(day)) => month + (f64::from(day) - 0.5) / 31.0,
        (Some(_), None) => month + 0.5,
        (None, _) => month + 6.0,
    }
}

/// A period of whole months, both ends included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

/// The narrowest period the timeline zooms to.
pub const MIN_MONTHS: u32 = 3;

impl Period {
    pub fn months(self) -> u32 {
        self.to.0 - self.from.0 + 1
    }

    pub fn contains(self, month: Month) -> bool {
        self.from <= month && month <= self.to
    }

    /// Where `month` is in the period, counting from 0; `None` outside it.
    pub fn index_of(self, month: Month) -> Option<usize> {
        self.contains(month)
            .then(|| (month.0 - self.from.0) as usize)
    }

    /// From the first to the last month any dated record falls in.
    pub fn spanning(dates: impl IntoIterator<Item = PartialDate>) -> Option<Period> {
        let months: Vec<Month> = dates.into_iter().map(Month::of).collect();
        Some(Period {
            from: *months.iter().min()?,
            to: *months.iter().max()?,
        })
    }

    /// Zooms by `factor` (below 1 narrows) keeping the point at `anchor` (0 = left edge,
    /// 1 = right edge) in place, within `bounds`. Always moves at least one month while
    /// there is room, so a small zoom step is never a no-op.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: Period) -> Period {
        let old = self.months();
        let wanted = (f64::from(old) * factor).round() as u32;
        let len = match wanted.cmp(&old) {
            std::cmp::Ordering::Equal if factor < 1.0 => old.saturating_sub(1),
            std::cmp::Ordering::Equal if factor > 1.0 => old + 1,
            _ => wanted,
        }
        .clamp(MIN_MONTHS.min(bounds.months()), bounds.months());
        let shift = (anchor.clamp(0.0, 1.0) * (f64::from(old) - f64::from(len))).round() as i64;
        Period {
            from: self.from.offset(shift),
            to: self.from.offset(shift + i64::from(len) - 1),
        }
        .within(bounds)
    }

    /// Moves by `months` (negative: earlier), stopping at the edges of `bounds`.
    pub fn pan(self, months: i64, bounds: Period) -> Period {
        Period {
            from: self.from.offset(months),
            to: self.to.offset(months),
        }
        .within(bounds)
    }

    /// The same length moved inside `bounds` (cut to `bounds` if longer).
    pub fn within(self, bounds: Period) -> Period {
        let len = self.months().min(bounds.months());
        let last_start = bounds.to.0 + 1 - len;
        let from = self.from.0.clamp(bounds.from.0, last_start);
        Period {
            from: Month(from),
            to: Month(from + len - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::statistics::model::test_support::{month, period};
    #[test]
    fn months_read_write_and_count() {
        let march = month("2023-03");
        assert_eq!((march.year(), march.number()), (2023, 3));
        assert_eq!(march.to_string(), "2023-03");
        assert_eq!(march.offset(10).to_string(), "2024-01");
        assert_eq!(Month::parse("2023"), None);
        assert_eq!(Month::parse("2023-03-01"), None);
        assert_eq!(Month::parse("2023-13"), None);
        assert_eq!(period("2020-11", "2026-03").months(), 65);
        let year = period("2023-01", "2023-12");
        assert_eq!(year.index_of(month("2023-01")), Some(0));
        assert_eq!(year.index_of(march), Some(2));
        assert_eq!(year.index_of(month("2023-12")), Some(11));
        assert_eq!(year.index_of(month("2022-12")), None);
        assert_eq!(year.index_of(month("2024-01")), None);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_stays_in_bounds() {
        let bounds = period("2020-11", "2026-02");
        assert_eq!(bounds.months(), 64);
        let half = bounds.zoom(0.5, 0.5, bounds);
        assert_eq!(half, period("2022-03", "2024-10"));
        // Anchored at the left edge, the start stays.
        assert_eq!(bounds.zoom(0.5, 0.0, bounds).from, bounds.from);
        assert_eq!(bounds.zoom(0.5, 1.0, bounds).to, bounds.to);
        // Never narrower than the minimum, never wider than everything.
        assert_eq!(bounds.zoom(0.01, 0.5, bounds).months(), MIN_MONTHS);
        assert_eq!(half.zoom(10.0, 0.5, bounds), bounds);
        // A small step still moves.
        let four = period("2022-01", "2022-04");
        assert_eq!(four.zoom(0.9, 0.5, bounds).months(), 3);
        assert_eq!(four.zoom(1.1, 0.5, bounds).months(), 5);
    }

    #[test]
    fn pan_stops_at_the_edges() {
        let bounds = period("2020-11", "2026-02");
        let view = period("2021-01", "2021-12");
        assert_eq!(view.pan(3, bounds), period("2021-04", "2022-03"));
        assert_eq!(view.pan(-30, bounds), period("2020-11", "2021-10"));
        assert_eq!(view.pan(300, bounds), period("2025-03", "2026-02"));
        assert_eq!(bounds.pan(5, bounds), bounds);
    }
}
