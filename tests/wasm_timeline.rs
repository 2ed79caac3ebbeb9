//! The statistics timeline in a real browser (headless Chromium): the filters and the
//! range control narrow the drawing, the counts and the table to the same selection
//! that the model's query gives, write it into the address bar, and clear again. The
//! window is as wide as a laptop's (webdriver.json), so the page shows the drawing.

#![cfg(target_arch = "wasm32")]

mod support;

use minesafe::i18n::{format_date, t, Lang};
use minesafe::statistics::model::timeline::View;
use minesafe::statistics::model::{self, count, Choices, Filter, Incident, Outcome};
use minesafe::statistics::model::{Month, Period};
use minesafe::statistics::view::selection_status;
use support::{all, by_text, mount, one, query, settle, text};
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit, MouseEvent, MouseEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

const PAGE: &str = "/en/statistics/";
const LANG: Lang = Lang::En;

/// The first and last month with data, as the page computes them.
fn bounds() -> Period {
    Period::spanning(
        model::official_totals()
            .iter()
            .map(|s| s.date)
            .chain(model::incidents().iter().map(|i| i.date)),
    )
    .unwrap()
}

/// The ids of the incident table's rows shown, in order (it holds every incident).
fn table_rows(root: &Element) -> Vec<String> {
    all::<Element>(
        root,
        "[aria-labelledby=incidents-caption] tbody tr:not([hidden])",
    )
    .iter()
    .map(|row| row.id().trim_start_matches("row-").to_string())
    .collect()
}

/// The ids of the incidents drawn as marks and shown (statements are marks too: left out).
fn drawn_incidents(root: &Element) -> Vec<String> {
    let mut ids: Vec<String> = all::<Element>(root, ".timeline-plot a.mark:not([hidden])")
        .iter()
        .map(|mark| mark.id().trim_start_matches("mark-").to_string())
        .filter(|id| model::incidents().iter().any(|i| i.id == id))
        .collect();
    ids.sort();
    ids
}

/// The incidents of `period`, by the model's query.
fn in_period(period: Period) -> Vec<&'static Incident> {
    let view = View {
        period,
        ..View::all(bounds())
    };
    view.filter().apply(model::incidents()).collect()
}

