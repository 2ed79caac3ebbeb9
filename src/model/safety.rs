//! The safety content, as data: which points each page shows, in which order, and the
//! sources (`data/sources.csv`) that support each. The words are in the translation
//! files under the message ids named in each table's comment, so an educator corrects a
//! text there without touching a component.

/// A point of guidance: a message id part and the sources behind it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Point {
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

pub(crate) const fn point(key: &'static str, sources: &'static [&'static str]) -> Point {
    Point { key, sources }
}

/// A titled list of points: `{prefix}-{key}` is its heading, `{prefix}-{key}-{point}`
/// each point.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Group {
    pub key: &'static str,
    pub points: &'static [Point],
}

/// A number to call, shown as a `tel:` link with what it is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmergencyNumber {
    /// The digits to dial.
    pub number: &'static str,
    /// Message ids `number-{key}-name`, `-short` (the service) and `-use` (when to call).
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

/// Only numbers that a source states. 805 has a single source (research brief §3.2) and
/// stays out until a second one confirms it.
pub const EMERGENCY_NUMBERS: [EmergencyNumber; 3] = [
    EmergencyNumber {
        number: "112",
        key: "112",
        sources: &["dayaz-112-hotline", "trend-2022-yevlakh-report-102-112"],
    },
    EmergencyNumber {
        number: "102",
        key: "102",
        sources: &[
            "reliefweb-anama-102-call-centre",
            "trend-2022-yevlakh-report-102-112",
        ],
    },
    EmergencyNumber {
        number: "113",
        key: "113",
        sources: &["metbuat-113-ambulance"],
    },
];

const PUBLIC_COUNCIL: &[&str] = &[
    "trend-2026-01-12-public-council",
    "axar-2026-01-12-public-council",
];

const INCIDENT_PLACES: &[&str] = &["todayaz-anama-incident-places"];
const BOOBY_TRAP: &[&str] = &["metbuat-2025-04-bulutan-booby-trap"];

/// The home page at a glance: `glance-{key}` and `glance-{key}-text`.
pub const AT_A_GLANCE: [Point; 3] = [
    point("keep-away", &["sarc-safety-distance", "mag-risk-education"]),
    point(
        "do-not-touch",
        &["sarc-safety-distance", "trend-2026-01-12-public-council"],
    ),
    point(
        "report",
        &[
            "sarc-safety-distance",
            "mag-risk-education",
            "trend-2026-01-12-public-council",
        ],
    ),
];

/// The call of the Public Council under ANAMA (12 January 2026) to everyone in the
/// region, in its order: `core-rule-{key}`.
pub const CORE_RULES: [Point; 4] = [
    point("cleared-areas", PUBLIC_COUNCIL),
    point("warning-signs", PUBLIC_COUNCIL),
    point("unknown-objects", PUBLIC_COUNCIL),
    point("report", PUBLIC_COUNCIL),
];

/// Rules for each group of adults: `audience-{group}` and `audience-{group}-{key}`.
pub const AUDIENCES: [Group; 4] = [
    Group {
        key: "residents",
        points: &[
            point(
                "permission",
                &[
                    "todayaz-anama-entry-permission",
                    "trend-2026-01-12-public-council",
                ],
            ),
            point("houses", BOOBY_TRAP),
            point(
                "objects",
                &["klymenko-suspicious-object", "semenivska-suspicious-object"],
            ),
            point("cemeteries", INCIDENT_PLACES),
        ],
    },
    Group {
        key: "farmers",
        points: &[
            point(
                "cleared-land",
                &[
                    "trend-2026-01-12-public-council",
                    "report-aghdam-joint-statement",
                ],
            ),
            point("untended", &["loknycka-four-indicators", "dsgu-walk-safe"]),
            point(
                "fences",
                &[
                    "report-aghdam-joint-statement",
                    "cmac-curriculum",
                    "nolandmines-marking-systems",
                ],
            ),
        ],
    },
    Group {
        key: "workers",
        points: &[
            point(
                "route",
                &[
                    "azernews-2024-04-marzili-grader",
                    "trend-2026-01-12-public-council",
                ],
            ),
            point(
                "verges",
                &["korrespondent-roadside-sign", "cmac-curriculum"],
            ),
            point("digging", PUBLIC_COUNCIL),
        ],
    },
    Group {
        key: "visitors",
        points: &[
            point("permission", &["todayaz-anama-entry-permission"]),
            point("paths", &["cmac-curriculum", "dsgu-walk-safe"]),
            point(
                "souvenirs",
                &["klymenko-suspicious-object", "semenivska-suspicious-object"],
            ),
        ],
    },
];

