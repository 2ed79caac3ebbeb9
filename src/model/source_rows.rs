//! Reads and checks `data/sources.csv`. Compiled into build.rs and into the data
//! tests (`#[path]`), not into the site: the site gets the checked rows as generated
//! Rust. Keep it free of `crate::` imports.

use super::date::PartialDate;
use super::topic::Topic;
use std::collections::HashSet;

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
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    match reader.headers() {
        Ok(header) if header.iter().eq(HEADER) => {}
        Ok(header) => problems.push(format!(
            "{file}:1: the header must be {:?}, found {:?}",
            HEADER.join(","),
            header.iter().collect::<Vec<_>>().join(",")
        )),
        Err(e) => problems.push(format!("{file}:1: {e}")),
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(format!("{file}:{line}: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let mut fail = |reason: String| problems.push(format!("{file}:{line}: {reason}"));
        let field = |i: usize| record.get(i).unwrap_or("").trim();

        let id = field(0);
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            fail(format!(
                "id {id:?} must be lower-case letters, digits and '-'"
            ));
        } else if !seen.insert(id.to_string()) {
            fail(format!("id {id:?} is used twice"));
        }
        let topic = Topic::from_key(field(1));
        if topic.is_none() {
            let known: Vec<_> = Topic::ALL.iter().map(|t| t.key()).collect();
            fail(format!("topic {:?} is not one of {known:?}", field(1)));
        }
        let speaker = field(2);
        if !speaker.starts_with("speaker-") {
            fail(format!(
                "speaker {speaker:?} must be a message id starting with 'speaker-'"
            ));
        }
        let outlet = field(3);
        if outlet.is_empty() {
            fail("outlet is empty".to_string());
        }
        let published = match field(4) {
            "" => None,
            text => match PartialDate::parse(text) {
                Ok(date) if date.year < 1991 => {
                    fail(format!("published {text} is before 1991"));
                    None
                }
                Ok(date) if date > today => {
                    fail(format!("published {text} is in the future"));
                    None
                }
                Ok(date) => Some(date),
                Err(e) => {
                    fail(format!("published: {e}"));
                    None
                }
            },
        };
        let url = field(5);
        if !(url.starts_with("https://") || url.starts_with("http://"))
            || url.contains(char::is_whitespace)
        {
            fail(format!(
                "url {url:?} must be an http(s) address without spaces"
            ));
        }
        let language = field(6);
        if language.len() != 2 || !language.bytes().all(|b| b.is_ascii_lowercase()) {
            fail(format!("language {language:?} must be a two-letter code"));
        }
        if let Some(topic) = topic {
            rows.push(SourceRow {
                id: id.to_string(),
                topic,
                speaker: speaker.to_string(),
                outlet: outlet.to_string(),
                published,
                url: url.to_string(),
                language: language.to_string(),
            });
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}
