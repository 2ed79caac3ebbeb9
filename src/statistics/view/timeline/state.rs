//! The timeline's state: the reader's [`View`] in a reducer, mirrored in the URL query so
//! a view can be shared, bookmarked and printed. The first render is always the whole
//! period with no filter, as pre-rendered; a query in the address is applied right after
//! hydration.

use std::rc::Rc;

use yew::prelude::*;

use crate::statistics::model::timeline::View;
use crate::statistics::model::Outcome;
use crate::statistics::model::Period;
use crate::statistics::model::{Choices, Facet};
use crate::statistics::view::timeline::screen::after_paint;

#[derive(Clone, PartialEq, Debug)]
pub struct TimelineState {
    /// From the first to the last month with data: the widest view.
    pub bounds: Period,
    pub view: View,
}

/// Sends actions to the timeline state; unlike the state's handle it stays equal across
/// renders, so the parts that only send do not redraw.
pub type TimelineDispatch = UseReducerDispatcher<TimelineState>;

/// The timeline state as one render saw it, and what changes it: what the drawing and the
/// month list are given. Unlike the state's handle, whose clones read the state of the
/// moment, it stays as it was, so that the form not shown can keep its properties and is
/// not rendered again.
#[derive(Clone, PartialEq)]
pub struct TimelineSnapshot {
    pub state: Rc<TimelineState>,
    pub dispatch: TimelineDispatch,
}

impl TimelineSnapshot {
    pub fn of(handle: &UseReducerHandle<TimelineState>) -> TimelineSnapshot {
        TimelineSnapshot {
            state: Rc::new((**handle).clone()),
            dispatch: handle.dispatcher(),
        }
    }

    pub fn dispatch(&self, action: TimelineAction) {
        self.dispatch.dispatch(action);
    }
}

impl std::ops::Deref for TimelineSnapshot {
    type Target = TimelineState;

    fn deref(&self) -> &TimelineState {
        &self.state
    }
}

#[derive(Debug, PartialEq)]
pub enum TimelineAction {
    /// Narrow (factor below 1) or widen around `anchor` (0 left edge, 1 right edge).
    Zoom {
        factor: f64,
        anchor: f64,
    },
    /// Move by a number of months (negative: earlier).
    Pan(i64),
    /// Any period; it is fitted inside the data's bounds.
    SetPeriod(Period),
    Toggle(Facet, &'static str),
    SetOutcome(Outcome),
    ClearFilters,
    /// The mark whose details are shown (and that keyboard focus returns to).
    Select(Option<String>),
    Replace(View),
}

impl Reducible for TimelineState {
    type Action = TimelineAction;

    fn reduce(self: Rc<Self>, action: TimelineAction) -> Rc<Self> {
        let bounds = self.bounds;
        let mut view = self.view.clone();
        match action {
            TimelineAction::Zoom { factor, anchor } => {
                view.period = view.period.zoom(factor, anchor, bounds)
            }
            TimelineAction::Pan(months) => view.period = view.period.pan(months, bounds),
            TimelineAction::SetPeriod(period) => view.period = period.within(bounds),
            TimelineAction::Toggle(facet, word) => view.choices.toggle(facet, word),
            TimelineAction::SetOutcome(outcome) => view.choices.outcome = outcome,
            TimelineAction::ClearFilters => view.choices = Choices::default(),
            TimelineAction::Select(mark) => view.mark = mark,
            TimelineAction::Replace(new) => view = new,
        }
        if view == self.view {
            self
        } else {
            Rc::new(TimelineState { bounds, view })
        }
    }
}

/// How long after a change of view the address bar follows.
const ADDRESS_AFTER_MS: u32 = 250;

/// The timeline state for `bounds`, kept in step with the address bar.
#[hook]
pub fn use_timeline(bounds: Period, is_mark: fn(&str) -> bool) -> UseReducerHandle<TimelineState> {
    let state = use_reducer(|| TimelineState {
        bounds,
        view: View::all(bounds),
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let query = crate::site::address::address_query();
            if !query.is_empty() {
                state.dispatch(TimelineAction::Replace(View::from_query(
                    &query, bounds, is_mark,
                )));
            }
        });
    }
    let first = use_mut_ref(|| true);
    use_effect_with(state.view.clone(), move |view| {
        let query = view.to_query(bounds);
        // Once the change is painted, before the reader can reach for the language.
        let links = {
            let query = query.clone();
            after_paint(move || carry_into_language_links(&query))
        };
        // The first run would overwrite a shared query before it is read.
        let pending = if std::mem::take(&mut *first.borrow_mut()) {
            None
        } else {
            // Written once the reader pauses, not within the click: a new address makes
            // the browser fetch the page's icon again, which took a third of a filter
            // change's time (BENCHMARKS.md). A change within the pause replaces it.
            Some(gloo::timers::callback::Timeout::new(
                ADDRESS_AFTER_MS,
                move || {
                    let window = gloo::utils::window();
                    let location = window.location();
                    let path = location.pathname().unwrap_or_default();
                    let url = with_query(&path, &query);
                    let here = path + &location.search().unwrap_or_default();
                    // Not the same address again.
                    if here != url {
                        if let Ok(history) = window.history() {
                            let _ = history.replace_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&url),
                            );
                        }
                    }
                },
            ))
        };
        // Leaving the page, or a new change, cancels what has not been started.
        move || drop((links, pending))
    });
    state
}

/// Gives the page's links to itself in the other languages the view's query, so that
/// the reader who switches language finds the same selection. The timeline is the only
/// part of the page the wasm takes over (`statistics::TIMELINE`), so those links load
/// the page, and the query is all that carries the view across.
fn carry_into_language_links(query: &str) {
    for link in crate::site::dom::all(".lang-switch a[hreflang]") {
        if let Some(href) = link.get_attribute("href") {
            let path = href.split(['?', '#']).next().unwrap_or_default();
            let _ = link.set_attribute("href", &with_query(path, query));
        }
    }
}

/// `path` with `query` (`?…`), none when it is empty.
fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::model::Month;

    fn state() -> Rc<TimelineState> {
        let bounds = Period {
            from: Month::parse("2020-11").unwrap(),
            to: Month::parse("2026-03").unwrap(),
        };
        Rc::new(TimelineState {
            bounds,
            view: View::all(bounds),
        })
    }

    #[test]
    fn actions_change_the_view_and_no_op_keeps_the_state() {
        let start = state();
        let same = start
            .clone()
            .reduce(TimelineAction::SetPeriod(start.bounds));
        assert!(
            Rc::ptr_eq(&start, &same),
            "nothing changed, nothing to render"
        );
        let zoomed = start.clone().reduce(TimelineAction::Zoom {
            factor: 0.5,
            anchor: 0.5,
        });
        assert_eq!(zoomed.view.period.months(), 33);
        let panned = zoomed.clone().reduce(TimelineAction::Pan(-100));
        assert_eq!(panned.view.period.from, start.bounds.from);
        let filtered = panned
            .reduce(TimelineAction::Toggle(Facet::District, "lachin"))
            .reduce(TimelineAction::SetOutcome(Outcome::Killed))
            .reduce(TimelineAction::Select(Some("i1".into())));
        assert!(filtered.view.choices.narrowing() == 2);
        let cleared = filtered.clone().reduce(TimelineAction::ClearFilters);
        assert_eq!(cleared.view.choices, Choices::default());
        // Clearing the filters keeps the period and the open details.
        assert_eq!(cleared.view.period, filtered.view.period);
        assert_eq!(cleared.view.mark.as_deref(), Some("i1"));
    }
}
