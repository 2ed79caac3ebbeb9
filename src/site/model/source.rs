//! The sources the site cites, from `data/sources.csv` (validated and compiled in by
//! build.rs; see data/README.md).

use minesafe_facts::date::PartialDate;
pub use minesafe_facts::topic::Topic;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    /// Stable id that content cites.
    pub id: &'static str,
    pub topic: Topic,
    /// Who made the statement: a message id (`speaker-…`), translated per language.
    pub speaker: &'static str,
    /// What kind of body the speaker is (`data/speakers.csv`; message
    /// `speaker-kind-{kind}`): a reader weighs a state body's figure and an outlet's own
    /// differently.
    pub speaker_kind: &'static str,
    /// The outlet that published it, as the outlet spells its name.
    pub outlet: &'static str,
    /// Publication date, when the source states one.
    pub published: Option<PartialDate>,
    /// No longer cited (`data/withdrawn_sources.csv`): kept so that the reference
    /// numbers after it stay right, but not listed.
    pub withdrawn: bool,
}

/// Where a source is, in a table of its own beside `SOURCES`: only the sources page,
/// which no wasm file shows, reads the addresses, so they stay out of the wasm (about
/// 5 KB gzip in each file).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SourceLink {
    pub url: &'static str,
    /// The language the source is written in.
    pub language: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// The address of a source.
pub fn link(source: &Source) -> &'static SourceLink {
    &SOURCE_LINKS[number(source) - 1]
}

/// Every source, in the order of `data/sources.csv`.
pub fn all() -> &'static [Source] {
    SOURCES
}

/// The sources the site lists: all but the withdrawn ones.
pub fn listed() -> impl Iterator<Item = &'static Source> {
    SOURCES.iter().filter(|source| !source.withdrawn)
}

pub fn by_topic(topic: Topic) -> impl Iterator<Item = &'static Source> {
    listed().filter(move |source| source.topic == topic)
}

/// The ids once each, in first-cited order.
pub fn distinct(ids: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

pub fn find(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

/// The source's reference number on the site: its place in `data/sources.csv`, from 1.
/// New sources go at the end of the file, so numbers already printed stay right.
pub fn number(source: &Source) -> usize {
    SOURCES
        .iter()
        .position(|s| s.id == source.id)
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_sources_are_loaded() {
        let council = find("trend-2026-01-12-public-council").expect("the seed article");
        assert_eq!(council.outlet, "Trend");
        assert_eq!(
            council.published.map(|d| d.to_string()).as_deref(),
            Some("2026-01-12")
        );
        assert!(by_topic(Topic::Numbers).count() >= 3);
    }

    #[test]
    fn numbers_follow_the_file_order() {
        assert_eq!(number(&all()[0]), 1);
        assert_eq!(number(&all()[all().len() - 1]), all().len());
    }

    #[test]
    fn distinct_keeps_first_cited_order_without_repeats() {
        assert_eq!(distinct(["x", "y", "x", "z", "y"]), ["x", "y", "z"]);
    }

    #[test]
    fn every_topic_key_round_trips() {
        for topic in Topic::ALL {
            assert_eq!(Topic::from_key(topic.key()), Some(topic));
        }
    }
}
