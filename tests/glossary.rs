//! The glossary (locales/glossary.toml) holds, for each concept, the term each language uses
//! and the variants that must not appear. These tests read every message of every
//! language and name each one that uses a banned variant, or that names a technology the
//! reader does not know; they also check the glossary itself, and the matcher on made-up
//! strings, so that a rule cannot silently stop matching.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use minesafe::i18n::Lang;
use minesafe::schools::model::age::AgeGroup;

const GLOSSARY: &str = "locales/glossary.toml";
const LANGS: [&str; 3] = ["az", "en", "ru"];
/// The table that is not a concept: its `avoid` applies to every language.
const TECHNOLOGY: &str = "technology";
/// Stands for a `{ … }` placeable in a message's text: neither a letter nor a space, so a
/// variant never matches across it and a word may start after it.
const GAP: char = '\u{FFFC}';

// ---------------------------------------------------------------------------------------
// The glossary file.

#[derive(Debug)]
struct Rule {
    /// The concept's key, the table's name (`mined-area`).
    concept: String,
    /// The terms to use, per language (in LANGS order); empty for [technology].
    terms: Vec<(String, Vec<String>)>,
    /// The banned variants, per language (in LANGS order); for [technology] the same list
    /// for every language.
    avoid: Vec<(String, Vec<String>)>,
    /// Only these files (names in locales/{lang}/), if given.
    files: Option<Vec<String>>,
    /// Only the children's texts.
    children_only: bool,
    /// Message ids (or `prefix*`) the rule does not apply to.
    except: Vec<String>,
}

impl Rule {
    fn is_technology(&self) -> bool {
        self.concept == TECHNOLOGY
    }

    fn terms(&self, lang: &str) -> &[String] {
        lookup(&self.terms, lang)
    }

    fn avoid(&self, lang: &str) -> &[String] {
        lookup(&self.avoid, lang)
    }

    fn is_restricted(&self) -> bool {
        self.files.is_some() || self.children_only
    }

    fn applies_to(&self, message: &Message, children: &BTreeSet<String>) -> bool {
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

fn lookup<'a>(list: &'a [(String, Vec<String>)], lang: &str) -> &'a [String] {
    list.iter()
        .find(|(l, _)| l == lang)
        .map(|(_, v)| v.as_slice())
        .unwrap_or(&[])
}

fn exception_covers(exception: &str, id: &str) -> bool {
    match exception.strip_suffix('*') {
        Some(prefix) => id.starts_with(prefix),
        None => exception == id,
    }
}

/// A string, or a list of strings (`az = "mina"` or `az = ["böyük", "böyüklər"]`).
fn strings(value: &toml::Value, at: &str, problems: &mut Vec<String>) -> Vec<String> {
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

fn list(value: &toml::Value, at: &str, problems: &mut Vec<String>) -> Vec<String> {
    if !value.is_array() {
        problems.push(format!("{at}: expected a list of strings"));
        return Vec::new();
    }
    strings(value, at, problems)
}

/// Reads the glossary; the problems are every key missing, unknown or of the wrong kind.
fn parse_glossary(text: &str) -> Result<Vec<Rule>, Vec<String>> {
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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn glossary() -> Vec<Rule> {
    let path = root().join(GLOSSARY);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{GLOSSARY}: {e}"));
    parse_glossary(&text)
        .unwrap_or_else(|problems| panic!("{GLOSSARY}:\n  {}", problems.join("\n  ")))
}

// ---------------------------------------------------------------------------------------
// The messages.

#[derive(Debug)]
struct Message {
    lang: String,
    /// The file's name in locales/{lang}/.
    file: String,
    id: String,
    /// The value's text: every text element and every variant, a GAP for each placeable.
    text: String,
}

fn parse_messages(lang: &str, file: &str, source: &str) -> Vec<Message> {
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

fn pattern_text(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &Expression<&str>, out: &mut String) {
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

fn inline_text(inline: &InlineExpression<&str>, out: &mut String) {
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
fn all_messages() -> Vec<Message> {
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
fn locale_files(lang: &str) -> Vec<(String, String)> {
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
fn childrens_messages() -> BTreeSet<String> {
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

fn is_childrens(id: &str, quiz_6_11: &BTreeSet<String>) -> bool {
    id.starts_with("child-") || quiz_6_11.contains(id)
}

// ---------------------------------------------------------------------------------------
// The matcher.

/// Lower case as the language spells it (Azerbaijani I → ı, İ → i), with ё read as е; one
/// character for one, so a position in the folded text is the same in the original.
fn fold_char(lang: &str, c: char) -> char {
    match c {
        'İ' => 'i',
        'I' if lang == "az" => 'ı',
        'ё' | 'Ё' => 'е',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

fn fold(lang: &str, text: &str) -> Vec<char> {
    text.chars().map(|c| fold_char(lang, c)).collect()
}

/// Where the banned `stem` first begins a word of `text` (both as written): the start and
/// end, in characters, of what it matched. Case is ignored; a space in the stem matches
/// any run of white space; the character before must not be a letter; the stem's end may
/// run on into the rest of a word.
fn find_stem(lang: &str, text: &str, stem: &str) -> Option<(usize, usize)> {
    let text = fold(lang, text);
    let stem = fold(lang, stem);
    if stem.is_empty() {
        return None;
    }
    (0..text.len())
        .filter(|&start| start == 0 || !text[start - 1].is_alphabetic())
        .find_map(|start| match_at(&text, start, &stem).map(|end| (start, end)))
}

fn match_at(text: &[char], start: usize, stem: &[char]) -> Option<usize> {
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
fn written(text: &str, (start, end): (usize, usize)) -> String {
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

fn quoted(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("«{t}»"))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn uses(message: &Message, stem: &str, at: (usize, usize)) -> String {
    let found = written(&message.text, at);
    if found == stem {
        format!("«{stem}»")
    } else {
        format!("«{stem}» (written «{found}»)")
    }
}

/// Every use of a concept's banned variant, as "locales/az/x.ftl: id uses «…»; the
/// glossary says «…» (concept …)".
fn term_violations(
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
fn technology_violations(rules: &[Rule], messages: &[Message]) -> Vec<String> {
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

fn report(what: &str, violations: &[String]) -> String {
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
