//! The data checks that build.rs runs, on good and bad input: each problem is reported
//! with file, line and reason.

#[path = "../src/model/csv_table.rs"]
mod csv_table;
#[path = "../src/model/date.rs"]
#[allow(dead_code)]
mod date;
#[path = "../src/model/source_rows.rs"]
mod source_rows;
#[path = "../src/model/topic.rs"]
#[allow(dead_code)]
mod topic;

use date::PartialDate;
use source_rows::parse_sources;

const HEADER: &str = "id,topic,speaker,outlet,published,url,language\n";

fn today() -> PartialDate {
    PartialDate::parse("2026-11-22").unwrap()
}

fn problems(body: &str) -> Vec<String> {
    parse_sources("sources.csv", &format!("{HEADER}{body}"), today())
        .expect_err("bad input accepted")
}

#[test]
fn the_bundled_file_is_valid() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sources.csv")).unwrap();
    let rows =
        parse_sources("data/sources.csv", &text, today()).expect("data/sources.csv is valid");
    assert!(rows.len() >= 5);
}

#[test]
fn a_good_row_is_read_whole() {
    let rows = parse_sources(
        "sources.csv",
        &format!("{HEADER}a-1,rules,speaker-x,Trend,2026-01-12,https://example.org/a,en\n"),
        today(),
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
    let found = parse_sources("sources.csv", "id,topic\na,rules\n", today()).unwrap_err();
    assert!(
        found[0].starts_with("sources.csv:1: the header must be"),
        "{found:?}"
    );
}

#[path = "../src/model/stats_rows.rs"]
mod stats_rows;
#[path = "../src/model/vocab.rs"]
mod vocab;

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
    let problems = stats_rows::parse_totals(
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
    let problems = stats_rows::parse_incidents(
        "incidents.csv",
        &fixture("incidents.csv"),
        today(),
        &known_sources(),
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
        ],
    );
}

#[test]
fn bad_context_figures_are_reported_with_line_and_reason() {
    let problems = stats_rows::parse_context(
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
    let sources_text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sources.csv")).unwrap();
    let ids = parse_sources("data/sources.csv", &sources_text, today())
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let read = |name: &str| {
        std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    let totals =
        stats_rows::parse_totals("t", &read("official_totals.csv"), today(), &ids).unwrap();
    let incidents =
        stats_rows::parse_incidents("i", &read("incidents.csv"), today(), &ids).unwrap();
    let context = stats_rows::parse_context("c", &read("context.csv"), today(), &ids).unwrap();
    assert!(totals.len() >= 25 && incidents.len() >= 50 && context.len() >= 10);
}
