//! The timeline for a phone: the months of the period, oldest first, each with the
//! statements of the official count and the documented incidents of that month as marks
//! a finger can tap (at least 44 CSS px high, in the page's own text size). A tap opens
//! the mark's details right under its month. The drawing (`plot/`) takes its place on a
//! wide screen, a projector and paper; the stylesheet shows one of the two.
//!
//! Each month's marks are markup; while the data is small the list holds every month and
//! mark, and a filter or a zoom only shows and hides them (`marked.rs`).

use std::collections::HashSet;
use std::fmt::Write;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date_at_start, format_int, t, t_args, Lang};
use crate::site::model::order::insert_in_order;
use crate::site::route::{escape_html, Page, Route};
use crate::site::view::Markup;
use crate::statistics::model::timeline::Mark;
use crate::statistics::model::{Incident, Month, OfficialTotal, Period};
use crate::statistics::view::timeline::details::MarkDetails;
use crate::statistics::view::timeline::labels::{mark_label, place, statement_figures, Shape};
use crate::statistics::view::timeline::marked;
use crate::statistics::view::timeline::marked::{Applied, Made, Wanted};
use crate::statistics::view::{TimelineAction, TimelineSnapshot};

/// A month with more incidents than this (the synthetic benchmark's) shows this many,
/// about a phone's screen of marks, then how many there are in all, linking to the table.
const MAX_MARKS: usize = 12;

#[derive(Properties, PartialEq)]
pub struct MonthListProps {
    pub state: TimelineSnapshot,
    pub statements: &'static [OfficialTotal],
    /// The incidents of the selection (filters and period applied).
    pub incidents: Rc<Vec<&'static Incident>>,
    /// Every incident, which the list holds while there are few (`marked.rs`).
    pub everything: Rc<Vec<&'static Incident>>,
    /// Whether the list is the form shown (`screen.rs`); `None` before the page knows.
    pub shown: Option<bool>,
}

/// The months of the list, as one piece of markup, and what each holds.
#[derive(PartialEq)]
struct Months {
    /// Every month's list item.
    markup: AttrValue,
    entries: Vec<MonthEntry>,
}

impl Months {
    /// The marks whose items are to be shown: those of `shown`, and those of the months
    /// and parts that show none of theirs. These stay as they are, hidden with their month
    /// or part, rather than each hidden and shown again with it: a filter on the real data
    /// sets a few dozen elements fewer, and the browser restyles fewer.
    fn items_left_shown(&self, shown: &HashSet<&'static str>) -> HashSet<&'static str> {
        let mut left = shown.clone();
        for entry in &self.entries {
            let (said, happened) = entry.shows(shown);
            if !said {
                left.extend(&entry.statement_ids);
            }
            if !happened {
                left.extend(&entry.incident_ids);
            }
        }
        left
    }
}

/// One month of the list: the ids of its statements and its incidents, in the order of
/// its item's parts (a heading, then a part for each kind it has).
#[derive(PartialEq)]
struct MonthEntry {
    statement_ids: Vec<&'static str>,
    incident_ids: Vec<&'static str>,
}

impl MonthEntry {
    /// Whether its statements and its incidents have a mark shown.
    fn shows(&self, shown: &HashSet<&str>) -> (bool, bool) {
        let any = |ids: &[&str]| ids.iter().any(|id| shown.contains(id));
        (any(&self.statement_ids), any(&self.incident_ids))
    }

    fn has_statements(&self) -> bool {
        !self.statement_ids.is_empty()
    }

    fn has_incidents(&self) -> bool {
        !self.incident_ids.is_empty()
    }

