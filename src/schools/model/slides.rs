//! The classroom presentation, as data: which slides, in which order. Each slide shows
//! content the rest of the site already has (the same messages, the same sources), so
//! what a class sees on the projector is what the pages say.

use crate::safety::model::guidance::{Situation, SITUATIONS};
use crate::safety::model::signs::{SignGroup, SIGN_GROUPS};
use crate::schools::model::age::AgeGroup;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slide {
    /// The site's name and the three things to remember.
    Opening,
    /// The Public Council's call to everyone in the region.
    CoreRules,
    /// The children's opening: their three words with the pictograms, then their rules.
    ChildRules,
    /// One group of warning signs, drawn.
    Signs(&'static SignGroup),
    /// One emergency situation and its steps.
    Situation(&'static Situation),
    /// The numbers to call.
    Numbers,
}

/// Every slide, in order: the core messages, the signs, the three situations.
pub const SLIDES: [Slide; 10] = [
    Slide::Opening,
    Slide::CoreRules,
    Slide::ChildRules,
    Slide::Signs(&SIGN_GROUPS[0]),
    Slide::Signs(&SIGN_GROUPS[1]),
    Slide::Signs(&SIGN_GROUPS[2]),
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
            Slide::ChildRules => "child-rules-words".into(),
            Slide::Signs(group) => format!("signs-group-{}", group.key),
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
            Slide::ChildRules => &[AgeGroup::Younger],
            Slide::Signs(_) => &AgeGroup::ALL,
            Slide::Opening | Slide::CoreRules | Slide::Situation(_) | Slide::Numbers => {
                &[AgeGroup::Older]
            }
        }
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
        assert_eq!(SLIDES[younger[0] - 1], Slide::ChildRules);
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
    fn slide_numbers_round_trip_through_the_address() {
        for n in 1..=SLIDES.len() {
            assert_eq!(number_from_fragment(&format!("#{}", fragment(n))), Some(n));
        }
        for bad in [
            "",
            "#",
            "#slide-0",
            "#slide-11",
            "#slide-x",
            "#slides-2",
            "#core",
        ] {
            assert_eq!(number_from_fragment(bad), None, "{bad}");
        }
    }
}
