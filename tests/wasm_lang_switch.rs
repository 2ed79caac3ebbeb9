//! The language switch, in a real browser (headless Chromium): it links to the same page
//! in each language and marks the current one; a click loads that page (the end-to-end
//! tests follow it).

#![cfg(target_arch = "wasm32")]

mod support;

use minesafe::i18n::{t, Lang};
use support::{all, mount, text};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlAnchorElement};

wasm_bindgen_test_configure!(run_in_browser);

fn switch_links(root: &Element) -> Vec<HtmlAnchorElement> {
    all(root, ".lang-switch a")
}

#[wasm_bindgen_test]
async fn links_to_the_same_page_in_each_language() {
    let root = mount("/en/rules/").await;
    let links = switch_links(&root);
    let hrefs: Vec<String> = links
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["/az/rules/", "/en/rules/", "/ru/rules/"]);
    for (link, lang) in links.iter().zip(Lang::ALL) {
        // Each language named in itself, marked as that language for screen readers.
        assert_eq!(link.text_content().unwrap(), t(lang, "language-name"));
        assert_eq!(link.get_attribute("lang").as_deref(), Some(lang.code()));
        assert_eq!(link.get_attribute("hreflang").as_deref(), Some(lang.code()));
        let current = link.get_attribute("aria-current");
        assert_eq!(
            current.as_deref(),
            (lang == Lang::En).then_some("page"),
            "{lang}"
        );
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn from_the_not_found_page_each_language_leads_home() {
    let root = mount("/xx/nothing/").await;
    let hrefs: Vec<String> = switch_links(&root)
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["/az/", "/en/", "/ru/"]);
    assert!(switch_links(&root)
        .iter()
        .all(|a| a.get_attribute("aria-current").is_none()));
    assert_eq!(text(&root, "h1"), t(Lang::Az, "not-found-title"));
    root.remove();
}
