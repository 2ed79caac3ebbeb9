//! What the pre-render step puts into each page's `<head>`: title, description,
//! canonical address, the same page in every language, the manifest of the page's
//! language, and the texts the page's wasm file fetches.

use minesafe::i18n::{catalog_file, Lang};
use minesafe::route::{escape_html, Page, Route};
use minesafe::wasm_files;

/// Where the web app manifest of a language is (`/az/app.webmanifest`).
pub fn manifest_path(lang: Lang) -> String {
    format!("/{}/app.webmanifest", lang.code())
}

/// The tags for a route's `<head>`. `origin` is the site's address, without a trailing
/// slash (search engines want absolute addresses).
pub fn head_html(route: &Route, origin: &str) -> String {
    let mut head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        escape_html(&route.document_title()),
        escape_html(&route.description())
    );
    match route.canonical() {
        Some(canonical) => {
            head += &format!(
                "<link rel=\"canonical\" href=\"{origin}{}\">",
                canonical.to_path()
            );
            for lang in Lang::ALL {
                head += &format!(
                    "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{origin}{}\">",
                    route.in_lang(lang).to_path()
                );
            }
            if route.page() == Some(Page::Home) {
                head +=
                    &format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{origin}/\">");
            }
        }
        None => head += "<meta name=\"robots\" content=\"noindex\">",
    }
    // Installed from this page, the app is in its language (see `offline.rs`).
    head += &format!(
        "<link rel=\"manifest\" href=\"{}\"><link rel=\"apple-touch-icon\" href=\"/icons/apple-touch-icon.png\">",
        manifest_path(route.lang())
    );
    // The wasm reads these before it takes over the page; the start script
    // (`shell.rs`) fetches them next to the wasm, once the page is painted.
    let texts = wasm_files::for_route(route).map_or(&[][..], |file| file.texts);
    for part in texts {
        head += &format!(
            "<meta name=\"minesafe-catalog\" content=\"/{}\">",
            catalog_file(route.lang(), part)
        );
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_names_the_page_in_every_language() {
        let head = head_html(&Route::new(Lang::En, Page::Rules), "https://example.org");
        assert!(
            head.starts_with("<title>Safety rules · Mine safety</title>"),
            "{head}"
        );
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/en/rules/">"#));
        for lang in ["az", "en", "ru"] {
            let alternate =
                format!(r#"hreflang="{lang}" href="https://example.org/{lang}/rules/""#);
            assert!(head.contains(&alternate), "{alternate}");
        }
        assert!(
            !head.contains("x-default"),
            "only the home page has the x-default"
        );
        let root = head_html(&Route::Root, "https://example.org");
        assert!(root.contains(r#"<link rel="canonical" href="https://example.org/az/">"#));
        assert!(root.contains(r#"hreflang="x-default" href="https://example.org/""#));
        let not_found = head_html(&Route::NotFound, "https://example.org");
        assert!(not_found.contains("noindex") && !not_found.contains("canonical"));
        // A page with a wasm file names the texts it needs, for the start script: the
        // statistics the site's part and theirs; the pages without wasm none.
        use minesafe::i18n::parts;
        assert_eq!(head.matches(r#"name="minesafe-catalog""#).count(), 0);
        let statistics = head_html(
            &Route::new(Lang::Ru, Page::Statistics),
            "https://example.org",
        );
        for part in [parts::SITE, parts::STATISTICS] {
            assert!(statistics.contains(catalog_file(Lang::Ru, part)));
        }
        assert!(statistics.contains(&format!(
            r#"content="/{}""#,
            catalog_file(Lang::Ru, parts::SITE)
        )));
        assert!(!statistics.contains(catalog_file(Lang::Ru, parts::SCHOOLS)));
        assert_eq!(not_found.matches(r#"name="minesafe-catalog""#).count(), 0);
    }
}
