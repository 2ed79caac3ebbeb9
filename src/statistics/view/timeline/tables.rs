//! The selection as tables: the same data as the drawing, for reading, screen readers and
//! print. Each row is the target of its mark's link, so without JavaScript a mark jumps
//! to its row. Two components, so a filter (which changes only the incidents) does not
//! redraw the statements.

use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date, format_int, t, t_args, Lang};
use crate::site::view::source_note;
use crate::statistics::model::{Incident, OfficialTotal};
use crate::statistics::model::{Month, Period};
use crate::statistics::view::timeline::labels::{place, speaker, statement_figures, victims};

/// More rows than this are cut (a synthetic benchmark has thousands), with a note.
const MAX_ROWS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct IncidentTableProps {
    pub incidents: Rc<Vec<&'static Incident>>,
    /// The open mark's id: its row is marked.
    pub mark: Option<String>,
}

#[component]
pub fn IncidentTable(props: &IncidentTableProps) -> Html {
    let lang = use_lang();
    let number = |n: u64| format_int(lang, n as i64);
    let rows = props.incidents.iter().take(MAX_ROWS).map(|incident| {
        html! {
            <tr key={incident.id} id={format!("row-{}", incident.id)} class={row_class(&props.mark, incident.id)}>
                <td>{ format_date(lang, incident.date) }</td>
                <td>{ place(lang, incident) }</td>
                <td class="num">{ number(incident.killed) }</td>
                <td class="num">{ number(incident.injured) }</td>
                <td>{ victims(lang, incident) }</td>
                <td>{ t(lang, &format!("device-{}", incident.device)) }</td>
                <td>{ source_note(lang, incident.sources, false) }</td>
            </tr>
        }
    });
    let shown = props.incidents.len();
    html! {
        <>
            <h2 id="timeline-table">{ t(lang, "table-heading") }</h2>
            <div class="table-scroll" role="region" aria-labelledby="incidents-caption" tabindex="0">
                <table>
                    <caption id="incidents-caption">{ t_args(lang, "table-incidents-caption", &[("count", (shown as i64).into())]) }</caption>
                    { header(lang, &["table-date", "table-place", "table-killed", "table-injured", "table-who", "table-device", "table-sources"]) }
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if shown > MAX_ROWS {
                <p>{ t_args(lang, "table-cut", &[("shown", (MAX_ROWS as i64).into()), ("count", (shown as i64).into())]) }</p>
            }
        </>
    }
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
    let rows = props
        .statements
        .iter()
        .filter(|s| props.period.contains(Month::of(s.date)))
        .map(|statement| {
            html! {
                <tr key={statement.id} id={format!("row-{}", statement.id)} class={row_class(&props.mark, statement.id)}>
                    <td>{ format_date(lang, statement.date) }</td>
                    <td>{ statement_figures(lang, statement) }</td>
                    <td>{ speaker(lang, statement) }</td>
                    <td>{ source_note(lang, &[statement.source], false) }</td>
                </tr>
            }
        });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="statements-caption" tabindex="0">
            <table>
                <caption id="statements-caption">{ t(lang, "table-statements-caption") }</caption>
                { header(lang, &["table-date", "table-figures", "table-speaker", "table-sources"]) }
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn header(lang: Lang, ids: &[&str]) -> Html {
    html! { <thead><tr>{ for ids.iter().map(|id| html! { <th scope="col">{ t(lang, id) }</th> }) }</tr></thead> }
}

fn row_class(open: &Option<String>, id: &str) -> Classes {
    classes!((open.as_deref() == Some(id)).then_some("selected"))
}
