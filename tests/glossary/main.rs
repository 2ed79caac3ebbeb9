//! The glossary (locales/glossary.toml) holds, for each concept, the term each language uses
//! and the variants that must not appear. These tests read every message of every
//! language and name each one that uses a banned variant, or that names a technology the
//! reader does not know; they also check the glossary itself, and the matcher on made-up
//! strings, so that a rule cannot silently stop matching.

pub(crate) const GLOSSARY: &str = "locales/glossary.toml";
pub(crate) const LANGS: [&str; 3] = ["az", "en", "ru"];
/// The table that is not a concept: its `avoid` applies to every language.
pub(crate) const TECHNOLOGY: &str = "technology";
/// Stands for a `{ … }` placeable in a message's text: neither a letter nor a space, so a
/// variant never matches across it and a word may start after it.
pub(crate) const GAP: char = '\u{FFFC}';

use std::collections::BTreeSet;

use minesafe::schools::model::age::AgeGroup;

mod matcher;
mod messages;
mod rules;

use matcher::*;
use messages::*;
use rules::*;

// ---------------------------------------------------------------------------------------
// The site's texts against the glossary.

#[test]
fn no_message_uses_a_variant_the_glossary_bans() {
    let violations = term_violations(&glossary(), &all_messages(), &childrens_messages());
    assert!(
        violations.is_empty(),
        "{}",
        report("uses of a banned variant", &violations)
    );
}

#[test]
fn no_message_names_a_technology_the_reader_does_not_know() {
    let violations = technology_violations(&glossary(), &all_messages());
    assert!(
        violations.is_empty(),
        "{}",
        report("messages naming a technology", &violations)
    );
}

// ---------------------------------------------------------------------------------------
// The glossary itself.

#[test]
fn the_glossary_gives_every_concept_a_term_in_every_language() {
    let rules = glossary();
    let concepts: Vec<_> = rules.iter().filter(|r| !r.is_technology()).collect();
    assert!(concepts.len() >= 20, "only {} concepts", concepts.len());
    assert!(
        rules.iter().any(Rule::is_technology),
        "{GLOSSARY} has no [{TECHNOLOGY}] table"
    );
    for rule in concepts {
        for lang in LANGS {
            let terms = rule.terms(lang);
            assert!(
                !terms.is_empty() && terms.iter().all(|t| !t.trim().is_empty()),
                "[{}] has no {lang} term",
                rule.concept
            );
        }
    }
}

