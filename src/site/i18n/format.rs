//! Numbers and dates written the way each language writes them (CLDR conventions).
//! Separators are locale data; month names and date patterns are text and live in
//! the translation files, so a translator can correct them.

use crate::site::i18n::{t, t_args, Lang};
use minesafe_facts::date::PartialDate;

/// CLDR grouping separator: az "1.234", en "1,234", ru "1 234" (no-break space, so a
/// number never wraps across lines).
const fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::Az => '.',
        Lang::En => ',',
        Lang::Ru => '\u{a0}',
    }
}

/// CLDR decimal separator: az and ru "2,5", en "2.5".
pub const fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::Az | Lang::Ru => ',',
        Lang::En => '.',
    }
}

/// An integer with thousands grouped: `format_int(Lang::Az, 1234567)` is "1.234.567".
pub fn format_int(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group_separator(lang));
        }
        out.push(digit);
    }
    out
}

/// A number with up to two decimals, grouped, with the language's decimal separator.
/// Integer arithmetic only: float formatting would add about 10 KB to the wasm.
pub fn format_decimal(lang: Lang, n: f64) -> String {
    let hundredths = (n * 100.0).round() as i64;
    let (whole, fraction) = (hundredths / 100, (hundredths % 100).unsigned_abs());
    let mut out = if hundredths < 0 && whole == 0 {
        "-0".to_string()
    } else {
        format_int(lang, whole)
    };
    if fraction != 0 {
        out.push(decimal_separator(lang));
        out.push_str(format!("{fraction:02}").trim_end_matches('0'));
    }
    out
}

/// What an Azerbaijani number is followed by when read aloud: nothing (a bare count), or
/// the word of its unit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SpokenUnit {
    /// A bare count: the suffix follows the number's own last word.
    Count,
    /// km², read "kvadrat kilometr".
    SquareKilometre,
    /// ha, read "hektar".
    Hectare,
    /// %, read "faiz".
    Percent,
}

/// The vowel harmony of a suffix glued to a number in Azerbaijani: "milyon-dan" (back)
/// but "min-dən" (front). `key()` is the value of the `$harmony` variable the messages
/// select on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Harmony {
    Back,
    Front,
}

impl Harmony {
    pub const fn key(self) -> &'static str {
        match self {
            Harmony::Back => "back",
            Harmony::Front => "front",
        }
    }
}

/// Which harmony a suffix after `n` (and its unit) takes: that of the last word said
/// aloud. "13" is "on üç" (front), "40" "qırx" (back), "2.700" "iki min yeddi yüz"
/// (front), "1.000.000" "bir milyon" (back), "248.000" "... min" (front). A unit's word
/// comes last, so it decides: "kvadrat kilometr", "faiz" front, "hektar" back.
pub fn az_harmony(n: u64, unit: SpokenUnit) -> Harmony {
    use Harmony::{Back, Front};
    match unit {
        SpokenUnit::SquareKilometre | SpokenUnit::Percent => return Front,
        SpokenUnit::Hectare => return Back,
        SpokenUnit::Count => {}
    }
    // The last word read is that of the lowest place that is not zero: the units
    // (bir … doqquz), the tens (on … doxsan), "yüz", "min", then "milyon" and "milyard"
    // (both back); 0 is "sıfır".
    const UNITS: [Harmony; 10] = [
        Back, Front, Front, Front, Front, Front, Back, Front, Front, Back,
    ];
    const TENS: [Harmony; 10] = [
        Back, Back, Front, Back, Back, Front, Back, Front, Front, Back,
    ];
    let digit = |place: u64| (n / place % 10) as usize;
    if n == 0 || n.is_multiple_of(1_000_000) {
        Back
    } else if !n.is_multiple_of(10) {
        UNITS[digit(1)]
    } else if !n.is_multiple_of(100) {
        TENS[digit(10)]
    } else {
        // yüz, or min
        Front
    }
}

/// A date at the precision the source gives: "29 may 2025", "may 2025" or "2025" in
/// Azerbaijani; "29 мая 2025 г." and "май 2025 г." in Russian.
pub fn format_date(lang: Lang, date: PartialDate) -> String {
    date_with_months(lang, date, "month")
}

/// `format_date` at the start of a sentence or a heading: "May 2025", "İyun 2025",
/// "Июнь 2025 г." (a name from the catalog, which knows that Azerbaijani "i" becomes
/// "İ").
pub fn format_date_at_start(lang: Lang, date: PartialDate) -> String {
    date_with_months(lang, date, "month-start")
}

