//! The views every page shares: the page's frame (layout, navigation, language switch),
//! links, the page's heading, lists of points, source notes. They read the
//! language from the route and their words from the translation files.

mod lang_switch;
mod layout;
mod markup;
mod page_intro;
mod page_links;
mod point_list;
mod route_link;
mod site_nav;
mod source_note;

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
/// Written with integers: `{:.1}` would link the float formatter into the wasm file
/// (BENCHMARKS.md, "Every wasm file within budget").
pub(crate) fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use markup::Markup;
pub use page_intro::PageIntro;
pub use page_links::PageLinks;
pub use point_list::PointList;
pub use route_link::RouteLink;
pub use site_nav::SiteNav;
pub use source_note::{source_note, source_note_markup, SourceNote};

#[cfg(test)]
mod tests {
    use super::svg_number;

    #[test]
    fn drawing_numbers_have_one_decimal() {
        assert_eq!(svg_number(34.0), "34.0");
        assert_eq!(svg_number(12.345), "12.3");
        assert_eq!(svg_number(12.36), "12.4");
        assert_eq!(svg_number(-3.6), "-3.6");
        assert_eq!(svg_number(0.04), "0.0");
        assert_eq!(svg_number(318.0 / 7.0), "45.4");
    }
}