/// Where mines and ordnance are found: `place-{key}`.
pub const DANGER_PLACES: [Point; 8] = [
    point(
        "fenced",
        &[
            "trend-2026-01-12-public-council",
            "report-aghdam-joint-statement",
            "menafn-fuzuli-joint-statement",
        ],
    ),
    point("edges", &["cmac-curriculum"]),
    point(
        "ruins",
        &["todayaz-anama-incident-places", "dsgu-walk-safe"],
    ),
    point("cemeteries", INCIDENT_PLACES),
    point(
        "water",
        &["todayaz-anama-incident-places", "cmac-curriculum"],
    ),
    point(
        "fields-forests",
        &["loknycka-four-indicators", "todayaz-anama-incident-places"],
    ),
    point(
        "positions",
        &["ifrc-stay-safe-mines", "nolandmines-mined-areas"],
    ),
    point("houses", BOOBY_TRAP),
];

/// Beliefs that kill, each corrected: `myth-{key}` and `myth-{key}-fact`.
pub const MYTHS: [Point; 4] = [
    point(
        "no-sign",
        &[
            "nolandmines-marking-systems",
            "mine-awareness-signs",
            "nikvesti-myths",
        ],
    ),
    point("old-mines", &["caliber-2025-05-29-kalbajar"]),
    point("one-mine", &["ifrc-stay-safe-mines", "uda-eore"]),
    point(
        "road-verges",
        &["korrespondent-roadside-sign", "cmac-curriculum"],
    ),
];

/// The simpler version for children: `child-rule-{key}`. No technical detail about
/// ordnance (UNICEF's advice for young children).
pub const CHILD_RULES: [Point; 6] = [
    point(
        "touch",
        &["trend-2026-01-12-public-council", "sarc-safety-distance"],
    ),
    point("signs", PUBLIC_COUNCIL),
    point(
        "play",
        &["dsgu-walk-safe", "trend-2026-01-12-public-council"],
    ),
    point("ruins", &["dsgu-walk-safe"]),
    point("go-back", &["ses-ukraine-mind-the-mines"]),
    point("tell", &["sarc-safety-distance", "mag-risk-education"]),
];

