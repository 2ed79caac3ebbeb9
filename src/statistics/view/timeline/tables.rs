//! The selection as tables: the same data as the drawing, for reading, screen readers and
//! print, made once the page runs. Without JavaScript the same tables, every row, are a
//! page of their own (`/{lang}/statistics/table/`, `page.rs`), where each mark of the
//! month list links to its row: the statistics page stays within the first round trip
//! of a slow connection (BENCHMARKS.md). Each table is markup holding every row while
//! the data is small, the selection showing and hiding them and marking the open mark's
//! row (`marked.rs`).

use std::collections::HashSet;
use std::fmt::Write;
use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date, format_int, t, t_args, Lang};
use crate::site::route::escape_html;
use crate::site::view::source_note_markup;
use crate::site::view::Markup;
use crate::statistics::model::Period;
use crate::statistics::model::{Incident, OfficialTotal};
use crate::statistics::view::timeline::labels::{place, speaker, statement_figures, victims};
use crate::statistics::view::timeline::marked;
use crate::statistics::view::timeline::marked::{Applied, Made, Wanted};

/// More rows than this are cut (a synthetic benchmark has thousands), with a note.
const MAX_ROWS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct IncidentTableProps {
    /// The incidents of the selection.
    pub incidents: Rc<Vec<&'static Incident>>,
    /// Every incident, which the table holds while there are few.
    pub everything: Rc<Vec<&'static Incident>>,
    /// The open mark's id: its row is marked.
    pub mark: Option<String>,
}

#[component]
pub fn IncidentTable(props: &IncidentTableProps) -> Html {
    let lang = use_lang();
    let held = if marked::holds_every_mark() {
        props.everything.clone()
    } else {
        props.incidents.clone()
    };
    let markup = use_memo((lang, held), |(lang, held)| {
        incident_table(
            selection_caption(*lang, held.len()),
            *lang,
            held,
            Some(MAX_ROWS),
        )
    });
    let shown_ids = use_memo(props.incidents.clone(), |incidents| {
        marked::incident_ids(incidents)
    });
    let caption = selection_caption(lang, props.incidents.len());
    let region = use_marked_rows(&markup, &props.mark, shown_ids, Some(caption));
    let shown = props.incidents.len();
    html! {
        <>
            <div ref={region} class="table-scroll" role="region" aria-labelledby="incidents-caption" tabindex="0">
                <Markup html={(*markup).clone()} />
            </div>
            if shown > MAX_ROWS {
                <p>{ t_args(lang, "table-cut", &[("shown", (MAX_ROWS as i64).into()), ("count", (shown as i64).into())]) }</p>
            }
        </>
    }
}

/// "Documented incidents in the selection: 60".
fn selection_caption(lang: Lang, count: usize) -> String {
    t_args(
        lang,
        "table-incidents-caption",
        &[("count", (count as i64).into())],
    )
}

/// The incidents as a table with `caption`, at most `max_rows` of them.
pub fn incident_table(
    caption: String,
    lang: Lang,
    incidents: &[&'static Incident],
    max_rows: Option<usize>,
) -> AttrValue {
    let mut out = table_start(
        lang,
        "incidents",
        &caption,
        &[
            "table-date",
            "table-place",
            "table-killed",
            "table-injured",
            "table-who",
            "table-device",
            "table-sources",
        ],
    );
    let number = |n: u64| format_int(lang, n as i64);
    for incident in incidents.iter().take(max_rows.unwrap_or(usize::MAX)) {
        let _ = write!(
            out,
            r#"<tr id="row-{id}" data-mark="{id}"><td>{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            escape_html(&format_date(lang, incident.date)),
            escape_html(&place(lang, incident)),
            number(incident.killed),
            number(incident.injured),
            escape_html(&victims(lang, incident)),
            // device-{device}
            escape_html(&t(lang, &format!("device-{}", incident.device))),
            source_note_markup(lang, incident.sources, false),
            id = incident.id,
        );
    }
    (out + "</tbody></table>").into()
}

#[derive(Properties, PartialEq)]
pub struct StatementTableProps {
    pub statements: &'static [OfficialTotal],
    pub period: Period,
    pub mark: Option<String>,
}

#[component]
pub fn StatementTable(props: &StatementTableProps) -> Html {
    let lang = use_lang();
    let markup = use_memo(lang, |lang| {
        statement_table(
            t(*lang, "table-statements-caption"),
            *lang,
            props.statements,
        )
    });
    let shown_ids = use_memo(props.period, |period| {
        marked::statement_ids(props.statements, *period)
    });
    let region = use_marked_rows(&markup, &props.mark, shown_ids, None);
    html! {
        <div ref={region} class="table-scroll" role="region" aria-labelledby="statements-caption" tabindex="0">
            <Markup html={(*markup).clone()} />
        </div>
    }
}

/// The statements of the official total as a table with `caption`.
pub fn statement_table(caption: String, lang: Lang, statements: &[OfficialTotal]) -> AttrValue {
    let mut out = table_start(
        lang,
        "statements",
        &caption,
        &[
            "table-date",
            "table-figures",
            "table-speaker",
            "table-sources",
        ],
    );
    for statement in statements {
        let _ = write!(
            out,
            r#"<tr id="row-{id}" data-mark="{id}"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            escape_html(&format_date(lang, statement.date)),
            escape_html(&statement_figures(lang, statement)),
            escape_html(&speaker(lang, statement)),
            source_note_markup(lang, &[statement.source], false),
            id = statement.id,
        );
    }
    (out + "</tbody></table>").into()
}

/// `<table class="{kind}">`, its caption (`id="{kind}-caption"`) and its header row
/// (`ids` name the columns' messages), and `<tbody>`.
fn table_start(lang: Lang, kind: &str, caption: &str, ids: &[&str]) -> String {
    let mut out = format!(
        r#"<table class="{kind}"><caption id="{kind}-caption">{}</caption><thead><tr>"#,
        escape_html(caption)
    );
    for id in ids {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape_html(&t(lang, id)));
    }
    out + "</tr></thead><tbody>"
}

/// The table's region, on whose rows the open mark and the shown ones are set after each
/// render, with the caption's count.
#[hook]
fn use_marked_rows(
    markup: &Rc<AttrValue>,
    open: &Option<String>,
    shown: Rc<HashSet<&'static str>>,
    caption: Option<String>,
) -> NodeRef {
    let region = use_node_ref();
    let applied = use_mut_ref(Applied::default);
    {
        let (region, applied) = (region.clone(), applied.clone());
        use_effect_with(
            (Made(markup.clone()), open.clone(), Made(shown), caption),
            move |(markup, open, shown, caption)| {
                if let Some(region) = region.cast::<web_sys::Element>() {
                    let wanted = Wanted {
                        open: open.as_deref(),
                        tab_stop: None,
                        shown: Some(shown.0.clone()),
                        at: None,
                    };
                    applied
                        .borrow_mut()
                        .apply(&region, markup.0.clone(), wanted);
                    if let (Some(text), Ok(Some(element))) =
                        (caption, region.query_selector("caption"))
                    {
                        // Unchanged (the first render): the pre-rendered text is kept.
                        if element.text_content().as_ref() != Some(text) {
                            element.set_text_content(Some(text));
                        }
                    }
                }
            },
        );
    }
    region
}
