//! Reads and checks `data/sources.csv`, `data/speakers.csv` and
//! `data/withdrawn_sources.csv`: in the build script and the data tests, not in the
//! site, which gets the checked rows as generated Rust.

use std::collections::HashSet;

use crate::csv_table::read_table;
use crate::date::PartialDate;
use crate::topic::Topic;

/// One checked row.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub id: String,
    pub topic: Topic,
    pub speaker: String,
    pub outlet: String,
    pub published: Option<PartialDate>,
    pub url: String,
    pub language: String,
}

const HEADER: [&str; 7] = [
    "id",
    "topic",
    "speaker",
    "outlet",
    "published",
    "url",
    "language",
];

/// One row of `data/speakers.csv`: who speaks in the sources, and what kind of body it is.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerRow {
    pub id: String,
    pub kind: String,
}

/// The kinds of speaker a reader is told beside a figure (`speaker-kind-{kind}`).
pub const SPEAKER_KINDS: &[&str] = &[
    "state-body",
    "public-council",
    "international-body",
    "ngo",
    "news-outlet",
    "independent",
];

/// Parses `data/speakers.csv`: each speaker id once, with a known kind.
pub fn parse_speakers(file: &str, text: &str) -> Result<Vec<SpeakerRow>, Vec<String>> {
    let mut seen = HashSet::new();
    read_table(file, text, &["id", "kind"], |row| {
        let id = row.text("id");
        if !id.starts_with("speaker-") {
            row.fail(format!(
                "id {id:?} must be a message id starting with 'speaker-'"
            ));
        } else if !seen.insert(id.clone()) {
            row.fail(format!("id {id:?} is used twice"));
        }
        let kind = row.one_of("kind", SPEAKER_KINDS);
        Some(SpeakerRow { id, kind })
    })
}

/// Parses `data/withdrawn_sources.csv`: sources no longer cited, whose rows stay in
/// `sources.csv` so that the reference numbers already printed stay right. Each must be
/// a source and have a reason.
pub fn parse_withdrawn(
    file: &str,
    text: &str,
    sources: &HashSet<String>,
) -> Result<HashSet<String>, Vec<String>> {
    let mut seen = HashSet::new();
    read_table(file, text, &["id", "reason"], |row| {
        let id = row.id(&mut seen);
        if !sources.contains(&id) {
            row.fail(format!("source {id:?} is not in data/sources.csv"));
        }
        row.required("reason");
        Some(id)
    })
    .map(|ids| ids.into_iter().collect())
}

/// Parses `text` (the contents of `file`) and returns every row, or every problem as
/// `file:line: reason`. Dates must lie between 1991 and `today`; every speaker must be
/// one of `speakers` (the ids of `data/speakers.csv`).
pub fn parse_sources(
    file: &str,
    text: &str,
    today: PartialDate,
    speakers: &HashSet<String>,
) -> Result<Vec<SourceRow>, Vec<String>> {
    let mut seen = HashSet::new();
    let topics: Vec<&str> = Topic::ALL.iter().map(|t| t.key()).collect();
    read_table(file, text, &HEADER, |row| {
        let id = row.id(&mut seen);
        let topic = Topic::from_key(&row.one_of("topic", &topics));
        let speaker = row.text("speaker");
        if !speaker.starts_with("speaker-") {
            row.fail(format!(
                "speaker {speaker:?} must be a message id starting with 'speaker-'"
            ));
        } else if !speakers.contains(&speaker) {
            row.fail(format!("speaker {speaker:?} is not in data/speakers.csv"));
        }
        let outlet = row.required("outlet");
        let published = row.date("published", today);
        let url = row.text("url");
        if !(url.starts_with("https://") || url.starts_with("http://"))
            || url.contains(char::is_whitespace)
        {
            row.fail(format!(
                "url {url:?} must be an http(s) address without spaces"
            ));
        }
        let language = row.text("language");
        if language.len() != 2 || !language.bytes().all(|b| b.is_ascii_lowercase()) {
            row.fail(format!("language {language:?} must be a two-letter code"));
        }
        Some(SourceRow {
            id,
            topic: topic?,
            speaker,
            outlet,
            published,
            url,
            language,
        })
    })
}
