//! The classroom presentation, as data: which slides, in which order. Each slide shows
//! content the rest of the site already has (the same messages, the same sources), so
//! what a class sees on the projector is what the pages say.

use crate::safety::model::guidance::{Situation, SITUATIONS};
use crate::safety::model::signs::{SignGroup, SIGN_GROUPS};
use crate::schools::model::age::AgeGroup;
use crate::site::model::cite::Point;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slide {
    /// The site's name and the three things to remember.
    Opening,
    /// The Public Council's call to everyone in the region.
    CoreRules,
    /// The children's opening: their three words, "Stop. Don't touch. Tell a grown-up.",
    /// with the pictograms and the gesture for each.
    ChildOpening,
    /// The children's rules, after their opening.
    ChildRules,
    /// One group of warning signs, drawn.
    Signs(&'static SignGroup),
    /// Where ANAMA says mines are found most: the places of returning life (roads, paths,
    /// water, the ground by electricity poles, gardens, fields, houses, cemeteries), as the
    /// rules page lists them.
    Places,
    /// One emergency situation and its steps.
    Situation(&'static Situation),
    /// The numbers to call.
    Numbers,
}

/// Every slide, in order: the core messages, the children's opening and rules, the signs,
/// where mines are found, the three situations.
pub const SLIDES: [Slide; 12] = [
    Slide::Opening,
    Slide::CoreRules,
    Slide::ChildOpening,
    Slide::ChildRules,
    Slide::Signs(&SIGN_GROUPS[0]),
    Slide::Signs(&SIGN_GROUPS[1]),
    Slide::Signs(&SIGN_GROUPS[2]),
    Slide::Places,
    Slide::Situation(&SITUATIONS[0]),
    Slide::Situation(&SITUATIONS[1]),
    Slide::Situation(&SITUATIONS[2]),
    Slide::Numbers,
];

impl Slide {
    /// The message id of its heading (also its entry in the "go to slide" list).
    pub fn title_id(self) -> String {
        match self {
            Slide::Opening => "slides-opening".into(),
            Slide::CoreRules => "core-rules-heading".into(),
            Slide::ChildOpening => "child-rules-words".into(),
            Slide::ChildRules => "slide-child-rules".into(),
            Slide::Signs(group) => format!("signs-group-{}", group.key),
            Slide::Places => "rules-places-heading".into(),
            Slide::Situation(situation) => format!("situation-{}", situation.key),
            Slide::Numbers => "numbers-heading".into(),
        }
    }
}

impl Slide {
    /// Who the slide is for. Young children get their own opening (the three words they
    /// hear everywhere) and the signs; the situations, the adults' glance and the
    /// numbers are for older pupils, since a young child's part is to tell a grown-up.
    pub fn ages(self) -> &'static [AgeGroup] {
        match self {
            Slide::ChildOpening | Slide::ChildRules => &[AgeGroup::Younger],
            Slide::Signs(_) => &AgeGroup::ALL,
            Slide::Opening
            | Slide::CoreRules
            | Slide::Places
            | Slide::Situation(_)
            | Slide::Numbers => &[AgeGroup::Older],
        }
    }
}

/// The steps of an emergency that the classroom shows: all but the one exception to
/// "stand still and wait" inside a mined area (going back in one's own footprints),
/// which stays on the adults' emergency page. Teenagers overrate their own skill, so in
/// class they learn the rule without its exception (pedagogy review, December 2026).
pub fn steps_in_class(situation: &Situation) -> Vec<&'static Point> {
    situation
        .steps
        .iter()
        .filter(|step| !(situation.key == "minefield" && step.key == "footprints"))
        .collect()
}

/// The message id of the line to remember under an emergency on its slide: the
/// emergency page's own, but for someone injured, where the page tells of the people
/// killed and injured going in to help at Chirag; in a class of children whose families
/// have come home, a real local death belongs in the teacher's notes, not on the screen
/// (`slide-situation-injured-remember`).
pub fn remember_in_class(situation: &Situation) -> String {
    if situation.key == "injured" {
        "slide-situation-injured-remember".into()
    } else {
        format!("situation-{}-remember", situation.key)
    }
}

