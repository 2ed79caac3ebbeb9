//! The timeline drawing, for a wide screen, a projector and print (a phone gets the month
//! list, `month_list.rs`): the official totals as a stepped line with a point per
//! statement, the documented incidents as marks below it (monthly bars when there are too
//! many to tell apart), the scales, and the gestures: wheel, drag and pinch
//! (`gestures.rs`) and the keyboard (`keys.rs`).
//!
//! The drawing is markup in layers, each made again only when what it shows changes: the
//! counts' grid with the language, the time axis and the line with the period, the bars
//! with the selection. While the data is small every mark is drawn once
//! and a filter or a zoom moves, shows and hides the marks already there, as it sets the
//! open mark and the one that takes Tab (`marked.rs`); beyond, the marks of the view are
//! drawn at their places at each change.

mod axes;
mod geometry;
mod gestures;
mod keys;
mod marks;
mod placement;

use std::fmt::Write;
use std::rc::Rc;

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::order::insert_in_order;
use crate::site::route::escape_html;
use crate::site::view::svg_number as n;
use crate::site::view::Markup;
use crate::statistics::model;
use crate::statistics::model::timeline::{statement_height, Mark, Scale};
use crate::statistics::model::{Incident, Month, OfficialTotal, Period};
use crate::statistics::view::timeline::marked;
use crate::statistics::view::timeline::marked::{Applied, Made, Wanted};
use crate::statistics::view::{TimelineAction, TimelineSnapshot};
use geometry::{count_y, HEIGHT, LANE_LABEL_Y, LEFT, RIGHT, WIDTH};
use gestures::use_pan_zoom;
use keys::KeyMap;
use placement::{place, scale_of, Placement};

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

/// What does not move: the clip of the plot, the hatching of the bars, the counts' grid
/// and the two lanes' labels.
fn frame(lang: Lang, y_max: u64) -> String {
    let mut out = String::with_capacity(2 * 1024);
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
    out
}

/// What follows the period: the time axis, and the line in the plot's clip.
fn period_layer(lang: Lang, period: Period, statements: &[OfficialTotal], y_max: u64) -> String {
    let scale = scale_of(period);
    let mut out = String::with_capacity(4 * 1024);
    axes::time_axis(&mut out, lang, &scale);
    let _ = write!(
        out,
        r#"<path class="total-line" clip-path="url(#timeline-clip)" d="{}"/>"#,
        line_path(statements, &scale, y_max)
    );
    out
}

/// Where the marks of one view go, and the monthly bars (markup) when the incidents do
/// not fit as marks.
struct Placed {
    placement: Placement,
    bars: AttrValue,
}

/// The marks' markup: every statement and incident while the data is small (`held` is
/// `None`), put in place after each render; else the marks of `held`, at their places.
fn marks_layer(
    lang: Lang,
    statements: &'static [OfficialTotal],
    held: Option<&Placement>,
) -> String {
    let mut out = String::with_capacity(16 * 1024);
    match held {
        None => {
            let every = statements
                .iter()
                .map(Mark::Statement)
                .chain(model::incidents().iter().map(Mark::Incident));
            for mark in every {
                marks::mark(&mut out, lang, mark, None);
            }
        }
        Some(placement) => {
            for (mark, at) in &placement.marks {
                marks::mark(&mut out, lang, *mark, Some(*at));
            }
        }
    }
    out
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
    let (statements, y_max, drawn) = (props.statements, props.y_max, props.drawn);
    let svg_ref = use_node_ref();
    let marks_ref = use_node_ref();
    let pan_zoom = use_pan_zoom(state, &svg_ref);
    // Nothing is made before the drawing is first shown. `y_max` follows from the data
    // alone: the same for the component's whole life.
    let frame = use_memo((lang, drawn), |(lang, drawn)| {
        AttrValue::from(if *drawn {
            frame(*lang, y_max)
        } else {
            String::new()
        })
    });
    let period_layer = use_memo((lang, view.period, drawn), |(lang, period, drawn)| {
        AttrValue::from(match drawn {
            true => period_layer(*lang, *period, statements, y_max),
            false => String::new(),
        })
    });
    let placed = use_memo(
        (lang, view.period, props.incidents.clone(), drawn),
        |(lang, period, incidents, drawn)| {
            let placement = match drawn {
                true => place(*period, statements, incidents, y_max),
                false => Placement::empty(),
            };
            let mut bars = String::new();
            marks::month_bars(&mut bars, *lang, &placement.bins, &scale_of(*period));
            Placed {
                placement,
                bars: bars.into(),
            }
        },
    );
    let placement = &placed.placement;
    // Which marks the markup holds: every one while the data is small (`None`), put in
    // place after each render; else those of this view, drawn at their places.
    let every_mark_drawn = marked::holds_every_mark();
    let held = (!every_mark_drawn).then(|| Made(placed.clone()));
    let marks = use_memo((lang, held, drawn), |(lang, held, drawn)| {
        AttrValue::from(match drawn {
            true => marks_layer(
                *lang,
                statements,
                held.as_ref().map(|held| &held.0.placement),
            ),
            false => String::new(),
        })
    });
    // One mark takes Tab (the open one, or the first); arrows move between them.
    let current = view
        .mark
        .as_deref()
        .and_then(|id| placement.marks.iter().position(|(m, _)| m.id() == id))
        .or((!placement.marks.is_empty()).then_some(0));
    // Set by a key that moves between marks or changes the view: the focus goes to the
    // current mark once it is placed (or drawn), as it would have stayed on that mark.
    let refocus = use_mut_ref(|| false);
    {
        let applied = use_mut_ref(Applied::default);
        let (marks_ref, refocus) = (marks_ref.clone(), refocus.clone());
        let current_id = current.map(|i| placement.marks[i].0.id());
        use_effect_with(
            (
                Made(marks.clone()),
                Made(placed.clone()),
                view.mark.clone(),
                current_id,
            ),
            move |(marks, placed, open, current)| {
                if let Some(layer) = marks_ref.cast::<web_sys::Element>() {
                    let placement = &placed.0.placement;
                    let wanted = Wanted {
                        open: open.as_deref(),
                        tab_stop: Some(*current),
                        shown: None,
                        at: every_mark_drawn.then(|| placement.at.clone()),
                    };
                    applied.borrow_mut().apply(&layer, marks.0.clone(), wanted);
                    if std::mem::take(&mut *refocus.borrow_mut()) {
                        if let Some(id) = current {
                            marked::focus(&layer, id);
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
            marks: placement
                .marks
                .iter()
                .map(|(m, _)| m.id().to_string())
                .collect(),
            current,
            pan_months: i64::from(view.period.months() / 3).max(1),
            zoom_anchor: current.map_or(0.5, |i| placement.across(i)),
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
            aria-labelledby="timeline-heading" aria-describedby="timeline-keys" aria-hidden={(!drawn).then_some("true")}
            {onclick} {onfocusin} {onkeydown} {onwheel} {onpointerdown} {onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
            // Empty until drawn (print shows the month list in place of an empty frame).
            if drawn {
                <Markup html={(*frame).clone()} />
                <Markup html={(*period_layer).clone()} />
                <g ref={marks_ref} clip-path="url(#timeline-clip)">
                    <Markup html={(*marks).clone()} />
                    <Markup html={placed.bars.clone()} />
                </g>
            }
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
