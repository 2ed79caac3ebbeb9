//! A text that names another page takes the page's name from its message
//! (`{ page-emergency-title }`), so that no two texts name one page differently: the
//! handout once sent Russian readers to «В чрезвычайной ситуации» while the page was
//! called «В опасной ситуации».

use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use minesafe::i18n::{t, Lang};
use minesafe::route::Page;

/// Every message of a language as (file, id, its text elements), variants included.
fn messages(lang: Lang) -> Vec<(String, String, Vec<String>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        let resource = parser::parse(text.as_str()).expect("parses (see i18n_completeness)");
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut texts = Vec::new();
                if let Some(value) = &message.value {
                    collect_texts(value, &mut texts);
                }
                out.push((file.clone(), message.id.name.to_string(), texts));
            }
        }
    }
    out
}

fn collect_texts(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(value.to_string()),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    collect_texts(&variant.value, out);
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push(value.to_string()),
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// The names a reader knows a page by: its title and its entry in the menu.
fn page_names(lang: Lang) -> Vec<(String, String)> {
    let mut names: Vec<(String, String)> = Page::ALL
        .iter()
        .map(|p| (format!("page-{}-title", p.key()), p.title(lang)))
        .collect();
    names.extend(Page::NAV.iter().map(|p| {
        (
            format!("nav-{}", p.key()),
            t(lang, &format!("nav-{}", p.key())),
        )
    }));
    names
}

/// A page's name typed out in quotation marks, where the text means the page.
fn quoted_name_in(text: &str, name: &str) -> bool {
    const QUOTES: [(&str, &str); 5] =
        [("«", "»"), ("“", "”"), ("„", "“"), ("\"", "\""), ("‘", "’")];
    QUOTES
        .iter()
        .any(|(open, close)| text.contains(&format!("{open}{name}{close}")))
}

/// Offending (file, message id, page name, its message) in one language.
fn names_typed_out(lang: Lang) -> Vec<String> {
    let names = page_names(lang);
    let mut found = Vec::new();
    for (file, id, texts) in messages(lang) {
        for (name_id, name) in &names {
            if *name_id == id {
                continue;
            }
            if texts.iter().any(|text| quoted_name_in(text, name)) {
                found.push(format!(
                    "locales/{lang}/{file}: {id} types out the page name «{name}»; write {{ {name_id} }}"
                ));
            }
        }
    }
    found
}

#[test]
fn a_text_that_names_a_page_takes_the_name_from_its_message() {
    let found: Vec<String> = Lang::ALL.into_iter().flat_map(names_typed_out).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_handout_names_the_emergency_page_as_the_page_names_itself() {
    for lang in Lang::ALL {
        let handout = t(lang, "poster-handout-emergency");
        assert!(
            handout.contains(&Page::Emergency.title(lang)),
            "{lang}: {handout}"
        );
    }
}

#[test]
fn the_check_sees_a_name_typed_out_in_any_quotation_marks() {
    assert!(quoted_name_in(
        "see the page “In an emergency”.",
        "In an emergency"
    ));
    assert!(quoted_name_in("на странице «Статистика»", "Статистика"));
    assert!(!quoted_name_in(
        "in an emergency, call 112",
        "In an emergency"
    ));
    assert!(!quoted_name_in("“Statistics of the war”", "Statistics"));
}
