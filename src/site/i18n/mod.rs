//! Every text the reader sees comes from `locales/{lang}/*.ftl` (Fluent), looked up here.
//! build.rs compiles each language into catalog files, one per part of the site (see
//! `catalog` and `parts`). The native build embeds them; the browser loads the parts its
//! wasm file needs, in the page's language, before it hydrates the page's islands.

mod catalog;
mod format;
mod lang;
mod plural;

// Shared with the build script, which sorts the .ftl files into parts (crates/facts).
pub use minesafe_facts::parts;

pub use format::{
    az_harmony, decimal_separator, format_date, format_date_at_start, format_decimal, format_int,
    Harmony, SpokenUnit,
};
pub use lang::Lang;
pub use plural::{plural_category, PluralCategory};

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use catalog::{Catalog, Segment, VariantKey, CATALOG_FILES};

/// A value for a message variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Written with the language's separators; chooses plural variants.
    Number(f64),
    Text(Cow<'a, str>),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

/// A language's texts: the parts loaded so far, merged into one catalog.
struct Texts {
    /// A bit for each part loaded, by its place in `parts::ALL`.
    parts: u8,
    catalog: Catalog,
}

thread_local! {
    // By `Lang::index`.
    static TEXTS: RefCell<[Texts; 3]> = const {
        RefCell::new([const { Texts { parts: 0, catalog: Catalog::EMPTY } }; 3])
    };
}

fn bit(part: &str) -> u8 {
    parts::ALL
        .iter()
        .position(|p| *p == part)
        .map_or(0, |i| 1 << i)
}

/// The path in `dist/` of a part of a language's texts (content-hashed, so it can be
/// cached for ever).
pub fn catalog_file(lang: Lang, part: &str) -> &'static str {
    CATALOG_FILES
        .iter()
        .find(|(code, p, _)| *code == lang.code() && *p == part)
        .map_or("", |(_, _, file)| *file)
}

/// Makes a part of a language's texts available (once). `Err` says why the text is not
/// a catalog.
pub fn install(lang: Lang, part: &str, text: &str) -> Result<(), String> {
    let catalog = Catalog::parse(text)?;
    TEXTS.with(|texts| {
        let texts = &mut texts.borrow_mut()[lang.index()];
        if texts.parts & bit(part) == 0 {
            texts.catalog.merge(catalog);
            texts.parts |= bit(part);
        }
    });
    Ok(())
}

/// Whether every one of `parts` is loaded in `lang`.
fn is_loaded(lang: Lang, parts: &[&str]) -> bool {
    let loaded = TEXTS.with(|texts| texts.borrow()[lang.index()].parts);
    parts.iter().all(|part| loaded & bit(part) != 0)
}

/// A part of a language's texts as the build embedded it (native build and wasm tests).
#[cfg(any(not(target_arch = "wasm32"), feature = "embed-catalogs"))]
pub fn embedded_catalog(lang: Lang, part: &str) -> &'static str {
    catalog::EMBEDDED
        .iter()
        .find(|(code, p, _)| *code == lang.code() && *p == part)
        .map_or("", |(_, _, text)| *text)
}

/// Runs `f` on a language's loaded texts.
fn with_catalog<R>(lang: Lang, f: impl FnOnce(&Catalog) -> R) -> R {
    // Natively, and in the wasm tests, every part is there from the first lookup on,
    // unless a test has installed only some.
    #[cfg(any(not(target_arch = "wasm32"), feature = "embed-catalogs"))]
    if TEXTS.with(|texts| texts.borrow()[lang.index()].parts == 0) {
        for part in parts::ALL {
            if let Err(problem) = install(lang, part, embedded_catalog(lang, part)) {
                report(&format!("{lang} {part}: {problem}"));
            }
        }
    }
    TEXTS.with(|texts| f(&texts.borrow()[lang.index()].catalog))
}

