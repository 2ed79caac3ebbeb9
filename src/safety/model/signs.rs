//! Warning signs and signs of danger, as data. Each sign is drawn by the site (see
//! `safety::view::SignDrawing`); its words are `sign-{key}` (name), `sign-{key}-text`
//! (what it means) and `sign-{key}-desc` (what the picture shows, for screen readers).
//! The quiz's scenes that are not signs (a ball, a ruin, a phone) are drawn the same way
//! and named the same way, but are kept apart (`quiz::Scene`): the pages that show signs
//! never carry them.

/// Every sign and sign of danger the site draws; its key names its messages.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Drawing {
    TriangleSign,
    SquareSign,
    Tape,
    CrossedSticks,
    TiedSticks,
    RedCloth,
    RedStones,
    PaintedWords,
    Branches,
    Positions,
    UnusedPath,
    Overgrown,
    Wreck,
    Crater,
    Wire,
    Ordnance,
}

impl Drawing {
    pub const fn key(self) -> &'static str {
        match self {
            Drawing::TriangleSign => "triangle",
            Drawing::SquareSign => "square",
            Drawing::Tape => "tape",
            Drawing::CrossedSticks => "crossed-sticks",
            Drawing::TiedSticks => "tied-sticks",
            Drawing::RedCloth => "red-cloth",
            Drawing::RedStones => "red-stones",
            Drawing::PaintedWords => "painted-words",
            Drawing::Branches => "branches",
            Drawing::Positions => "positions",
            Drawing::UnusedPath => "unused-path",
            Drawing::Overgrown => "overgrown",
            Drawing::Wreck => "wreck",
            Drawing::Crater => "crater",
            Drawing::Wire => "wire",
            Drawing::Ordnance => "ordnance",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sign {
    pub drawing: Drawing,
    pub sources: &'static [&'static str],
}

/// A section of the signs page: `signs-group-{key}` and `signs-group-{key}-intro`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SignGroup {
    pub key: &'static str,
    pub signs: &'static [Sign],
}

const fn sign(drawing: Drawing, sources: &'static [&'static str]) -> Sign {
    Sign { drawing, sources }
}

const STANDARD: &[&str] = &["ccw-apii-technical-annex", "donetsk-ses-common-signs"];
const ANGOLA: &[&str] = &["nolandmines-angola-indicators"];

pub const SIGN_GROUPS: [SignGroup; 3] = [
    SignGroup {
        key: "standard",
        signs: &[
            sign(Drawing::TriangleSign, STANDARD),
            sign(Drawing::SquareSign, STANDARD),
            sign(Drawing::Tape, &["donetsk-ses-common-signs"]),
        ],
    },
    SignGroup {
        key: "improvised",
        signs: &[
            sign(Drawing::CrossedSticks, ANGOLA),
            sign(Drawing::TiedSticks, ANGOLA),
            sign(
                Drawing::RedCloth,
                &[
                    "nolandmines-angola-indicators",
                    "shirokivska-improvised-signs",
                ],
            ),
            sign(
                Drawing::RedStones,
                &["fourmilab-painted-rocks", "nolandmines-angola-indicators"],
            ),
            sign(
                Drawing::PaintedWords,
                &[
                    "shirokivska-improvised-signs",
                    "nolandmines-angola-indicators",
                ],
            ),
            sign(Drawing::Branches, &["shirokivska-improvised-signs"]),
        ],
    },
    SignGroup {
        key: "danger",
        signs: &[
            sign(
                Drawing::Positions,
                &["sulh-2023-05-05-anama-places", "ifrc-stay-safe-mines"],
            ),
            sign(
                Drawing::UnusedPath,
                &["sulh-2023-05-05-anama-places", "loknycka-four-indicators"],
            ),
            sign(
                Drawing::Overgrown,
                &["sulh-2023-05-05-anama-places", "loknycka-four-indicators"],
            ),
            sign(
                Drawing::Wreck,
                &[
                    "kyiv-desna-mine-rules",
                    "donetsk-ses-common-signs",
                    "nolandmines-angola-indicators",
                ],
            ),
            sign(
                Drawing::Crater,
                &["ifrc-stay-safe-mines", "nolandmines-mined-areas"],
            ),
            sign(
                Drawing::Wire,
                &[
                    "landminealert-emergency",
                    "metbuat-2025-04-bulutan-booby-trap",
                ],
            ),
            sign(
                Drawing::Ordnance,
                &["metbuat-2022-01-anama-goranboy", "loknycka-four-indicators"],
            ),
        ],
    },
];

/// Every sign, in page order.
pub fn all() -> impl Iterator<Item = &'static Sign> {
    SIGN_GROUPS.iter().flat_map(|group| group.signs.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::model::source;

    #[test]
    fn every_sign_is_drawn_once_and_sourced() {
        let mut keys: Vec<_> = all().map(|s| s.drawing.key()).collect();
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "a drawing appears twice");
        for sign in all() {
            assert!(!sign.sources.is_empty(), "{}", sign.drawing.key());
            for id in sign.sources {
                assert!(
                    source::find(id).is_some(),
                    "{id} is not in data/sources.csv"
                );
            }
        }
    }

    #[test]
    fn the_issue_s_signs_are_all_there() {
        let keys: Vec<_> = all().map(|s| s.drawing.key()).collect();
        for key in [
            "triangle",
            "square",
            "crossed-sticks",
            "tied-sticks",
            "red-cloth",
            "red-stones",
            "painted-words",
            "branches",
            "positions",
            "unused-path",
            "overgrown",
            "wreck",
            "crater",
            "wire",
            "ordnance",
        ] {
            assert!(keys.contains(&key), "{key}");
        }
    }
}
