//! The quiz's question bank, as data: for each age group (`younger.rs`, `older.rs`),
//! scenario questions in order, each with a picture the site draws, its answers (exactly
//! one right) and the sources of the behaviour it teaches. The words are in
//! `locales/*/quiz.ftl`: `quiz-{key}` (the question), `quiz-{key}-{answer}` (each
//! answer), `quiz-{key}-why` (the explanation shown after answering) and, for a wrong
//! answer marked [`risky`], `quiz-{key}-{answer}-risk` (why that answer is risky, shown
//! when it was chosen). The native tests check the bank; see below.

use crate::safety::model::signs::Drawing;

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
    /// A child telling a grown-up (the younger children's part: they tell, a grown-up calls).
    Tell,
}

impl Scene {
    pub const fn key(self) -> &'static str {
        match self {
            Scene::Ball => "ball",
            Scene::Ruin => "ruin",
            Scene::Phone => "phone",
            Scene::Tell => "tell",
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
    /// A wrong answer whose risk is explained (`quiz-{question}-{key}-risk`) to the reader
    /// who chose it.
    pub risk: bool,
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

impl Question {
    /// The message that says why the answer at `answer` is risky, if it has one.
    pub fn risk_message(&self, answer: usize) -> Option<String> {
        let a = self.answers.get(answer).filter(|a| a.risk && !a.right)?;
        Some(format!("quiz-{}-{}-risk", self.key, a.key))
    }
}

pub(super) const fn right(key: &'static str) -> Answer {
    Answer {
        key,
        right: true,
        risk: false,
    }
}

/// A wrong answer, with nothing more to say than the question's explanation.
pub(super) const fn wrong(key: &'static str) -> Answer {
    Answer {
        key,
        right: false,
        risk: false,
    }
}

/// A wrong answer that is a real risky belief, with `quiz-{question}-{key}-risk` saying
/// why (pedagogy review, item 9).
pub(super) const fn risky(key: &'static str) -> Answer {
    Answer {
        key,
        right: false,
        risk: true,
    }
}

pub(super) const fn question(
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

pub(super) const PUBLIC_COUNCIL: &[&str] = &[
    "report-az-2026-01-12-public-council",
    "trend-2026-01-12-public-council",
];
/// Fire and covering: only community pages say so; nothing stronger was found.
pub(super) const NO_FIRE: &[&str] = &["semenivska-suspicious-object", "klymenko-suspicious-object"];
pub(super) const MINED_AREA: &[&str] = &[
    "landminealert-emergency",
    "garthwaite-war-zone",
    "uda-eore",
    "ifrc-stay-safe-mines",
];
/// ANAMA's list of the places where mines were laid most (May 2023): roads and
/// junctions, paths, water, the ground around electricity poles, gardens and forests,
/// fields, destroyed and abandoned houses.
pub(super) const ANAMA_PLACES: &str = "sulh-2023-05-05-anama-places";

#[cfg(test)]
mod tests {
    use crate::schools::model::age::AgeGroup;
    use crate::schools::model::quiz::all;
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
        // Across both age groups: the messages of both share one catalog.
        let mut keys: Vec<_> = all().map(|q| q.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all().count(), "a question key is used twice");
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
    fn every_wrong_answer_explained_is_explained_in_all_three_languages_and_no_other() {
        let mut explained = 0;
        for q in all() {
            for (i, answer) in q.answers.iter().enumerate() {
                let id = format!("quiz-{}-{}-risk", q.key, answer.key);
                assert_eq!(
                    q.risk_message(i).as_deref(),
                    answer.risk.then_some(id.as_str()),
                    "{id}"
                );
                assert!(
                    !(answer.right && answer.risk),
                    "{id}: a right answer is not risky"
                );
                for lang in Lang::ALL {
                    // A translator's explanation for an answer the bank does not mark would
                    // never be shown; one the bank marks must be there in every language.
                    assert_eq!(
                        i18n::has_message(lang, &id),
                        answer.risk,
                        "{lang}: {id} {}",
                        if answer.risk {
                            "is missing"
                        } else {
                            "is not marked risky in the bank"
                        }
                    );
                    if answer.risk {
                        assert!(
                            !i18n::t(lang, &id).trim().is_empty(),
                            "{lang}: {id} is empty"
                        );
                    }
                }
                explained += usize::from(answer.risk);
            }
        }
        assert!(explained > 0);
        assert_eq!(all().next().and_then(|q| q.risk_message(99)), None);
    }

    #[test]
    fn every_question_is_sourced() {
        // That each source is listed: tests/prerender.rs, over everything the site cites.
        for q in all() {
            assert!(!q.sources.is_empty(), "{}", q.key);
        }
    }
}
