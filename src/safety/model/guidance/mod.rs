//! The safety content, as data: which points each page shows, in which order, and the
//! sources (`data/sources.csv`) that support each. The words are in the translation
//! files under the message ids named in each table's comment, so an educator corrects a
//! text there without touching a component.

use crate::site::model::cite::{point, Point};

/// A titled list of points: `{prefix}-{key}` is its heading, `{prefix}-{key}-{point}`
/// each point.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Group {
    pub key: &'static str,
    pub points: &'static [Point],
}

/// One emergency: when it applies (`situation-{key}-when`), its numbered steps
/// (`situation-{key}-{step}`) and the line to remember (`situation-{key}-remember`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Situation {
    pub key: &'static str,
    pub steps: &'static [Point],
    pub remember: Point,
}

/// A service to call, each of its numbers shown as a `tel:` link with what it is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmergencyNumber {
    /// The digits to dial; more than one where the sources give the service several
    /// numbers (the ambulance: 103 and 113).
    pub numbers: &'static [&'static str],
    /// Message ids `number-{key}-name`, `-short` (the service) and `-use` (when to call).
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

/// Only numbers that a source states. 112 first: the sources say it takes calls free
/// from any landline, mobile or payphone in the country. The ambulance has two numbers
/// in the sources (103 in Baku and Lənkəran, 113 in Qazax; the health service TƏBİB
/// names both kinds of station) and no source says which one serves each district, so
/// both are shown with 112 as the fallback. 805 has a single source (an ANAMA release of
/// April 2025) and stays out until a second one confirms it.
pub const EMERGENCY_NUMBERS: [EmergencyNumber; 3] = [
    EmergencyNumber {
        numbers: &["112"],
        key: "112",
        sources: &[
            "report-az-2026-02-28-112-az",
            "report-az-2026-02-28-112-ru",
            "metbuat-2025-04-bulutan-booby-trap",
            "dayaz-112-hotline",
        ],
    },
    EmergencyNumber {
        numbers: &["102"],
        key: "102",
        sources: &[
            "metbuat-2024-05-din-102-objects",
            "reliefweb-anama-102-call-centre",
            "trend-2022-yevlakh-report-102-112",
        ],
    },
    EmergencyNumber {
        numbers: &["103", "113"],
        key: "ambulance",
        sources: &[
            "metbuat-2023-03-tebib-103-113",
            "metbuat-113-ambulance",
            "sonxeber-2020-08-lankaran-103",
            "aqreqator-103-baku",
        ],
    },
];

const PUBLIC_COUNCIL: &[&str] = &[
    "report-az-2026-01-12-public-council",
    "trend-2026-01-12-public-council",
    "axar-2026-01-12-public-council",
];

/// ANAMA's own calls to citizens after incidents: do not enter, do not touch, report.
const ANAMA_DO_NOT_TOUCH: &[&str] = &[
    "metbuat-2025-04-bulutan-booby-trap",
    "metbuat-2024-05-din-102-objects",
];
/// Entry needs a permit; only people with one may come and go (2025-2026). No recent
/// source says in so many words that entry without one is prohibited.
const PERMISSION: &[&str] = &[
    "dayaz-2025-12-27-din-permission",
    "metbuat-2025-05-yolumuz-qarabaga",
    "report-az-2026-01-12-public-council",
];
/// Roads, junctions and their edges: ANAMA's list and the travel rules of 2025.
const ROADS: &[&str] = &[
    "sulh-2023-05-05-anama-places",
    "metbuat-2025-05-yolumuz-qarabaga",
    "kyiv-desna-mine-rules",
];
const BOOBY_TRAP: &[&str] = &["metbuat-2025-04-bulutan-booby-trap"];
/// The steps inside a mined area: UN-derived guidance as landminealert reproduces it,
/// and the same in Garthwaite's handbook. No Azerbaijani, ICRC or UNICEF text of them
/// was found (the UNMAS handbook's section was not retrieved).
const MINED_AREA_STEPS: &[&str] = &["landminealert-emergency", "garthwaite-war-zone"];
const CALL_112: &[&str] = &["report-az-2026-02-28-112-az", "report-az-2026-02-28-112-ru"];

