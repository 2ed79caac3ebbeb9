//! The selection as tables: the same data as the drawing, for reading, screen readers and
//! print. Each row is the target of its mark's link, so without JavaScript a mark jumps
//! to its row.

use std::rc::Rc;

use yew::prelude::*;

use super::labels::{place, speaker, statement_figures, victims};
use crate::components::SourceNote;
use crate::hooks::{use_lang, TimelineState};
use crate::i18n::{format_date, format_int, t, t_args};
use crate::model::stats::{Incident, OfficialTotal};
use crate::model::timeline::Month;

/// More rows than this are cut (a synthetic benchmark has thousands), with a note.
const MAX_ROWS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct SelectionTablesProps {
    pub state: UseReducerHandle<TimelineState>,
    pub incidents: Rc<Vec<&'static Incident>>,
    pub statements: &'static [OfficialTotal],
}

#[component]
pub fn SelectionTables(props: &SelectionTablesProps) -> Html {
    let lang = use_lang();
    let view = &props.state.view;
    let row_class = |id: &str| classes!((view.mark.as_deref() == Some(id)).then_some("selected"));
    let number = |n: u64| format_int(lang, n as i64);
    let incident_rows = props.incidents.iter().take(MAX_ROWS).map(|incident| {
        html! {
            <tr key={incident.id} id={format!("row-{}", incident.id)} class={row_class(incident.id)}>
                <td>{ format_date(lang, incident.date) }</td>
                <td>{ place(lang, incident) }</td>
                <td class="num">{ number(incident.killed) }</td>
                <td class="num">{ number(incident.injured) }</td>
                <td>{ victims(lang, incident) }</td>
                <td>{ t(lang, &format!("device-{}", incident.device)) }</td>
                <td><SourceNote ids={incident.sources.to_vec()} labelled={false} /></td>
            </tr>
        }
    });
    let statement_rows = props
        .statements
        .iter()
        .filter(|s| view.period.contains(Month::of(s.date)))
        .map(|statement| {
            html! {
                <tr key={statement.id} id={format!("row-{}", statement.id)} class={row_class(statement.id)}>
                    <td>{ format_date(lang, statement.date) }</td>
                    <td>{ statement_figures(lang, statement) }</td>
                    <td>{ speaker(lang, statement) }</td>
                    <td><SourceNote ids={vec![statement.source]} labelled={false} /></td>
                </tr>
            }
        });
    let header = |ids: &[&str]| {
        html! { <thead><tr>{ for ids.iter().map(|id| html! { <th scope="col">{ t(lang, id) }</th> }) }</tr></thead> }
    };
    let shown = props.incidents.len();
    html! {
        <>
            <h2 id="timeline-table">{ t(lang, "table-heading") }</h2>
            <div class="table-scroll" role="region" aria-labelledby="incidents-caption" tabindex="0">
                <table>
                    <caption id="incidents-caption">{ t_args(lang, "table-incidents-caption", &[("count", (shown as i64).into())]) }</caption>
                    { header(&["table-date", "table-place", "table-killed", "table-injured", "table-who", "table-device", "table-sources"]) }
                    <tbody>{ for incident_rows }</tbody>
                </table>
            </div>
            if shown > MAX_ROWS {
                <p>{ t_args(lang, "table-cut", &[("shown", (MAX_ROWS as i64).into()), ("count", (shown as i64).into())]) }</p>
            }
            <div class="table-scroll" role="region" aria-labelledby="statements-caption" tabindex="0">
                <table>
                    <caption id="statements-caption">{ t(lang, "table-statements-caption") }</caption>
                    { header(&["table-date", "table-figures", "table-speaker", "table-sources"]) }
                    <tbody>{ for statement_rows }</tbody>
                </table>
            </div>
        </>
    }
}