/// Makes the `parts` of a language's texts available: natively from the embedded copy.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load(lang: Lang, parts: &[&str]) -> Result<(), String> {
    with_catalog(lang, |_| ());
    match parts.iter().find(|part| !is_loaded(lang, &[part])) {
        Some(part) => Err(format!("{lang}: no {part} texts")),
        None => Ok(()),
    }
}

/// Fetches the `parts` of a language's texts from the site, those not loaded yet.
#[cfg(target_arch = "wasm32")]
pub async fn load(lang: Lang, parts: &[&str]) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    for &part in parts {
        if is_loaded(lang, &[part]) {
            continue;
        }
        let url = format!("/{}", catalog_file(lang, part));
        let fail = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
        let response: web_sys::Response =
            JsFuture::from(gloo::utils::window().fetch_with_str(&url))
                .await
                .map_err(fail)?
                .unchecked_into();
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = JsFuture::from(response.text().map_err(fail)?)
            .await
            .map_err(fail)?;
        install(lang, part, &text.as_string().unwrap_or_default())?;
    }
    Ok(())
}

/// Every message id of a language, sorted.
pub fn message_ids(lang: Lang) -> Vec<String> {
    with_catalog(lang, |catalog| catalog.ids().map(str::to_string).collect())
}

/// True when `lang` itself has the message (no fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    with_catalog(lang, |catalog| catalog.get(id).is_some())
}

/// The message `id` in `lang`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// The message `id` in `lang` with each named variable left as `{name}`, for a page script
/// that fills in what only the browser knows (the phone's position, the download's
/// progress) in the pre-rendered text.
pub fn t_template(lang: Lang, id: &str, names: &[&str]) -> String {
    let args: Vec<(&str, Arg)> = names
        .iter()
        .map(|name| (*name, Arg::Text(format!("{{{name}}}").into())))
        .collect();
    t_args(lang, id, &args)
}

/// The message `id` in `lang` with variables, e.g. `("count", 417.into())`.
///
/// A message missing in `lang` falls back to Azerbaijani, then to an empty string: a
/// reader never sees a raw key. The tests make sure no fallback is ever needed.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::new();
    for candidate in [lang, Lang::DEFAULT] {
        let written = with_catalog(candidate, |catalog| {
            let segments = catalog.get(id)?;
            write_segments(candidate, catalog, segments, args, &mut out);
            Some(())
        });
        if written.is_some() {
            if candidate != lang {
                report_missing(lang, id);
            }
            return out;
        }
    }
    report_missing(lang, id);
    out
}

fn write_segments(
    lang: Lang,
    catalog: &Catalog,
    segments: &[Segment],
    args: &[(&str, Arg)],
    out: &mut String,
) {
    for segment in segments {
        match segment {
            // A value that ends in an abbreviation's full stop ("мая 2025 г.") also ends
            // the sentence: the message's own full stop is not written twice.
            Segment::Text(text) => match text.strip_prefix('.') {
                Some(rest) if out.ends_with('.') => out.push_str(rest),
                _ => out.push_str(text),
            },
            Segment::Var(name) => match find_arg(args, name) {
                Some(Arg::Number(n)) => out.push_str(&format_decimal(lang, *n)),
                Some(Arg::Text(text)) => out.push_str(text),
                // As Fluent does: the reader sees the gap, the console says why.
                None => {
                    report(&format!("{lang}: no value for ${name}"));
                    out.push_str(&format!("{{${name}}}"));
                }
            },
            Segment::Ref(id) => match catalog.get(id) {
                Some(inner) => write_segments(lang, catalog, inner, args, out),
                None => report_missing(lang, id),
            },
            Segment::Select {
                var,
                variants,
                default,
            } => {
                let chosen = variants
                    .iter()
                    .position(|(key, _)| variant_matches(lang, key, find_arg(args, var)))
                    .unwrap_or(*default);
                write_segments(lang, catalog, &variants[chosen].1, args, out);
            }
        }
    }
}

