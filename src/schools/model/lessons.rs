//! The teacher's guide, as data: a 45-minute lesson plan for each age group. The words
//! are in `locales/*/schools.ftl` under `lesson-{age}-…` (see each field); the order,
//! the minutes, the tool each step uses and the sources are here, so the plan's timing
//! is checked by a test rather than by hand.

use crate::schools::model::age::AgeGroup;
use crate::site::model::cite::{point, Point};
use crate::site::route::Page;

/// How long a lesson lasts, in minutes.
pub const LESSON_MINUTES: u32 = 45;

/// One step of a lesson: `lesson-{age}-step-{key}` (its title) and `…-text` (what to do).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Step {
    pub key: &'static str,
    pub minutes: u32,
    /// The site's page the step uses, linked from the step.
    pub tool: Option<Page>,
}

const fn step(key: &'static str, minutes: u32, tool: Option<Page>) -> Step {
    Step { key, minutes, tool }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Lesson {
    pub age: AgeGroup,
    /// `lesson-{age}-aim-{key}`.
    pub aims: &'static [&'static str],
    pub steps: &'static [Step],
    /// `lesson-{age}-question-{key}`: questions for the teacher to ask.
    pub questions: &'static [&'static str],
    /// `watch-{key}`: what to watch for, shared by both lessons where it applies.
    pub watch_for: &'static [Point],
}

impl Lesson {
    pub fn minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }
}

const COPY_ADULTS: Point = point("copy-adults", &["unicef-ukraine-2024-04-09-imitate-adults"]);
const BEREAVED: Point = point("bereaved", &["dsgu-walk-safe"]);
const NO_TECHNICAL: Point = point("no-technical", &["unicef-emergency-mre-handbook"]);
const ONE_MESSAGE: Point = point("one-message", &["unicef-emergency-mre-handbook"]);
const NO_OBJECTS: Point = point(
    "no-objects",
    &["klymenko-suspicious-object", "semenivska-suspicious-object"],
);

pub const LESSONS: [Lesson; 2] = [
    Lesson {
        age: AgeGroup::Younger,
        aims: &["rules", "signs", "tell"],
        steps: &[
            step("start", 5, None),
            step("rules", 10, Some(Page::Classroom)),
            step("signs", 10, Some(Page::Classroom)),
            step("practise", 8, None),
            step("quiz", 8, Some(Page::Quiz)),
            step("close", 4, Some(Page::Posters)),
        ],
        questions: &["play", "ball", "sign", "tell"],
        watch_for: &[NO_TECHNICAL, COPY_ADULTS, BEREAVED, NO_OBJECTS],
    },
    Lesson {
        age: AgeGroup::Older,
        aims: &["signs", "situations", "myths"],
        steps: &[
            step("start", 5, Some(Page::Statistics)),
            step("signs", 8, Some(Page::Classroom)),
            step("situations", 12, Some(Page::Classroom)),
            step("myths", 5, Some(Page::Rules)),
            step("quiz", 10, Some(Page::Quiz)),
            step("close", 5, Some(Page::Posters)),
        ],
        questions: &["go-back", "rescuers", "call", "no-sign"],
        watch_for: &[COPY_ADULTS, BEREAVED, ONE_MESSAGE, NO_OBJECTS],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::i18n::{self, Lang};

    #[test]
    fn each_lesson_takes_exactly_a_lesson() {
        for lesson in LESSONS {
            assert_eq!(lesson.minutes(), LESSON_MINUTES, "{:?}", lesson.age);
        }
    }

    #[test]
    fn there_is_a_lesson_for_each_age_group() {
        for age in AgeGroup::ALL {
            assert_eq!(LESSONS.iter().filter(|l| l.age == age).count(), 1);
        }
    }

    #[test]
    fn every_lesson_uses_the_three_tools() {
        for lesson in LESSONS {
            for tool in [Page::Quiz, Page::Classroom, Page::Posters] {
                assert!(
                    lesson.steps.iter().any(|s| s.tool == Some(tool)),
                    "{:?} never uses {tool:?}",
                    lesson.age
                );
            }
        }
    }

    #[test]
    fn every_text_is_written_in_all_three_languages() {
        for lang in Lang::ALL {
            for lesson in LESSONS {
                let age = lesson.age.key();
                let ids = lesson
                    .aims
                    .iter()
                    .map(|k| format!("lesson-{age}-aim-{k}"))
                    .chain(lesson.steps.iter().flat_map(|s| {
                        [
                            format!("lesson-{age}-step-{}", s.key),
                            format!("lesson-{age}-step-{}-text", s.key),
                        ]
                    }))
                    .chain(
                        lesson
                            .questions
                            .iter()
                            .map(|k| format!("lesson-{age}-question-{k}")),
                    )
                    .chain(lesson.watch_for.iter().map(|p| format!("watch-{}", p.key)));
                for id in ids {
                    assert!(i18n::has_message(lang, &id), "{lang}: {id} is missing");
                }
            }
        }
    }
}
