//! The timeline drawing, for a wide screen, a projector and print (a phone gets the month
//! list, `month_list.rs`): the official totals as a stepped line with a point per
//! statement, the documented incidents as marks below it (monthly bars when there are too
//! many to tell apart), the scales, and the gestures: wheel, drag and pinch
//! (`gestures.rs`) and the keyboard (`keys.rs`).
//!
//! The drawing is markup, made again only when the period, the selection or the language
//! change; the open mark and the one that takes Tab are set on it after each render
//! (`marked.rs`), so moving between marks redraws nothing.

mod axes;
mod geometry;
mod gestures;
mod keys;
mod marks;

use std::fmt::Write;
use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::order::insert_in_order;
use crate::site::route::escape_html;
use crate::site::view::svg_number as n;
use crate::statistics::model::timeline::{lay_out, statement_height, Lane, Mark, Scale};
use crate::statistics::model::{Incident, Month, OfficialTotal, Period};
use crate::statistics::view::timeline::marked;
use crate::statistics::view::timeline::marked::{Applied, Made, Wanted};
use crate::statistics::view::{TimelineAction, TimelineSnapshot};
use geometry::{count_y, HEIGHT, LANE_LABEL_Y, LEFT, MARK_GAP, RIGHT, ROWS, WIDTH};
use gestures::use_pan_zoom;
use keys::KeyMap;

#[derive(Properties, PartialEq)]
pub struct TimelinePlotProps {
    pub state: TimelineSnapshot,
    pub statements: &'static [OfficialTotal],
    /// The incidents of the selection (filters applied).
    pub incidents: Rc<Vec<&'static Incident>>,
    /// The highest point of the line, for a y axis that stays put while zooming.
    pub y_max: u64,
    /// False until the drawing is first shown: its frame only, empty (the pre-rendered
    /// page has no drawing).
    pub drawn: bool,
}

/// The drawing of one period and selection.
struct Drawing {
    markup: AttrValue,
    /// The marks in keyboard order (by date), with where each is across the plot (0 at
    /// the left edge, 1 at the right), which the keys zoom around.
    order: Vec<(&'static str, f64)>,
}

fn scale_of(period: Period) -> Scale {
    Scale {
        period,
        left: LEFT,
        width: RIGHT - LEFT,
    }
}

fn draw(
    lang: Lang,
    period: Period,
    statements: &'static [OfficialTotal],
    incidents: &[&'static Incident],
    y_max: u64,
) -> Drawing {
    let scale = scale_of(period);
    let in_view = |mark: Mark| period.contains(Month::of(mark.date()));
    let lane = lay_out(incidents.iter().copied(), &scale, ROWS, MARK_GAP);
    let placed = match &lane {
        Lane::Marks(marks) => &marks[..],
        Lane::Bins(_) => &[],
    };
    // Keyboard order: every mark in view, by date (a few hundred at most: marks are only
    // drawn when they fit).
    let mut order: Vec<Mark> = Vec::new();
    let statement_marks = statements
        .iter()
        .map(Mark::Statement)
        .filter(|m| in_view(*m));
    for mark in statement_marks.chain(placed.iter().map(|m| Mark::Incident(m.incident))) {
        insert_in_order(&mut order, mark, |old, new| old.date() <= new.date());
    }
    let first = order.first().map(|m| m.id());

    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        r#"<defs><clipPath id="timeline-clip"><rect x="{}" y="0" width="{}" height="{}"/></clipPath><pattern id="timeline-hatch" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="3" class="hatch-ground"/><line x1="0" y1="0" x2="0" y2="3" class="hatch-line"/></pattern></defs>"#,
        n(LEFT),
        n(RIGHT - LEFT),
        n(HEIGHT)
    );
    axes::count_grid(&mut out, lang, y_max);
    let _ = write!(
        out,
        r#"<text class="lane-label" x="{}" y="10">{}</text><text class="lane-label" x="{}" y="{}">{}</text>"#,
        n(LEFT),
        escape_html(&t(lang, "timeline-line-label")),
        n(LEFT),
        n(LANE_LABEL_Y),
        escape_html(&t(lang, "timeline-lane-label"))
    );
    axes::time_axis(&mut out, lang, &scale);
    let _ = write!(
        out,
        r#"<g clip-path="url(#timeline-clip)"><path class="total-line" d="{}"/>"#,
        line_path(statements, &scale, y_max)
    );
    marks::statement_marks(
        &mut out,
        lang,
        statements.iter().filter(|s| in_view(Mark::Statement(s))),
        &scale,
        y_max,
        first,
    );
    match &lane {
        Lane::Marks(placed) => marks::incident_marks(&mut out, lang, placed, first),
        Lane::Bins(bins) => marks::month_bars(&mut out, lang, bins, &scale),
    }
    out.push_str("</g>");
    let across = |mark: &Mark| ((scale.x(mark.date()) - LEFT) / (RIGHT - LEFT)).clamp(0.0, 1.0);
    Drawing {
        markup: out.into(),
        order: order.iter().map(|m| (m.id(), across(m))).collect(),
    }
}

/// The stepped line through every statement that can be placed, left to right and, on
/// one day, from the lowest figure up; the clip keeps it inside.
fn line_path(statements: &[OfficialTotal], scale: &Scale, y_max: u64) -> String {
    let mut line: Vec<(f64, f64)> = Vec::new();
    for statement in statements {
        if let Some(height) = statement_height(statement) {
            let point = (scale.x(statement.date), count_y(height, y_max));
            insert_in_order(&mut line, point, |(x, y), (new_x, new_y)| {
                x < new_x || (x == new_x && y >= new_y)
            });
        }
    }
    line.iter()
        .enumerate()
        .map(|(i, (x, y))| match i {
            0 => format!("M{} {}", n(*x), n(*y)),
            _ => format!("H{}V{}", n(*x), n(*y)),
        })
        .collect()
}

#[component]
pub fn TimelinePlot(props: &TimelinePlotProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let view = &state.view;
    let svg_ref = use_node_ref();
    let pan_zoom = use_pan_zoom(state, &svg_ref);
    let drawing = use_memo(
        (
            lang,
            view.period,
            props.incidents.clone(),
            props.y_max,
            props.drawn,
        ),
        |(lang, period, incidents, y_max, drawn)| match drawn {
            true => draw(*lang, *period, props.statements, incidents, *y_max),
            false => Drawing {
                markup: AttrValue::default(),
                order: Vec::new(),
            },
        },
    );
    // One mark takes Tab (the open one, or the first); arrows move between them.
    let current = view
        .mark
        .as_deref()
        .and_then(|id| drawing.order.iter().position(|(m, _)| *m == id))
        .or((!drawing.order.is_empty()).then_some(0));
    // Set by a key that moves between marks or redraws: the focus goes to the current
    // mark once it is drawn, as it would have stayed on a mark that was not redrawn.
    let refocus = use_mut_ref(|| false);
    {
        let applied = use_mut_ref(Applied::default);
        let (svg_ref, refocus) = (svg_ref.clone(), refocus.clone());
        let current_id = current.map(|i| drawing.order[i].0);
        use_effect_with(
            (Made(drawing.clone()), view.mark.clone(), current_id),
            move |(drawing, open, current)| {
                if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                    let wanted = Wanted {
                        open: open.as_deref(),
                        tab_stop: Some(*current),
                        shown: None,
                    };
                    applied.borrow_mut().apply(&svg, drawing.0.clone(), wanted);
                    if std::mem::take(&mut *refocus.borrow_mut()) {
                        if let Some(id) = current {
                            marked::focus(&svg, id);
                        }
                    }
                }
            },
        );
    }

