//! The statistics page as the server renders it, in each language: beside every figure
//! (the headline, the civilians line, each statement of the official count, each context
//! figure) the speaker and the kind of body it is; the date the figures run to; and the
//! places in the page's own spelling; the rows on the page of every incident and statement.

#![cfg(feature = "ssr")]

use futures::executor::block_on;
use minesafe::i18n::{format_date, has_message, t, Lang};
use minesafe::render_to_html;
use minesafe::route::{Page, Route};
use minesafe::site::model::source::{self, Source};
use minesafe::statistics::model::{self, OfficialTotal};

fn page(lang: Lang, page: Page) -> String {
    block_on(render_to_html(&Route::new(lang, page)))
}

/// The element of `tag` that holds `marker` (an attribute such as `id="row-x"`), from its
/// opening tag to its closing one (the elements looked for hold none of their own tag).
fn element<'a>(html: &'a str, tag: &str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} on the page"));
    let start = html[..at]
        .rfind(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("{marker} is not in a <{tag}>"));
    let end = at
        + html[at..]
            .find(&format!("</{tag}>"))
            .unwrap_or_else(|| panic!("<{tag}> of {marker} is not closed"));
    &html[start..end]
}

/// The text of some markup: tags dropped, entities read.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn source_of(id: &str) -> &'static Source {
    source::find(id).unwrap_or_else(|| panic!("source {id}"))
}

/// Asserts that `within` (the text of one element) names the speaker of `source` and,
/// beside it, the kind of body it is.
fn assert_speaker_and_kind(lang: Lang, within: &str, source: &Source, what: &str) {
    let speaker = t(lang, source.speaker);
    let kind = t(lang, &format!("speaker-kind-{}", source.speaker_kind));
    assert!(
        !kind.is_empty(),
        "{lang}: no text for kind {}",
        source.speaker_kind
    );
    assert!(
        within.contains(&speaker),
        "{lang}: {what} does not name its speaker {speaker:?}: {within:?}"
    );
    assert!(
        within.contains(&format!("{speaker} ({kind})")),
        "{lang}: {what} does not say beside {speaker:?} that it is a {kind:?}: {within:?}"
    );
}

#[test]
fn every_statement_of_the_official_count_says_what_kind_of_body_gave_it() {
    for lang in Lang::ALL {
        let html = page(lang, Page::StatisticsTable);
        for statement in model::official_totals() {
            let row = text(element(
                &html,
                "tr",
                &format!(r#"id="row-{}""#, statement.id),
            ));
            assert!(
                row.contains(&format_date(lang, statement.date)),
                "{lang}: {} without its date",
                statement.id
            );
            assert_speaker_and_kind(lang, &row, source_of(statement.source), statement.id);
        }
    }
}

#[test]
fn every_context_figure_says_what_kind_of_body_gave_it() {
    for lang in Lang::ALL {
        let html = page(lang, Page::Statistics);
        for figure in model::context_figures() {
            let item = text(element(
                &html,
                "li",
                &format!(r#"id="figure-{}""#, figure.id),
            ));
            assert_speaker_and_kind(lang, &item, source_of(figure.source), figure.id);
        }
    }
}

#[test]
fn the_headline_and_the_civilians_line_say_what_kind_of_body_gave_them() {
    let totals = model::official_totals();
    let latest = model::latest_total(totals).expect("a total");
    let civilians: &OfficialTotal = totals
        .iter()
        .filter(|s| s.civilians_killed.is_some() && s.civilians_injured.is_some())
        .max_by_key(|s| s.date)
        .expect("a statement counting civilians");
    for lang in Lang::ALL {
        let html = page(lang, Page::Statistics);
        let headline = element(&html, "section", r#"class="headline""#);
        let paragraphs: Vec<String> = headline.split("<p").map(text).collect();
        for (statement, what) in [(latest, "the headline"), (civilians, "the civilians line")] {
            let date = format_date(lang, statement.date);
            let source = source_of(statement.source);
            let said = paragraphs
                .iter()
                .find(|p| p.contains(&date) && p.contains(&t(lang, source.speaker)))
                .unwrap_or_else(|| panic!("{lang}: {what} without its date and speaker"));
            assert_speaker_and_kind(lang, said, source, what);
        }
    }
}

#[test]
fn the_page_says_the_date_the_figures_run_to() {
    let newest = model::official_totals()
        .iter()
        .map(|s| s.date)
        .max()
        .unwrap();
    let newest_incident = model::incidents().iter().map(|i| i.date).max().unwrap();
    for lang in Lang::ALL {
        let html = page(lang, Page::Statistics);
        let as_of = text(element(&html, "p", r#"class="as-of""#));
        assert!(
            as_of.contains(&format_date(lang, newest)),
            "{lang}: {as_of:?} does not give the newest statement's date"
        );
        assert!(
            as_of.contains(&format_date(lang, newest_incident)),
            "{lang}: {as_of:?} does not give the newest incident's date"
        );
        // Under the heading, before the figure.
        let headline = element(&html, "section", r#"class="headline""#);
        let at = |marker: &str| headline.find(marker).unwrap_or_else(|| panic!("{marker}"));
        assert!(
            at(r#"class="as-of""#) < at(r#"class="big-figure""#),
            "{lang}"
        );
    }
}

#[test]
fn every_place_is_named_in_the_page_language() {
    let named: Vec<&str> = model::incidents().iter().filter_map(|i| i.place).collect();
    assert!(named.len() > 30, "{} incidents name a place", named.len());
    for lang in Lang::ALL {
        let html = page(lang, Page::StatisticsTable);
        let table = text(element(&html, "table", r#"id="incidents-caption""#));
        for place in &named {
            let id = format!("place-name-{place}");
            assert!(has_message(lang, &id), "{lang}: no name for {place}");
            let name = t(lang, &id);
            assert!(!name.trim().is_empty(), "{lang}: {place} has an empty name");
            assert!(
                table.contains(&name),
                "{lang}: {name:?} is not in the table"
            );
            // Not the English spelling where the page's language writes it otherwise.
            let english = t(Lang::En, &id);
            if lang != Lang::En && english != name {
                assert!(
                    !table.contains(&english),
                    "{lang}: the table shows the English {english:?}"
                );
            }
        }
    }
    // Azerbaijani letters and Cyrillic, as the sources of places.csv spell them.
    assert_eq!(t(Lang::Az, "place-name-chirag"), "Çıraq");
    assert_eq!(t(Lang::Ru, "place-name-chirag"), "Чираг");
    assert_eq!(t(Lang::En, "place-name-chirag"), "Chirag");
}
