//! What the statistics model's tests build their cases from.

use minesafe_facts::date::PartialDate;

use crate::statistics::model::{Incident, Month, OfficialTotal, Period};

pub fn month(text: &str) -> Month {
    Month::parse(text).unwrap()
}

pub fn period(from: &str, to: &str) -> Period {
    Period {
        from: month(from),
        to: month(to),
    }
}

/// A confirmed incident in Aghdam on `day` (`2021-03-04`, or coarser).
pub fn incident(id: &'static str, day: &str, killed: u64, injured: u64) -> Incident {
    Incident {
        id,
        date: PartialDate::parse(day).unwrap(),
        district: Some("aghdam"),
        place: None,
        killed,
        injured,
        categories: &["civilian"],
        activity: "unknown",
        device: "ap",
        confidence: "confirmed",
        sources: &["s"],
    }
}

/// A statement of the official total alone (`total` people) on `day`.
pub fn statement(id: &'static str, day: &str, total: u64) -> OfficialTotal {
    OfficialTotal {
        id,
        date: PartialDate::parse(day).unwrap(),
        total: Some(total),
        killed: None,
        injured: None,
        civilians_killed: None,
        civilians_injured: None,
        source: "s",
        confidence: "stated",
    }
}
