//! The quiz's question bank, as data: for each age group, scenario questions in order,
//! each with a picture the site draws, its answers (exactly one right) and the sources of
//! the behaviour it teaches. The words are in `locales/*/quiz.ftl`: `quiz-{key}` (the
//! question), `quiz-{key}-{answer}` (each answer) and `quiz-{key}-why` (the explanation
//! shown after answering). The native tests check the bank; see below.

use crate::safety::model::signs::Drawing;
use crate::schools::model::age::AgeGroup;

/// A scene the quiz draws that is not a sign; named like a sign (`sign-{key}`,
/// `sign-{key}-desc`) and drawn by `schools::view::SceneDrawing`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Scene {
    /// A ball in the grass beyond a warning sign.
    Ball,
    /// A ruined house.
    Ruin,
    /// A phone showing 112.
    Phone,
}

impl Scene {
    pub const fn key(self) -> &'static str {
        match self {
            Scene::Ball => "ball",
            Scene::Ruin => "ruin",
            Scene::Phone => "phone",
        }
    }
}

/// What a question shows: one of the signs, or a scene of its own.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Picture {
    Sign(Drawing),
    Scene(Scene),
}

impl Picture {
    /// Names its messages, as [`Drawing::key`] does.
    pub const fn key(self) -> &'static str {
        match self {
            Picture::Sign(drawing) => drawing.key(),
            Picture::Scene(scene) => scene.key(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Answer {
    pub key: &'static str,
    pub right: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Question {
    pub key: &'static str,
    pub picture: Picture,
    /// In the order shown; the right one is not always in the same place.
    pub answers: &'static [Answer],
    pub sources: &'static [&'static str],
}

impl Question {
    /// The position of the right answer.
    pub fn right_answer(&self) -> usize {
        self.answers.iter().position(|a| a.right).unwrap_or(0)
    }
}

const fn right(key: &'static str) -> Answer {
    Answer { key, right: true }
}

const fn wrong(key: &'static str) -> Answer {
    Answer { key, right: false }
}

const fn question(
    key: &'static str,
    picture: Picture,
    answers: &'static [Answer],
    sources: &'static [&'static str],
) -> Question {
    Question {
        key,
        picture,
        answers,
        sources,
    }
}

const PUBLIC_COUNCIL: &[&str] = &[
    "report-az-2026-01-12-public-council",
    "trend-2026-01-12-public-council",
];
/// Fire and covering: only community pages say so; nothing stronger was found.
const NO_FIRE: &[&str] = &["semenivska-suspicious-object", "klymenko-suspicious-object"];
const MINED_AREA: &[&str] = &[
    "landminealert-emergency",
    "garthwaite-war-zone",
    "uda-eore",
    "ifrc-stay-safe-mines",
];

/// Ages 6–11: what to do, in a child's words, never how ordnance works.
pub const YOUNGER: [Question; 14] = [
    question(
        "ball",
        Picture::Scene(Scene::Ball),
        &[wrong("fetch"), right("leave"), wrong("stick")],
        PUBLIC_COUNCIL,
    ),
    question(
        "object",
        Picture::Sign(Drawing::Ordnance),
        &[wrong("pick-up"), wrong("kick"), right("go-back")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "manevr-2021-anama-small-mines",
            "rbc-ua-2025-08-07-ses-go-back",
        ],
    ),
    question(
        "sign",
        Picture::Sign(Drawing::TriangleSign),
        &[right("danger"), wrong("old"), wrong("careful")],
        &[
            "ccw-apii-technical-annex",
            "report-az-2026-01-12-public-council",
        ],
    ),
    question(
        "sticks",
        Picture::Sign(Drawing::CrossedSticks),
        &[wrong("toy"), right("danger"), wrong("walk-past")],
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
        &[right("stop"), wrong("help"), wrong("stones")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "semenivska-suspicious-object",
            "sarc-safety-distance",
        ],
    ),
    question(
        "shortcut",
        Picture::Sign(Drawing::UnusedPath),
        &[wrong("shortcut"), right("path"), wrong("older")],
        &[
            "sulh-2023-05-05-anama-places",
            "dsgu-walk-safe",
            "loknycka-four-indicators",
        ],
    ),
    question(
        "ruins",
        Picture::Scene(Scene::Ruin),
        &[wrong("explore"), wrong("friends"), right("stay-out")],
        &[
            "its-2021-10-18-anama-training",
            "sulh-2023-05-05-anama-places",
        ],
    ),
    question(
        "tell",
        Picture::Scene(Scene::Phone),
        &[wrong("secret"), right("grown-up"), wrong("nobody-touched")],
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
        &[wrong("follow"), right("stay"), wrong("other-way")],
        &[
            "report-az-2026-01-12-public-council",
            "unicef-ukraine-2024-04-09-imitate-adults",
        ],
    ),
    question(
        "no-sign",
        Picture::Sign(Drawing::Overgrown),
        &[wrong("yes"), wrong("others"), right("ask")],
        &["icrc-2022-07-signs-anama", "dsgu-walk-safe"],
    ),
    // The two situations the children's rules lacked (pedagogy review, item 3): already
    // past a sign, and a friend hurt. The adults' steps, in a child's words.
    question(
        "past-sign",
        Picture::Sign(Drawing::TriangleSign),
        &[wrong("run"), right("statue"), wrong("look")],
        MINED_AREA,
    ),
    question(
        "hurt",
        Picture::Sign(Drawing::Crater),
        &[wrong("run"), right("shout"), wrong("home")],
        &[
            "landminealert-emergency",
            "azernews-2022-12-chirag-rescuers",
            // "Grown-ups will call 112."
            "report-az-2026-02-28-112-az",
        ],
    ),
];

/// Ages 12–17: the three situations, told apart, and the beliefs that kill. Inside a
/// mined area the answer is always to stand still and wait; the one exception (one's
/// own visible footprints) is on the adults' emergency page only, since teenagers
/// overrate their skill (pedagogy review).
pub const OLDER: [Question; 12] = [
    question(
        "first",
        Picture::Sign(Drawing::Ordnance),
        &[wrong("closer"), right("stop"), wrong("dig")],
        &[
            "rbc-ua-2025-08-07-ses-go-back",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
    question(
        "fire",
        Picture::Sign(Drawing::Ordnance),
        &[wrong("burn"), wrong("cover"), right("leave")],
        NO_FIRE,
    ),
    question(
        "call",
        Picture::Scene(Scene::Phone),
        &[right("away"), wrong("beside"), wrong("nobody")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "rbc-ua-2025-08-07-ses-go-back",
            "guam-ocd-2019-3rs",
        ],
    ),
    question(
        "mined-area",
        Picture::Sign(Drawing::TriangleSign),
        &[wrong("walk-out"), right("stop"), wrong("probe")],
        MINED_AREA,
    ),
    question(
        "remember-way",
        Picture::Sign(Drawing::UnusedPath),
        &[wrong("walk-back"), wrong("untouched"), right("wait")],
        MINED_AREA,
    ),
    question(
        "injured",
        Picture::Sign(Drawing::Crater),
        &[right("talk"), wrong("run"), wrong("carry")],
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
        &[wrong("safe"), right("others"), wrong("around")],
        &[
            "ifrc-stay-safe-mines",
            "uda-eore",
            "rbc-ua-2025-08-07-ses-go-back",
        ],
    ),
    question(
        "old-mines",
        Picture::Sign(Drawing::Positions),
        &[wrong("rusted"), wrong("careful"), right("still")],
        &[
            "icrc-2018-anti-personnel-mines",
            "unicef-landmines-decades",
            "icma-2025-06-four-blasts",
        ],
    ),
    question(
        "verge",
        Picture::Sign(Drawing::Wreck),
        &[right("road"), wrong("verge"), wrong("short-grass")],
        &[
            "sulh-2023-05-05-anama-places",
            "metbuat-2025-05-yolumuz-qarabaga",
            "kyiv-desna-mine-rules",
        ],
    ),
    question(
        "scrap",
        Picture::Sign(Drawing::Wreck),
        &[wrong("go"), right("refuse"), wrong("small")],
        &["metbuat-2024-05-din-102-objects", "gichd-lao-scrap-metal"],
    ),
    question(
        "wire",
        Picture::Sign(Drawing::Wire),
        &[wrong("step-over"), wrong("cut"), right("back")],
        &[
            "metbuat-2025-04-bulutan-booby-trap",
            "landminealert-emergency",
        ],
    ),
    question(
        "return",
        Picture::Scene(Scene::Ruin),
        &[wrong("now"), right("cleared"), wrong("neighbours")],
        &[
            "dayaz-2025-12-27-din-permission",
            "report-az-2026-01-12-public-council",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
];

/// Every question of both age groups.
pub fn all() -> impl Iterator<Item = &'static Question> {
    YOUNGER.iter().chain(OLDER.iter())
}

impl AgeGroup {
    /// The questions for this age group, in order.
    pub const fn questions(self) -> &'static [Question] {
        match self {
            AgeGroup::Younger => &YOUNGER,
            AgeGroup::Older => &OLDER,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::i18n::{self, Lang};

    #[test]
    fn each_age_group_has_at_least_twelve_questions() {
        for age in AgeGroup::ALL {
            assert!(age.questions().len() >= 12, "{age:?}");
        }
    }

    #[test]
    fn each_question_has_exactly_one_right_answer_among_several() {
        for q in all() {
            assert!(q.answers.len() >= 2, "{}", q.key);
            let right = q.answers.iter().filter(|a| a.right).count();
            assert_eq!(right, 1, "quiz-{} has {right} right answers", q.key);
        }
    }

    #[test]
    fn the_right_answer_moves_around() {
        for age in AgeGroup::ALL {
            let mut places: Vec<_> = age.questions().iter().map(|q| q.right_answer()).collect();
            places.sort();
            places.dedup();
            assert!(places.len() > 1, "{age:?}: always answer {}", places[0]);
        }
    }

    #[test]
    fn keys_are_unique() {
        for age in AgeGroup::ALL {
            let mut keys: Vec<_> = age.questions().iter().map(|q| q.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), age.questions().len(), "{age:?}");
        }
        for q in all() {
            let mut keys: Vec<_> = q.answers.iter().map(|a| a.key).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), q.answers.len(), "{}", q.key);
        }
    }

    #[test]
    fn every_question_answer_explanation_and_picture_is_written_in_all_three_languages() {
        for lang in Lang::ALL {
            for q in all() {
                let picture = q.picture.key();
                let ids = [
                    format!("quiz-{}", q.key),
                    format!("quiz-{}-why", q.key),
                    format!("sign-{picture}"),
                    format!("sign-{picture}-desc"),
                ]
                .into_iter()
                .chain(
                    q.answers
                        .iter()
                        .map(|a| format!("quiz-{}-{}", q.key, a.key)),
                );
                for id in ids {
                    assert!(i18n::has_message(lang, &id), "{lang}: {id} is missing");
                    assert!(
                        !i18n::t(lang, &id).trim().is_empty(),
                        "{lang}: {id} is empty"
                    );
                }
            }
        }
    }

    #[test]
    fn every_question_is_sourced() {
        // That each source is listed: tests/prerender.rs, over everything the site cites.
        for q in all() {
            assert!(!q.sources.is_empty(), "{}", q.key);
        }
    }
}
