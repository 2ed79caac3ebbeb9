//! The classroom presentation, as data: which slides, in which order. Each slide shows
//! content the rest of the site already has (the same messages, the same sources), so
//! what a class sees on the projector is what the pages say.

use super::safety::{Group, SITUATIONS};
use super::signs::{SignGroup, SIGN_GROUPS};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slide {
    /// The site's name and the three things to remember.
    Opening,
    /// The Public Council's call to everyone in the region.
    CoreRules,
    /// The children's rules.
    ChildRules,
    /// One group of warning signs, drawn.
    Signs(&'static SignGroup),
    /// One emergency situation and its steps.
    Situation(&'static Group),
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
            Slide::ChildRules => "rules-children-heading".into(),
            Slide::Signs(group) => format!("signs-group-{}", group.key),
            Slide::Situation(situation) => format!("situation-{}", situation.key),
            Slide::Numbers => "numbers-heading".into(),
        }
    }
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