#[test]
fn every_banned_variant_is_a_lower_case_stem_listed_once() {
    let mut problems = Vec::new();
    for rule in glossary() {
        for lang in LANGS {
            let stems = rule.avoid(lang);
            let mut seen = BTreeSet::new();
            for stem in stems {
                let at = format!("[{}] avoid.{lang} «{stem}»", rule.concept);
                if stem.chars().any(char::is_uppercase) {
                    problems.push(format!("{at} is not in lower case"));
                }
                if stem.trim() != stem || stem.is_empty() || stem.contains("  ") {
                    problems.push(format!("{at}: stray or doubled spaces"));
                }
                if !stem.starts_with(char::is_alphabetic) {
                    problems.push(format!("{at} must begin with a letter (it begins a word)"));
                }
                if !seen.insert(stem) {
                    problems.push(format!("{at} is listed twice"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{GLOSSARY}:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn no_banned_variant_is_also_a_term_to_use() {
    let rules = glossary();
    let mut problems = Vec::new();
    for rule in &rules {
        for lang in LANGS {
            for stem in rule.avoid(lang) {
                for other in rules.iter().filter(|r| !r.is_technology()) {
                    // A rule limited to some files or readers may ban a word that is right
                    // elsewhere (nişan: a warning sign, but not a timeline mark).
                    if other.concept != rule.concept && rule.is_restricted() {
                        continue;
                    }
                    for term in other.terms(lang) {
                        if find_stem(lang, term, stem).is_some() {
                            problems.push(format!(
                                "[{}] bans «{stem}» in {lang}, which is in the term «{term}» \
                                 of [{}]",
                                rule.concept, other.concept
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{GLOSSARY}:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_glossary_names_only_files_and_messages_that_exist() {
    let messages = all_messages();
    let ids: BTreeSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    let mut problems = Vec::new();
    for rule in glossary() {
        for file in rule.files.iter().flatten() {
            for lang in LANGS {
                if !root().join("locales").join(lang).join(file).is_file() {
                    problems.push(format!(
                        "[{}] files: locales/{lang}/{file} does not exist",
                        rule.concept
                    ));
                }
            }
        }
        for exception in &rule.except {
            if !ids.iter().any(|id| exception_covers(exception, id)) {
                problems.push(format!(
                    "[{}] except: no message {exception} (remove the exception)",
                    rule.concept
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{GLOSSARY}:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_childrens_texts_are_found() {
    let quiz = childrens_messages();
    assert!(quiz.len() >= 12 * 3, "{} ids of the 6-11 quiz", quiz.len());
    let messages = all_messages();
    for id in &quiz {
        assert!(
            messages.iter().any(|m| &m.id == id),
            "the 6-11 quiz uses {id}, which no .ftl file has"
        );
    }
    assert!(messages
        .iter()
        .any(|m| m.id.starts_with("child-") && m.lang == "en"));
    // The older group's texts are not children's texts.
    let older = &AgeGroup::Older.questions()[0];
    assert!(!is_childrens(&format!("quiz-{}", older.key), &quiz));
}

// ---------------------------------------------------------------------------------------
// The matcher and the checks on made-up strings: each rule can fail.

#[test]
fn a_banned_stem_is_found_only_where_a_word_begins() {
    let hit = |lang: &str, text: &str, stem: &str| find_stem(lang, text, stem).is_some();
    // The right word that shares a beginning with a banned one is not hit.
    assert!(!hit("az", "minatəmizləmə", "minatəmizləyən"));
    assert!(!hit("az", "Minatəmizləmə Agentliyi", "minatəmizləyən"));
    // The banned word, in any case, with a suffix, after punctuation.
    assert!(hit("az", "Minatəmizləyən", "minatəmizləyən"));
    assert!(hit("az", "minatəmizləyənlər gəldi", "minatəmizləyən"));
    assert!(hit("az", "Kim: (minatəmizləyən)", "minatəmizləyən"));
    assert!(hit("az", "minalı sahədə iki gün", "minalı sahə"));
    // Not inside another word.
    assert!(!hit("az", "beminatəmizləyən", "minatəmizləyən"));
    assert!(!hit("ru", "растяжка", "тяжка"));
    assert!(hit("ru", "тяжка", "тяжка"));
    assert!(!hit("ru", "выберите отметку", "метк"));
    assert!(hit("ru", "метка", "метк"));
    assert!(!hit("en", "JavaScript", "script"));
    assert!(hit("en", "no scripts", "script"));
    // A phrase matches across a line break or several spaces, not across other words.
    assert!(hit("az", "Minalı\n    sahədə", "minalı sahə"));
    assert!(hit("az", "minalı  ərazilərdə", "minalı ərazi"));
    assert!(!hit("az", "minalı və sahə", "minalı sahə"));
    assert!(!hit("az", "minalısahə", "minalı sahə"));
    // Azerbaijani capitals, and ё read as е.
    assert!(hit("az", "MİNALI SAHƏ", "minalı sahə"));
    assert!(hit("az", "İşarə", "işarə"));
    assert!(hit("ru", "Минер", "минёр"));
    assert!(hit("ru", "минёры", "минёр"));
    assert!(hit("ru", "Сапёр", "сапер"));
    // Where the match is, as written.
    let text = "Bir: Minalı ərazilərdə yaşayanlar";
    let at = find_stem("az", text, "minalı ərazi").unwrap();
    assert_eq!(at, (5, 17));
    assert_eq!(written(text, at), "Minalı ərazilərdə");
}

#[test]
fn a_message_is_read_with_every_variant_and_no_text_across_a_placeable() {
    let source =
        "a = Say { $n ->\n    [one] minalı sahə\n   *[other] minalı\n        ərazilərdə\n}\n\
                  b = minalı { $x } sahə\nc = minalı { other } sahə\nd = { \"JavaScript\" } off\n";
    let messages = parse_messages("az", "x.ftl", source);
    let text = |id: &str| &messages.iter().find(|m| m.id == id).unwrap().text;
    assert!(find_stem("az", text("a"), "minalı sahə").is_some());
    assert!(find_stem("az", text("a"), "minalı ərazi").is_some());
    assert!(find_stem("az", text("b"), "minalı sahə").is_none());
    assert!(find_stem("az", text("c"), "minalı sahə").is_none());
    assert!(find_stem("az", text("d"), "javascript").is_some());
}

const SAMPLE: &str = r#"
[mined-area]
note = "x"
az = "minalanmış ərazi"
en = "mined area"
ru = "заминированная территория"
avoid.az = ["minalı sahə"]
avoid.en = []
avoid.ru = []
except = ["quoted"]

[timeline-mark]
note = "x"
files = ["statistics.ftl"]
az = "işarə"
en = "mark"
ru = "отметка"
avoid.az = ["nişan"]
avoid.en = []
avoid.ru = []

[grown-up]
note = "x"
audience = "children"
az = "böyük"
en = "grown-up"
ru = "взрослый"
avoid.az = []
avoid.en = ["adult"]
avoid.ru = []

[technology]
note = "x"
avoid = ["javascript", "wasm"]
except = ["speaker-*"]
"#;

fn sample_messages() -> Vec<Message> {
    let mut out = parse_messages(
        "az",
        "emergency.ftl",
        "situation-minefield-remember = Minalı sahədə iki gün.\n\
         quoted = “minalı sahə”\nsign = Xəbərdarlıq nişanı\nneeds = JavaScript lazımdır.\n\
         speaker-x = WASM Institute\n",
    );
    out.extend(parse_messages(
        "az",
        "statistics.ftl",
        "keys = nişandan nişana\n",
    ));
    out.extend(parse_messages(
        "en",
        "quiz.ftl",
        "quiz-tell = Tell an adult.\nquiz-scrap = Tell an adult.\n",
    ));
    out.extend(parse_messages(
        "en",
        "rules.ftl",
        "child-rule-tell = Tell an adult.\n",
    ));
    out
}

#[test]
fn the_checks_name_each_banned_use_with_file_message_and_term() {
    let rules = parse_glossary(SAMPLE).unwrap();
    let quiz_6_11: BTreeSet<String> = ["quiz-tell".to_string()].into();
    let found = term_violations(&rules, &sample_messages(), &quiz_6_11);
    assert_eq!(
        found,
        [
            "locales/az/emergency.ftl: situation-minefield-remember uses «minalı sahə» \
             (written «Minalı sahədə»); the glossary says «minalanmış ərazi» (concept mined-area)",
            "locales/az/statistics.ftl: keys uses «nişan» (written «nişandan»); the glossary \
             says «işarə» (concept timeline-mark)",
            "locales/en/quiz.ftl: quiz-tell uses «adult»; the glossary says «grown-up» \
             (concept grown-up, in children's texts)",
            "locales/en/rules.ftl: child-rule-tell uses «adult»; the glossary says «grown-up» \
             (concept grown-up, in children's texts)",
        ]
    );
    let technology = technology_violations(&rules, &sample_messages());
    assert_eq!(technology.len(), 1, "{technology:?}");
    assert!(
        technology[0].starts_with("locales/az/emergency.ftl: needs names «javascript»"),
        "{technology:?}"
    );
}

#[test]
fn a_malformed_glossary_is_refused_with_each_problem_named() {
    let problems = parse_glossary(
        "[deminer]\nnote = \"x\"\naz = \"minaaxtaran\"\nen = \"deminer\"\navoid.az = []\n\
         avoid.en = []\navoid.ru = []\nfiels = [\"a.ftl\"]\naudience = \"teens\"\n",
    )
    .unwrap_err();
    for expected in [
        "[deminer]: `ru` (the term to use) is missing",
        "[deminer]: unknown key `fiels`",
        "[deminer]: audience \"teens\" is not known",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected}: {problems:#?}"
        );
    }
    let problems =
        parse_glossary("[x]\nnote = \"x\"\naz = \"a\"\nen = \"b\"\nru = \"c\"\n").unwrap_err();
    assert!(problems[0].contains("avoid.az, avoid.en and avoid.ru are missing"));
}
