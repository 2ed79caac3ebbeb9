use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_int, t};
use crate::statistics::model::Counts;

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub caption: String,
    /// A label and its counts, in the order to show.
    pub rows: Rc<Vec<(String, Counts)>>,
}

/// Killed and injured per label, as a table with bars: the numbers are text, the bars
/// only repeat them (killed solid, injured hatched, so not by colour alone).
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let lang = use_lang();
    let most = props
        .rows
        .iter()
        .map(|(_, c)| c.killed + c.injured)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    // Drawn in SVG attributes: the site's Content-Security-Policy forbids inline styles.
    let width = |n: u64| crate::site::view::svg_number(n as f64 / most * 100.0);
    let rows = props.rows.iter().map(|(label, counts)| {
        html! {
            <tr key={label.clone()}>
                <th scope="row">{ label.clone() }</th>
                <td class="num">{ format_int(lang, counts.killed as i64) }</td>
                <td class="num">{ format_int(lang, counts.injured as i64) }</td>
                <td class="bars" aria-hidden="true">
                    <svg viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
                        <rect class="killed" x="0" y="0" width={width(counts.killed)} height="5" />
                        <rect class="injured-bar" x="0" y="7" width={width(counts.injured)} height="5" />
                    </svg>
                </td>
            </tr>
        }
    });
    html! {
        <table class="bar-chart">
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{ t(lang, "table-killed") }</th>
                    <th scope="col">{ t(lang, "table-injured") }</th>
                    <td></td>
                </tr>
            </thead>
            <tbody>
                { for rows }
                if props.rows.is_empty() {
                    <tr><td colspan="4">{ t(lang, "chart-empty") }</td></tr>
                }
            </tbody>
        </table>
    }
}
