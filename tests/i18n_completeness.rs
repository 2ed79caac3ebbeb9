//! Every translation file parses, every language has exactly the same messages with the
//! same variables (so a reader never meets a missing text or a raw `{ $var }`), and the
//! site's compiled messages read exactly as the reference Fluent implementation
//! (fluent-bundle) formats them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use minesafe::i18n::{
    format_decimal, has_message, message_ids, plural_category, t, t_args, Arg, Lang,
};
use minesafe::route::Page;
use minesafe::site::model::source;
use minesafe_facts::fluent;

/// The translation files of a language, as (file name, text).
fn locale_files(lang: Lang) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
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

/// Message id -> the variables its value uses (in any variant).
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    assert!(
        !locale_files(lang).is_empty(),
        "{lang}: no translation files"
    );
    for (file, text) in locale_files(lang) {
        let resource = parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
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
        for number in minesafe::safety::model::guidance::EMERGENCY_NUMBERS {
            ids.push(format!("number-{}-name", number.key));
            ids.push(format!("number-{}-use", number.key));
        }
        ids.extend(
            minesafe::safety::model::guidance::CORE_RULES
                .iter()
                .map(|r| format!("core-rule-{}", r.key)),
        );
        // Every word the data files may use, including those only the details panel shows.
        use minesafe_facts::vocab;
        for (prefix, words) in [
            ("district", vocab::DISTRICTS),
            ("category", vocab::CATEGORIES),
            ("activity", vocab::ACTIVITIES),
            ("device", vocab::DEVICES),
            ("confidence", vocab::INCIDENT_CONFIDENCE),
            ("confidence", vocab::TOTAL_CONFIDENCE),
            ("measure", vocab::MEASURES),
            ("qualifier", vocab::QUALIFIERS),
        ] {
            ids.extend(words.iter().map(|w| format!("{prefix}-{w}")));
        }
        ids.push("district-not-stated".into());
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
fn a_broken_file_stops_the_build_with_file_and_line() {
    let errors = fluent::compile_file("x.ftl", "good = fine\n\nbroken = { $var\n").unwrap_err();
    assert!(errors[0].starts_with("x.ftl:3: "), "{errors:?}");
    let errors = fluent::compile_file("x.ftl", "good = fine\nno equals sign\n").unwrap_err();
    assert!(errors[0].starts_with("x.ftl:2: "), "{errors:?}");
}

#[test]
fn unsupported_fluent_is_named_not_ignored() {
    let cases = [
        (
            "a = x\nb = { NUMBER($n) }\n",
            "x.ftl:2: b: unsupported Fluent expression",
        ),
        ("-brand = X\n", "term -brand is not supported"),
        (
            "a = x\n    .title = y\n",
            "x.ftl:1: a: attributes are not supported",
        ),
        (
            "a = { -brand }\n",
            "x.ftl:1: a: unsupported Fluent expression",
        ),
    ];
    for (text, expected) in cases {
        let errors = fluent::compile_file("x.ftl", text).unwrap_err();
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{text:?}: {errors:?}"
        );
    }
}

#[test]
fn supported_fluent_compiles() {
    let text = "a = Hi { $name }, { b }\nb = { $n ->\n    [0] none\n    [one] one\n   *[other] { $n }\n}\n";
    let compiled = fluent::compile_file("x.ftl", text).unwrap();
    assert_eq!(compiled.len(), 2);
    // The compiled form (crates/facts/src/fluent.rs), as the site's catalog reader takes it.
    assert_eq!(
        compiled[0].1,
        "THi \u{1f}Vname\u{1f}T, \u{1f}Rb\u{1f}\u{1d}"
    );
    assert_eq!(
        compiled[1].1,
        "Sn\u{1f}2\u{1f}3\u{1f}#0\u{1f}Tnone\u{1f}\u{1d}None\u{1f}Tone\u{1f}\u{1d}Nother\u{1f}Vn\u{1f}\u{1d}\u{1d}"
    );
}

#[test]
fn a_fractional_variant_key_is_refused() {
    let errors =
        fluent::compile_file("x.ftl", "a = { $n ->\n  [1.5] x\n *[other] y\n}\n").unwrap_err();
    assert!(errors[0].contains("must be a whole number"), "{errors:?}");
}

fn reference_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Az => |v: &FluentValue, _: &_| number(Lang::Az, v),
        Lang::En => |v: &FluentValue, _: &_| number(Lang::En, v),
        Lang::Ru => |v: &FluentValue, _: &_| number(Lang::Ru, v),
    }));
    for (_, text) in locale_files(lang) {
        bundle
            .add_resource(FluentResource::try_new(text).unwrap())
            .unwrap();
    }
    bundle
}

fn number(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_decimal(lang, n.value)),
        _ => None,
    }
}

#[test]
fn compiled_messages_read_as_fluent_bundle_formats_them() {
    let samples = [
        0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 101.0, 1002.0, 1.5,
    ];
    for lang in Lang::ALL {
        let bundle = reference_bundle(lang);
        let vars = messages(lang);
        // The catalog also carries the three languages' own names (for the switch) and
        // the places' names from data/places.csv (tested in data_validation).
        let compiled: Vec<String> = message_ids(lang);
        let from_files = compiled
            .iter()
            .filter(|id| !id.starts_with("language-name-") && !id.starts_with("place-name-"))
            .count();
        assert_eq!(
            from_files,
            vars.len(),
            "{lang}: compiled and parsed counts differ"
        );
        for code in ["az", "en", "ru"] {
            assert!(
                compiled.contains(&format!("language-name-{code}")),
                "{lang}: autonym {code}"
            );
        }
        for (id, names) in &vars {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).expect(id);
            // Each variable once as every sample number, and once as text.
            let mut cases: Vec<Vec<(&str, Arg)>> =
                vec![names.iter().map(|n| (n.as_str(), Arg::from("X"))).collect()];
            for sample in samples {
                cases.push(
                    names
                        .iter()
                        .map(|n| (n.as_str(), Arg::Number(sample)))
                        .collect(),
                );
            }
            for args in cases {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in &args {
                    match value {
                        Arg::Number(n) => fluent_args.set(*name, *n),
                        Arg::Text(s) => fluent_args.set(*name, s.to_string()),
                    }
                }
                let mut errors = vec![];
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
                assert_eq!(t_args(lang, id, &args), expected, "{lang} {id} {args:?}");
            }
        }
    }
}

#[test]
fn plural_categories_match_cldr() {
    for lang in Lang::ALL {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        let probe = "x = { $n ->\n [one] one\n [few] few\n [many] many\n *[other] other\n}\n";
        bundle
            .add_resource(FluentResource::try_new(probe.to_string()).unwrap())
            .unwrap();
        let pattern = bundle.get_message("x").unwrap().value().unwrap();
        let numbers = (0..=1200).map(f64::from).chain([0.5, 1.5, 2.25, 21.1]);
        for n in numbers {
            let mut args = FluentArgs::new();
            args.set("n", n);
            let expected = bundle
                .format_pattern(pattern, Some(&args), &mut vec![])
                .into_owned();
            assert_eq!(plural_category(lang, n).key(), expected, "{lang} {n}");
        }
    }
}
