//! Reads and checks the statistics files of `data/`: `official_totals.csv`,
//! `incidents.csv`, `places.csv` and `context.csv` (see data/README.md), in the build
//! script and the data tests.

use std::collections::HashSet;

use crate::csv_table::read_table;
use crate::date::PartialDate;
use crate::vocab::*;

/// Official totals are counted from the end of the war, November 2020.
const SERIES_START: PartialDate = PartialDate {
    year: 2020,
    month: Some(11),
    day: None,
};

#[derive(Debug, Clone, PartialEq)]
pub struct TotalRow {
    pub id: String,
    pub date: PartialDate,
    pub total: Option<u64>,
    pub killed: Option<u64>,
    pub injured: Option<u64>,
    pub civilians_killed: Option<u64>,
    pub civilians_injured: Option<u64>,
    pub source: String,
    pub confidence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IncidentRow {
    pub id: String,
    pub date: PartialDate,
    pub district: Option<String>,
    /// A `places.csv` id.
    pub place: Option<String>,
    pub killed: u64,
    pub injured: u64,
    pub categories: Vec<String>,
    pub activity: String,
    pub device: String,
    pub confidence: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContextRow {
    pub id: String,
    pub date: Option<PartialDate>,
    pub measure: String,
    pub value: u64,
    pub qualifier: String,
    pub source: String,
}

/// A place the incidents name, with its name in each language of the site.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub id: String,
    pub district: String,
    /// (language code, name), in the order of `PLACE_LANGUAGES`.
    pub names: Vec<(&'static str, String)>,
}

/// The languages a place is named in: the site's, as the columns of `places.csv`.
pub const PLACE_LANGUAGES: [&str; 3] = ["az", "en", "ru"];

/// What `spelling` says, alone or after the addresses, when a name was seen in no source
/// and was transliterated.
pub const TRANSLITERATED: &str = "standard transliteration";

/// Letters only Azerbaijani (and Turkish) writes: an English name with one of them was
/// copied from the Azerbaijani column.
const AZERBAIJANI_LETTERS: &[char] = &[
    'ə', 'Ə', 'ğ', 'Ğ', 'ı', 'İ', 'ş', 'Ş', 'ç', 'Ç', 'ö', 'Ö', 'ü', 'Ü',
];

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Checks `data/places.csv`: every name in its script, no name given to two places in
/// one language, each spelling with its source.
pub fn parse_places(file: &str, text: &str) -> Result<Vec<PlaceRow>, Vec<String>> {
    let header = ["id", "district", "az", "en", "ru", "spelling"];
    let mut seen = HashSet::new();
    let mut names_seen: Vec<HashSet<String>> =
        PLACE_LANGUAGES.iter().map(|_| HashSet::new()).collect();
    read_table(file, text, &header, |row| {
        let id = row.id(&mut seen);
        let district = row.one_of("district", DISTRICTS);
        let mut names = Vec::new();
        for (lang, taken) in PLACE_LANGUAGES.into_iter().zip(&mut names_seen) {
            let name = row.required(lang);
            let letters = || name.chars().filter(|c| c.is_alphabetic());
            let wrong_script = match lang {
                "ru" => letters().any(|c| !is_cyrillic(c)),
                "en" => letters().any(|c| is_cyrillic(c) || AZERBAIJANI_LETTERS.contains(&c)),
                _ => letters().any(is_cyrillic),
            };
            if wrong_script {
                row.fail(format!(
                    "{lang} name {name:?} is not written in that language's alphabet"
                ));
            }
            if !name.is_empty() && !taken.insert(name.to_lowercase()) {
                row.fail(format!(
                    "{lang} name {name:?} is given to another place too"
                ));
            }
            names.push((lang, name));
        }
        // The addresses where the names were read; "standard transliteration" among them
        // (or alone) when a name was seen in no source.
        let spelling = row.required("spelling");
        let cited = spelling.split(';').map(str::trim).all(|item| {
            item == TRANSLITERATED
                || ((item.starts_with("https://") || item.starts_with("http://"))
                    && !item.contains(char::is_whitespace))
        });
        if !spelling.is_empty() && !cited {
            row.fail(format!(
                "spelling {spelling:?} must be the addresses where the names were read (;-separated) or {TRANSLITERATED:?}"
            ));
        }
        Some(PlaceRow {
            id,
            district,
            names,
        })
    })
}

fn check_source(row: &mut crate::csv_table::Row, sources: &HashSet<String>, id: &str) {
    if !sources.contains(id) {
        row.fail(format!("source {id:?} is not in data/sources.csv"));
    }
}

pub fn parse_totals(
    file: &str,
    text: &str,
    today: PartialDate,
    sources: &HashSet<String>,
) -> Result<Vec<TotalRow>, Vec<String>> {
    let header = [
        "id",
        "date",
        "total",
        "killed",
        "injured",
        "civilians_killed",
        "civilians_injured",
        "source",
        "confidence",
    ];
    let mut seen = HashSet::new();
    read_table(file, text, &header, |row| {
        let id = row.id(&mut seen);
        let date = row.date("date", today);
        if date.is_some_and(|d| d < SERIES_START) {
            row.fail("date is before November 2020, where the series starts".to_string());
        }
        let [total, killed, injured, civilians_killed, civilians_injured] = [
            "total",
            "killed",
            "injured",
            "civilians_killed",
            "civilians_injured",
        ]
        .map(|c| row.count(c));
        if [total, killed, injured, civilians_killed, civilians_injured]
            .iter()
            .all(Option::is_none)
        {
            row.fail("the row states no figure".to_string());
        }
        if let (Some(t), Some(k), Some(i)) = (total, killed, injured) {
            if t != k + i {
                row.fail(format!("total {t} is not killed {k} + injured {i}"));
            }
        }
        for (part, whole, what) in [
            (civilians_killed, killed, "killed"),
            (civilians_injured, injured, "injured"),
        ] {
            if let (Some(part), Some(whole)) = (part, whole) {
                if part > whole {
                    row.fail(format!(
                        "civilians {what} {part} is more than {what} {whole}"
                    ));
                }
            }
        }
        let source = row.required("source");
        check_source(row, sources, &source);
        let confidence = row.one_of("confidence", TOTAL_CONFIDENCE);
        Some(TotalRow {
            id,
            date: date?,
            total,
            killed,
            injured,
            civilians_killed,
            civilians_injured,
            source,
            confidence,
        })
    })
}

/// `places`: the places of `places.csv`, each id with its district.
pub fn parse_incidents(
    file: &str,
    text: &str,
    today: PartialDate,
    sources: &HashSet<String>,
    places: &std::collections::HashMap<String, String>,
) -> Result<Vec<IncidentRow>, Vec<String>> {
    let header = [
        "id",
        "date",
        "district",
        "place",
        "killed",
        "injured",
        "categories",
        "activity",
        "device",
        "confidence",
        "sources",
    ];
    let mut seen = HashSet::new();
    read_table(file, text, &header, |row| {
        let id = row.id(&mut seen);
        let date = row.date("date", today);
        if date.is_none() && row.text("date").is_empty() {
            row.fail("date is empty".to_string());
        }
        let district = Some(row.text("district")).filter(|d| !d.is_empty());
        if let Some(d) = district.as_deref().filter(|d| !DISTRICTS.contains(d)) {
            row.fail(format!("district {d:?} is not one of {DISTRICTS:?}"));
        }
        let place = Some(row.text("place")).filter(|p| !p.is_empty());
        if let Some(p) = &place {
            match places.get(p) {
                None => row.fail(format!("place {p:?} is not in data/places.csv")),
                Some(in_district) if district.as_ref() != Some(in_district) => row.fail(format!(
                    "place {p:?} is in district {in_district:?}, not {:?}",
                    district.as_deref().unwrap_or("")
                )),
                Some(_) => {}
            }
        }
        let killed = row.count("killed");
        let injured = row.count("injured");
        if row.text("killed").is_empty() || row.text("injured").is_empty() {
            row.fail("killed and injured must both be given (0 when none)".to_string());
        } else if killed == Some(0) && injured == Some(0) {
            row.fail("an incident with nobody killed or injured".to_string());
        }
        let categories = row.list("categories", Some(CATEGORIES));
        let activity = row.one_of("activity", ACTIVITIES);
        let device = row.one_of("device", DEVICES);
        let confidence = row.one_of("confidence", INCIDENT_CONFIDENCE);
        let source_ids = row.list("sources", None);
        for id in &source_ids {
            check_source(row, sources, id);
        }
        Some(IncidentRow {
            id,
            date: date?,
            district,
            place,
            killed: killed?,
            injured: injured?,
            categories,
            activity,
            device,
            confidence,
            sources: source_ids,
        })
    })
}

pub fn parse_context(
    file: &str,
    text: &str,
    today: PartialDate,
    sources: &HashSet<String>,
) -> Result<Vec<ContextRow>, Vec<String>> {
    let header = ["id", "date", "measure", "value", "qualifier", "source"];
    let mut seen = HashSet::new();
    read_table(file, text, &header, |row| {
        let id = row.id(&mut seen);
        let date = row.date("date", today);
        let measure = row.one_of("measure", MEASURES);
        let value = row.count("value");
        if value.is_none_or(|v| v == 0) {
            row.fail("value must be a whole number above 0".to_string());
        }
        if measure.ends_with("-pct") && value.is_some_and(|v| v > 100) {
            row.fail(format!("a share of {} per cent", value.unwrap_or(0)));
        }
        let qualifier = row.one_of("qualifier", QUALIFIERS);
        let source = row.required("source");
        check_source(row, sources, &source);
        Some(ContextRow {
            id,
            date,
            measure,
            value: value?,
            qualifier,
            source,
        })
    })
}
