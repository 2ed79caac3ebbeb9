//! The questions for ages 12–17: the three situations, told apart, and the beliefs that
//! kill. Inside a mined area the answer is always to stand still and wait; the one
//! exception (one's own visible footprints) is on the adults' emergency page only, since
//! teenagers overrate their skill (pedagogy review). The last nine come from a returning
//! family's life: each of ANAMA's places, the work on the land, friends and a grown-up.

use super::bank::{
    question, right, risky, wrong, Picture, Question, Scene, ANAMA_PLACES, MINED_AREA, NO_FIRE,
};
use crate::safety::model::signs::Drawing;

pub const OLDER: [Question; 21] = [
    question(
        "first",
        Picture::Sign(Drawing::Ordnance),
        &[risky("closer"), right("stop"), wrong("dig")],
        &[
            "rbc-ua-2025-08-07-ses-go-back",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
    question(
        "fire",
        Picture::Sign(Drawing::Ordnance),
        &[wrong("burn"), risky("cover"), right("leave")],
        NO_FIRE,
    ),
    question(
        "call",
        Picture::Scene(Scene::Phone),
        &[right("away"), risky("beside"), wrong("nobody")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "rbc-ua-2025-08-07-ses-go-back",
            "guam-ocd-2019-3rs",
        ],
    ),
    question(
        "mined-area",
        Picture::Sign(Drawing::TriangleSign),
        &[risky("walk-out"), right("stop"), wrong("probe")],
        MINED_AREA,
    ),
    question(
        "remember-way",
        Picture::Sign(Drawing::UnusedPath),
        &[risky("walk-back"), risky("untouched"), right("wait")],
        MINED_AREA,
    ),
    question(
        "injured",
        Picture::Sign(Drawing::Crater),
        &[right("talk"), risky("run"), wrong("carry")],
        &[
            "landminealert-emergency",
            "azernews-2022-12-chirag-rescuers",
            "report-az-2026-02-28-112-az",
            "metbuat-2023-03-tebib-103-113",
        ],
    ),
    question(
        "one-mine",
        Picture::Sign(Drawing::CrossedSticks),
        &[wrong("safe"), right("others"), risky("around")],
        &[
            "ifrc-stay-safe-mines",
            "uda-eore",
            "rbc-ua-2025-08-07-ses-go-back",
        ],
    ),
    question(
        "old-mines",
        Picture::Sign(Drawing::Positions),
        &[risky("rusted"), wrong("careful"), right("still")],
        &[
            "icrc-2018-anti-personnel-mines",
            "unicef-landmines-decades",
            "icma-2025-06-four-blasts",
        ],
    ),
    question(
        "verge",
        Picture::Sign(Drawing::Wreck),
        &[right("road"), wrong("verge"), risky("short-grass")],
        &[
            ANAMA_PLACES,
            "metbuat-2025-05-yolumuz-qarabaga",
            "kyiv-desna-mine-rules",
        ],
    ),
    question(
        "scrap",
        Picture::Sign(Drawing::Wreck),
        &[wrong("go"), right("refuse"), risky("small")],
        &[
            "metbuat-2024-05-din-102-objects",
            "gichd-lao-scrap-metal",
            "manevr-2021-anama-small-mines",
        ],
    ),
    question(
        "wire",
        Picture::Sign(Drawing::Wire),
        &[risky("step-over"), wrong("cut"), right("back")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "landminealert-emergency",
        ],
    ),
    question(
        "return",
        Picture::Scene(Scene::Ruin),
        &[wrong("now"), right("cleared"), risky("neighbours")],
        &[
            "dayaz-2025-12-27-din-permission",
            "report-az-2026-01-12-public-council",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
    // A returning family's life (issue 17): ANAMA's places, the work on the land, and
    // the people who say it is fine.
    question(
        "grave",
        Picture::Sign(Drawing::Overgrown),
        &[risky("holiday"), risky("path"), right("wait")],
        &[
            "buta-anama-novruz-cemeteries",
            "trend-2022-10-26-anama-cemeteries",
            "todayaz-anama-incident-places",
            ANAMA_PLACES,
        ],
    ),
    question(
        "house",
        Picture::Scene(Scene::Ruin),
        &[risky("fetch"), right("stay-out"), risky("door")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            ANAMA_PLACES,
            "dayaz-2025-12-27-din-permission",
        ],
    ),
    question(
        "orchard",
        Picture::Scene(Scene::Ruin),
        &[risky("house"), risky("edge"), right("wait")],
        &[
            ANAMA_PLACES,
            "trend-2022-10-26-anama-cemeteries",
            "report-az-2026-01-12-public-council",
        ],
    ),
    question(
        "spring",
        Picture::Sign(Drawing::UnusedPath),
        &[right("cleared"), risky("old-path"), risky("quick")],
        WATER,
    ),
    question(
        "poles",
        Picture::Sign(Drawing::UnusedPath),
        &[risky("along"), right("road"), risky("others")],
        &[ANAMA_PLACES, "its-2021-10-18-anama-training"],
    ),
    question(
        "tractor",
        Picture::Sign(Drawing::Overgrown),
        &[risky("ride"), risky("before"), right("cleared")],
        &[
            "report-az-2026-01-12-public-council",
            "avtosfer-2025-12-18-chamanli",
            "azernews-2021-01-tartar",
            ANAMA_PLACES,
        ],
    ),
    question(
        "graze",
        Picture::Sign(Drawing::Overgrown),
        &[risky("go"), right("cleared"), risky("behind")],
        &[
            "report-az-2026-01-12-public-council",
            "report-2025-12-03-shikharkh",
            "menafn-2025-05-31-goranboy",
        ],
    ),
    question(
        "dare",
        Picture::Sign(Drawing::TriangleSign),
        &[risky("quick"), risky("steps"), right("no")],
        &[
            "report-az-2026-01-12-public-council",
            "ccw-apii-technical-annex",
            "unicef-ukraine-2024-06-06-teen-risk",
        ],
    ),
    question(
        "knows",
        Picture::Sign(Drawing::UnusedPath),
        &[risky("follow"), right("cleared"), risky("footsteps")],
        &[
            "report-az-2026-01-12-public-council",
            ANAMA_PLACES,
            "unicef-ukraine-2024-04-09-imitate-adults",
        ],
    ),
];

/// Water: ANAMA's list, and the incidents at springs and wells.
const WATER: &[&str] = &[
    ANAMA_PLACES,
    "trend-2022-10-26-anama-cemeteries",
    "todayaz-anama-incident-places",
];
