//! The safety content, as data: which points each page shows, in which order, and the
//! sources (`data/sources.csv`) that support each. The words are in the translation
//! files under the message ids named in each table's comment, so an educator corrects a
//! text there without touching a component.

mod call;
mod children;
mod glance;
mod numbers;
mod rules;
mod shared_sources;
mod situations;

pub use call::CALL_CHECKLIST;
pub use children::CHILD_RULES;
pub use glance::{AT_A_GLANCE, CORE_RULES, INSIDE_A_MINED_AREA};
pub use numbers::{EmergencyNumber, EMERGENCY_NUMBERS};
pub use rules::{Group, AUDIENCES, DANGER_PLACES, MYTHS};
pub use situations::{Situation, SITUATIONS};

/// Every source id the safety content cites: the numbers and every point of the pages.
pub fn cited_sources() -> impl Iterator<Item = &'static str> {
    let numbers = EMERGENCY_NUMBERS.iter().flat_map(|n| n.sources.iter());
    let points = AT_A_GLANCE
        .iter()
        .chain([&INSIDE_A_MINED_AREA])
        .chain(&CORE_RULES)
        .chain(&DANGER_PLACES)
        .chain(&MYTHS)
        .chain(&CHILD_RULES)
        .chain(AUDIENCES.iter().flat_map(|g| g.points.iter()))
        .chain(SITUATIONS.iter().flat_map(Situation::points))
        .chain(&CALL_CHECKLIST)
        .flat_map(|p| p.sources.iter());
    numbers.chain(points).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::model::cite::Point;
    use crate::site::model::source;

    #[test]
    fn every_cited_source_is_listed() {
        for id in cited_sources() {
            assert!(
                source::find(id).is_some(),
                "{id} is cited but not in data/sources.csv"
            );
        }
    }

    #[test]
    fn every_point_and_number_has_a_source() {
        assert!(EMERGENCY_NUMBERS.iter().all(|n| !n.sources.is_empty()));
        let groups = AUDIENCES
            .iter()
            .flat_map(|g| g.points.iter())
            .chain(SITUATIONS.iter().flat_map(Situation::points));
        let all = AT_A_GLANCE
            .iter()
            .chain(&CORE_RULES)
            .chain(&DANGER_PLACES)
            .chain(&MYTHS)
            .chain(&CHILD_RULES)
            .chain(&CALL_CHECKLIST);
        for point in all.chain(groups) {
            assert!(!point.sources.is_empty(), "{} has no source", point.key);
        }
    }

    #[test]
    fn the_single_source_hotline_is_not_shown() {
        assert!(EMERGENCY_NUMBERS
            .iter()
            .all(|n| !n.numbers.contains(&"805")));
    }

    #[test]
    fn keys_are_unique_within_each_list() {
        let lists: Vec<&[Point]> = vec![
            &AT_A_GLANCE,
            &CORE_RULES,
            &DANGER_PLACES,
            &MYTHS,
            &CHILD_RULES,
            &CALL_CHECKLIST,
        ];
        let groups = AUDIENCES
            .iter()
            .map(|g| g.points)
            .chain(SITUATIONS.iter().map(|s| s.steps));
        for list in lists.into_iter().chain(groups) {
            let mut keys: Vec<_> = list.iter().map(|p| p.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), list.len());
        }
    }
}
