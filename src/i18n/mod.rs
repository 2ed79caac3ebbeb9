//! Every text the reader sees comes from `locales/{lang}/*.ftl` (Fluent), looked up here.
//! The files are compiled into the binary (build.rs lists them), so the wasm needs no
//! request to show a page in any language, online or not.

mod format;
mod lang;

pub use fluent_bundle::FluentValue;
pub use format::{format_date, format_decimal, format_int};
pub use lang::Lang;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::{langid, LanguageIdentifier};

// `LOCALES: &[(&str, &[(&str, &str)])]`: (language code, [(file name, contents)]).
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The translation files of one language, as (file name, Fluent source).
pub fn locale_files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    LOCALES
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map(|(_, files)| *files)
        .unwrap_or(&[])
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    // Built once per thread on first use; parsing the few kilobytes takes well under a
    // millisecond. Indexed by `Lang::index`.
    static BUNDLES: [Bundle; 3] = Lang::ALL.map(build_bundle);
}

fn language_id(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Az => langid!("az"),
        Lang::En => langid!("en"),
        Lang::Ru => langid!("ru"),
    }
}

fn build_bundle(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new(vec![language_id(lang)]);
    // Isolation marks (U+2068/U+2069) only matter for mixed-direction text; all three
    // languages are left-to-right, and the marks would end up in copied text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Az => |value, _| format_number_value(Lang::Az, value),
        Lang::En => |value, _| format_number_value(Lang::En, value),
        Lang::Ru => |value, _| format_number_value(Lang::Ru, value),
    }));
    for (file, source) in locale_files(lang) {
        // A file with a syntax error still yields the messages that parsed; the
        // native tests fail on any error, so this only guards a reader's page.
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, errors)| {
                report(&format!("{}/{file}: {errors:?}", lang.code()));
                res
            });
        if let Err(errors) = bundle.add_resource(resource) {
            report(&format!("{}/{file}: {errors:?}", lang.code()));
        }
    }
    bundle
}

fn format_number_value(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(format_decimal(lang, number.value)),
        _ => None,
    }
}

fn report(problem: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::error!(format!("minesafe i18n: {problem}"));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("minesafe i18n: {problem}");
}

/// True when `lang` itself has the message (no fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    BUNDLES.with(|bundles| bundles[lang.index()].has_message(id))
}

/// The message `id` in `lang`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// The message `id` in `lang` with variables, e.g. `("count", 417.into())`. Numbers
/// passed as numbers are grouped per language and choose the plural form.
///
/// A message missing in `lang` falls back to Azerbaijani, then to an empty string: a
/// reader never sees a raw key. The tests make sure no fallback is ever needed.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    BUNDLES.with(|bundles| {
        [lang, Lang::DEFAULT]
            .into_iter()
            .find_map(|candidate| {
                let bundle = &bundles[candidate.index()];
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
                if !errors.is_empty() {
                    report(&format!("{}: {id}: {errors:?}", candidate.code()));
                }
                if candidate != lang {
                    report(&format!("{}: missing message {id}", lang.code()));
                }
                Some(text.into_owned())
            })
            .unwrap_or_else(|| {
                report(&format!("{}: missing message {id}", lang.code()));
                String::new()
            })
    })
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
