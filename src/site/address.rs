//! The browser's address, read in effects only: there is no address bar on the server,
//! so the pages that keep state in the address (the timeline's view, the quiz's age
//! group, the slide shown) read it once they run in the browser.

/// The address bar's query (`?…`, or empty). For effects only (there is no address bar
/// on the server): the pages that keep state in the address read it once they run.
pub fn address_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The address bar's fragment (`#…`, or empty); for effects only, as above.
pub fn address_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
