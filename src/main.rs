//! Browser entry: takes over the pre-rendered page in `#app` without redrawing it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        yew::Renderer::<minesafe::App>::with_root(root).hydrate();
    }
}
