//! The timeline drawing: the official totals as a stepped line with a point per
//! statement, the documented incidents as marks below it (monthly bars when there are too
//! many to tell apart), and the gestures: wheel, drag and pinch, and the keyboard.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_int, t, t_args};
use crate::site::view::n1;
use crate::statistics::model::timeline::{lay_out, statement_height, Lane, Mark, Scale};
use crate::statistics::model::Month;
use crate::statistics::model::{Counts, Incident, OfficialTotal};
use crate::statistics::view::timeline::labels::mark_label;
use crate::statistics::view::{TimelineAction, TimelineState};

// The drawing's own units (the viewBox); the SVG scales to the width of the page.
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 222.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 352.0;
const TOTALS_TOP: f64 = 16.0;
const TOTALS_BOTTOM: f64 = 112.0;
const LANE_LABEL_Y: f64 = 124.0;
const LANE_BOTTOM: f64 = 190.0;
const ROW_HEIGHT: f64 = 9.0;
const ROWS: usize = 7;
/// How far apart two marks in one row must be, in drawing units.
const MARK_GAP: f64 = 7.0;
const AXIS_Y: f64 = 196.0;

#[derive(Properties, PartialEq)]
pub struct TimelinePlotProps {
    pub state: UseReducerHandle<TimelineState>,
    pub statements: &'static [OfficialTotal],
    /// The incidents of the selection (filters applied).
    pub incidents: Rc<Vec<&'static Incident>>,
    /// The highest point of the line, for a y axis that stays put while zooming.
    pub y_max: u64,
}

/// The id of the mark an event happened on or inside (`<a id="mark-{id}">`).
fn mark_of(event: &Event) -> Option<String> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let mark = target.closest("a.mark").ok()??;
    mark.id().strip_prefix("mark-").map(str::to_string)
}

/// Pointers down on the drawing, for drag and pinch.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<(crate::statistics::model::Period, f64, f64)>,
    /// Set once a pointer has moved far enough to be a drag; the click that ends it then
    /// does not open a mark.
    dragged: bool,
}

