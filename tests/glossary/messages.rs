//! Every message of every language as plain text, placeables as one gap character.

use std::collections::BTreeSet;
use std::fs;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use minesafe::i18n::Lang;
use minesafe::schools::model::age::AgeGroup;

use super::*;

#[derive(Debug)]
pub struct Message {
    pub lang: String,
    /// The file's name in locales/{lang}/.
    pub file: String,
    pub id: String,
    /// The value's text: every text element and every variant, a GAP for each placeable.
    pub text: String,
}

pub fn parse_messages(lang: &str, file: &str, source: &str) -> Vec<Message> {
    let resource = parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:#?}"));
    let mut out = Vec::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let Some(value) = &message.value else {
                continue;
            };
            let mut text = String::new();
            pattern_text(value, &mut text);
            out.push(Message {
                lang: lang.to_string(),
                file: file.to_string(),
                id: message.id.name.to_string(),
                text,
            });
        }
    }
    out
}

pub fn pattern_text(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

pub fn expression_text(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Inline(inline) => inline_text(inline, out),
        Expression::Select { variants, .. } => {
            for variant in variants {
                out.push(GAP);
                pattern_text(&variant.value, out);
            }
            out.push(GAP);
        }
    }
}

pub fn inline_text(inline: &InlineExpression<&str>, out: &mut String) {
    match inline {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            out.push(GAP);
            out.push_str(value);
            out.push(GAP);
        }
        InlineExpression::Placeable { expression } => expression_text(expression, out),
        // A variable, a reference to another message (checked on its own), a function.
        _ => out.push(GAP),
    }
}

/// Every message of every language, in file order.
pub fn all_messages() -> Vec<Message> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let code = lang.code();
        for (file, text) in locale_files(code) {
            out.extend(parse_messages(code, &file, &text));
        }
    }
    assert!(out.len() > 150, "only {} messages found", out.len());
    out
}

/// The translation files of a language, as (file name, text), sorted by name.
pub fn locale_files(lang: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(lang);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The children's texts: the children's rules (`child-…`) and every text of the quiz for
/// ages 6-11 (its questions, answers and explanations).
pub fn childrens_messages() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for q in AgeGroup::Younger.questions() {
        ids.insert(format!("quiz-{}", q.key));
        ids.insert(format!("quiz-{}-why", q.key));
        for answer in q.answers {
            ids.insert(format!("quiz-{}-{}", q.key, answer.key));
        }
    }
    ids
}

pub fn is_childrens(id: &str, quiz_6_11: &BTreeSet<String>) -> bool {
    id.starts_with("child-") || quiz_6_11.contains(id)
}
