//! Reads and checks `data/sources.csv`. Compiled into build.rs and into the data
//! tests (`#[path]`), not into the site: the site gets the checked rows as generated
//! Rust. Keep it free of `crate::` imports.

use std::collections::HashSet;

use super::csv_table::read_table;
use super::date::PartialDate;
use super::topic::Topic;

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

/// Parses `text` (the contents of `file`) and returns every row, or every problem as
/// `file:line: reason`. Dates must lie between 1991 and `today`.
pub fn parse_sources(
    file: &str,
    text: &str,
    today: PartialDate,
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
