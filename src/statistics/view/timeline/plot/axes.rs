//! The drawing's two scales, as markup: the counts on the left, the time along the
//! bottom. Both are hidden from screen readers, which read the marks' labels and the
//! tables instead.

use std::fmt::Write;

use super::geometry::{count_y, AXIS_Y, LEFT, RIGHT};
use crate::site::i18n::{format_date, format_int, Lang};
use crate::site::route::escape_html;
use crate::site::view::svg_number as n;
use crate::statistics::model::timeline::Scale;
use crate::statistics::model::Month;

/// Horizontal lines every 100 people, labelled on the left.
pub fn count_grid(out: &mut String, lang: Lang, y_max: u64) {
    out.push_str(r#"<g aria-hidden="true">"#);
    for value in (0..=y_max).step_by(100) {
        let y = n(count_y(value, y_max));
        let _ = write!(
            out,
            r#"<line class="grid" x1="{}" x2="{}" y1="{y}" y2="{y}"/><text class="grid-label" x="{}" y="{}">{}</text>"#,
            n(LEFT),
            n(RIGHT),
            n(LEFT - 4.0),
            n(count_y(value, y_max) + 3.0),
            format_int(lang, value as i64)
        );
    }
    out.push_str("</g>");
}

/// Year labels (and month ticks when there is room) along the bottom.
pub fn time_axis(out: &mut String, lang: Lang, scale: &Scale) {
    let period = scale.period;
    let _ = write!(
        out,
        r#"<g class="axis" aria-hidden="true"><line class="baseline" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
        n(LEFT),
        n(RIGHT),
        n(AXIS_Y),
        n(AXIS_Y)
    );
    let month_ticks = scale.month_width() >= 4.0;
    for month in (period.from.0..=period.to.0 + 1).map(Month) {
        let january = month.number() == 1;
        if january || month_ticks {
            let x = n(scale.x_of_month(month));
            let length = if january { 6.0 } else { 3.0 };
            let _ = write!(
                out,
                r#"<line class="tick" x1="{x}" x2="{x}" y1="{}" y2="{}"/>"#,
                n(AXIS_Y),
                n(AXIS_Y + length)
            );
        }
    }
    // A year's label sits in the middle of the part of that year in view.
    for year in period.from.year()..=period.to.year() {
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
        let _ = write!(
            out,
            r#"<text class="year" x="{}" y="{}">{}</text>"#,
            n(x),
            n(AXIS_Y + 15.0),
            escape_html(&label)
        );
    }
    out.push_str("</g>");
}
