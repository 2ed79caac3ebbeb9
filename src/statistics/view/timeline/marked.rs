//! The drawing, the month list and the tables are markup (`Html::from_html_unchecked`:
//! no virtual DOM to build and diff for hundreds of marks and rows, BENCHMARKS.md
//! "Timeline in the browser"). The list and the tables hold every mark of the data while
//! it is small (the real data), so a filter or a zoom only shows and hides them; the
//! drawing is made again, its marks being placed by the period and the selection. What
//! follows the reader from moment to moment (which marks are shown, which one is open,
//! which one takes Tab) is set on that markup here, after each render, on the elements
//! that carry `data-mark="{id}"`.

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::statistics::model;
use crate::statistics::model::{Incident, Month, OfficialTotal, Period};

/// A value made by a hook (`use_memo`), compared by identity: an effect that depends on
/// it runs again when the value is made again, and cheaply. Holding the `Rc` in the
/// effect's dependencies keeps its address from being reused by the next value, which a
/// bare pointer would not.
pub struct Made<T>(pub Rc<T>);

impl<T> PartialEq for Made<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The list and the tables hold every incident as markup up to this many (more would be
/// a heavy page: the synthetic benchmark's thousands), and only the selection beyond.
const EVERY_MARK_UP_TO: usize = 200;

/// Whether the list and the tables hold every incident, the selection showing and hiding
/// them; otherwise they hold the selection alone.
pub fn holds_every_mark() -> bool {
    model::incidents().len() <= EVERY_MARK_UP_TO
}

/// The ids of incidents, to show them.
pub fn incident_ids(incidents: &[&'static Incident]) -> HashSet<&'static str> {
    incidents.iter().map(|i| i.id).collect()
}

/// The ids of the statements of `period`, to show them.
pub fn statement_ids(
    statements: &'static [OfficialTotal],
    period: Period,
) -> HashSet<&'static str> {
    statements
        .iter()
        .filter(|s| period.contains(Month::of(s.date)))
        .map(|s| s.id)
        .collect()
}

/// Marks the open mark's elements in `container` with the class `selected` (and no
/// other), and says so in `aria-expanded` on those marked `data-expands` (the month
/// list's, which open their details in place once the page runs: before, they are plain
/// links to the table); with `roving`, gives the `current` one
/// `tabindex="0"` and every other `-1`; with `shown`, hides every element whose mark is
/// not in it.
pub fn sync(
    container: &web_sys::Element,
    open: Option<&str>,
    current: Option<&str>,
    roving: bool,
    shown: Option<&HashSet<&'static str>>,
) {
    let Ok(elements) = container.query_selector_all("[data-mark]") else {
        return;
    };
    for i in 0..elements.length() {
        let Some(element) = elements
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let id = element.get_attribute("data-mark");
        let selected = id.as_deref() == open && open.is_some();
        let _ = element.class_list().toggle_with_force("selected", selected);
        if element.has_attribute("data-expands") {
            let _ = element.set_attribute("aria-expanded", if selected { "true" } else { "false" });
        }
        if roving {
            let tabindex = if id.as_deref() == current { "0" } else { "-1" };
            let _ = element.set_attribute("tabindex", tabindex);
        }
        if let (Some(shown), Some(id)) = (shown, id.as_deref()) {
            let _ = element.toggle_attribute_with_force("hidden", !shown.contains(id));
        }
    }
}

/// The mark an event happened on or inside (`data-mark` of the closest `a.mark`).
pub fn mark_of(event: &web_sys::Event) -> Option<String> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest("a.mark").ok()??.get_attribute("data-mark")
}

/// Whether an event happened on or inside an element that matches `selector`.
pub fn within(event: &web_sys::Event, selector: &str) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| matches!(t.closest(selector), Ok(Some(_))))
}

/// Focuses the element of mark `id` in `container`, if there is one.
pub fn focus(container: &web_sys::Element, id: &str) {
    let selector = format!(r#"a[data-mark="{id}"]"#);
    if let Ok(Some(element)) = container.query_selector(&selector) {
        if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = element.focus();
        } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
