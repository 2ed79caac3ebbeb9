//! Finding a banned variant at the start of a word, and the reports of what was found.

use std::collections::BTreeSet;

use super::*;

/// Lower case as the language spells it (Azerbaijani I → ı, İ → i), with ё read as е; one
/// character for one, so a position in the folded text is the same in the original.
pub fn fold_char(lang: &str, c: char) -> char {
    match c {
        'İ' => 'i',
        'I' if lang == "az" => 'ı',
        'ё' | 'Ё' => 'е',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

pub fn fold(lang: &str, text: &str) -> Vec<char> {
    text.chars().map(|c| fold_char(lang, c)).collect()
}

/// Where the banned `stem` first begins a word of `text` (both as written): the start and
/// end, in characters, of what it matched. Case is ignored; a space in the stem matches
/// any run of white space; the character before must not be a letter; the stem's end may
/// run on into the rest of a word.
pub fn find_stem(lang: &str, text: &str, stem: &str) -> Option<(usize, usize)> {
    let text = fold(lang, text);
    let stem = fold(lang, stem);
    if stem.is_empty() {
        return None;
    }
    (0..text.len())
        .filter(|&start| start == 0 || !text[start - 1].is_alphabetic())
        .find_map(|start| match_at(&text, start, &stem).map(|end| (start, end)))
}

pub fn match_at(text: &[char], start: usize, stem: &[char]) -> Option<usize> {
    let (mut i, mut j) = (start, 0);
    while j < stem.len() {
        if stem[j] == ' ' {
            let from = i;
            while i < text.len() && text[i].is_whitespace() {
                i += 1;
            }
            if i == from {
                return None;
            }
            while j < stem.len() && stem[j] == ' ' {
                j += 1;
            }
        } else {
            if text.get(i) != Some(&stem[j]) {
                return None;
            }
            i += 1;
            j += 1;
        }
    }
    Some(i)
}

/// The words of `text` a match covers, to the end of the last word, as written.
pub fn written(text: &str, (start, end): (usize, usize)) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut end = end;
    while end < chars.len() && chars[end].is_alphabetic() {
        end += 1;
    }
    chars[start..end]
        .iter()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn quoted(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("«{t}»"))
        .collect::<Vec<_>>()
        .join(" or ")
}

pub fn uses(message: &Message, stem: &str, at: (usize, usize)) -> String {
    let found = written(&message.text, at);
    if found == stem {
        format!("«{stem}»")
    } else {
        format!("«{stem}» (written «{found}»)")
    }
}

/// Every use of a concept's banned variant, as "locales/az/x.ftl: id uses «…»; the
/// glossary says «…» (concept …)".
pub fn term_violations(
    rules: &[Rule],
    messages: &[Message],
    quiz_6_11: &BTreeSet<String>,
) -> Vec<String> {
    let children: BTreeSet<String> = messages
        .iter()
        .filter(|m| is_childrens(&m.id, quiz_6_11))
        .map(|m| m.id.clone())
        .collect();
    let mut out = Vec::new();
    for message in messages {
        for rule in rules.iter().filter(|r| !r.is_technology()) {
            if !rule.applies_to(message, &children) {
                continue;
            }
            for stem in rule.avoid(&message.lang) {
                if let Some(at) = find_stem(&message.lang, &message.text, stem) {
                    let mut line = format!(
                        "locales/{}/{}: {} uses {}; the glossary says {} (concept {}",
                        message.lang,
                        message.file,
                        message.id,
                        uses(message, stem, at),
                        quoted(rule.terms(&message.lang)),
                        rule.concept,
                    );
                    if rule.children_only {
                        line.push_str(", in children's texts");
                    }
                    line.push(')');
                    out.push(line);
                }
            }
        }
    }
    out
}

/// Every message naming a technology of [technology].
pub fn technology_violations(rules: &[Rule], messages: &[Message]) -> Vec<String> {
    let none = BTreeSet::new();
    let mut out = Vec::new();
    for rule in rules.iter().filter(|r| r.is_technology()) {
        for message in messages {
            if !rule.applies_to(message, &none) {
                continue;
            }
            for stem in rule.avoid(&message.lang) {
                if let Some(at) = find_stem(&message.lang, &message.text, stem) {
                    out.push(format!(
                        "locales/{}/{}: {} names {}, which the reader does not know; say what \
                         the reader sees or can do instead (\"if the quiz does not open on \
                         this phone…\")",
                        message.lang,
                        message.file,
                        message.id,
                        uses(message, stem, at),
                    ));
                }
            }
        }
    }
    out.sort();
    out
}

pub fn report(what: &str, violations: &[String]) -> String {
    format!(
        "{} {what} ({GLOSSARY}; per language: {}):\n{}",
        violations.len(),
        LANGS
            .iter()
            .map(|lang| {
                let prefix = format!("locales/{lang}/");
                let n = violations.iter().filter(|v| v.starts_with(&prefix)).count();
                format!("{lang} {n}")
            })
            .collect::<Vec<_>>()
            .join(", "),
        violations.join("\n")
    )
}
