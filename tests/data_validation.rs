//! The data checks that build.rs runs, on good and bad input: each problem is reported
//! with file, line and reason.

use minesafe_facts::date::PartialDate;
use minesafe_facts::source_rows::{parse_sources, parse_speakers, parse_withdrawn};
use minesafe_facts::statistics_rows;

const HEADER: &str = "id,topic,speaker,outlet,published,url,language\n";

fn today() -> PartialDate {
    PartialDate::parse("2026-11-22").unwrap()
}

/// The speakers the sources of these tests may name.
fn speakers() -> std::collections::HashSet<String> {
    ["speaker-x".to_string()].into()
}

fn problems(body: &str) -> Vec<String> {
    parse_sources(
        "sources.csv",
        &format!("{HEADER}{body}"),
        today(),
        &speakers(),
    )
    .expect_err("bad input accepted")
}

fn read_data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The speakers of data/speakers.csv, checked.
fn bundled_speakers() -> std::collections::HashSet<String> {
    parse_speakers("data/speakers.csv", &read_data("speakers.csv"))
        .expect("data/speakers.csv is valid")
        .into_iter()
        .map(|s| s.id)
        .collect()
}

#[test]
fn the_bundled_file_is_valid() {
    let rows = parse_sources(
        "data/sources.csv",
        &read_data("sources.csv"),
        today(),
        &bundled_speakers(),
    )
    .expect("data/sources.csv is valid");
    assert!(rows.len() >= 5);
}

#[test]
fn a_speaker_must_be_listed_with_its_kind() {
    let found = problems("a,rules,speaker-y,T,,https://e.org,en\n");
    assert_eq!(
        found,
        vec!["sources.csv:2: speaker \"speaker-y\" is not in data/speakers.csv".to_string()]
    );
    let found = parse_speakers(
        "speakers.csv",
        "id,kind\nspeaker-a,state-body\nspeaker-b,oracle\nspeaker-a,ngo\nb,ngo\n",
    )
    .unwrap_err();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("speakers.csv:3: kind \"oracle\" is not one of"));
    assert_eq!(found[1], "speakers.csv:4: id \"speaker-a\" is used twice");
    assert!(found[2].starts_with("speakers.csv:5: id \"b\" must be a message id"));
}

#[test]
fn a_good_row_is_read_whole() {
    let rows = parse_sources(
        "sources.csv",
        &format!("{HEADER}a-1,rules,speaker-x,Trend,2026-01-12,https://example.org/a,en\n"),
        today(),
        &speakers(),
    )
    .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].outlet, "Trend");
    assert_eq!(rows[0].published.unwrap().to_string(), "2026-01-12");
}

#[test]
fn each_bad_field_names_its_line_and_reason() {
    let cases = [
        ("A B,rules,speaker-x,T,,https://e.org,en", "id \"A B\""),
        (
            "a,weather,speaker-x,T,,https://e.org,en",
            "topic \"weather\"",
        ),
        ("a,rules,Someone,T,,https://e.org,en", "speaker \"Someone\""),
        ("a,rules,speaker-x,,,https://e.org,en", "outlet is empty"),
        (
            "a,rules,speaker-x,T,2025-13-01,https://e.org,en",
            "not a date",
        ),
        (
            "a,rules,speaker-x,T,1990-12-31,https://e.org,en",
            "before 1991",
        ),
        (
            "a,rules,speaker-x,T,2027-01-01,https://e.org,en",
            "in the future",
        ),
        ("a,rules,speaker-x,T,,ftp://e.org,en", "url"),
        ("a,rules,speaker-x,T,,https://e.org,english", "language"),
        ("a,rules,speaker-x,T", "found record with 4 fields"),
    ];
    for (row, reason) in cases {
        let found = problems(&format!("{row}\n"));
        assert_eq!(found.len(), 1, "{row}: {found:?}");
        assert!(found[0].starts_with("sources.csv:2: "), "{row}: {found:?}");
        assert!(
            found[0].contains(reason),
            "{row}: {:?} lacks {reason:?}",
            found[0]
        );
    }
}

#[test]
fn a_withdrawn_source_must_exist_and_say_why() {
    let sources = ["a".to_string()].into();
    let found = parse_withdrawn(
        "withdrawn.csv",
        "id,reason\na,replaced\nb,gone\na,\n",
        &sources,
    )
    .unwrap_err();
    assert_eq!(
        found,
        vec![
            "withdrawn.csv:3: source \"b\" is not in data/sources.csv".to_string(),
            "withdrawn.csv:4: id \"a\" is used twice".to_string(),
            "withdrawn.csv:4: reason is empty".to_string(),
        ]
    );
}

#[test]
fn a_duplicate_id_is_reported_at_its_second_line() {
    let found =
        problems("a,rules,speaker-x,T,,https://e.org,en\na,rules,speaker-x,T,,https://e.org,en\n");
    assert_eq!(
        found,
        vec!["sources.csv:3: id \"a\" is used twice".to_string()]
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let found = problems("a,rules,speaker-x,T,,https://e.org,en\nb,x,speaker-x,T,,https://e.org,en\nc,rules,y,T,,https://e.org,en\n");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("sources.csv:3:") && found[1].starts_with("sources.csv:4:"));
}

#[test]
fn a_wrong_header_stops_at_line_one() {
    let found =
        parse_sources("sources.csv", "id,topic\na,rules\n", today(), &speakers()).unwrap_err();
    assert!(
        found[0].starts_with("sources.csv:1: the header must be"),
        "{found:?}"
    );
}

