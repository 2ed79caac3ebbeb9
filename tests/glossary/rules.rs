//! The glossary file: each concept's term in each language and the variants to avoid.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use super::*;

#[derive(Debug)]
pub struct Rule {
    /// The concept's key, the table's name (`mined-area`).
    pub concept: String,
    /// The terms to use, per language (in LANGS order); empty for [technology].
    pub terms: Vec<(String, Vec<String>)>,
    /// The banned variants, per language (in LANGS order); for [technology] the same list
    /// for every language.
    pub avoid: Vec<(String, Vec<String>)>,
    /// Only these files (names in locales/{lang}/), if given.
    pub files: Option<Vec<String>>,
    /// Only the children's texts.
    pub children_only: bool,
    /// Message ids (or `prefix*`) the rule does not apply to.
    pub except: Vec<String>,
}

impl Rule {
    pub fn is_technology(&self) -> bool {
        self.concept == TECHNOLOGY
    }

    pub fn terms(&self, lang: &str) -> &[String] {
        lookup(&self.terms, lang)
    }

    pub fn avoid(&self, lang: &str) -> &[String] {
        lookup(&self.avoid, lang)
    }

    pub fn is_restricted(&self) -> bool {
        self.files.is_some() || self.children_only
    }

    pub fn applies_to(&self, message: &Message, children: &BTreeSet<String>) -> bool {
        if let Some(files) = &self.files {
            if !files.contains(&message.file) {
                return false;
            }
        }
        if self.children_only && !children.contains(&message.id) {
            return false;
        }
        !self.except.iter().any(|e| exception_covers(e, &message.id))
    }
}

pub fn lookup<'a>(list: &'a [(String, Vec<String>)], lang: &str) -> &'a [String] {
    list.iter()
        .find(|(l, _)| l == lang)
        .map(|(_, v)| v.as_slice())
        .unwrap_or(&[])
}

pub fn exception_covers(exception: &str, id: &str) -> bool {
    match exception.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => exception == id,
    }
}

/// A string, or a list of strings (`az = "mina"` or `az = ["böyük", "böyüklər"]`).
pub fn strings(value: &toml::Value, at: &str, problems: &mut Vec<String>) -> Vec<String> {
    match value {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Array(items) => items
            .iter()
            .filter_map(|item| match item {
                toml::Value::String(s) => Some(s.clone()),
                other => {
                    problems.push(format!("{at}: {other} is not a string"));
                    None
                }
            })
            .collect(),
        other => {
            problems.push(format!("{at}: expected a string or a list, found {other}"));
            Vec::new()
        }
    }
}

pub fn list(value: &toml::Value, at: &str, problems: &mut Vec<String>) -> Vec<String> {
    if !value.is_array() {
        problems.push(format!("{at}: expected a list of strings"));
        return Vec::new();
    }
    strings(value, at, problems)
}

/// Reads the glossary; the problems are every key missing, unknown or of the wrong kind.
pub fn parse_glossary(text: &str) -> Result<Vec<Rule>, Vec<String>> {
    let table: toml::Table = text.parse().map_err(|e| vec![format!("{e}")])?;
    let mut problems = Vec::new();
    let mut rules = Vec::new();
    for (concept, value) in &table {
        let Some(entry) = value.as_table() else {
            problems.push(format!(
                "{concept}: every top-level key must be a [concept] table"
            ));
            continue;
        };
        let technology = concept == TECHNOLOGY;
        let at = format!("[{concept}]");
        let allowed: &[&str] = if technology {
            &["note", "avoid", "except"]
        } else {
            &[
                "note", "az", "en", "ru", "avoid", "files", "audience", "except",
            ]
        };
        for key in entry.keys() {
            if !allowed.contains(&key.as_str()) {
                problems.push(format!(
                    "{at}: unknown key `{key}` (allowed: {})",
                    allowed.join(", ")
                ));
            }
        }
        match entry.get("note") {
            Some(toml::Value::String(note)) if !note.trim().is_empty() => {}
            _ => problems.push(format!(
                "{at}: `note` (one line saying what it is) is missing"
            )),
        }
        let mut terms = Vec::new();
        let mut avoid = Vec::new();
        if technology {
            match entry.get("avoid") {
                Some(value) => {
                    let stems = list(value, &format!("{at} avoid"), &mut problems);
                    for lang in LANGS {
                        avoid.push((lang.to_string(), stems.clone()));
                    }
                }
                None => problems.push(format!("{at}: `avoid` is missing")),
            }
        } else {
            for lang in LANGS {
                match entry.get(lang) {
                    Some(value) => {
                        let found = strings(value, &format!("{at} {lang}"), &mut problems);
                        if found.iter().all(|t| t.trim().is_empty()) {
                            problems.push(format!("{at}: `{lang}` names no term"));
                        }
                        terms.push((lang.to_string(), found));
                    }
                    None => problems.push(format!("{at}: `{lang}` (the term to use) is missing")),
                }
            }
            match entry.get("avoid").and_then(|v| v.as_table()) {
                Some(table) => {
                    for key in table.keys() {
                        if !LANGS.contains(&key.as_str()) {
                            problems.push(format!("{at}: unknown language avoid.{key}"));
                        }
                    }
                    for lang in LANGS {
                        match table.get(lang) {
                            Some(value) => {
                                let stems =
                                    list(value, &format!("{at} avoid.{lang}"), &mut problems);
                                avoid.push((lang.to_string(), stems));
                            }
                            None => problems.push(format!(
                                "{at}: avoid.{lang} is missing (write [] if nothing is banned)"
                            )),
                        }
                    }
                }
                None => problems.push(format!(
                    "{at}: avoid.az, avoid.en and avoid.ru are missing (lists, may be empty)"
                )),
            }
        }
        let files = entry
            .get("files")
            .map(|v| list(v, &format!("{at} files"), &mut problems));
        let children_only = match entry.get("audience") {
            None => false,
            Some(toml::Value::String(a)) if a == "children" => true,
            Some(other) => {
                problems.push(format!(
                    "{at}: audience {other} is not known (only \"children\")"
                ));
                false
            }
        };
        let except = entry
            .get("except")
            .map(|v| list(v, &format!("{at} except"), &mut problems))
            .unwrap_or_default();
        rules.push(Rule {
            concept: concept.clone(),
            terms,
            avoid,
            files,
            children_only,
            except,
        });
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn glossary() -> Vec<Rule> {
    let path = root().join(GLOSSARY);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{GLOSSARY}: {e}"));
    parse_glossary(&text)
        .unwrap_or_else(|problems| panic!("{GLOSSARY}:\n  {}", problems.join("\n  ")))
}