/// The three emergencies, kept apart because they need different behaviour (research
/// brief §2.8): `situation-{key}`, `-when` and numbered `situation-{key}-{step}`.
pub const SITUATIONS: [Group; 3] = [
    Group {
        key: "object",
        points: &[
            point("stop", &["ses-ukraine-mind-the-mines"]),
            point(
                "do-not-touch",
                &[
                    "klymenko-suspicious-object",
                    "semenivska-suspicious-object",
                    "1kr-minreintegration-map",
                ],
            ),
            point(
                "no-fire",
                &["klymenko-suspicious-object", "semenivska-suspicious-object"],
            ),
            point(
                "warn",
                &["klymenko-suspicious-object", "semenivska-suspicious-object"],
            ),
            point(
                "go-back",
                &["1kr-minreintegration-map", "ses-ukraine-mind-the-mines"],
            ),
            point("mark", &["cmac-curriculum", "klymenko-suspicious-object"]),
            point(
                "report",
                &[
                    "trend-2022-yevlakh-report-102-112",
                    "klymenko-suspicious-object",
                ],
            ),
        ],
    },
    Group {
        key: "minefield",
        points: &[
            point("stop", &["landminealert-emergency", "garthwaite-war-zone"]),
            point("warn", &["landminealert-emergency", "garthwaite-war-zone"]),
            point("look", &["landminealert-emergency", "garthwaite-war-zone"]),
            point("call", &["uda-eore", "trend-2022-yevlakh-report-102-112"]),
            point(
                "wait",
                &["landminealert-emergency", "garthwaite-war-zone", "uda-eore"],
            ),
            point(
                "footprints",
                &["landminealert-emergency", "garthwaite-war-zone"],
            ),
        ],
    },
    Group {
        key: "injured",
        points: &[
            point("do-not-run", &["landminealert-emergency"]),
            point("talk", &["landminealert-emergency"]),
            point(
                "call",
                &[
                    "landminealert-emergency",
                    "metbuat-113-ambulance",
                    "dayaz-112-hotline",
                ],
            ),
            point("note", &["landminealert-emergency"]),
            point(
                "keep-others-out",
                &[
                    "landminealert-emergency",
                    "azernews-2022-12-chirag-rescuers",
                    "anews-2022-12-14-chirag-rescuers",
                ],
            ),
        ],
    },
];

/// Every source id the safety content cites: the pages' points, the signs, the quiz's
/// questions and the lesson plans.
pub fn cited_sources() -> impl Iterator<Item = &'static str> {
    let signs = super::signs::all().flat_map(|s| s.sources.iter());
    let quiz = super::quiz::all().flat_map(|q| q.sources.iter());
    let lessons = super::lessons::LESSONS
        .iter()
        .flat_map(|lesson| lesson.watch_for.iter())
        .flat_map(|p| p.sources.iter());
    let numbers = EMERGENCY_NUMBERS.iter().flat_map(|n| n.sources.iter());
    let points = AT_A_GLANCE
        .iter()
        .chain(&CORE_RULES)
        .chain(&DANGER_PLACES)
        .chain(&MYTHS)
        .chain(&CHILD_RULES)
        .chain(
            AUDIENCES
                .iter()
                .chain(&SITUATIONS)
                .flat_map(|g| g.points.iter()),
        )
        .flat_map(|p| p.sources.iter());
    numbers
        .chain(points)
        .chain(signs)
        .chain(quiz)
        .chain(lessons)
        .copied()
}

/// The distinct sources of some points, in first-cited order.
pub fn sources_of<'a>(points: impl IntoIterator<Item = &'a Point>) -> Vec<&'static str> {
    super::source::distinct(points.into_iter().flat_map(|p| p.sources.iter().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::source;

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
            .chain(&SITUATIONS)
            .flat_map(|g| g.points.iter());
        let all = AT_A_GLANCE
            .iter()
            .chain(&CORE_RULES)
            .chain(&DANGER_PLACES)
            .chain(&MYTHS)
            .chain(&CHILD_RULES);
        for point in all.chain(groups) {
            assert!(!point.sources.is_empty(), "{} has no source", point.key);
        }
    }

    #[test]
    fn the_single_source_hotline_is_not_shown() {
        assert!(EMERGENCY_NUMBERS.iter().all(|n| n.number != "805"));
    }

    #[test]
    fn keys_are_unique_within_each_list() {
        let lists: Vec<&[Point]> = vec![
            &AT_A_GLANCE,
            &CORE_RULES,
            &DANGER_PLACES,
            &MYTHS,
            &CHILD_RULES,
        ];
        let groups = AUDIENCES.iter().chain(&SITUATIONS).map(|g| g.points);
        for list in lists.into_iter().chain(groups) {
            let mut keys: Vec<_> = list.iter().map(|p| p.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), list.len());
        }
    }
}
