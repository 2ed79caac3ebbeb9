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
