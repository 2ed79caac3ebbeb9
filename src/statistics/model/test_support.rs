//! What the statistics model's tests build their cases from.

use minesafe_facts::date::PartialDate;

use crate::statistics::model::{Incident, Month, Period};

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