    fn holds(&self, id: &str) -> bool {
        self.statement_ids.contains(&id) || self.incident_ids.contains(&id)
    }
}

#[component]
pub fn MonthList(props: &MonthListProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let view = &state.view;
    // Every month of the data while it is small, so that a change only shows and hides;
    // else the period's months with the selection.
    let (scope, held) = if marked::holds_every_mark() {
        (state.bounds, props.everything.clone())
    } else {
        (view.period, props.incidents.clone())
    };
    let months = use_memo((lang, scope, held), |(lang, scope, held)| {
        months(*lang, *scope, props.statements, held)
    });
    let shown = use_memo(
        (props.incidents.clone(), view.period),
        |(incidents, period)| {
            let mut ids = marked::incident_ids(incidents);
            ids.extend(marked::statement_ids(props.statements, *period));
            ids
        },
    );
    let list_ref = use_node_ref();
    // The mark whose details were just closed from within them (their button, Esc): the
    // focus goes back to it, rather than to the page's start with the removed button.
    let refocus = use_mut_ref(|| None::<String>);
    let applied = use_mut_ref(Applied::default);
    let months_applied = use_mut_ref(MonthsApplied::default);
    {
        let list_ref = list_ref.clone();
        use_effect_with((), move |_| {
            if let Some(list) = list_ref.cast::<web_sys::Element>() {
                // The months off screen now, and those made later (the synthetic
                // benchmark's list is made again at each filter).
                let _ = crate::site::dom::set_aside_off_screen(&list, "li.month");
            }
        });
    }
    {
        let (list_ref, refocus, applied) = (list_ref.clone(), refocus.clone(), applied.clone());
        use_effect_with(
            (Made(months.clone()), view.mark.clone(), Made(shown.clone())),
            move |(months, open, shown)| {
                if let Some(list) = list_ref.cast::<web_sys::Element>() {
                    months_applied
                        .borrow_mut()
                        .apply(&list, &months.0, &shown.0);
                    let wanted = Wanted {
                        open: open.as_deref(),
                        tab_stop: None,
                        shown: Some(Rc::new(months.0.items_left_shown(&shown.0))),
                        at: None,
                    };
                    applied.borrow_mut().apply(&list, months.0.clone(), wanted);
                    if let Some(id) = refocus.borrow_mut().take() {
                        marked::focus(&list, &id);
                    }
                }
            },
        );
    }
    // The open mark's details go at the end of its month's item, which is markup: the
    // item is found once the markup is on the page.
    let open_at = view
        .mark
        .as_deref()
        .filter(|_| props.shown == Some(true))
        .and_then(|id| months.entries.iter().position(|entry| entry.holds(id)));
    let details_host = use_state_eq(|| None::<web_sys::Element>);
    {
        let (list_ref, details_host) = (list_ref.clone(), details_host.clone());
        use_effect_with((Made(months.clone()), open_at), move |(_, open_at)| {
            let list = list_ref.cast::<web_sys::Element>();
            details_host.set(open_at.and_then(|at| month_item(list.as_ref()?, at)));
        });
    }
    let close = {
        let (state, refocus, open) = (state.clone(), refocus.clone(), view.mark.clone());
        move || {
            *refocus.borrow_mut() = open.clone();
            state.dispatch(TimelineAction::Select(None));
        }
    };
    let onclick = {
        let (state, close) = (state.clone(), close.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(id) = marked::mark_of(&event) {
                event.prevent_default();
                state.dispatch(TimelineAction::Select(Some(id)));
            } else if marked::within(&event, ".mark-details button") {
                close();
            }
        })
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            close();
        }
    });
    let details = match (&*details_host, open_at) {
        (Some(host), Some(_)) => create_portal(
            html! {
                <MarkDetails dispatch={state.dispatch.clone()} mark={view.mark.clone()} heading_id="month-details-heading" />
            },
            host.clone(),
        ),
        _ => Html::default(),
    };
    html! {
        <div ref={list_ref} class="month-list" {onclick} {onkeydown}>
            <ol aria-labelledby="timeline-heading" aria-describedby="timeline-list-help"><Markup html={months.markup.clone()} /></ol>
            { details }
        </div>
    }
}

/// The item of the month at `at` in the list.
fn month_item(list: &web_sys::Element, at: usize) -> Option<web_sys::Element> {
    let items = list.query_selector_all(":scope > ol > li.month").ok()?;
    items.item(at as u32)?.dyn_into().ok()
}

/// What was last set on the months' items, so that a change hides and shows only the
/// months and parts whose state it changes. Markup, pre-rendered or made, has every
/// month and part shown.
#[derive(Default)]
struct MonthsApplied {
    /// The markup the items belong to.
    markup: Option<Rc<Months>>,
    /// Its items, found at the first change.
    items: Vec<MonthItem>,
}

/// A month's item, its parts (statements, incidents: those it has) and whether each is
/// hidden.
struct MonthItem {
    item: web_sys::HtmlElement,
    hidden: bool,
    parts: Vec<(web_sys::HtmlElement, bool)>,
}

impl MonthsApplied {
    fn apply(&mut self, list: &web_sys::Element, months: &Rc<Months>, shown: &HashSet<&str>) {
        if !self.markup.as_ref().is_some_and(|m| Rc::ptr_eq(m, months)) {
            self.markup = Some(months.clone());
            self.items.clear();
        }
        for (at, entry) in months.entries.iter().enumerate() {
            let (said, happened) = entry.shows(shown);
            let hidden = !(said || happened);
            // Most months stay as they are; the items are looked up once there is a change.
            if self.items.is_empty()
                && !hidden
                && said == entry.has_statements()
                && happened == entry.has_incidents()
            {
                continue;
            }
            if self.items.is_empty() {
                self.items = month_items(list);
            }
            let Some(month) = self.items.get_mut(at) else {
                return;
            };
            if month.hidden != hidden {
                month.item.set_hidden(hidden);
                month.hidden = hidden;
            }
            // A hidden month's parts are left as they are until it shows again.
            if hidden {
                continue;
            }
            let shows = [
                (entry.has_statements(), said),
                (entry.has_incidents(), happened),
            ];
            let wanted = shows
                .iter()
                .filter(|(has, _)| *has)
                .map(|(_, shows)| !shows);
            for ((part, was), hide) in month.parts.iter_mut().zip(wanted) {
                if *was != hide {
                    part.set_hidden(hide);
                    *was = hide;
                }
            }
        }
    }
}

