//! Reusable views. They read the language from the route and their words from the
//! translation files.

mod bar_chart;
mod child_words;
mod core_rules;
mod emergency_numbers;
mod glance;
mod lang_switch;
mod layout;
mod page_intro;
mod page_links;
mod pictogram;
mod point_list;
mod quiz_card;
mod route_link;
mod scene_drawing;
mod sign_drawing;
mod sign_figure;
mod sign_tiles;
mod site_nav;
mod situation;
mod source_note;
mod stat_figures;
mod timeline;

pub(crate) use timeline::labels as timeline_labels;

use yew::NodeRef;

/// Moves keyboard and screen-reader focus to an element (a heading or a region with
/// `tabindex="-1"`), as a page load would.
pub(crate) fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The id of a section's heading, kept apart by `scope` where the same section shows more
/// than once on a page (the posters), and what labels the section: only the unscoped one
/// is a named region, as two regions with one name confuse navigation.
pub(crate) fn scoped_heading(scope: &str, id: &str) -> (String, Option<String>) {
    let heading = format!("{scope}{id}");
    let labelled_by = scope.is_empty().then(|| heading.clone());
    (heading, labelled_by)
}

/// A drawing coordinate or length with one decimal: finer than a pixel, and short markup.
pub(crate) fn n1(value: f64) -> String {
    format!("{value:.1}")
}

pub use bar_chart::BarChart;
pub use child_words::ChildWords;
pub use core_rules::CoreRules;
pub use emergency_numbers::EmergencyNumbers;
pub use glance::{glance_sources, Glance};
pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use page_intro::PageIntro;
pub use page_links::PageLinks;
pub use pictogram::{pictogram, Pictogram};
pub use point_list::PointList;
pub use quiz_card::{answer_text, explanation, QuizCard};
pub use route_link::RouteLink;
pub use scene_drawing::SceneDrawing;
pub use sign_drawing::SignDrawing;
pub use sign_figure::sign_figure;
pub use sign_tiles::sign_tiles;
pub use site_nav::SiteNav;
pub use situation::Situation;
pub use source_note::{source_note, SourceNote};
pub use stat_figures::{ContextFigures, HeadlineFigures};
pub use timeline::{selection_status, Timeline};
