//! The teacher's guide, as data: a 45-minute lesson plan for each age group, and the
//! teacher's notes both share. The words are in `locales/*/schools.ftl` under
//! `lesson-{age}-…` and `guide-note-…` (see each field); the order, the minutes, the
//! tool each step uses, which steps every pupil takes part in and the sources are here,
//! so the plan's timing is checked by a test rather than by hand.
//!
//! Both plans follow the pedagogy review of December 2026: children act (gestures, a map
//! of their way home, the statue game, role plays) rather than watch; the same check
//! opens and closes each lesson (`Page::Check`); and the situations are those of
//! families going home (a grave at Novruz, the family house, the garden and the orchard,
//! fetching water, the paths beside electricity poles, ploughing, herding, scrap metal,
//! a dare, a grown-up who says it is fine).

use crate::schools::model::age::AgeGroup;
use crate::schools::model::check::{MINUTES_AFTER, MINUTES_BEFORE};
use crate::site::model::cite::{point, sources_of, Point};
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
    /// Whether every pupil of the class takes part (all show the gestures, all draw, all
    /// play in pairs or groups, all answer), rather than a few answering while the
    /// others watch. The guide marks these steps.
    pub everyone: bool,
}

/// A step the teacher leads, which some pupils may only watch.
const fn step(key: &'static str, minutes: u32, tool: Option<Page>) -> Step {
    Step {
        key,
        minutes,
        tool,
        everyone: false,
    }
}

/// A step in which every pupil takes part.
const fn all(key: &'static str, minutes: u32, tool: Option<Page>) -> Step {
    Step {
        key,
        minutes,
        tool,
        everyone: true,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Lesson {
    pub age: AgeGroup,
    /// `lesson-{age}-aim-{key}`: what a pupil can show or say at the end, in verbs a
    /// teacher can observe.
    pub aims: &'static [&'static str],
    pub steps: &'static [Step],
    /// `lesson-{age}-question-{key}`: questions for the teacher to ask (for ages 6-11,
    /// sentences read aloud that the class answers with thumbs up or down).
    pub questions: &'static [&'static str],
    /// `watch-{key}`: what to watch for, shared by both lessons where it applies.
    pub watch_for: &'static [Point],
}

impl Lesson {
    pub fn minutes(&self) -> u32 {
        self.steps.iter().map(|s| s.minutes).sum()
    }
}

/// A teacher's note for both lessons: `guide-note-{key}` (its heading) and
/// `guide-note-{key}-{point}` (each point).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Note {
    pub key: &'static str,
    pub points: &'static [Point],
}

const COPY_ADULTS: Point = point("copy-adults", &["unicef-ukraine-2024-04-09-imitate-adults"]);
/// For both age groups: teenagers are the ones who ask how a mine works.
const NO_TECHNICAL: Point = point("no-technical", &["unicef-emergency-mre-handbook"]);
const ONE_MESSAGE: Point = point("one-message", &["unicef-emergency-mre-handbook"]);
/// The one set of words for ages 6-11: "Stop. Don't touch. Tell a grown-up."
const ONE_WORDS: Point = point("one-words", &["unicef-emergency-mre-handbook"]);
const NO_OBJECTS: Point = point(
    "no-objects",
    &["klymenko-suspicious-object", "semenivska-suspicious-object"],
);
/// Knowing the rules is not behaving safely, among teenagers most: why the older lesson
/// rehearses rather than tells.
const KNOWING_IS_NOT_DOING: Point = point(
    "knowing-not-doing",
    &["unicef-ukraine-2024-06-06-teen-risk"],
);
/// A child's map shows what the child knows, not where the mines are.
const MAP_NOT_SAFE: Point = point("map-not-safe", &[]);
/// Inside a mined area the class learns "stand still and wait"; the one exception
/// (one's own footprints) stays on the adults' emergency page.
const STAND_STILL: Point = point(
    "stand-still",
    &[
        "landminealert-emergency",
        "uda-eore",
        "loknycka-four-indicators",
    ],
);

