//! What the browser tests share: mounting the app at a path and reading the page.

#![allow(dead_code)] // Each test file uses its own part.

use minesafe::{StaticApp, StaticAppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The app rendered at `path` into a fresh element, after its first effects ran (the
/// controls that need the wasm are enabled then). The address bar is reset first: the
/// timeline writes its state there and would otherwise read the previous test's.
pub async fn mount(path: &str) -> Element {
    let window = gloo::utils::window();
    let runner_page = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&runner_page))
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<StaticApp>::with_root_and_props(
        root.clone(),
        StaticAppProps {
            path: path.to_string().into(),
        },
    )
    .render();
    settle().await;
    root
}

/// Lets Yew run every render and effect that is due (effects may dispatch again), and
/// waits for what the page does after a paint (the charts and tables) and after a pause
/// (the address bar follows the view 250 ms after a change).
pub async fn settle() {
    flush().await;
    let later = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 400)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(later).await.unwrap();
    flush().await;
}

/// Every render and effect that is due, without waiting for timers.
async fn flush() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
    }
}

pub fn all<T: JsCast>(root: &Element, selector: &str) -> Vec<T> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

pub fn one<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

pub fn text(root: &Element, selector: &str) -> String {
    one::<Element>(root, selector).text_content().unwrap()
}

/// The element among `selector` whose text is exactly `wanted`.
pub fn by_text(root: &Element, selector: &str, wanted: &str) -> HtmlElement {
    all::<HtmlElement>(root, selector)
        .into_iter()
        .find(|e| e.text_content().unwrap().trim() == wanted)
        .unwrap_or_else(|| panic!("no {selector} reads {wanted:?}"))
}

/// The query part of the address bar, without `?`.
pub fn query() -> String {
    let search = gloo::utils::window().location().search().unwrap();
    search.trim_start_matches('?').to_string()
}
