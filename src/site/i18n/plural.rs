//! CLDR cardinal plural categories for the site's languages. Checked against
//! fluent-bundle's (intl_pluralrules) for many numbers in the tests.

use crate::site::i18n::Lang;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PluralCategory {
    One,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The variant key a Fluent file uses for this category.
    pub const fn key(self) -> &'static str {
        match self {
            PluralCategory::One => "one",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

pub fn plural_category(lang: Lang, n: f64) -> PluralCategory {
    let integer = n.fract() == 0.0;
    let i = n.abs().trunc() as u64;
    match lang {
        // az and en: "one" is exactly 1 (en also needs no visible decimals).
        Lang::Az | Lang::En if integer && i == 1 => PluralCategory::One,
        Lang::Az | Lang::En => PluralCategory::Other,
        Lang::Ru if !integer => PluralCategory::Other,
        Lang::Ru => match (i % 10, i % 100) {
            (1, r) if r != 11 => PluralCategory::One,
            (2..=4, r) if !(12..=14).contains(&r) => PluralCategory::Few,
            _ => PluralCategory::Many,
        },
    }
}