/// The months' items of the list and their parts, all shown.
fn month_items(list: &web_sys::Element) -> Vec<MonthItem> {
    let html = |element: web_sys::Element| element.unchecked_into::<web_sys::HtmlElement>();
    crate::site::dom::elements(list.query_selector_all(":scope > ol > li.month"))
        .into_iter()
        .map(|item| MonthItem {
            parts: crate::site::dom::elements(item.query_selector_all(":scope > div"))
                .into_iter()
                .map(|part| (html(part), false))
                .collect(),
            item: html(item),
            hidden: false,
        })
        .collect()
}

/// Every month of `period` with a statement or an incident, oldest first.
fn months(
    lang: Lang,
    period: Period,
    statements: &'static [OfficialTotal],
    incidents: &[&'static Incident],
) -> Months {
    // Each statement and incident into its month's place, in one pass (the synthetic
    // benchmark's 10,000 incidents), the incidents by date within a month.
    let table = Route::new(lang, Page::StatisticsTable).to_path();
    let months = period.months() as usize;
    let place_of = |date| period.index_of(Month::of(date));
    let mut said_in: Vec<Vec<&'static OfficialTotal>> = vec![Vec::new(); months];
    for statement in statements {
        if let Some(at) = place_of(statement.date) {
            said_in[at].push(statement);
        }
    }
    let mut happened_in: Vec<Vec<&'static Incident>> = vec![Vec::new(); months];
    for &incident in incidents {
        if let Some(at) = place_of(incident.date) {
            insert_in_order(&mut happened_in[at], incident, |old, new| {
                old.date <= new.date
            });
        }
    }
    let mut entries = Vec::new();
    let mut markup = String::new();
    for ((at, said), happened) in said_in.into_iter().enumerate().zip(happened_in) {
        let month = Month(period.from.0 + at as u32);
        if said.is_empty() && happened.is_empty() {
            continue;
        }
        let mut statement_markup = String::new();
        if !said.is_empty() {
            part(&mut statement_markup, lang, "timeline-line-label");
            for statement in &said {
                let text = match statement.total {
                    Some(total) => format_int(lang, total as i64),
                    None => statement_figures(lang, statement),
                };
                chip(
                    &mut statement_markup,
                    lang,
                    Mark::Statement(statement),
                    &table,
                    &text,
                );
            }
            statement_markup.push_str("</ul>");
        }
        let mut incident_markup = String::new();
        if !happened.is_empty() {
            part(&mut incident_markup, lang, "timeline-lane-label");
            for incident in happened.iter().take(MAX_MARKS) {
                chip(
                    &mut incident_markup,
                    lang,
                    Mark::Incident(incident),
                    &table,
                    &place(lang, incident),
                );
            }
            if happened.len() > MAX_MARKS {
                let label = t_args(
                    lang,
                    "timeline-month-more",
                    &[
                        ("month", format_date_at_start(lang, month.date()).into()),
                        ("incidents", (happened.len() as i64).into()),
                    ],
                );
                let _ = write!(
                    incident_markup,
                    r##"<li><a class="more" href="#timeline-table">{}</a></li>"##,
                    escape_html(&label)
                );
            }
            incident_markup.push_str("</ul>");
        }
        let _ = write!(
            markup,
            r#"<li class="month"><h3>{}</h3>"#,
            escape_html(&format_date_at_start(lang, month.date()))
        );
        for part in [statement_markup, incident_markup] {
            if !part.is_empty() {
                let _ = write!(markup, "<div>{part}</div>");
            }
        }
        markup.push_str("</li>");
        entries.push(MonthEntry {
            statement_ids: said.iter().map(|s| s.id).collect(),
            incident_ids: happened.iter().take(MAX_MARKS).map(|i| i.id).collect(),
        });
    }
    Months {
        markup: markup.into(),
        entries,
    }
}

/// The heading of a month's statements or incidents, and the start of their list.
fn part(out: &mut String, lang: Lang, id: &str) {
    let _ = write!(
        out,
        r#"<p class="month-part">{}</p><ul class="chips">"#,
        escape_html(&t(lang, id))
    );
}

/// A mark of the list: its shape (its class, which the stylesheet draws as the legend
/// does) and a short text; the whole label for screen readers; a link to its row on the
/// page of the tables (`table`), which works without JavaScript (once the page runs, a
/// tap opens the details instead). Made in the browser, it says it opens its details
/// (`aria-expanded`); pre-rendered, it is a plain link until the page runs (`marked.rs`
/// sets it then).
fn chip(out: &mut String, lang: Lang, mark: Mark, table: &str, text: &str) {
    let id = mark.id();
    let expanded = if cfg!(target_arch = "wasm32") {
        r#" aria-expanded="false""#
    } else {
        ""
    };
    let _ = write!(
        out,
        r##"<li><a class="mark {}" data-mark="{id}" href="{table}#row-{id}" data-expands{expanded} aria-label="{}">{}</a></li>"##,
        Shape::of(mark).class(),
        escape_html(&mark_label(lang, mark)),
        escape_html(text)
    );
}
