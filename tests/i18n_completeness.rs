//! Every translation file parses, and every language has exactly the same messages with
//! the same variables, so a reader never meets a missing text or a raw `{ $var }`.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use minesafe::i18n::{has_message, locale_files, t, Lang};
use minesafe::model::source;
use minesafe::route::Page;

/// Message id -> the variables its value uses (in any variant).
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    assert!(
        !locale_files(lang).is_empty(),
        "{lang}: no translation files"
    );
    for (file, text) in locale_files(lang) {
        let resource = parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("locales/{lang}/{file} does not parse: {errors:#?}")
        });
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_variables(value, &mut vars);
                }
                let previous = out.insert(id.clone(), vars);
                assert!(
                    previous.is_none(),
                    "locales/{lang}/{file}: {id} is defined twice"
                );
            }
        }
    }
    out
}

fn collect_variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, vars),
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_variables(&variant.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let reference = messages(Lang::DEFAULT);
    assert!(
        reference.len() > 50,
        "the default language has only {} messages",
        reference.len()
    );
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !reference.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages {} lacks: {extra:?}",
            Lang::DEFAULT
        );
        for (id, vars) in &reference {
            assert_eq!(
                &other[id],
                vars,
                "{lang}: {id} uses other variables than {}",
                Lang::DEFAULT
            );
        }
    }
}

#[test]
fn every_message_the_site_builds_from_data_exists() {
    for lang in Lang::ALL {
        let mut ids: Vec<String> = Page::ALL
            .iter()
            .flat_map(|p| {
                [
                    format!("page-{}-title", p.key()),
                    format!("page-{}-summary", p.key()),
                ]
            })
            .collect();
        ids.extend(Page::NAV.iter().map(|p| format!("nav-{}", p.key())));
        ids.extend(source::all().iter().map(|s| s.speaker.to_string()));
        ids.extend(
            source::Topic::ALL
                .iter()
                .map(|t| format!("sources-topic-{}", t.key())),
        );
        for number in minesafe::model::safety::EMERGENCY_NUMBERS {
            ids.push(format!("number-{}-name", number.key));
            ids.push(format!("number-{}-use", number.key));
        }
        ids.extend(
            minesafe::model::safety::CORE_RULES
                .iter()
                .map(|r| format!("core-rule-{}", r.key)),
        );
        for id in ids {
            assert!(
                has_message(lang, &id),
                "{lang}: {id} is used by the site but not translated"
            );
            assert!(!t(lang, &id).trim().is_empty(), "{lang}: {id} is empty");
        }
    }
}

#[test]
fn a_broken_file_is_reported() {
    // The same parser the test above relies on must reject a broken file, or the test
    // above would pass on anything.
    assert!(parser::parse("good = fine\nbroken = { $var\n").is_err());
    assert!(parser::parse("no-equals sign\n").is_err());
}