pub const LESSONS: [Lesson; 2] = [
    Lesson {
        age: AgeGroup::Younger,
        aims: &["words", "signs", "statue", "map", "tell"],
        steps: &[
            step("start", 3, None),
            all("check-before", MINUTES_BEFORE, Some(Page::Check)),
            all("rules", 7, Some(Page::Classroom)),
            all("signs", 5, Some(Page::Classroom)),
            all("map", 10, None),
            all("statue", 8, None),
            all("thumbs", 4, Some(Page::Quiz)),
            all("check-after", MINUTES_AFTER, Some(Page::Check)),
            all("close", 2, Some(Page::Posters)),
        ],
        questions: &["ball", "garden", "water", "grave", "tell"],
        watch_for: &[
            ONE_WORDS,
            MAP_NOT_SAFE,
            NO_TECHNICAL,
            COPY_ADULTS,
            NO_OBJECTS,
        ],
    },
    Lesson {
        age: AgeGroup::Older,
        aims: &["situations", "say-no", "signs", "call"],
        steps: &[
            all("check-before", MINUTES_BEFORE, Some(Page::Check)),
            all("card", 5, None),
            step("signs", 5, Some(Page::Classroom)),
            all("role-play", 12, Some(Page::Classroom)),
            all("say-no", 6, Some(Page::Rules)),
            step("figures", 1, Some(Page::Statistics)),
            all("quiz", 6, Some(Page::Quiz)),
            all("check-after", MINUTES_AFTER, Some(Page::Check)),
            step("close", 4, Some(Page::Posters)),
        ],
        questions: &["go-back", "rescuers", "call", "no-sign", "grown-up"],
        watch_for: &[
            KNOWING_IS_NOT_DOING,
            STAND_STILL,
            NO_TECHNICAL,
            COPY_ADULTS,
            ONE_MESSAGE,
            NO_OBJECTS,
        ],
    },
];

/// The teacher's notes for both lessons, after the plans.
pub const NOTES: [Note; 4] = [
    // When a pupil speaks of a death or an injury, on the lines of "Listen, Protect,
    // Connect" (pedagogy review, item 5). The one support service named is one a source
    // names: the ICRC and the Azerbaijan Red Crescent Society train teachers in
    // psychosocial support.
    Note {
        key: "disclosure",
        points: &[
            point("before", &[]),
            point("during", &[]),
            point("after", &[]),
            point("never", &[]),
            point("drawing", &[]),
            point("support", &["icrc-safer-access-education"]),
        ],
    },
    // Children with disabilities (pedagogy review, "Missing").
    Note {
        key: "disability",
        points: &[
            point("deaf", &[]),
            point("blind", &[]),
            point("seated", &[]),
            point("three-rules", &[]),
            point("ask", &[]),
        ],
    },
    // A pupil who says there is a shell at home: as the families' page says (the
    // Ministry of Internal Affairs' and the 112 line's calls to report, not to touch).
    Note {
        key: "object-at-home",
        points: &[point(
            "what",
            &[
                "metbuat-2024-05-din-102-objects",
                "report-az-2026-02-28-112-az",
            ],
        )],
    },
    // A short repeat some weeks later.
    Note {
        key: "later",
        points: &[point("repeat", &[])],
    },
];

