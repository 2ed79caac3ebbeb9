//! The questions for ages 6–11: what to do, in a child's words, never how ordnance works.
//! The last five come from a returning family's life (a grave at Novruz, an animal, an
//! empty house, a dare, scrap), each told as a child meets it.

use super::bank::{
    question, right, risky, wrong, Picture, Question, Scene, ANAMA_PLACES, MINED_AREA,
    PUBLIC_COUNCIL,
};
use crate::safety::model::signs::Drawing;

pub const YOUNGER: [Question; 19] = [
    question(
        "ball",
        Picture::Scene(Scene::Ball),
        &[risky("fetch"), right("leave"), risky("stick")],
        PUBLIC_COUNCIL,
    ),
    question(
        "object",
        Picture::Sign(Drawing::Ordnance),
        &[wrong("pick-up"), risky("kick"), right("go-back")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "manevr-2021-anama-small-mines",
            "rbc-ua-2025-08-07-ses-go-back",
        ],
    ),
    question(
        "sign",
        Picture::Sign(Drawing::TriangleSign),
        &[right("danger"), risky("old"), risky("careful")],
        &[
            "ccw-apii-technical-annex",
            "report-az-2026-01-12-public-council",
        ],
    ),
    question(
        "sticks",
        Picture::Sign(Drawing::CrossedSticks),
        &[wrong("toy"), right("danger"), risky("walk-past")],
        &["nolandmines-angola-indicators", "donetsk-ses-common-signs"],
    ),
    question(
        "play",
        Picture::Sign(Drawing::Overgrown),
        &[wrong("grass"), wrong("ruins"), right("grown-ups")],
        &["dsgu-walk-safe", "its-2021-10-18-anama-training"],
    ),
    question(
        "friend",
        Picture::Sign(Drawing::Ordnance),
        &[right("stop"), wrong("help"), risky("stones")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "semenivska-suspicious-object",
            "sarc-safety-distance",
        ],
    ),
    question(
        "shortcut",
        Picture::Sign(Drawing::UnusedPath),
        &[wrong("shortcut"), right("path"), risky("older")],
        &[ANAMA_PLACES, "dsgu-walk-safe", "loknycka-four-indicators"],
    ),
    question(
        "ruins",
        Picture::Scene(Scene::Ruin),
        &[wrong("explore"), risky("friends"), right("stay-out")],
        &["its-2021-10-18-anama-training", ANAMA_PLACES],
    ),
    question(
        "tell",
        Picture::Scene(Scene::Tell),
        &[wrong("secret"), right("grown-up"), risky("nobody-touched")],
        &["sarc-safety-distance", "mag-risk-education"],
    ),
    question(
        "cloth",
        Picture::Sign(Drawing::RedCloth),
        &[right("away"), wrong("take"), wrong("look")],
        &[
            "nolandmines-angola-indicators",
            "shirokivska-improvised-signs",
        ],
    ),
    question(
        "grown-up",
        Picture::Sign(Drawing::Tape),
        &[risky("follow"), right("stay"), wrong("other-way")],
        &[
            "report-az-2026-01-12-public-council",
            "unicef-ukraine-2024-04-09-imitate-adults",
        ],
    ),
    question(
        "no-sign",
        Picture::Sign(Drawing::Overgrown),
        &[wrong("yes"), risky("others"), right("ask")],
        &["icrc-2022-07-signs-anama", "dsgu-walk-safe"],
    ),
    // The two situations the children's rules lacked (pedagogy review, item 3): already
    // past a sign, and a friend hurt. The adults' steps, in a child's words.
    question(
        "past-sign",
        Picture::Sign(Drawing::TriangleSign),
        &[risky("run"), right("statue"), wrong("look")],
        MINED_AREA,
    ),
    question(
        "hurt",
        Picture::Sign(Drawing::Crater),
        &[risky("run"), right("shout"), wrong("home")],
        &[
            "landminealert-emergency",
            "azernews-2022-12-chirag-rescuers",
            // "Grown-ups will call 112."
            "report-az-2026-02-28-112-az",
        ],
    ),
    // A returning family's life (issue 17), as a child of eight meets it.
    question(
        "novruz",
        Picture::Sign(Drawing::Overgrown),
        &[risky("pick"), right("stay"), risky("together")],
        &[
            "buta-anama-novruz-cemeteries",
            "trend-2022-10-26-anama-cemeteries",
            "dsgu-walk-safe",
        ],
    ),
    question(
        "lamb",
        Picture::Sign(Drawing::TriangleSign),
        &[risky("run"), risky("stones"), right("tell")],
        &[
            "report-az-2026-01-12-public-council",
            "ccw-apii-technical-annex",
            "semenivska-suspicious-object",
        ],
    ),
    question(
        "doll",
        Picture::Scene(Scene::Ruin),
        &[risky("take"), right("tell"), risky("stick")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            ANAMA_PLACES,
            "its-2021-10-18-anama-training",
        ],
    ),
    question(
        "film",
        Picture::Sign(Drawing::Tape),
        &[right("no"), risky("go"), risky("watch")],
        &[
            "report-az-2026-01-12-public-council",
            "ccw-apii-technical-annex",
            "unicef-ukraine-2024-06-06-teen-risk",
        ],
    ),
    question(
        "pieces",
        Picture::Sign(Drawing::Wreck),
        &[wrong("collect"), risky("small"), right("no")],
        &[
            "metbuat-2024-05-din-102-objects",
            "gichd-lao-scrap-metal",
            "manevr-2021-anama-small-mines",
        ],
    ),
];
