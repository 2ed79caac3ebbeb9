//! What the pre-render step puts into each page's `<head>`: title, description,
//! canonical address, the same page in every language, the link preview (Open Graph and
//! Twitter card), the manifest of the page's language, and the texts the page's wasm file
//! fetches.

use minesafe::i18n::{catalog_file, t, Lang};
use minesafe::route::{escape_html, Page, Route};
use minesafe::wasm_files;

/// Where the web app manifest of a language is (`/az/app.webmanifest`).
pub fn manifest_path(lang: Lang) -> String {
    format!("/{}/app.webmanifest", lang.code())
}

/// The link preview of a language, `static/previews/preview-{lang}.png` (drawn by
/// `make previews`, scripts/previews.mjs), copied into `dist/previews/`.
pub fn preview_path(lang: Lang) -> String {
    format!("/previews/preview-{}.png", lang.code())
}

/// The previews' size in pixels, as scripts/previews.mjs draws them (a test reads the PNGs).
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// The Open Graph locale of a language (`language_TERRITORY`, as Facebook's list spells
/// them; it has no ru_AZ). The English is British: British spelling, dates day first
/// ("29 May 2025").
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "az_AZ",
        Lang::En => "en_GB",
        Lang::Ru => "ru_RU",
    }
}

/// What a messenger (WhatsApp, Telegram) or a social site shows under a link to the page:
/// Open Graph tags (`property=`) and the Twitter card's (`name=`). The title is the
/// document's own, which names the site (WhatsApp shows no `og:site_name`); the
/// description is the page's; the picture is its language's. `og:url` only where the page
/// has a canonical address (not the 404 page).
fn link_preview(route: &Route, origin: &str) -> String {
    let lang = route.lang();
    let (title, description) = (
        escape_html(&route.document_title()),
        escape_html(&route.description()),
    );
    let image = format!("{origin}{}", preview_path(lang));
    let alt = escape_html(&t(lang, "preview-image-alt"));
    let (width, height) = PREVIEW_SIZE;
    let property = |key: &str, value: &str| format!(r#"<meta property="{key}" content="{value}">"#);
    let name = |key: &str, value: &str| format!(r#"<meta name="{key}" content="{value}">"#);
    let mut tags = property("og:type", "website")
        + &property("og:site_name", &escape_html(&t(lang, "site-name")))
        + &property("og:title", &title)
        + &property("og:description", &description);
    if let Some(canonical) = route.canonical() {
        let url = format!("{origin}{}", canonical.to_path());
        tags += &property("og:url", &escape_html(&url));
    }
    tags += &property("og:locale", og_locale(lang));
    for other in Lang::ALL.into_iter().filter(|&other| other != lang) {
        tags += &property("og:locale:alternate", og_locale(other));
    }
    tags + &property("og:image", &escape_html(&image))
        + &property("og:image:width", &width.to_string())
        + &property("og:image:height", &height.to_string())
        + &property("og:image:type", "image/png")
        + &property("og:image:alt", &alt)
        + &name("twitter:card", "summary_large_image")
        + &name("twitter:title", &title)
        + &name("twitter:description", &description)
        + &name("twitter:image", &escape_html(&image))
        + &name("twitter:image:alt", &alt)
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
    head += &link_preview(route, origin);
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

    /// The `content` of every `<meta>` with this `property` or `name`, in order.
    fn contents<'a>(head: &'a str, attribute: &str, key: &str) -> Vec<&'a str> {
        let start = format!(r#"<meta {attribute}="{key}" content=""#);
        head.match_indices(&start)
            .map(|(at, _)| {
                let value = &head[at + start.len()..];
                &value[..value.find('"').expect("closed")]
            })
            .collect()
    }

    #[test]
    fn every_page_has_a_link_preview_in_its_language() {
        let origin = "https://example.org";
        for route in Route::all() {
            let head = head_html(&route, origin);
            let lang = route.lang();
            let one = |attribute: &str, key: &str| {
                let found = contents(&head, attribute, key);
                assert_eq!(found.len(), 1, "{route:?}: {key} once: {found:?}");
                found[0].to_string()
            };
            let og = |key: &str| one("property", key);
            let twitter = |key: &str| one("name", key);
            let (title, description) = (
                escape_html(&route.document_title()),
                escape_html(&route.description()),
            );
            assert_eq!(og("og:type"), "website");
            assert_eq!(og("og:site_name"), escape_html(&t(lang, "site-name")));
            assert_eq!(og("og:title"), title);
            assert_eq!(twitter("twitter:title"), title);
            assert_eq!(og("og:description"), description);
            assert_eq!(twitter("twitter:description"), description);
            assert_eq!(one("name", "description"), description);
            match route.canonical() {
                Some(canonical) => {
                    let url = format!("{origin}{}", canonical.to_path());
                    assert_eq!(og("og:url"), url);
                    assert!(head.contains(&format!(r#"<link rel="canonical" href="{url}">"#)));
                }
                None => assert!(contents(&head, "property", "og:url").is_empty()),
            }
            assert_eq!(og("og:locale"), og_locale(lang));
            let mut alternates = contents(&head, "property", "og:locale:alternate");
            alternates.sort_unstable();
            let mut others: Vec<&str> = Lang::ALL
                .into_iter()
                .filter(|&l| l != lang)
                .map(og_locale)
                .collect();
            others.sort_unstable();
            assert_eq!(alternates, others, "{route:?}");
            let image = format!("{origin}/previews/preview-{lang}.png");
            assert_eq!(og("og:image"), image);
            assert_eq!(twitter("twitter:image"), image);
            assert_eq!(og("og:image:width"), "1200");
            assert_eq!(og("og:image:height"), "630");
            assert_eq!(og("og:image:type"), "image/png");
            let alt = t(lang, "preview-image-alt");
            assert!(alt.contains(&t(lang, "site-name")), "{lang}: {alt}");
            assert_eq!(og("og:image:alt"), escape_html(&alt));
            assert_eq!(twitter("twitter:image:alt"), escape_html(&alt));
            assert_eq!(twitter("twitter:card"), "summary_large_image");
            // Open Graph by `property`, the Twitter card by `name` (as each specifies).
            assert!(!head.contains(r#"name="og:"#) && !head.contains(r#"property="twitter:"#));
        }
        // The languages' own texts: Russian on a Russian page, English British.
        let ru = head_html(&Route::new(Lang::Ru, Page::Signs), origin);
        assert!(ru.contains(r#"<meta property="og:site_name" content="Минная безопасность">"#));
        assert!(ru.contains(r#"<meta property="og:locale" content="ru_RU">"#));
        let en = head_html(&Route::new(Lang::En, Page::Rules), origin);
        assert!(en.contains(r#"<meta property="og:title" content="Safety rules · Mine safety">"#));
        assert!(en.contains(r#"<meta property="og:locale" content="en_GB">"#));
        assert!(en.contains(r#"<meta property="og:url" content="https://example.org/en/rules/">"#));
        // `/` is the Azerbaijani home: its preview points at /az/; the 404 page has none.
        let root = head_html(&Route::Root, origin);
        assert_eq!(
            contents(&root, "property", "og:url"),
            ["https://example.org/az/"]
        );
        assert_eq!(contents(&root, "property", "og:locale"), ["az_AZ"]);
        // Whatever is in the texts or the origin is escaped.
        let odd = head_html(
            &Route::new(Lang::En, Page::Home),
            r#"https://x.org/?a="b"&c"#,
        );
        assert!(odd.contains(
            r#"<meta property="og:image" content="https://x.org/?a=&quot;b&quot;&amp;c/previews/preview-en.png">"#
        ));
        assert!(odd.contains(
            r#"<meta property="og:url" content="https://x.org/?a=&quot;b&quot;&amp;c/en/">"#
        ));
    }

    #[test]
    fn each_language_has_its_preview_picture_at_the_size_announced() {
        for lang in Lang::ALL {
            let file = format!(
                "{}/static{}",
                env!("CARGO_MANIFEST_DIR"),
                preview_path(lang)
            );
            let png =
                std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e} (make previews)"));
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{file}: a PNG");
            assert_eq!(&png[12..16], b"IHDR", "{file}");
            let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
            assert_eq!((size(16), size(20)), PREVIEW_SIZE, "{file}");
            // Fetched by a messenger on every share: small.
            assert!(png.len() < 100_000, "{file}: {} bytes", png.len());
        }
    }
}
