//! The drawing's two scales: the counts on the left, the time along the bottom. Both are
//! hidden from screen readers, which read the marks' labels and the tables instead.

use yew::prelude::*;

use super::geometry::{count_y, AXIS_Y, LEFT, RIGHT};
use crate::site::i18n::{format_date, format_int, Lang};
use crate::site::view::svg_number;
use crate::statistics::model::timeline::Scale;
use crate::statistics::model::Month;

/// Horizontal lines every 100 people, labelled on the left.
pub fn count_grid(lang: Lang, y_max: u64) -> Html {
    let lines = (0..=y_max).step_by(100).map(|value| {
        let y = count_y(value, y_max);
        html! {
            <>
                <line class="grid" x1={svg_number(LEFT)} x2={svg_number(RIGHT)} y1={svg_number(y)} y2={svg_number(y)} />
                <text class="grid-label" x={svg_number(LEFT - 4.0)} y={svg_number(y + 3.0)}>{ format_int(lang, value as i64) }</text>
            </>
        }
    });
    html! { <g aria-hidden="true">{ for lines }</g> }
}

/// Year labels (and month ticks when there is room) along the bottom.
pub fn time_axis(lang: Lang, scale: &Scale) -> Html {
    let period = scale.period;
    let month_ticks = scale.month_width() >= 4.0;
    let ticks = (period.from.0..=period.to.0 + 1).map(Month).filter_map(|month| {
        let x = scale.x_of_month(month);
        let january = month.number() == 1;
        if !(january || month_ticks) {
            return None;
        }
        let length = if january { 6.0 } else { 3.0 };
        Some(html! { <line class="tick" x1={svg_number(x)} x2={svg_number(x)} y1={svg_number(AXIS_Y)} y2={svg_number(AXIS_Y + length)} /> })
    });
    // A year's label sits in the middle of the part of that year in view.
    let years = (period.from.year()..=period.to.year()).map(|year| {
        let first = Month(u32::from(year) * 12).max(period.from);
        let last = Month(u32::from(year) * 12 + 11).min(period.to);
        let x = (scale.x_of_month(first) + scale.x_of_month(Month(last.0 + 1))) / 2.0;
        let label = if last.0 - first.0 < 2 && period.months() > 6 {
            String::new()
        } else if period.months() <= 15 && first == last {
            format_date(lang, first.date())
        } else {
            year.to_string()
        };
        html! { <text class="year" x={svg_number(x)} y={svg_number(AXIS_Y + 15.0)}>{ label }</text> }
    });
    html! {
        <g class="axis" aria-hidden="true">
            <line class="baseline" x1={svg_number(LEFT)} x2={svg_number(RIGHT)} y1={svg_number(AXIS_Y)} y2={svg_number(AXIS_Y)} />
            { for ticks }
            { for years }
        </g>
    }
}
