//! The rules for children.

use crate::site::model::cite::{point, Point};

use super::shared_sources::PUBLIC_COUNCIL;

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