#[component]
pub fn TimelinePlot(props: &TimelinePlotProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let view = &state.view;
    let scale = Scale {
        period: view.period,
        left: LEFT,
        width: RIGHT - LEFT,
    };
    let svg_ref = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);

    let y = |value: u64| {
        TOTALS_BOTTOM - value as f64 / props.y_max as f64 * (TOTALS_BOTTOM - TOTALS_TOP)
    };
    let in_view = |mark: Mark| view.period.contains(Month::of(mark.date()));

    // The line runs through every statement that can be placed, left to right and, on
    // one day, from the lowest figure up; the clip keeps it inside. A few dozen points,
    // so each is put in its place (a sort would add its code to the wasm).
    let mut line: Vec<(f64, f64)> = Vec::new();
    for statement in props.statements {
        if let Some(height) = statement_height(statement) {
            let point = (scale.x(statement.date), y(height));
            let at =
                line.partition_point(|(x, y)| *x < point.0 || (*x == point.0 && *y >= point.1));
            line.insert(at, point);
        }
    }
    let path = line
        .iter()
        .enumerate()
        .map(|(i, (x, y))| match i {
            0 => format!("M{} {}", n1(*x), n1(*y)),
            _ => format!("H{}V{}", n1(*x), n1(*y)),
        })
        .collect::<String>();

    let lane = lay_out(props.incidents.iter().copied(), &scale, ROWS, MARK_GAP);
    // Keyboard order: every mark in view, by date (a few hundred at most: marks are only
    // drawn when they fit).
    let mut order: Vec<Mark> = Vec::new();
    let incident_marks = match &lane {
        Lane::Marks(marks) => &marks[..],
        Lane::Bins(_) => &[],
    };
    let marks = props
        .statements
        .iter()
        .map(Mark::Statement)
        .filter(|m| in_view(*m));
    for mark in marks.chain(incident_marks.iter().map(|m| Mark::Incident(m.incident))) {
        let at = order.partition_point(|m| m.date() <= mark.date());
        order.insert(at, mark);
    }
    // One mark takes Tab (the open one, or the first); arrows move between them.
    let current = view
        .mark
        .as_deref()
        .filter(|id| order.iter().any(|m| m.id() == *id))
        .or(order.first().map(|m| m.id()))
        .map(str::to_string);

    // Keyboard focus follows the open mark when it is already inside the drawing.
    {
        let svg_ref = svg_ref.clone();
        use_effect_with(view.mark.clone(), move |mark| {
            let document = gloo::utils::document();
            let inside = document
                .active_element()
                .zip(svg_ref.get())
                .is_some_and(|(active, svg)| svg.contains(Some(&active)));
            if let (true, Some(id)) = (inside, mark) {
                if let Some(element) = document
                    .get_element_by_id(&format!("mark-{id}"))
                    .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
                {
                    let _ = element.focus();
                }
            }
        });
    }

    // One listener each on the drawing for every mark (rather than two per mark): a
    // click opens the mark it lands on, and so does keyboard focus arriving on one.
    let onclick = {
        let state = state.clone();
        let gesture = gesture.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(id) = mark_of(&event) else {
                return;
            };
            event.prevent_default();
            if !std::mem::take(&mut gesture.borrow_mut().dragged) {
                state.dispatch(TimelineAction::Select(Some(id)));
            }
        })
    };
    let onfocusin = {
        let state = state.clone();
        Callback::from(move |event: FocusEvent| {
            if let Some(id) = mark_of(&event) {
                state.dispatch(TimelineAction::Select(Some(id)));
            }
        })
    };
    let mark_attrs = |mark: Mark| {
        let id = mark.id();
        (
            format!("mark-{id}"),
            format!("#row-{id}"),
            if current.as_deref() == Some(id) {
                "0"
            } else {
                "-1"
            },
            mark_label(lang, mark),
            view.mark.as_deref() == Some(id),
        )
    };

    let statement_marks = props
        .statements
        .iter()
        .filter(|s| in_view(Mark::Statement(s)))
        .map(|statement| {
            let mark = Mark::Statement(statement);
            let (id, href, tabindex, label, selected) = mark_attrs(mark);
            let x = scale.x(statement.date);
            // A statement on civilians only is not a point of the series: on the axis.
            let (cy, class) = match (statement.total, statement_height(statement)) {
                (Some(total), _) => (y(total), "dot"),
                (None, Some(height)) => (y(height), "dot parts"),
                (None, None) => (TOTALS_BOTTOM, "dot civilians"),
            };
            html! {
                <a key={statement.id} {id} {href} {tabindex} aria-label={label} class={classes!("mark", selected.then_some("selected"))}>
                    <circle class="hit" cx={n1(x)} cy={n1(cy)} r="8" />
                    <circle class={class} cx={n1(x)} cy={n1(cy)} r="3.2" />
                </a>
            }
        });

    let lane_html = match &lane {
        Lane::Marks(marks) => marks
            .iter()
            .map(|placed| {
                let incident = placed.incident;
                let (id, href, tabindex, label, selected) = mark_attrs(Mark::Incident(incident));
                let (x, cy) = (placed.x, LANE_BOTTOM - ROW_HEIGHT * (placed.row as f64 + 0.5));
                // Shape, not only colour: a filled diamond where someone was killed, a ring
                // where people were injured only.
                let shape = if incident.killed > 0 {
                    html! { <path class="killed" d={format!("M{} {}l3.6 3.6-3.6 3.6-3.6-3.6z", n1(x), n1(cy - 3.6))} /> }
                } else {
                    html! { <circle class="injured" cx={n1(x)} cy={n1(cy)} r="2.9" /> }
                };
                html! {
                    <a key={incident.id} {id} {href} {tabindex} aria-label={label} class={classes!("mark", selected.then_some("selected"))}>
                        <circle class="hit" cx={n1(x)} cy={n1(cy)} r="6" />
                        { shape }
                    </a>
                }
            })
            .collect::<Html>(),
        Lane::Bins(bins) => bins_html(lang, bins, &scale, state),
    };

    let onkeydown = {
        let state = state.clone();
        let ids: Vec<String> = order.iter().map(|m| m.id().to_string()).collect();
        let current = current.clone();
        let anchor = current
            .as_deref()
            .and_then(|id| order.iter().find(|m| m.id() == id))
            .map(|m| ((scale.x(m.date()) - LEFT) / (RIGHT - LEFT)).clamp(0.0, 1.0))
            .unwrap_or(0.5);
        let step = i64::from(view.period.months() / 3).max(1);
        Callback::from(move |event: KeyboardEvent| {
            let at = current
                .as_ref()
                .and_then(|c| ids.iter().position(|id| id == c));
            let go = |index: usize| {
                ids.get(index)
                    .map(|id| TimelineAction::Select(Some(id.clone())))
            };
            let action = match (event.key().as_str(), event.shift_key()) {
                ("ArrowLeft", true) | ("PageUp", _) => Some(TimelineAction::Pan(-step)),
                ("ArrowRight", true) | ("PageDown", _) => Some(TimelineAction::Pan(step)),
                ("ArrowLeft", false) => at.and_then(|i| go(i.checked_sub(1)?)),
                ("ArrowRight", false) => at.and_then(|i| go(i + 1)),
                ("Home", _) => go(0),
                ("End", _) => go(ids.len().wrapping_sub(1)),
                ("+" | "=", _) => Some(TimelineAction::Zoom {
                    factor: 2.0 / 3.0,
                    anchor,
                }),
                ("-" | "_", _) => Some(TimelineAction::Zoom {
                    factor: 1.5,
                    anchor,
                }),
                ("Escape", _) => Some(TimelineAction::Select(None)),
                _ => None,
            };
            if let Some(action) = action {
                event.prevent_default();
                state.dispatch(action);
            }
        })
    };

    let plot_fraction = {
        let svg_ref = svg_ref.clone();
        move |client_x: f64| -> Option<(f64, f64)> {
            let rect = svg_ref
                .cast::<web_sys::Element>()?
                .get_bounding_client_rect();
            let unit = rect.width() / WIDTH;
            let left = rect.left() + LEFT * unit;
            Some((
                ((client_x - left) / ((RIGHT - LEFT) * unit)).clamp(0.0, 1.0),
                unit,
            ))
        }
    };
    let onwheel = {
        let state = state.clone();
        let plot_fraction = plot_fraction.clone();
        Callback::from(move |event: WheelEvent| {
            let Some((anchor, _)) = plot_fraction(f64::from(event.client_x())) else {
                return;
            };
            let factor = if event.delta_y() < 0.0 { 0.8 } else { 1.25 };
            let period = state.view.period.zoom(factor, anchor, state.bounds);
            // At the widest view, scrolling down scrolls the page as usual.
            if period != state.view.period {
                event.prevent_default();
                state.dispatch(TimelineAction::SetPeriod(period));
            }
        })
    };
    let onpointerdown = {
        let state = state.clone();
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, _)| *id != event.pointer_id());
            g.pointers
                .push((event.pointer_id(), f64::from(event.client_x())));
            g.dragged = false;
            g.start = Some((
                state.view.period,
                pointer_centre(&g.pointers),
                pointer_spread(&g.pointers),
            ));
        })
    };
    let onpointermove = {
        let state = state.clone();
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let Some(slot) = g
                .pointers
                .iter_mut()
                .find(|(id, _)| *id == event.pointer_id())
            else {
                return;
            };
            slot.1 = f64::from(event.client_x());
            let Some((start, centre, spread)) = g.start else {
                return;
            };
            let Some((anchor, unit)) = plot_fraction(pointer_centre(&g.pointers)) else {
                return;
            };
            let moved = pointer_centre(&g.pointers) - centre;
            if !g.dragged && moved.abs() < 6.0 && g.pointers.len() == 1 {
                return;
            }
            if !g.dragged {
                g.dragged = true;
                if let Some(target) = event.target_dyn_into::<web_sys::Element>() {
                    let _ = target.set_pointer_capture(event.pointer_id());
                }
            }
            let month_px = (RIGHT - LEFT) * unit / f64::from(start.months());
            let period = if g.pointers.len() >= 2 && spread > 0.0 {
                start.zoom(
                    spread / pointer_spread(&g.pointers).max(1.0),
                    anchor,
                    state.bounds,
                )
            } else {
                start.pan(-(moved / month_px).round() as i64, state.bounds)
            };
            drop(g);
            state.dispatch(TimelineAction::SetPeriod(period));
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, _)| *id != event.pointer_id());
            g.start = None;
        })
    };

    let axis = axis_html(lang, &scale);
    let grid = grid_html(lang, props.y_max, y);
    html! {
        <svg ref={svg_ref} class="timeline-plot" viewBox={format!("0 0 {} {}", WIDTH as u32, HEIGHT as u32)} role="group"
            aria-labelledby="timeline-heading" aria-describedby="timeline-keys"
            {onclick} {onfocusin} {onkeydown} {onwheel} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            <defs>
                <clipPath id="timeline-clip"><rect x={n1(LEFT)} y="0" width={n1(RIGHT - LEFT)} height={n1(HEIGHT)} /></clipPath>
                <pattern id="timeline-hatch" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="3" height="3" class="hatch-ground" /><line x1="0" y1="0" x2="0" y2="3" class="hatch-line" />
                </pattern>
            </defs>
            { grid }
            <text class="lane-label" x={n1(LEFT)} y="10">{ t(lang, "timeline-line-label") }</text>
            <text class="lane-label" x={n1(LEFT)} y={n1(LANE_LABEL_Y)}>{ t(lang, "timeline-lane-label") }</text>
            { axis }
            <g clip-path="url(#timeline-clip)">
                <path class="total-line" d={path} />
                { for statement_marks }
                { lane_html }
            </g>
        </svg>
    }
}