/// The home page at a glance: `glance-{key}` and `glance-{key}-text`. Each for someone
/// who has just seen a suspicious object; inside a mined area, `INSIDE_A_MINED_AREA`.
pub const AT_A_GLANCE: [Point; 3] = [
    point(
        "keep-away",
        &[
            "metbuat-2022-01-anama-goranboy",
            "avtosfer-2025-12-18-chamanli",
        ],
    ),
    point("do-not-touch", ANAMA_DO_NOT_TOUCH),
    point(
        "report",
        &[
            "rbc-ua-2025-08-07-ses-go-back",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
];

/// The one thing to do inside a mined area, beside the glance: `glance-inside`.
pub const INSIDE_A_MINED_AREA: Point = point(
    "inside",
    &["landminealert-emergency", "report-az-2026-02-28-112-az"],
);

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
            point("permission", PERMISSION),
            point("houses", BOOBY_TRAP),
            point(
                "objects",
                &["metbuat-2024-05-din-102-objects", "gichd-lao-scrap-metal"],
            ),
            point(
                "cemeteries",
                &[
                    "trend-2022-10-26-anama-cemeteries",
                    "buta-anama-novruz-cemeteries",
                    "todayaz-anama-incident-places",
                ],
            ),
        ],
    },
    Group {
        key: "farmers",
        points: &[
            point(
                "cleared-land",
                &[
                    "report-az-2026-01-12-public-council",
                    "avtosfer-2025-12-18-chamanli",
                    "report-2025-12-03-shikharkh",
                ],
            ),
            point(
                "untended",
                &["sulh-2023-05-05-anama-places", "loknycka-four-indicators"],
            ),
            point(
                "fences",
                &[
                    "avtosfer-2025-12-18-chamanli",
                    "report-az-2026-01-12-public-council",
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
                    "dayaz-2025-12-27-din-permission",
                ],
            ),
            point("verges", ROADS),
            point("digging", PUBLIC_COUNCIL),
        ],
    },
    Group {
        key: "visitors",
        points: &[
            point(
                "permission",
                &[
                    "metbuat-2025-05-yolumuz-qarabaga",
                    "dayaz-2025-12-27-din-permission",
                ],
            ),
            point("paths", &["its-2021-10-18-anama-training"]),
            point(
                "souvenirs",
                &[
                    "metbuat-2024-05-din-102-objects",
                    "metbuat-2022-01-anama-goranboy",
                ],
            ),
        ],
    },
];

