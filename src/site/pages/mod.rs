//! The site's own pages: the sources (a page without wasm) and the not-found page (shown
//! by the safety pages' wasm file).

mod not_found;
mod sources;

pub use not_found::NotFound;
pub use sources::Sources;

/// The pages without wasm (`wasm_files::WITHOUT_WASM`), for the pre-render step.
pub fn render_without_wasm(route: &crate::site::route::Route) -> yew::Html {
    use crate::site::route::Page;
    match route.page() {
        Some(Page::Sources) => yew::html! { <Sources /> },
        _ => yew::html! { <NotFound /> },
    }
}
