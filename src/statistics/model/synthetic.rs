//! Made-up incidents for the benchmarks, never for readers: only a build with the
//! `synthetic` feature has them, which `make bench` makes apart from `dist/` (see
//! `data::incidents`). A fixed seed, so every run measures the same data.

use crate::statistics::model::period::Period;
use crate::statistics::model::records::Incident;
use minesafe_facts::date::PartialDate;
use minesafe_facts::vocab::{ACTIVITIES, CATEGORIES, DEVICES, DISTRICTS};

/// `n` incidents spread over `period`, with the real vocabularies. bench/timeline.mjs
/// repeats this generator for vis-timeline: change the order of draws in both.
pub fn incidents(n: usize, period: Period) -> Vec<Incident> {
    // A linear congruential generator (Knuth's MMIX constants): enough to spread the
    // values, and no dependency for it.
    let mut state: u64 = 0x2020_1110;
    let mut next = move |below: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % below as u64) as usize
    };
    (0..n)
        .map(|i| {
            let month = period.from.offset(next(period.months() as usize) as i64);
            let killed = if next(4) == 0 { 1 + next(3) } else { 0 };
            Incident {
                id: Box::leak(format!("synthetic-{i}").into_boxed_str()),
                date: PartialDate {
                    day: Some(1 + next(28) as u8),
                    ..month.date()
                },
                district: Some(DISTRICTS[next(DISTRICTS.len())]),
                place: None,
                killed: killed as u64,
                injured: if killed == 0 { 1 + next(3) } else { next(3) } as u64,
                categories: std::slice::from_ref(&CATEGORIES[next(CATEGORIES.len())]),
                activity: ACTIVITIES[next(ACTIVITIES.len())],
                device: DEVICES[next(DEVICES.len())],
                confidence: "single-source",
                sources: &[],
            }
        })
        .collect()
}
