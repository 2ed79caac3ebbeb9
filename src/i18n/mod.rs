//! Every text the reader sees comes from `locales/{lang}/*.ftl` (Fluent), looked up here.
//! build.rs compiles the files into the binary (see `catalog`), so the wasm needs no
//! request and no parser to show a page in any language, online or not.

mod catalog;
mod format;
mod lang;
mod plural;

pub use format::{format_date, format_decimal, format_int};
pub use lang::Lang;
pub use plural::{plural_category, PluralCategory};

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use catalog::{Messages, Segment, VariantKey, CATALOG};

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

fn messages(lang: Lang) -> Messages {
    CATALOG
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map_or(&[], |(_, messages)| *messages)
}

fn lookup(lang: Lang, id: &str) -> Option<&'static [Segment]> {
    let messages = messages(lang);
    messages
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|index| messages[index].1)
}

/// Every message id of a language, sorted.
pub fn message_ids(lang: Lang) -> impl Iterator<Item = &'static str> {
    messages(lang).iter().map(|(id, _)| *id)
}

/// True when `lang` itself has the message (no fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    lookup(lang, id).is_some()
}

/// The message `id` in `lang`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// The message `id` in `lang` with variables, e.g. `("count", 417.into())`.
///
/// A message missing in `lang` falls back to Azerbaijani, then to an empty string: a
/// reader never sees a raw key. The tests make sure no fallback is ever needed.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::new();
    match (lookup(lang, id), lookup(Lang::DEFAULT, id)) {
        (Some(segments), _) => write_segments(lang, segments, args, &mut out),
        (None, Some(segments)) => {
            report_missing(lang, id);
            write_segments(Lang::DEFAULT, segments, args, &mut out);
        }
        (None, None) => report_missing(lang, id),
    }
    out
}

fn write_segments(lang: Lang, segments: &[Segment], args: &[(&str, Arg)], out: &mut String) {
    for segment in segments {
        match segment {
            Segment::Text(text) => out.push_str(text),
            Segment::Var(name) => match find_arg(args, name) {
                Some(Arg::Number(n)) => out.push_str(&format_decimal(lang, *n)),
                Some(Arg::Text(text)) => out.push_str(text),
                // As Fluent does: the reader sees the gap, the console says why.
                None => {
                    report(&format!("{lang}: no value for ${name}"));
                    out.push_str(&format!("{{${name}}}"));
                }
            },
            Segment::Ref(id) => match lookup(lang, id) {
                Some(inner) => write_segments(lang, inner, args, out),
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
                write_segments(lang, variants[chosen].1, args, out);
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
        (VariantKey::Number(key), Some(Arg::Number(n))) => key == n,
        (VariantKey::Name(key), Some(Arg::Number(n))) => *key == plural_category(lang, *n).key(),
        (VariantKey::Name(key), Some(Arg::Text(text))) => key == text,
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
}
