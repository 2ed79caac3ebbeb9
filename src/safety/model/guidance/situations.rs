//! The three emergencies and their steps.

use crate::site::model::cite::{point, Point};

use super::shared_sources::{CALL_112, MINED_AREA_STEPS};

/// One emergency: when it applies (`situation-{key}-when`), its numbered steps
/// (`situation-{key}-{step}`) and the line to remember (`situation-{key}-remember`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Situation {
    pub key: &'static str,
    pub steps: &'static [Point],
    pub remember: Point,
}

impl Situation {
    /// Its steps, then the line to remember.
    pub fn points(&self) -> impl Iterator<Item = &Point> {
        self.steps.iter().chain([&self.remember])
    }
}

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