/// Every source the lessons and the notes cite.
pub fn cited_sources() -> Vec<&'static str> {
    sources_of(
        LESSONS
            .iter()
            .flat_map(|l| l.watch_for.iter())
            .chain(NOTES.iter().flat_map(|n| n.points.iter())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::i18n::{self, Lang};

    fn lesson(age: AgeGroup) -> &'static Lesson {
        LESSONS.iter().find(|l| l.age == age).unwrap()
    }

    #[test]
    fn each_lesson_takes_exactly_a_lesson() {
        for lesson in LESSONS {
            assert_eq!(lesson.minutes(), LESSON_MINUTES, "{:?}", lesson.age);
            assert!(
                lesson.steps.iter().all(|s| s.minutes > 0),
                "{:?}",
                lesson.age
            );
        }
    }

    #[test]
    fn there_is_a_lesson_for_each_age_group() {
        for age in AgeGroup::ALL {
            assert_eq!(LESSONS.iter().filter(|l| l.age == age).count(), 1);
        }
    }

    #[test]
    fn every_lesson_has_steps_in_which_every_pupil_takes_part() {
        for lesson in LESSONS {
            let everyone: u32 = lesson
                .steps
                .iter()
                .filter(|s| s.everyone)
                .map(|s| s.minutes)
                .sum();
            assert!(everyone > 0, "{:?}: no step for every pupil", lesson.age);
            // Children act rather than watch: most of the lesson is theirs.
            assert!(
                everyone * 2 > LESSON_MINUTES,
                "{:?}: every pupil takes part in only {everyone} minutes",
                lesson.age
            );
        }
    }

    #[test]
    fn every_lesson_opens_and_closes_with_the_check() {
        for lesson in LESSONS {
            let checks: Vec<_> = lesson
                .steps
                .iter()
                .enumerate()
                .filter(|(_, s)| s.tool == Some(Page::Check))
                .collect();
            assert_eq!(checks.len(), 2, "{:?}", lesson.age);
            let (first, before) = checks[0];
            let (last, after) = checks[1];
            assert!(first <= 1, "{:?}: the check comes at the start", lesson.age);
            assert!(
                last >= lesson.steps.len() - 2,
                "{:?}: the check comes at the end",
                lesson.age
            );
            assert_eq!(
                (before.minutes, after.minutes),
                (MINUTES_BEFORE, MINUTES_AFTER),
                "{:?}",
                lesson.age
            );
        }
    }

    #[test]
    fn every_lesson_uses_the_tools() {
        for lesson in LESSONS {
            for tool in [Page::Check, Page::Quiz, Page::Classroom, Page::Posters] {
                assert!(
                    lesson.steps.iter().any(|s| s.tool == Some(tool)),
                    "{:?} never uses {tool:?}",
                    lesson.age
                );
            }
        }
    }

    #[test]
    fn the_older_lesson_does_not_open_with_the_figures_and_gives_them_a_minute() {
        let older = lesson(AgeGroup::Older);
        let figures = older
            .steps
            .iter()
            .position(|s| s.tool == Some(Page::Statistics))
            .expect("the figures");
        assert!(
            figures > 2,
            "the lesson opens with a card, not with casualties"
        );
        assert_eq!(older.steps[figures].minutes, 1);
        // The younger lesson shows no figures at all.
        assert!(lesson(AgeGroup::Younger)
            .steps
            .iter()
            .all(|s| s.tool != Some(Page::Statistics)));
    }

    #[test]
    fn no_technical_detail_for_either_age_group() {
        for lesson in LESSONS {
            assert!(lesson.watch_for.contains(&NO_TECHNICAL), "{:?}", lesson.age);
        }
    }

    /// Every message id of a lesson: aims, steps (title and text), questions and notes.
    fn ids(lesson: &Lesson) -> Vec<String> {
        let age = lesson.age.key();
        lesson
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
            .chain(lesson.watch_for.iter().map(|p| format!("watch-{}", p.key)))
            .chain([format!("lesson-{age}-slides-note")])
            .collect()
    }

    #[test]
    fn every_text_is_written_in_all_three_languages() {
        let notes = NOTES.iter().flat_map(|n| {
            std::iter::once(format!("guide-note-{}", n.key)).chain(
                n.points
                    .iter()
                    .map(move |p| format!("guide-note-{}-{}", n.key, p.key)),
            )
        });
        let all: Vec<String> = LESSONS.iter().flat_map(ids).chain(notes).collect();
        for lang in Lang::ALL {
            for id in &all {
                assert!(i18n::has_message(lang, id), "{lang}: {id} is missing");
                assert!(
                    !i18n::t(lang, id).trim().is_empty(),
                    "{lang}: {id} is empty"
                );
            }
        }
    }

    #[test]
    fn children_hear_one_set_of_words_in_every_step() {
        // The 6-11 plan's steps quote the children's three words exactly as the slides,
        // the posters and the quiz say them (`child-rules-words`), and no other set.
        for lang in Lang::ALL {
            let words = i18n::t(lang, "child-rules-words");
            let younger = lesson(AgeGroup::Younger);
            let texts: Vec<String> = ids(younger).iter().map(|id| i18n::t(lang, id)).collect();
            assert!(
                texts.iter().any(|t| t.contains(&words)),
                "{lang}: the 6-11 plan never says {words:?}"
            );
            let older_words = i18n::t(lang, "slides-opening");
            assert!(
                texts.iter().all(|t| !t.contains(&older_words)),
                "{lang}: the 6-11 plan uses the older pupils' words"
            );
        }
    }

    #[test]
    fn inside_a_mined_area_the_older_lesson_teaches_standing_still_not_the_footprints() {
        // The exception stays on the adults' emergency page; only the teacher's note
        // (`watch-stand-still`) names it, to say it is not taught.
        let older = lesson(AgeGroup::Older);
        for id in ids(older)
            .into_iter()
            .filter(|id| !id.starts_with("watch-"))
        {
            let text = i18n::t(Lang::En, &id).to_lowercase();
            assert!(!text.contains("footprint"), "{id}: {text}");
        }
        assert!(older.watch_for.contains(&STAND_STILL));
    }
}
