//! The data checks that build.rs runs, on good and bad input: each problem is reported
//! with file, line and reason.

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
