//! The page for families (`/{lang}/family/`) as data: its sections, each a list of points
//! with the sources behind each (`data/sources.csv`), and the "For parents" box of the
//! families' handout. The words are in `locales/*/family.ftl` (`family-{section}` the
//! heading, `family-{section}-{point}` each point) and, for the box, in the poster keys
//! of `locales/*/schools.ftl` (`poster-parents-{point}`).
//!
//! Only what a source says is here. Two points the pedagogy review of December 2026 asks
//! for were not found in any source and are left out: walking the child's way to school
//! together, and thanking a child for telling (the nearest sourced point is to listen
//! without scolding, `talk-trust`).

use crate::site::model::cite::{point, Point};

/// A section of the page: `family-{key}` is its heading.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Section {
    pub key: &'static str,
    pub points: &'static [Point],
}

impl Section {
    /// The message prefix of its points (`family-{key}`).
    pub fn prefix(&self) -> String {
        format!("family-{}", self.key)
    }
}

/// The State Emergency Service of Ukraine and a Ukrainian regional administration, on how
/// to start the talk: a calm moment, learning together, a drawing before a photo.
const HOW_TO_START: &[&str] = &[
    "sud-ua-2023-07-22-ses-talk-children",
    "khersonrda-2022-05-04-talk-children",
];
/// No technical detail for children; one set of messages (UNICEF).
const UNICEF_HANDBOOK: &[&str] = &["unicef-emergency-mre-handbook"];
/// UNICEF Ukraine's surveys of adolescents and their parents (2024, 2025).
const TEENAGERS: &[&str] = &[
    "unicef-ukraine-2024-06-06-teen-risk",
    "unicef-ukraine-2025-04-04-adolescents",
];
/// A child who is not afraid of the parent tells everything (Vinnytsia city council).
const TRUST: &[&str] = &["vinnytsia-2022-08-02-parents-trust"];
/// Children copy grown-ups who break the rules (UNICEF Ukraine, 2024).
const COPY: &[&str] = &["unicef-ukraine-2024-04-09-imitate-adults"];
/// Play only where grown-ups say so; ANAMA and the ICRC's safe play areas.
const PLAY: &[&str] = &["dsgu-walk-safe", "reliefweb-2005-icrc-anama-safe-play"];
/// The Public Council under ANAMA: only permitted and cleared areas, take warning signs
/// seriously, report a suspicious object at once.
const PUBLIC_COUNCIL: &[&str] = &["report-az-2026-01-12-public-council"];
/// ANAMA and the Interior Ministry: do not touch unknown objects; report (102).
const DO_NOT_TOUCH: &[&str] = &[
    "metbuat-2025-04-bulutan-booby-trap",
    "metbuat-2024-05-din-102-objects",
];
/// ANAMA: no trips without permission, no dangerous areas, no touching unknown objects.
const ANAMA_CALL: &[&str] = &["metbuat-2022-01-anama-goranboy"];
/// Where one may call: 102 (the Interior Ministry), 112 (the Ministry of Emergency Situations).
const CALL: &[&str] = &[
    "report-az-2026-01-12-public-council",
    "metbuat-2024-05-din-102-objects",
    "report-az-2026-02-28-112-az",
];

/// The page's sections, in order.
pub const SECTIONS: [Section; 6] = [
    // How to start, at any age.
    Section {
        key: "talk",
        points: &[
            point("time", HOW_TO_START),
            point("together", HOW_TO_START),
            point("drawing", HOW_TO_START),
            point("trust", TRUST),
        ],
    },
    // Ages 6 to 11.
    Section {
        key: "younger",
        points: &[
            point("words", UNICEF_HANDBOOK),
            point(
                "where",
                &[
                    "sulh-2023-05-05-anama-places",
                    "trend-2022-10-26-anama-cemeteries",
                ],
            ),
            point("play", PLAY),
            point("no-detail", UNICEF_HANDBOOK),
        ],
    },
    // Ages 12 to 17.
    Section {
        key: "older",
        points: &[
            point("knowing", &["unicef-ukraine-2024-06-06-teen-risk"]),
            point("boys", TEENAGERS),
            point("parents", &["unicef-ukraine-2025-04-04-adolescents"]),
            point("no-detail", UNICEF_HANDBOOK),
        ],
    },
    // "My friend has a shell at home."
    Section {
        key: "shell",
        points: &[
            point("stay-away", DO_NOT_TOUCH),
            point("grown-up", CALL),
            point("listen", TRUST),
        ],
    },
    // What grown-ups teach by what they do.
    Section {
        key: "example",
        points: &[
            point("copy", COPY),
            point("permitted", PUBLIC_COUNCIL),
            point("objects", ANAMA_CALL),
        ],
    },
    // The rules to agree on at home: the children's own rules, in the children's words.
    Section {
        key: "home",
        points: &[
            point(
                "touch",
                &[
                    "report-az-2026-01-12-public-council",
                    "manevr-2021-anama-small-mines",
                ],
            ),
            point("play", PLAY),
            point(
                "places",
                &["its-2021-10-18-anama-training", "dsgu-walk-safe"],
            ),
            point(
                "tell",
                &[
                    "sarc-safety-distance",
                    "mag-risk-education",
                    "vinnytsia-2022-08-02-parents-trust",
                ],
            ),
        ],
    },
];

/// The "For parents" box of the families' handout: `poster-parents-{key}`.
pub const FOR_PARENTS: [Point; 4] = [
    point("play", PLAY),
    point(
        "example",
        &[
            "unicef-ukraine-2024-04-09-imitate-adults",
            "report-az-2026-01-12-public-council",
        ],
    ),
    point("where", &["khersonrda-2022-05-04-talk-children"]),
    point("listen", TRUST),
];

/// Every source the page and the box cite.
pub fn cited_sources() -> impl Iterator<Item = &'static str> {
    SECTIONS
        .iter()
        .flat_map(|s| s.points.iter())
        .chain(&FOR_PARENTS)
        .flat_map(|p| p.sources.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::model::source;

    #[test]
    fn every_point_has_a_listed_source() {
        for point in SECTIONS
            .iter()
            .flat_map(|s| s.points.iter())
            .chain(&FOR_PARENTS)
        {
            assert!(!point.sources.is_empty(), "{} has no source", point.key);
            for id in point.sources {
                assert!(
                    source::find(id).is_some_and(|s| !s.withdrawn),
                    "{id} is not in data/sources.csv"
                );
            }
        }
    }

    #[test]
    fn keys_are_unique_within_each_section_and_sections_are_unique() {
        let mut sections: Vec<_> = SECTIONS.iter().map(|s| s.key).collect();
        sections.sort();
        sections.dedup();
        assert_eq!(sections.len(), SECTIONS.len());
        for list in SECTIONS.iter().map(|s| s.points).chain([&FOR_PARENTS[..]]) {
            let mut keys: Vec<_> = list.iter().map(|p| p.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), list.len());
        }
    }

    #[test]
    fn both_age_groups_have_a_section() {
        use crate::schools::model::age::AgeGroup;
        assert_eq!(AgeGroup::ALL.len(), 2);
        assert!(SECTIONS.iter().any(|s| s.key == "younger"));
        assert!(SECTIONS.iter().any(|s| s.key == "older"));
    }
}
