//! Wheel, drag and pinch on the drawing: [`use_pan_zoom`] gives the listeners to put on
//! the `<svg>`.
//!
//! ```ignore
//! let pan_zoom = use_pan_zoom(&state, &svg_ref);
//! html! { <svg ref={svg_ref} onwheel={pan_zoom.onwheel} … /> }
//! ```

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::geometry::{LEFT, RIGHT, WIDTH};
use crate::statistics::model::Period;
use crate::statistics::view::{TimelineAction, TimelineSnapshot};

/// How far (in CSS pixels) one pointer must move before it drags rather than taps.
const DRAG_THRESHOLD: f64 = 6.0;

/// The pointers down on the drawing, for drag and pinch.
#[derive(Default)]
struct Pointers {
    /// Each pointer's id and horizontal position.
    down: Vec<(i32, f64)>,
    /// The period, the pointers' centre and their spread when the last one went down.
    start: Option<(Period, f64, f64)>,
}

impl Pointers {
    fn centre(&self) -> f64 {
        self.down.iter().map(|(_, x)| x).sum::<f64>() / self.down.len().max(1) as f64
    }

    /// The distance between the first two pointers (a pinch), 0 with one.
    fn spread(&self) -> f64 {
        match self.down[..] {
            [(_, a), (_, b), ..] => (a - b).abs(),
            _ => 0.0,
        }
    }
}

/// The drawing's listeners for wheel, drag and pinch.
pub struct PanZoom {
    pub onwheel: Callback<WheelEvent>,
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    /// Also for `pointercancel`.
    pub onpointerup: Callback<PointerEvent>,
    /// Set once a pointer has moved far enough to drag, until the drawing's click
    /// listener takes it: the click that ends a drag does not open a mark.
    pub dragged: Rc<RefCell<bool>>,
}

/// Zooms around the pointer with the wheel and two fingers, and pans with one.
#[hook]
pub fn use_pan_zoom(state: &TimelineSnapshot, svg: &NodeRef) -> PanZoom {
    let pointers = use_mut_ref(Pointers::default);
    let dragged = use_mut_ref(|| false);

    // A client x as a fraction of the plot's width, and the size of one drawing unit.
    let plot_fraction = {
        let svg = svg.clone();
        move |client_x: f64| -> Option<(f64, f64)> {
            let rect = svg.cast::<web_sys::Element>()?.get_bounding_client_rect();
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
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |event: PointerEvent| {
            let mut p = pointers.borrow_mut();
            p.down.retain(|(id, _)| *id != event.pointer_id());
            p.down
                .push((event.pointer_id(), f64::from(event.client_x())));
            *dragged.borrow_mut() = false;
            p.start = Some((state.view.period, p.centre(), p.spread()));
        })
    };
    let onpointermove = {
        let state = state.clone();
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |event: PointerEvent| {
            let mut p = pointers.borrow_mut();
            let Some(slot) = p.down.iter_mut().find(|(id, _)| *id == event.pointer_id()) else {
                return;
            };
            slot.1 = f64::from(event.client_x());
            let Some((start, centre, spread)) = p.start else {
                return;
            };
            let Some((anchor, unit)) = plot_fraction(p.centre()) else {
                return;
            };
            let moved = p.centre() - centre;
            let mut dragged = dragged.borrow_mut();
            if !*dragged && moved.abs() < DRAG_THRESHOLD && p.down.len() == 1 {
                return;
            }
            if !*dragged {
                *dragged = true;
                if let Some(target) = event.target_dyn_into::<web_sys::Element>() {
                    let _ = target.set_pointer_capture(event.pointer_id());
                }
            }
            let month_px = (RIGHT - LEFT) * unit / f64::from(start.months());
            let period = if p.down.len() >= 2 && spread > 0.0 {
                start.zoom(spread / p.spread().max(1.0), anchor, state.bounds)
            } else {
                start.pan(-(moved / month_px).round() as i64, state.bounds)
            };
            drop((p, dragged));
            state.dispatch(TimelineAction::SetPeriod(period));
        })
    };
    let onpointerup = Callback::from(move |event: PointerEvent| {
        let mut p = pointers.borrow_mut();
        p.down.retain(|(id, _)| *id != event.pointer_id());
        p.start = None;
    });
    PanZoom {
        onwheel,
        onpointerdown,
        onpointermove,
        onpointerup,
        dragged,
    }
}
