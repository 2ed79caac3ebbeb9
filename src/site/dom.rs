//! The page the browser shows, as the islands read and change it around themselves (in
//! effects and event handlers only: there is no document on the server).

use wasm_bindgen::JsCast;

/// The elements a `query_selector_all` found (on the document or on an element), in
/// document order; none if the selector failed.
pub fn elements(found: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<web_sys::Element> {
    let Ok(nodes) = found else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The elements of the page that `selector` finds.
pub fn all(selector: &str) -> Vec<web_sys::Element> {
    elements(gloo::utils::document().query_selector_all(selector))
}

/// Lets the browser skip laying out and painting the parts of the page under `container`
/// that `parts` finds and that are off screen now, until the reader comes near them: the
/// stylesheet gives `content-visibility: auto` to those parts of a container marked
/// `sets-aside` that are not marked `on-screen-at-start`, and `contain-intrinsic-size:
/// auto` from the start, so that each keeps the size it had while skipped and nothing
/// moves. An island that changes often (the statistics' timeline) then lays out and
/// paints around itself less at each change. The parts on screen now are left: skipped
/// for one frame, their contents would count as moved. Parts made later in the container
/// are set aside too; the two lists of parts (here and in the stylesheet) go together.
pub fn set_aside_off_screen(container: &web_sys::Element, parts: &str) -> Option<()> {
    let screen = gloo::utils::window().inner_height().ok()?.as_f64()?;
    for part in elements(container.query_selector_all(parts)) {
        let at = part.get_bounding_client_rect();
        if at.bottom() >= 0.0 && at.top() <= screen {
            let _ = part.class_list().add_1("on-screen-at-start");
        }
    }
    container.class_list().add_1("sets-aside").ok()
}

/// The parts of a page's main content around its islands, which never change once
/// pre-rendered (the stylesheet's rules for `main.sets-aside` name the same).
const FRAME_PARTS: &str = ":scope > :not([data-island])";

/// Sets aside the parts of the page's main content around its islands that are off
/// screen now (`set_aside_off_screen`).
pub fn set_aside_frame_off_screen() -> Option<()> {
    let main = gloo::utils::document().query_selector("main").ok()??;
    set_aside_off_screen(&main, FRAME_PARTS)
}
