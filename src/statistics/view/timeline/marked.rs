//! The drawing, the month list and the tables are markup (`site::view::Markup`:
//! no virtual DOM to build and diff for hundreds of marks and rows, BENCHMARKS.md
//! "Timeline in the browser"). They hold every mark of the data while it is small (the
//! real data), so a filter or a zoom only shows and hides them, and in the drawing moves
//! them to their new places. What follows the reader from moment to moment (which marks
//! are shown and where, which one is open, which one takes Tab) is set on that markup
//! here (`Applied`), after each render, on the elements that carry `data-mark="{id}"`.

use std::any::Any;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
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

/// The list, the tables and the drawing hold every incident as markup up to this many (more would be
/// a heavy page: the synthetic benchmark's thousands), and only the selection beyond.
const EVERY_MARK_UP_TO: usize = 200;

/// Whether the list, the tables and the drawing hold every incident, the selection
/// showing and hiding them; otherwise they hold the selection alone.
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

/// Where each of the drawing's marks goes, by id.
pub type Places = HashMap<&'static str, (f64, f64)>;

/// What the reader's moment sets on a container's marks.
pub struct Wanted<'a> {
    /// The open mark: its elements get the class `selected`, and `aria-expanded` where
    /// the markup says `data-expands` (the month list's marks, which open their details
    /// in place once the page runs: before, they are plain links to the table).
    pub open: Option<&'a str>,
    /// For the drawing's single tab stop: the mark that takes Tab (`tabindex="0"`, every
    /// other `-1`).
    pub tab_stop: Option<Option<&'a str>>,
    /// The marks shown, every other one hidden.
    pub shown: Option<Rc<HashSet<&'static str>>>,
    /// For the drawing's marks: where each one goes (its `transform`); those with no
    /// place are hidden, in place of `shown`.
    pub at: Option<Rc<Places>>,
}

/// What was last set on a container's marks, so that a change touches only the elements
/// whose state it changes, not every marked element of the page (a filter on the real
/// data changes a few dozen of some six hundred).
#[derive(Default)]
pub struct Applied {
    /// The markup the elements belong to.
    markup: Option<Rc<dyn Any>>,
    elements: Vec<Marked>,
    open: Option<String>,
    tab_stop: Option<String>,
    shown: Option<Rc<HashSet<&'static str>>>,
    at: Option<Rc<Places>>,
}

impl Applied {
    /// Sets `wanted` on the elements of `markup` (the value whose markup `container`
    /// shows) that carry `data-mark`.
    pub fn apply(&mut self, container: &web_sys::Element, markup: Rc<dyn Any>, wanted: Wanted) {
        let same = self.markup.as_ref().is_some_and(|m| Rc::ptr_eq(m, &markup));
        // The first markup set on (the month list's and the tables' are pre-rendered) gets
        // everything set. Markup made since has its marks at their defaults: none open,
        // all shown, at the origin of the drawing (and `aria-expanded="false"`,
        // `month_list.rs`); only what differs is set, a few elements where the synthetic
        // benchmark has thousands.
        let every = self.markup.is_none();
        let (was_open, was_shown, was_at) = if same {
            (self.open.take(), self.shown.take(), self.at.take())
        } else {
            (None, None, None)
        };
        if !same {
            // Yew keeps the nodes of markup equal to the last (a month the change left as
            // it was): the mark that was open is closed there, or it would stay marked.
            if let Some(open) = self.open.take() {
                for marked in self.elements.iter().filter(|m| m.id == open) {
                    set_open(&marked.element, false);
                }
            }
            self.elements = marked_elements(container);
            self.markup = Some(markup);
        }
        for Marked { id, element, hides } in &self.elements {
            let id = id.as_str();
            let open = wanted.open == Some(id);
            if every || (was_open.as_deref() == Some(id)) != open {
                set_open(element, open);
            }
            if let Some(tab_stop) = wanted.tab_stop {
                let stop = tab_stop == Some(id);
                // New markup gets it on every mark (its own says none takes Tab).
                if !same || (self.tab_stop.as_deref() == Some(id)) != stop {
                    let _ = element.set_attribute("tabindex", if stop { "0" } else { "-1" });
                }
            }
            let shows =
                |shown: &Option<Rc<HashSet<&str>>>, at: &Option<Rc<Places>>| match (shown, at) {
                    (Some(shown), _) => Some(shown.contains(id)),
                    (None, Some(at)) => Some(at.contains_key(id)),
                    (None, None) => None,
                };
            if let Some(show) = shows(&wanted.shown, &wanted.at) {
                let was = shows(&was_shown, &was_at).unwrap_or(true);
                if every || was != show {
                    hides.get_or_init(|| Hides::of(element)).set_hidden(!show);
                }
            }
            if let Some(at) = wanted.at.as_ref().and_then(|at| at.get(id)) {
                if was_at.as_ref().and_then(|was| was.get(id)) != Some(at) {
                    let _ = element.set_attribute("transform", &translate(*at));
                }
            }
        }
        self.open = wanted.open.map(str::to_string);
        self.tab_stop = wanted.tab_stop.flatten().map(str::to_string);
        self.shown = wanted.shown;
        self.at = wanted.at;
    }
}

/// Marks an element of a mark as the open one, or not.
fn set_open(element: &web_sys::Element, open: bool) {
    let _ = element.class_list().toggle_with_force("selected", open);
    if element.has_attribute("data-expands") {
        let _ = element.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// The value of a drawn mark's `transform` that puts it at `(x, y)`.
pub fn translate((x, y): (f64, f64)) -> String {
    use crate::site::view::svg_number as n;
    format!("translate({} {})", n(x), n(y))
}

/// An element that carries `data-mark`, its mark, and what is hidden with it.
struct Marked {
    id: String,
    element: web_sys::Element,
    /// Found the first time the mark is hidden or shown.
    hides: OnceCell<Hides>,
}

/// What is hidden with a mark: a month list's link with its list item (which alone would
/// leave a gap among the marks), any other marked element (a table's row, a drawn mark)
/// itself. Kept with the markup, so that hiding again is one call into the page.
enum Hides {
    Html(web_sys::HtmlElement),
    /// The drawing's marks, which have no `hidden` property of their own.
    Svg(web_sys::Element),
}

impl Hides {
    fn of(element: &web_sys::Element) -> Hides {
        let hidden_with = match element.parent_element() {
            Some(item) if item.tag_name() == "LI" => item,
            _ => element.clone(),
        };
        match hidden_with.dyn_into::<web_sys::HtmlElement>() {
            Ok(html) => Hides::Html(html),
            Err(svg) => Hides::Svg(svg),
        }
    }

    fn set_hidden(&self, hidden: bool) {
        match self {
            Hides::Html(element) => element.set_hidden(hidden),
            Hides::Svg(element) => {
                let _ = element.toggle_attribute_with_force("hidden", hidden);
            }
        }
    }
}

/// The elements in `container` that carry `data-mark`.
fn marked_elements(container: &web_sys::Element) -> Vec<Marked> {
    crate::site::dom::elements(container.query_selector_all("[data-mark]"))
        .into_iter()
        .filter_map(|element| {
            Some(Marked {
                id: element.get_attribute("data-mark")?,
                hides: OnceCell::new(),
                element,
            })
        })
        .collect()
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
