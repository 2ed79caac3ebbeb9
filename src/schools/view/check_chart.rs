//! What changed between the start and the end of a lesson, question by question: bars of
//! the share of right answers before and after (before outlined, after filled, so that
//! they differ in black and white too), and the same numbers in a table. The drawing's
//! coordinates are whole numbers (a bar is as long as its per cent): no float formatting.

use yew::prelude::*;

use crate::schools::model::check::{overall, Row, Share};
use crate::schools::model::quiz::Question;
use crate::site::i18n::{t, t_args, Lang};

/// The width of the question numbers on the left, and the height of a question's pair
/// of bars, in the drawing's units (a bar of 100 % is 100 long).
const LABEL: u32 = 9;
const ROW: u32 = 17;
const BAR: u32 = 6;
const WIDTH: u32 = LABEL + 100 + 17;

/// "40 %" in the language's way, or a dash where nothing was counted.
pub fn percent_text(lang: Lang, share: Share) -> String {
    share.percent().map_or_else(
        || t(lang, "check-none"),
        |p| t_args(lang, "check-percent", &[("percent", i64::from(p).into())]),
    )
}

/// "+40 points", "−10 points", "no change", or a dash.
pub fn change_text(lang: Lang, row: &Row) -> String {
    match row.change() {
        None => t(lang, "check-none"),
        Some(0) => t(lang, "check-change-same"),
        Some(points) => t_args(
            lang,
            if points > 0 {
                "check-change-up"
            } else {
                "check-change-down"
            },
            &[("points", i64::from(points.unsigned_abs()).into())],
        ),
    }
}

/// The bars, two per question, numbered as the table's rows. A function rather than a
/// component, as are the check's other views: each component costs the wasm file.
pub fn change_chart(lang: Lang, rows: &[Row]) -> Html {
    let height = ROW * rows.len() as u32 + 2;
    let bar = |class: &'static str, y: u32, share: Share| {
        let length = share.percent().unwrap_or(0);
        html! {
            <>
                <rect class={class} x={LABEL.to_string()} y={y.to_string()}
                    width={length.to_string()} height={BAR.to_string()} />
                <text class="check-chart-value" x={(LABEL + length + 2).to_string()} y={(y + BAR - 1).to_string()}>
                    { percent_text(lang, share) }
                </text>
            </>
        }
    };
    html! {
        <figure class="check-chart">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="check-chart-title"
                xmlns="http://www.w3.org/2000/svg">
                <title id="check-chart-title">{ t(lang, "check-chart-title") }</title>
                <line class="check-chart-axis" x1={LABEL.to_string()} y1="0" x2={LABEL.to_string()} y2={height.to_string()} />
                { for rows.iter().enumerate().map(|(i, row)| {
                    let top = ROW * i as u32 + 2;
                    html! {
                        <g key={row.key}>
                            <text class="check-chart-number" x="0" y={(top + BAR + 2).to_string()}>{ i + 1 }</text>
                            { bar("check-bar-before", top, row.before) }
                            { bar("check-bar-after", top + BAR + 1, row.after) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="check-legend">
                <span class="check-key check-key-before">{ t(lang, "check-before") }</span>
                <span class="check-key check-key-after">{ t(lang, "check-after") }</span>
            </figcaption>
        </figure>
    }
}

/// The numbers of the drawing: for each question the right answers before, after and the
/// change; the last line for all questions together. `one`: one pupil's answers, each
/// cell saying right or not rather than "3 of 25".
pub fn change_table(lang: Lang, rows: &[Row], questions: &[&Question], one: bool) -> Html {
    let cell = |share: Share| -> String {
        if one {
            let id = match share.percent() {
                None => "check-none",
                Some(100) => "check-mine-right",
                Some(_) => "check-mine-wrong",
            };
            return t(lang, id);
        }
        match share.percent() {
            None => t(lang, "check-none"),
            Some(_) => t_args(
                lang,
                "check-share",
                &[
                    ("right", i64::from(share.right).into()),
                    ("total", i64::from(share.total).into()),
                    ("percent", percent_text(lang, share).into()),
                ],
            ),
        }
    };
    let all = overall(rows);
    html! {
        <div class="check-table-scroll" role="region" tabindex="0" aria-labelledby="check-table-caption">
        <table class="check-table">
            <caption id="check-table-caption">{ t(lang, if one { "check-table-caption-mine" } else { "check-table-caption" }) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, "check-column-number") }</th>
                    <th scope="col">{ t(lang, "check-column-question") }</th>
                    <th scope="col">{ t(lang, "check-before") }</th>
                    <th scope="col">{ t(lang, "check-after") }</th>
                    if !one { <th scope="col">{ t(lang, "check-column-change") }</th> }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().zip(questions).enumerate().map(|(i, (row, q))| html! {
                    <tr key={row.key}>
                        <td>{ i + 1 }</td>
                        <th scope="row">{ t(lang, &format!("quiz-{}", q.key)) }</th>
                        <td>{ cell(row.before) }</td>
                        <td>{ cell(row.after) }</td>
                        if !one { <td class="check-change">{ change_text(lang, row) }</td> }
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr>
                    <td></td>
                    <th scope="row">{ t(lang, "check-all-questions") }</th>
                    if one {
                        <td>{ t_args(lang, "check-mine-count", &[("right", i64::from(all.before.right).into()), ("total", (rows.len() as i64).into())]) }</td>
                        <td>{ t_args(lang, "check-mine-count", &[("right", i64::from(all.after.right).into()), ("total", (rows.len() as i64).into())]) }</td>
                    } else {
                        <td>{ cell(all.before) }</td>
                        <td>{ cell(all.after) }</td>
                        <td class="check-change">{ change_text(lang, &all) }</td>
                    }
                </tr>
            </tfoot>
        </table>
        </div>
    }
}