/// Bad statistics files: each row of `tests/fixtures/bad-data/*.csv` carries one
/// mistake (the first row is good), and each must be reported at its line.
fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/bad-data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn known_sources() -> std::collections::HashSet<String> {
    ["known".to_string()].into()
}

/// The places the incident fixtures may name, with their districts.
fn known_places() -> std::collections::HashMap<String, String> {
    [("istisu".to_string(), "kalbajar".to_string())].into()
}

fn assert_reports(problems: &[String], expected: &[(u64, &str)]) {
    for (line, reason) in expected {
        let prefix = format!(":{line}: ");
        assert!(
            problems
                .iter()
                .any(|p| p.contains(&prefix) && p.contains(reason)),
            "line {line}: no problem containing {reason:?} in {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn bad_official_totals_are_reported_with_line_and_reason() {
    let problems = statistics_rows::parse_totals(
        "official_totals.csv",
        &fixture("official_totals.csv"),
        today(),
        &known_sources(),
    )
    .unwrap_err();
    assert!(problems
        .iter()
        .all(|p| p.starts_with("official_totals.csv:")));
    assert_reports(
        &problems,
        &[
            (3, "total 351 is not killed 65 + injured 288"),
            (4, "civilians killed 11 is more than killed 10"),
            (5, "the row states no figure"),
            (6, "before November 2020"),
            (7, "is in the future"),
            (8, "id \"t-ok\" is used twice"),
            (9, "source \"nowhere\" is not in data/sources.csv"),
        ],
    );
}

#[test]
fn bad_incidents_are_reported_with_line_and_reason() {
    let problems = statistics_rows::parse_incidents(
        "incidents.csv",
        &fixture("incidents.csv"),
        today(),
        &known_sources(),
        &known_places(),
    )
    .unwrap_err();
    assert_reports(
        &problems,
        &[
            (3, "district \"atlantis\" is not one of"),
            (4, "categories \"tourist\" is not one of"),
            (5, "is before 1991"),
            (6, "nobody killed or injured"),
            (7, "source \"missing\" is not in data/sources.csv"),
            (8, "device \"grenade\" is not one of"),
            (9, "killed \"one\" is not a whole number"),
            (10, "place \"atlantis-city\" is not in data/places.csv"),
            (
                11,
                "place \"istisu\" is in district \"kalbajar\", not \"aghdam\"",
            ),
        ],
    );
}

#[test]
fn bad_places_are_reported_with_line_and_reason() {
    let problems = statistics_rows::parse_places("places.csv", &fixture("places.csv")).unwrap_err();
    assert_reports(
        &problems,
        &[
            (3, "district \"atlantis\" is not one of"),
            (
                4,
                "ru name \"Chirag\" is not written in that language's alphabet",
            ),
            (
                5,
                "en name \"Çıraq\" is not written in that language's alphabet",
            ),
            (
                6,
                "az name \"Чираг\" is not written in that language's alphabet",
            ),
            (7, "az name \"İstisu\" is given to another place too"),
            (8, "spelling \"a book\" must be the addresses"),
            (9, "en is empty"),
            // Line 10 names the addresses and says the rest is transliterated: fine.
            (
                11,
                "spelling \"https://example.org/az;a book\" must be the addresses",
            ),
        ],
    );
}

#[test]
fn bad_context_figures_are_reported_with_line_and_reason() {
    let problems = statistics_rows::parse_context(
        "context.csv",
        &fixture("context.csv"),
        today(),
        &known_sources(),
    )
    .unwrap_err();
    assert_reports(
        &problems,
        &[
            (3, "measure \"rainfall\" is not one of"),
            (4, "a share of 130 per cent"),
            (5, "value must be a whole number above 0"),
            (6, "qualifier \"roughly\" is not one of"),
        ],
    );
}

#[test]
fn the_bundled_statistics_files_are_valid() {
    let ids = parse_sources(
        "data/sources.csv",
        &read_data("sources.csv"),
        today(),
        &bundled_speakers(),
    )
    .unwrap()
    .into_iter()
    .map(|s| s.id)
    .collect();
    let place_rows = statistics_rows::parse_places("data/places.csv", &read_data("places.csv"))
        .expect("data/places.csv is valid");
    let places: std::collections::HashMap<String, String> = place_rows
        .iter()
        .map(|p| (p.id.clone(), p.district.clone()))
        .collect();
    let read = read_data;
    let totals =
        statistics_rows::parse_totals("t", &read("official_totals.csv"), today(), &ids).unwrap();
    let incidents =
        statistics_rows::parse_incidents("i", &read("incidents.csv"), today(), &ids, &places)
            .unwrap();
    let context = statistics_rows::parse_context("c", &read("context.csv"), today(), &ids).unwrap();
    assert!(totals.len() >= 25 && incidents.len() >= 50 && context.len() >= 10);
    // Every incident's place is in places.csv with a name in each of the three languages.
    for incident in &incidents {
        let Some(id) = &incident.place else { continue };
        let place = place_rows
            .iter()
            .find(|p| &p.id == id)
            .unwrap_or_else(|| panic!("{}: place {id} is not in places.csv", incident.id));
        let langs: Vec<&str> = place.names.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(langs, ["az", "en", "ru"], "{id}");
        assert!(
            place.names.iter().all(|(_, name)| !name.trim().is_empty()),
            "{id}: a name is empty"
        );
    }
    // Every place is named by some incident: a place nobody cites is a leftover.
    for place in places.keys() {
        assert!(
            incidents.iter().any(|i| i.place.as_ref() == Some(place)),
            "data/places.csv: {place} is named by no incident"
        );
    }
}
