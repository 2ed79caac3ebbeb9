//! What the reader sees first. Which of the timeline's two forms is shown: the drawing
//! (a wide screen, a projector, paper) or the month list (a phone). Both are
//! pre-rendered, and the stylesheet shows one; once the page runs, the hidden one is no
//! longer redrawn at every change, and catches up when it comes into view (a phone turned
//! sideways, or printed: paper gets the drawing). And what follows a change a frame
//! later: the charts and tables below the timeline (`use_after_paint`).

use std::rc::Rc;

use yew::prelude::*;

/// The stylesheet's breakpoint between the list and the drawing (static/main.css).
const WIDE: &str = "(min-width: 48rem)";

/// `Some(true)` when the drawing is shown, `Some(false)` for the list; `None` on the
/// server and in the first browser render, which show both as pre-rendered.
#[hook]
pub fn use_wide_screen() -> Option<bool> {
    let wide = use_state_eq(|| None);
    {
        let wide = wide.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media(WIDE).ok().flatten();
            let window = gloo::utils::window();
            let listeners = query.map(|query| {
                wide.set(Some(query.matches()));
                let (target, after_print) = (query.clone(), query.clone());
                let (printing, printed) = (wide.clone(), wide.clone());
                [
                    gloo::events::EventListener::new(&query, "change", move |_| {
                        wide.set(Some(target.matches()));
                    }),
                    gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                        printing.set(Some(true));
                    }),
                    gloo::events::EventListener::new(&window, "afterprint", move |_| {
                        printed.set(Some(after_print.matches()));
                    }),
                ]
            });
            move || drop(listeners)
        });
    }
    *wide
}

/// `use_memo`, except that while `shown` is false the last value is kept, whatever the
/// dependencies: the form the reader does not see is not made again at every change.
#[hook]
pub fn use_kept_while_hidden<D, T>(deps: D, shown: bool, make: impl FnOnce(&D) -> T) -> Rc<T>
where
    D: PartialEq + 'static,
    T: 'static,
{
    let last = use_mut_ref(|| None::<(D, Rc<T>)>);
    let mut last = last.borrow_mut();
    match &*last {
        Some((kept, value)) if !shown || *kept == deps => value.clone(),
        _ => {
            let value = Rc::new(make(&deps));
            *last = Some((deps, value.clone()));
            value
        }
    }
}

/// `value` as it was before its last change until the browser has painted that change,
/// then `value`: what depends on it (the charts and the tables, below the timeline) is
/// made again in the next task, so that a click paints the timeline and the count at
/// once. A change within the frame replaces the one waiting.
#[hook]
pub fn use_after_paint<T>(value: T) -> T
where
    T: Clone + PartialEq + 'static,
{
    let shown = use_state_eq(|| value.clone());
    {
        let shown = shown.setter();
        use_effect_with(value.clone(), move |value| {
            let value = value.clone();
            let frame = after_paint(move || shown.set(value));
            move || drop(frame)
        });
    }
    (*shown).clone()
}

/// Runs `then` in the task after the browser has painted; dropping what it returns before
/// the next frame cancels it.
pub fn after_paint(then: impl FnOnce() + 'static) -> gloo::render::AnimationFrame {
    // An animation frame runs before the paint; a task it starts, after it.
    gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, then).forget();
    })
}