fn pointer_centre(pointers: &[(i32, f64)]) -> f64 {
    pointers.iter().map(|(_, x)| x).sum::<f64>() / pointers.len().max(1) as f64
}

fn pointer_spread(pointers: &[(i32, f64)]) -> f64 {
    match pointers {
        [(_, a), (_, b), ..] => (a - b).abs(),
        _ => 0.0,
    }
}

/// Year labels (and month ticks when there is room) along the bottom.
fn axis_html(lang: crate::site::i18n::Lang, scale: &Scale) -> Html {
    let period = scale.period;
    let month_ticks = scale.month_width() >= 4.0;
    let ticks = (period.from.0..=period.to.0 + 1).map(Month).filter_map(|month| {
        let x = scale.x_of_month(month);
        let january = month.number() == 1;
        if !(january || month_ticks) {
            return None;
        }
        let length = if january { 6.0 } else { 3.0 };
        Some(html! { <line class="tick" x1={n1(x)} x2={n1(x)} y1={n1(AXIS_Y)} y2={n1(AXIS_Y + length)} /> })
    });
    // A year's label sits in the middle of the part of that year in view.
    let years = (period.from.year()..=period.to.year()).map(|year| {
        let first = Month(u32::from(year) * 12).max(period.from);
        let last = Month(u32::from(year) * 12 + 11).min(period.to);
        let x = (scale.x_of_month(first) + scale.x_of_month(Month(last.0 + 1))) / 2.0;
        let label = if last.0 - first.0 < 2 && period.months() > 6 {
            String::new()
        } else if period.months() <= 15 && first == last {
            crate::site::i18n::format_date(lang, first.date())
        } else {
            year.to_string()
        };
        html! { <text class="year" x={n1(x)} y={n1(AXIS_Y + 15.0)}>{ label }</text> }
    });
    html! {
        <g class="axis" aria-hidden="true">
            <line class="baseline" x1={n1(LEFT)} x2={n1(RIGHT)} y1={n1(AXIS_Y)} y2={n1(AXIS_Y)} />
            { for ticks }
            { for years }
        </g>
    }
}