/// Where mines and ordnance are found, in the order of ANAMA's list (May 2023), with
/// the fenced areas first: `place-{key}`.
pub const DANGER_PLACES: [Point; 10] = [
    point(
        "fenced",
        &[
            "report-az-2026-01-12-public-council",
            "avtosfer-2025-12-18-chamanli",
        ],
    ),
    point(
        "positions",
        &["sulh-2023-05-05-anama-places", "ifrc-stay-safe-mines"],
    ),
    point("roads", ROADS),
    point(
        "paths",
        &["sulh-2023-05-05-anama-places", "loknycka-four-indicators"],
    ),
    point(
        "water",
        &[
            "sulh-2023-05-05-anama-places",
            "trend-2022-10-26-anama-cemeteries",
        ],
    ),
    point("poles", &["sulh-2023-05-05-anama-places"]),
    point(
        "gardens-forests",
        &[
            "sulh-2023-05-05-anama-places",
            "trend-2022-10-26-anama-cemeteries",
        ],
    ),
    point(
        "fields",
        &["sulh-2023-05-05-anama-places", "loknycka-four-indicators"],
    ),
    point(
        "houses",
        &[
            "sulh-2023-05-05-anama-places",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
    point(
        "cemeteries",
        &[
            "trend-2022-10-26-anama-cemeteries",
            "buta-anama-novruz-cemeteries",
        ],
    ),
];

/// Beliefs that kill, each corrected: `myth-{key}` and `myth-{key}-fact`.
pub const MYTHS: [Point; 4] = [
    point(
        "no-sign",
        &["icrc-2022-07-signs-anama", "nolandmines-angola-no-signs"],
    ),
    point(
        "old-mines",
        &[
            "icrc-2018-anti-personnel-mines",
            "unicef-landmines-decades",
            "icma-2025-06-four-blasts",
        ],
    ),
    point("one-mine", &["ifrc-stay-safe-mines", "uda-eore"]),
    point("road-verges", ROADS),
];

/// The simpler version for children: `child-rule-{key}`, after the three words
/// `child-rules-words` that the slides, posters and quiz repeat. No technical detail
/// about ordnance (UNICEF's advice for young children).
pub const CHILD_RULES: [Point; 8] = [
    point(
        "touch",
        &[
            "report-az-2026-01-12-public-council",
            "manevr-2021-anama-small-mines",
        ],
    ),
    point("signs", PUBLIC_COUNCIL),
    point(
        "play",
        &["dsgu-walk-safe", "reliefweb-2005-icrc-anama-safe-play"],
    ),
    point(
        "ruins",
        &["its-2021-10-18-anama-training", "dsgu-walk-safe"],
    ),
    point(
        "go-back",
        &[
            "rbc-ua-2025-08-07-ses-go-back",
            "ses-ukraine-mind-the-mines",
        ],
    ),
    // Inside a mined area and beside someone hurt: the adults' steps in a child's words.
    point(
        "statue",
        &[
            "landminealert-emergency",
            "uda-eore",
            "loknycka-four-indicators",
        ],
    ),
    point(
        "hurt",
        &[
            "landminealert-emergency",
            "azernews-2022-12-chirag-rescuers",
        ],
    ),
    point("tell", &["sarc-safety-distance", "mag-risk-education"]),
];

/// The three emergencies, kept apart because they need different behaviour (research
/// brief §2.8): `situation-{key}`, `-when` and numbered `situation-{key}-{step}`.
pub const SITUATIONS: [Situation; 3] = [
    Situation {
        key: "object",
        steps: &[
            point(
                "stop",
                &[
                    "rbc-ua-2025-08-07-ses-go-back",
                    "ses-ukraine-mind-the-mines",
                ],
            ),
            point(
                "do-not-touch",
                &[
                    "metbuat-2025-04-bulutan-booby-trap",
                    "metbuat-2024-05-din-102-objects",
                    "ssu-suspicious-items",
                    "semenivska-suspicious-object",
                ],
            ),
            // Only community and school pages give this one; nothing stronger was found.
            point(
                "no-fire",
                &["semenivska-suspicious-object", "klymenko-suspicious-object"],
            ),
            point(
                "warn",
                &[
                    "ssu-suspicious-items",
                    "polizei-bremerhaven-explosives-faq",
                    "rbc-ua-2025-08-07-ses-go-back",
                ],
            ),
            point(
                "go-back",
                &[
                    "rbc-ua-2025-08-07-ses-go-back",
                    "ses-ukraine-mind-the-mines",
                ],
            ),
            point(
                "mark",
                &[
                    "bih-civil-protection-mark-location",
                    "polizei-bremerhaven-explosives-faq",
                ],
            ),
            point(
                "report",
                &[
                    "metbuat-2025-04-bulutan-booby-trap",
                    "report-az-2026-01-12-public-council",
                    "guam-ocd-2019-3rs",
                    "ssu-suspicious-items",
                ],
            ),
        ],
        remember: point("remember", &["ifrc-stay-safe-mines"]),
    },
    Situation {
        key: "minefield",
        steps: &[
            point("stop", MINED_AREA_STEPS),
            point("warn", MINED_AREA_STEPS),
            point("look", MINED_AREA_STEPS),
            point("call", CALL_112),
            point(
                "wait",
                &["landminealert-emergency", "garthwaite-war-zone", "uda-eore"],
            ),
            point("footprints", MINED_AREA_STEPS),
        ],
        remember: point("remember", &["landminealert-emergency", "uda-eore"]),
    },
    Situation {
        key: "injured",
        steps: &[
            point(
                "do-not-run",
                &["landminealert-emergency", "ifrc-stay-safe-mines"],
            ),
            point("talk", &["landminealert-emergency"]),
            point(
                "call",
                &[
                    "report-az-2026-02-28-112-az",
                    "metbuat-2021-04-fhn-112-xrxx",
                    "metbuat-2023-03-tebib-103-113",
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
        remember: point(
            "remember",
            &[
                "azernews-2022-12-chirag-rescuers",
                "anews-2022-12-14-chirag-rescuers",
            ],
        ),
    },
];

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
        .flat_map(|p| p.sources.iter());
    numbers.chain(points).copied()
}

impl Situation {
    /// Its steps, then the line to remember.
    pub fn points(&self) -> impl Iterator<Item = &Point> {
        self.steps.iter().chain([&self.remember])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            .chain(&CHILD_RULES);
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