fn find_arg<'a, 'b>(args: &'a [(&str, Arg<'b>)], name: &str) -> Option<&'a Arg<'b>> {
    args.iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Fluent's rule: an exact number first, then the plural category, or an equal string.
fn variant_matches(lang: Lang, key: &VariantKey, value: Option<&Arg>) -> bool {
    match (key, value) {
        (VariantKey::Number(key), Some(Arg::Number(n))) => *key as f64 == *n,
        (VariantKey::Name(key), Some(Arg::Number(n))) => **key == *plural_category(lang, *n).key(),
        (VariantKey::Name(key), Some(Arg::Text(text))) => **key == **text,
        _ => false,
    }
}

/// How many lookups found no message since the program started. The tests render every
/// page in every language and require zero, which covers every id a component builds.
pub fn missing_lookups() -> usize {
    MISSING.load(Ordering::Relaxed)
}

static MISSING: AtomicUsize = AtomicUsize::new(0);

fn report_missing(lang: Lang, id: &str) {
    MISSING.fetch_add(1, Ordering::Relaxed);
    report(&format!("{lang}: missing message {id}"));
}

fn report(problem: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::error!(format!("minesafe i18n: {problem}"));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("minesafe i18n: {problem}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_messages_in_each_language() {
        assert_eq!(t(Lang::Az, "language-name"), "Azərbaycanca");
        assert_eq!(t(Lang::En, "language-name"), "English");
        assert_eq!(t(Lang::Ru, "language-name"), "Русский");
    }

    #[test]
    fn a_template_leaves_its_variables_for_the_page_script() {
        assert_eq!(
            t_template(Lang::En, "offline-saving", &["done", "total"]),
            "Saving this site on this phone: {done} of {total} files."
        );
        // A variable the message does not use changes nothing.
        assert_eq!(
            t_template(Lang::En, "offline-saved", &["done"]),
            t(Lang::En, "offline-saved")
        );
    }

    #[test]
    fn an_unknown_key_never_shows_the_key() {
        assert_eq!(t(Lang::En, "no-such-message-anywhere"), "");
    }

    #[test]
    fn plural_forms_follow_cldr() {
        let sources = |lang, n: i64| t_args(lang, "sources-count", &[("count", n.into())]);
        // Russian: one (1, 21), few (2-4, 22), many (0, 5-20, 11).
        assert!(sources(Lang::Ru, 1).contains(" 1 источник."));
        assert!(sources(Lang::Ru, 21).contains(" 21 источник."));
        assert!(sources(Lang::Ru, 3).contains(" 3 источника."));
        assert!(sources(Lang::Ru, 22).contains(" 22 источника."));
        assert!(sources(Lang::Ru, 5).contains(" 5 источников."));
        assert!(sources(Lang::Ru, 11).contains(" 11 источников."));
        assert!(sources(Lang::Ru, 1002).contains(" 1\u{a0}002 источника."));
        // English: one and other, with grouped thousands.
        assert!(sources(Lang::En, 1).ends_with(" 1 source."));
        assert!(sources(Lang::En, 2).ends_with(" 2 sources."));
        assert!(sources(Lang::En, 1500).ends_with(" 1,500 sources."));
        // Azerbaijani: the noun does not change after a numeral.
        assert_eq!(
            sources(Lang::Az, 1500),
            "Saytda 1.500 mənbəyə istinad olunur."
        );
    }

    #[test]
    fn a_date_that_ends_in_an_abbreviation_ends_the_sentence_once() {
        let attribution = |lang, date: &str| {
            t_args(
                lang,
                "core-rules-attribution",
                &[("speaker", "ANAMA".into()), ("date", date.into())],
            )
        };
        assert_eq!(
            attribution(Lang::Ru, "12 января 2026 г."),
            "Источник: ANAMA, 12 января 2026 г."
        );
        assert_eq!(
            attribution(Lang::En, "12 January 2026"),
            "Source: ANAMA, 12 January 2026."
        );
    }
}
