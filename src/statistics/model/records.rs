//! The statistics' records, from `data/` (checked and compiled in by build.rs; see
//! data/README.md): the official cumulative totals, each as its speaker stated it; the
//! documented incidents, a sample and not the complete count; and the context figures.
//! The readers of them are in [`super::data`]; nothing here adds up or recomputes what a
//! source did not state.

use minesafe_facts::date::PartialDate;

/// A cumulative count of people killed and injured since November 2020, as stated on
/// `date` by the speaker of `source`. Any part may be missing: only stated figures.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct OfficialTotal {
    pub id: &'static str,
    pub date: PartialDate,
    pub total: Option<u64>,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    pub civilians_killed: Option<u64>,
    pub civilians_injured: Option<u64>,
    pub source: &'static str,
    pub confidence: &'static str,
}

/// One documented incident. `district` is `None` when the source names none; `place` is
/// a `data/places.csv` id (its name in each language is the message `place-name-{id}`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Incident {
    pub id: &'static str,
    pub date: PartialDate,
    pub district: Option<&'static str>,
    pub place: Option<&'static str>,
    pub killed: u64,
    pub injured: u64,
    pub categories: &'static [&'static str],
    pub activity: &'static str,
    pub device: &'static str,
    pub confidence: &'static str,
    pub sources: &'static [&'static str],
}

/// A figure on contamination or clearance, with how its source qualifies it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ContextFigure {
    pub id: &'static str,
    pub date: Option<PartialDate>,
    pub measure: &'static str,
    pub value: u64,
    pub qualifier: &'static str,
    pub source: &'static str,
}

// The statics OFFICIAL_TOTALS, INCIDENTS and CONTEXT, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/statistics.rs"));