fn ids<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Vec<String> {
    incidents.into_iter().map(|i| i.id.to_string()).collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

/// What the status line must say for `period` and the incidents selected.
fn status(period: Period, selected: &[&Incident]) -> String {
    selection_status(LANG, period, count(selected.iter().copied()))
}

/// The checkbox or radio button labelled `label` among the filters.
fn filter_input(root: &Element, label: &str) -> HtmlInputElement {
    let label = by_text(root, ".filters label", label);
    one(&label, "input")
}

/// Moves a range slider the way a reader does: a new value, then an `input` event.
fn slide(root: &Element, id: &str, month: Month) {
    let slider: HtmlInputElement = one(root, &format!("#{id}"));
    slider.set_value(&(month.0 - bounds().from.0).to_string());
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    slider.dispatch_event(&event).unwrap();
}

fn assert_shows(root: &Element, period: Period, selected: &[&Incident]) {
    assert_eq!(table_rows(root), ids(selected.iter().copied()));
    assert_eq!(drawn_incidents(root), sorted(ids(selected.iter().copied())));
    assert_eq!(text(root, ".timeline-status"), status(period, selected));
}

#[wasm_bindgen_test]
async fn a_district_filter_narrows_drawing_counts_and_table_and_is_shared_in_the_url() {
    let root = mount(PAGE).await;
    let everything: Vec<&Incident> = model::incidents().iter().collect();
    assert_shows(&root, bounds(), &everything);
    assert_eq!(query(), "", "the whole period unfiltered needs no query");

    filter_input(&root, &t(LANG, "district-kalbajar")).click();
    settle().await;

    let filter = Filter::choosing(Choices {
        districts: vec!["kalbajar"],
        ..Choices::default()
    });
    let kalbajar: Vec<&Incident> = filter.apply(model::incidents()).collect();
    assert!(
        !kalbajar.is_empty() && kalbajar.len() < everything.len(),
        "a real narrowing"
    );
    assert_shows(&root, bounds(), &kalbajar);
    assert_eq!(
        text(&root, ".filters summary"),
        format!("{} (1)", t(LANG, "filters-heading"))
    );
    assert_eq!(query(), "district=kalbajar");

    by_text(&root, ".filters button", &t(LANG, "filters-clear")).click();
    settle().await;
    assert_shows(&root, bounds(), &everything);
    assert!(!filter_input(&root, &t(LANG, "district-kalbajar")).checked());
    assert_eq!(query(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn filters_of_different_kinds_combine() {
    let root = mount(PAGE).await;
    filter_input(&root, &t(LANG, "category-civilian")).click();
    filter_input(&root, &t(LANG, "category-deminer")).click();
    filter_input(&root, &t(LANG, "outcome-killed")).click();
    settle().await;

    // Categories widen each other (any of them); the outcome narrows.
    let filter = Filter::choosing(Choices {
        categories: vec!["civilian", "deminer"],
        outcome: Outcome::Killed,
        ..Choices::default()
    });
    let selected: Vec<&Incident> = filter.apply(model::incidents()).collect();
    assert!(selected.iter().all(|i| i.killed > 0));
    assert_shows(&root, bounds(), &selected);
    assert_eq!(query(), "category=civilian,deminer&outcome=killed");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_range_sliders_select_a_period_and_one_end_pushes_the_other() {
    let root = mount(PAGE).await;
    let from = Month::parse("2024-01").unwrap();
    slide(&root, "timeline-from", from);
    settle().await;

    let period = Period {
        from,
        to: bounds().to,
    };
    let selected = in_period(period);
    assert!(!selected.is_empty() && selected.len() < model::incidents().len());
    assert_shows(&root, period, &selected);
    assert_eq!(
        text(&root, "output[for=timeline-from]"),
        format_date(LANG, from.date())
    );
    let statements = all::<Element>(
        &root,
        "[aria-labelledby=statements-caption] tbody tr:not([hidden])",
    );
    let expected = model::official_totals()
        .iter()
        .filter(|s| period.contains(Month::of(s.date)))
        .count();
    assert_eq!(statements.len(), expected);
    assert_eq!(query(), format!("from=2024-01&to={}", bounds().to));

    // The end moved before the start takes the start along: a one-month period.
    let to = Month::parse("2023-06").unwrap();
    slide(&root, "timeline-to", to);
    settle().await;
    let june = Period { from: to, to };
    assert_shows(&root, june, &in_period(june));
    let start: HtmlInputElement = one(&root, "#timeline-from");
    assert_eq!(start.value(), (to.0 - bounds().from.0).to_string());
    root.remove();
}

#[wasm_bindgen_test]
async fn zoom_buttons_narrow_and_show_all_restores_the_whole_period() {
    let root = mount(PAGE).await;
    let zoom_in: HtmlElement = one(
        &root,
        &format!(
            ".zoom-bar button[aria-label='{}']",
            t(LANG, "timeline-zoom-in")
        ),
    );
    zoom_in.click();
    settle().await;
    let zoomed = bounds().zoom(2.0 / 3.0, 0.5, bounds());
    assert!(zoomed.months() < bounds().months());
    assert_shows(&root, zoomed, &in_period(zoomed));

    by_text(&root, ".zoom-bar button", &t(LANG, "timeline-show-all")).click();
    settle().await;
    let everything: Vec<&Incident> = model::incidents().iter().collect();
    assert_shows(&root, bounds(), &everything);
    assert_eq!(query(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_click_on_a_mark_opens_its_details_and_marks_its_row() {
    let root = mount(PAGE).await;
    let id = "i2025-05-29-istisu";
    let incident = model::incidents().iter().find(|i| i.id == id).unwrap();
    let mark: Element = one(&root, &format!("#mark-{id}"));
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let click = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    let followed = mark.dispatch_event(&click).unwrap();
    settle().await;

    assert!(!followed, "the link to the table row is not followed");
    assert!(
        text(&root, ".mark-details .details-title").starts_with(&format_date(LANG, incident.date))
    );
    assert_eq!(
        all::<Element>(&root, "tr.selected")
            .iter()
            .map(Element::id)
            .collect::<Vec<_>>(),
        [format!("row-{id}")]
    );
    assert!(mark
        .get_attribute("class")
        .unwrap()
        .split(' ')
        .any(|c| c == "selected"));
    assert_eq!(query(), format!("mark={id}"));
    root.remove();
}
