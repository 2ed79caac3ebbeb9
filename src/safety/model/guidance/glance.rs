//! The home page's guidance: the three things to do at a glance and the core rules.

use crate::site::model::cite::{point, Point};

use super::shared_sources::{ANAMA_DO_NOT_TOUCH, PUBLIC_COUNCIL};

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
