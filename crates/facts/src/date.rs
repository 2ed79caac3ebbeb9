//! A date as precise as its source: a day, a month or only a year. The build script
//! checks the data with the same code that the site reads it with.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct PartialDate {
    pub year: u16,
    /// 1-12, or `None` when the source gives only the year.
    pub month: Option<u8>,
    /// 1-31, or `None` when the source gives only the month.
    pub day: Option<u8>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and checks that the day exists.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let err = |why: &str| Err(DateError(format!("{text:?} is not a date: {why}")));
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, len: usize| -> Option<u16> {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        if parts.is_empty() || parts.len() > 3 {
            return err("expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        let Some(year) = number(parts[0], 4) else {
            return err("the year must have four digits");
        };
        let month = match parts.get(1) {
            None => None,
            Some(part) => match number(part, 2) {
                Some(m @ 1..=12) => Some(m as u8),
                _ => return err("the month must be 01 to 12"),
            },
        };
        let day = match (parts.get(2), month) {
            (None, _) => None,
            (Some(part), Some(month)) => match number(part, 2) {
                Some(d) if d >= 1 && d <= u16::from(days_in_month(year, month)) => Some(d as u8),
                _ => return err("no such day in that month"),
            },
            (Some(_), None) => unreachable!("a day always follows a month"),
        };
        Ok(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form it was parsed from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl PartialDate {
    /// The calendar day `days` after 1970-01-01 (Howard Hinnant's civil-from-days), so
    /// the build can reject dates in the future without a date crate.
    pub fn from_unix_days(days: i64) -> PartialDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as u16;
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        let day = PartialDate::parse("2025-05-29").unwrap();
        assert_eq!((day.year, day.month, day.day), (2025, Some(5), Some(29)));
        let month = PartialDate::parse("2023-05").unwrap();
        assert_eq!((month.year, month.month, month.day), (2023, Some(5), None));
        let year = PartialDate::parse("2024").unwrap();
        assert_eq!((year.year, year.month, year.day), (2024, None, None));
    }

    #[test]
    fn prints_what_it_parsed() {
        for text in ["2025-05-29", "2023-05", "2024", "2024-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for text in [
            "",
            "25",
            "2025-5-29",
            "2025-13",
            "2025-00",
            "2025-02-29",
            "2023-04-31",
            "2025-05-29-1",
            "2025/05/29",
            "20a5",
            "2025-05-00",
        ] {
            assert!(
                PartialDate::parse(text).is_err(),
                "{text:?} should be rejected"
            );
        }
        assert!(
            PartialDate::parse("2024-02-29").is_ok(),
            "2024 is a leap year"
        );
    }

    #[test]
    fn converts_unix_days() {
        assert_eq!(PartialDate::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(
            PartialDate::from_unix_days(11_016).to_string(),
            "2000-02-29"
        );
        assert_eq!(
            PartialDate::from_unix_days(20_602).to_string(),
            "2026-05-29"
        );
        assert_eq!(PartialDate::from_unix_days(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn orders_by_time() {
        let a = PartialDate::parse("2025-05-29").unwrap();
        let b = PartialDate::parse("2026-01-12").unwrap();
        assert!(a < b);
    }
}