/// A date whose month on its own is named by the message `{months}-{n}`.
fn date_with_months(lang: Lang, date: PartialDate, months: &str) -> String {
    // Strings, not numbers: a year is never grouped ("2025", not "2.025").
    let year = date.year.to_string();
    match (date.month, date.day) {
        (Some(month), Some(day)) => t_args(
            lang,
            "date-day-month-year",
            &[
                ("day", day.to_string().into()),
                ("month", t(lang, &format!("month-of-{month}")).into()),
                ("year", year.into()),
            ],
        ),
        (Some(month), None) => t_args(
            lang,
            "date-month-year",
            &[
                ("month", t(lang, &format!("{months}-{month}")).into()),
                ("year", year.into()),
            ],
        ),
        _ => t_args(lang, "date-year", &[("year", year.into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_at_the_start_is_capitalised_as_each_language_does() {
        let june = PartialDate {
            year: 2025,
            month: Some(6),
            day: None,
        };
        assert_eq!(format_date(Lang::Az, june), "iyun 2025");
        assert_eq!(format_date_at_start(Lang::Az, june), "İyun 2025");
        assert_eq!(format_date_at_start(Lang::Ru, june), "Июнь 2025 г.");
        assert_eq!(
            format_date_at_start(Lang::En, june),
            format_date(Lang::En, june)
        );
        // A day first: nothing to capitalise.
        let day = PartialDate {
            day: Some(3),
            ..june
        };
        assert_eq!(
            format_date_at_start(Lang::Az, day),
            format_date(Lang::Az, day)
        );
    }

    #[test]
    fn integers_group_thousands_per_language() {
        assert_eq!(format_int(Lang::Az, 1_234_567), "1.234.567");
        assert_eq!(format_int(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(format_int(Lang::Ru, 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(format_int(Lang::En, 11_667), "11,667");
        assert_eq!(format_int(Lang::Az, 417), "417");
        assert_eq!(format_int(Lang::Az, 0), "0");
        assert_eq!(format_int(Lang::En, 1000), "1,000");
        assert_eq!(format_int(Lang::En, -1_500_000), "-1,500,000");
    }

    #[test]
    fn decimals_use_the_local_separator() {
        assert_eq!(format_decimal(Lang::Az, 13.5), "13,5");
        assert_eq!(format_decimal(Lang::En, 13.5), "13.5");
        assert_eq!(format_decimal(Lang::Ru, 1234.25), "1\u{a0}234,25");
        assert_eq!(format_decimal(Lang::En, 42.0), "42");
        assert_eq!(format_decimal(Lang::En, 0.05), "0.05");
        assert_eq!(format_decimal(Lang::En, -2.5), "-2.5");
        assert_eq!(format_decimal(Lang::Az, -0.5), "-0,5");
        assert_eq!(format_decimal(Lang::En, 1_500_000.0), "1,500,000");
    }

    #[test]
    fn azerbaijani_suffixes_follow_the_last_word_read_aloud() {
        use Harmony::{Back, Front};
        let count = |n| az_harmony(n, SpokenUnit::Count);
        // on üç, qırx, bir milyon, iki yüz qırx səkkiz min, iki min yeddi yüz,
        // ... yeddi yüz doxsan səkkiz, altı, doqquz, on, otuz.
        let cases = [
            (13, Front),
            (40, Back),
            (1_000_000, Back),
            (248_000, Front),
            (2_700, Front),
            (236_798, Front),
            (6, Back),
            (9, Back),
            (10, Back),
            (30, Back),
            (20, Front),
            (50, Front),
            (60, Back),
            (70, Front),
            (80, Front),
            (90, Back),
            (1_500_000, Front),
            (2_000_000_000, Back),
            (0, Back),
        ];
        for (n, harmony) in cases {
            assert_eq!(count(n), harmony, "{n}");
        }
        // The unit's word comes last: kvadrat kilometr, hektar, faiz.
        assert_eq!(az_harmony(11_667, SpokenUnit::SquareKilometre), Front);
        assert_eq!(az_harmony(1_000_000, SpokenUnit::Percent), Front);
        assert_eq!(az_harmony(248_000, SpokenUnit::Hectare), Back);
        assert_eq!((Back.key(), Front.key()), ("back", "front"));
    }

    #[test]
    fn dates_keep_their_precision_and_each_language_s_month_names() {
        let cases = [
            ("2025-05-29", Lang::Az, "29 may 2025"),
            ("2025-05-29", Lang::En, "29 May 2025"),
            ("2025-05-29", Lang::Ru, "29 мая 2025 г."),
            ("2026-01-12", Lang::Az, "12 yanvar 2026"),
            ("2026-01-12", Lang::Ru, "12 января 2026 г."),
            ("2021-08-11", Lang::Az, "11 avqust 2021"),
            ("2023-05", Lang::Az, "may 2023"),
            ("2023-05", Lang::En, "May 2023"),
            ("2023-05", Lang::Ru, "май 2023 г."),
            ("2024", Lang::Az, "2024"),
            ("2024", Lang::Ru, "2024 г."),
        ];
        for (date, lang, expected) in cases {
            assert_eq!(
                format_date(lang, PartialDate::parse(date).unwrap()),
                expected
            );
        }
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for month in 1..=12 {
                for key in [
                    format!("month-{month}"),
                    format!("month-of-{month}"),
                    format!("month-start-{month}"),
                ] {
                    assert!(super::super::has_message(lang, &key), "{lang}: {key}");
                }
            }
        }
    }
}
