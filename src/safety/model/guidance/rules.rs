//! The rules page's guidance: the rules for each group of adults, where mines are found
//! and the beliefs that kill.

use crate::site::model::cite::{point, Point};

use super::shared_sources::{BOOBY_TRAP, PERMISSION, PUBLIC_COUNCIL, ROADS};

/// A titled list of points: `{prefix}-{key}` is its heading, `{prefix}-{key}-{point}`
/// each point.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Group {
    pub key: &'static str,
    pub points: &'static [Point],
}

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