    // One listener each on the drawing for every mark and bar: a click opens the mark it
    // lands on (or zooms into the bar's month), and so does keyboard focus arriving on one.
    let onclick = {
        let state = state.clone();
        let dragged = pan_zoom.dragged.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(id) = marked::mark_of(&event) {
                event.prevent_default();
                if !std::mem::take(&mut *dragged.borrow_mut()) {
                    state.dispatch(TimelineAction::Select(Some(id)));
                }
            } else if let Some(month) = bar_month(&event) {
                event.prevent_default();
                state.dispatch(TimelineAction::SetPeriod(Period {
                    from: month.offset(-1),
                    to: month.offset(1),
                }));
            }
        })
    };
    let onfocusin = {
        let state = state.clone();
        Callback::from(move |event: FocusEvent| {
            if let Some(id) = marked::mark_of(&event) {
                state.dispatch(TimelineAction::Select(Some(id)));
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        let keys = KeyMap {
            marks: drawing.order.iter().map(|(id, _)| id.to_string()).collect(),
            current,
            pan_months: i64::from(view.period.months() / 3).max(1),
            zoom_anchor: current.map_or(0.5, |i| drawing.order[i].1),
        };
        Callback::from(move |event: KeyboardEvent| {
            if let Some(action) = keys.action(&event.key(), event.shift_key()) {
                event.prevent_default();
                // Closing leaves the focus where it is: refocused, the current mark would
                // take it and open again.
                *refocus.borrow_mut() = action != TimelineAction::Select(None);
                state.dispatch(action);
            }
        })
    };
    let gestures::PanZoom {
        onwheel,
        onpointerdown,
        onpointermove,
        onpointerup,
        ..
    } = pan_zoom;
    html! {
        <svg ref={svg_ref} class="timeline-plot" viewBox={format!("0 0 {} {}", WIDTH as u32, HEIGHT as u32)} role="group"
            aria-labelledby="timeline-heading" aria-describedby="timeline-keys" aria-hidden={(!props.drawn).then_some("true")}
            {onclick} {onfocusin} {onkeydown} {onwheel} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            { Html::from_html_unchecked(drawing.markup.clone()) }
        </svg>
    }
}

/// The month of the bar an event happened on (`<a class="bin" data-month="…">`).
fn bar_month(event: &MouseEvent) -> Option<Month> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let bar = target.closest("a.bin").ok()??;
    bar.get_attribute("data-month")?.parse().ok().map(Month)
}
