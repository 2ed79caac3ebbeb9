//! Browser entry: fetches the texts of the page's language, then takes over the
//! pre-rendered page in `#app` without redrawing it. If the texts cannot be had, the
//! pre-rendered page stays as it is: readable, and its links work.

fn main() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        use minesafe::{i18n, route::Route};
        use yew_router::Routable;

        let Some(root) = gloo::utils::document().get_element_by_id("app") else {
            return;
        };
        let path = gloo::utils::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let route = Route::recognize(&path).unwrap_or(Route::NotFound);
        for lang in route.languages_shown() {
            if let Err(problem) = i18n::load(lang).await {
                gloo::console::warn!(format!(
                    "minesafe: staying with the pre-rendered page ({problem})"
                ));
                return;
            }
        }
        yew::Renderer::<minesafe::App>::with_root(root).hydrate();
    });
}