/// The numbers (1-based) of the slides for an age group, in order.
pub fn numbers_for(age: AgeGroup) -> Vec<usize> {
    SLIDES
        .iter()
        .enumerate()
        .filter(|(_, slide)| slide.ages().contains(&age))
        .map(|(i, _)| i + 1)
        .collect()
}

/// The slide number (1-based, as in the address `#slide-3`) from an address fragment;
/// `None` for anything that is not a slide of the deck.
pub fn number_from_fragment(fragment: &str) -> Option<usize> {
    let n: usize = fragment
        .trim_start_matches('#')
        .strip_prefix("slide-")?
        .parse()
        .ok()?;
    (1..=SLIDES.len()).contains(&n).then_some(n)
}

/// The address fragment of a slide number.
pub fn fragment(number: usize) -> String {
    format!("slide-{number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn young_children_get_their_words_and_the_signs_but_not_the_emergency_steps() {
        let younger = numbers_for(AgeGroup::Younger);
        assert_eq!(SLIDES[younger[0] - 1], Slide::ChildOpening);
        assert_eq!(SLIDES[younger[1] - 1], Slide::ChildRules);
        assert!(younger
            .iter()
            .all(|n| !matches!(SLIDES[n - 1], Slide::Situation(_))));
        for group in &SIGN_GROUPS {
            assert!(younger.iter().any(|n| SLIDES[n - 1] == Slide::Signs(group)));
        }
        let older = numbers_for(AgeGroup::Older);
        assert!(older.contains(&1) && !older.contains(&younger[0]));
    }

    #[test]
    fn the_deck_has_the_signs_and_all_three_situations() {
        for group in &SIGN_GROUPS {
            assert!(SLIDES.contains(&Slide::Signs(group)), "{}", group.key);
        }
        for situation in &SITUATIONS {
            assert!(
                SLIDES.contains(&Slide::Situation(situation)),
                "{}",
                situation.key
            );
        }
        assert!(SLIDES.contains(&Slide::CoreRules));
    }

    #[test]
    fn the_children_open_with_their_three_words() {
        use crate::site::i18n::{t, Lang};
        for lang in Lang::ALL {
            assert_eq!(
                t(lang, &Slide::ChildOpening.title_id()),
                t(lang, "child-rules-words")
            );
            assert!(!t(lang, "slide-child-gestures").is_empty());
        }
    }

    #[test]
    fn the_slides_teach_standing_still_without_the_footprints_or_a_death() {
        use crate::site::i18n::{t, Lang};
        let minefield = &SITUATIONS[1];
        assert_eq!(minefield.key, "minefield");
        let steps = steps_in_class(minefield);
        assert!(steps.iter().all(|s| s.key != "footprints"));
        for kept in ["stop", "call", "wait"] {
            assert!(steps.iter().any(|s| s.key == kept), "{kept}");
        }
        assert_eq!(steps.len(), minefield.steps.len() - 1);
        for situation in &SITUATIONS[..] {
            if situation.key != "minefield" {
                assert_eq!(steps_in_class(situation).len(), situation.steps.len());
            }
            for lang in Lang::ALL {
                let line = t(lang, &remember_in_class(situation));
                assert!(!line.trim().is_empty(), "{lang}: {}", situation.key);
                assert!(
                    !line.contains("Chirag") && !line.contains("Çıraq") && !line.contains("Чираг")
                );
            }
        }
    }

    #[test]
    fn slide_numbers_round_trip_through_the_address() {
        for n in 1..=SLIDES.len() {
            assert_eq!(number_from_fragment(&format!("#{}", fragment(n))), Some(n));
        }
        for bad in [
            "",
            "#",
            "#slide-0",
            "#slide-13",
            "#slide-x",
            "#slides-2",
            "#core",
        ] {
            assert_eq!(number_from_fragment(bad), None, "{bad}");
        }
    }
}
