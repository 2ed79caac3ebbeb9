//! The timeline drawing: the official totals as a stepped line with a point per
//! statement, the documented incidents as marks below it (monthly bars when there are
//! too many to tell apart), the scales, and the gestures: wheel, drag and pinch
//! (`gestures.rs`) and the keyboard (`keys.rs`).

mod axes;
mod geometry;
mod gestures;
mod keys;
mod marks;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::order::insert_in_order;
use crate::site::view::svg_number;
use crate::statistics::model::timeline::{lay_out, statement_height, Lane, Mark, Scale};
use crate::statistics::model::Month;
use crate::statistics::model::{Incident, OfficialTotal};
use crate::statistics::view::{TimelineAction, TimelineState};
use geometry::{count_y, HEIGHT, LANE_LABEL_Y, LEFT, MARK_GAP, RIGHT, ROWS, WIDTH};
use gestures::use_pan_zoom;
use keys::KeyMap;
use marks::MarkStates;

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
    let pan_zoom = use_pan_zoom(state, &svg_ref);
    let in_view = |mark: Mark| view.period.contains(Month::of(mark.date()));

    // The line runs through every statement that can be placed, left to right and, on
    // one day, from the lowest figure up; the clip keeps it inside.
    let mut line: Vec<(f64, f64)> = Vec::new();
    for statement in props.statements {
        if let Some(height) = statement_height(statement) {
            let point = (scale.x(statement.date), count_y(height, props.y_max));
            insert_in_order(&mut line, point, |(x, y), (new_x, new_y)| {
                x < new_x || (x == new_x && y >= new_y)
            });
        }
    }
    let path = line
        .iter()
        .enumerate()
        .map(|(i, (x, y))| match i {
            0 => format!("M{} {}", svg_number(*x), svg_number(*y)),
            _ => format!("H{}V{}", svg_number(*x), svg_number(*y)),
        })
        .collect::<String>();

    let lane = lay_out(props.incidents.iter().copied(), &scale, ROWS, MARK_GAP);
    let incident_marks = match &lane {
        Lane::Marks(marks) => &marks[..],
        Lane::Bins(_) => &[],
    };
    // Keyboard order: every mark in view, by date (a few hundred at most: marks are only
    // drawn when they fit).
    let mut order: Vec<Mark> = Vec::new();
    let statements = props
        .statements
        .iter()
        .map(Mark::Statement)
        .filter(|m| in_view(*m));
    for mark in statements.chain(incident_marks.iter().map(|m| Mark::Incident(m.incident))) {
        insert_in_order(&mut order, mark, |old, new| old.date() <= new.date());
    }
    // One mark takes Tab (the open one, or the first); arrows move between them.
    let current = view
        .mark
        .as_deref()
        .and_then(|id| order.iter().position(|m| m.id() == id))
        .or((!order.is_empty()).then_some(0));
    let states = MarkStates {
        current: current.map(|i| order[i].id()),
        open: view.mark.as_deref(),
    };

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
        let dragged = pan_zoom.dragged.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(id) = mark_of(&event) else {
                return;
            };
            event.prevent_default();
            if !std::mem::take(&mut *dragged.borrow_mut()) {
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
    let onkeydown = {
        let state = state.clone();
        let keys = KeyMap {
            marks: order.iter().map(|m| m.id().to_string()).collect(),
            current,
            pan_months: i64::from(view.period.months() / 3).max(1),
            zoom_anchor: current
                .map(|i| ((scale.x(order[i].date()) - LEFT) / (RIGHT - LEFT)).clamp(0.0, 1.0))
                .unwrap_or(0.5),
        };
        Callback::from(move |event: KeyboardEvent| {
            if let Some(action) = keys.action(&event.key(), event.shift_key()) {
                event.prevent_default();
                state.dispatch(action);
            }
        })
    };

    let statement_marks = marks::statement_marks(
        lang,
        props
            .statements
            .iter()
            .filter(|s| in_view(Mark::Statement(s))),
        &scale,
        props.y_max,
        &states,
    );
    let lane_html = match &lane {
        Lane::Marks(placed) => marks::incident_marks(lang, placed, &states),
        Lane::Bins(bins) => marks::month_bars(lang, bins, &scale, state),
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
            aria-labelledby="timeline-heading" aria-describedby="timeline-keys"
            {onclick} {onfocusin} {onkeydown} {onwheel} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            <defs>
                <clipPath id="timeline-clip"><rect x={svg_number(LEFT)} y="0" width={svg_number(RIGHT - LEFT)} height={svg_number(HEIGHT)} /></clipPath>
                <pattern id="timeline-hatch" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="3" height="3" class="hatch-ground" /><line x1="0" y1="0" x2="0" y2="3" class="hatch-line" />
                </pattern>
            </defs>
            { axes::count_grid(lang, props.y_max) }
            <text class="lane-label" x={svg_number(LEFT)} y="10">{ t(lang, "timeline-line-label") }</text>
            <text class="lane-label" x={svg_number(LEFT)} y={svg_number(LANE_LABEL_Y)}>{ t(lang, "timeline-lane-label") }</text>
            { axes::time_axis(lang, &scale) }
            <g clip-path="url(#timeline-clip)">
                <path class="total-line" d={path} />
                { statement_marks }
                { lane_html }
            </g>
        </svg>
    }
}