/// Horizontal lines every 100 people, labelled on the left.
fn grid_html(lang: crate::site::i18n::Lang, y_max: u64, y: impl Fn(u64) -> f64) -> Html {
    let lines = (0..=y_max).step_by(100).map(|value| {
        let y = y(value);
        html! {
            <>
                <line class="grid" x1={n1(LEFT)} x2={n1(RIGHT)} y1={n1(y)} y2={n1(y)} />
                <text class="grid-label" x={n1(LEFT - 4.0)} y={n1(y + 3.0)}>{ format_int(lang, value as i64) }</text>
            </>
        }
    });
    html! { <g aria-hidden="true">{ for lines }</g> }
}

/// One bar per month, killed solid and injured hatched; a tap zooms into that month.
fn bins_html(
    lang: crate::site::i18n::Lang,
    bins: &[(Month, Counts)],
    scale: &Scale,
    state: &UseReducerHandle<TimelineState>,
) -> Html {
    let most = bins
        .iter()
        .map(|(_, c)| c.killed + c.injured)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW_HEIGHT * ROWS as f64;
    let width = (scale.month_width() - 1.0).max(0.5);
    bins.iter()
        .filter(|(_, c)| c.incidents > 0)
        .map(|(month, counts)| {
            let x = scale.x_of_month(*month) + 0.5;
            let killed = counts.killed as f64 / most * height;
            let injured = counts.injured as f64 / most * height;
            let label = t_args(
                lang,
                "timeline-bin-label",
                &[
                    ("month", crate::site::i18n::format_date(lang, month.date()).into()),
                    ("incidents", (counts.incidents as i64).into()),
                    ("killed", (counts.killed as i64).into()),
                    ("injured", (counts.injured as i64).into()),
                ],
            );
            let onclick = {
                let state = state.clone();
                let month = *month;
                Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    state.dispatch(TimelineAction::SetPeriod(crate::statistics::model::Period {
                        from: month.offset(-1),
                        to: month.offset(1),
                    }));
                })
            };
            html! {
                <a key={month.0} class="bin" href="#timeline-table" aria-label={label.clone()} {onclick}>
                    <title>{ label }</title>
                    <rect class="killed" x={n1(x)} y={n1(LANE_BOTTOM - killed)} width={n1(width)} height={n1(killed)} />
                    <rect class="injured-bar" x={n1(x)} y={n1(LANE_BOTTOM - killed - injured)} width={n1(width)} height={n1(injured)} />
                </a>
            }
        })
        .collect()
}
