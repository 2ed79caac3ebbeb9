//! What the pre-render step changes in Trunk's `index.html` before it puts a page in it:
//! Trunk starts the wasm with an inline `<script type="module">`, which a
//! Content-Security-Policy without `'unsafe-inline'` blocks. The start moves into a file
//! of its own (`static/start.js`, written as `start-{hash}.js` with Subresource
//! Integrity), which fetches the wasm after the first paint and keeps the pre-rendered
//! page quietly as it is when the wasm cannot be had. Native only.

use base64::Engine;
use sha2::{Digest, Sha384};

/// A file the pre-render step writes next to the pages.
#[derive(Debug, PartialEq, Eq)]
pub struct Asset {
    /// Its name in `dist/`, with a content hash.
    pub name: String,
    pub content: String,
}

/// The template with Trunk's inline start script replaced by a `<script src>` of the
/// returned file, and Trunk's preloads of the JS glue and the wasm taken out: the start
/// script fetches both (with their integrity) once the page has been painted, so the
/// reader's first screen never waits behind the ~150 KB that only make it interactive.
/// An error names what is missing from the template.
pub fn externalise_start(template: &str) -> Result<(String, Asset), String> {
    let loader = TrunkLoader::find(template)?;
    let content = fill(
        include_str!("../../../static/start.js"),
        &[
            ("/* GLUE */ ''", js_string(loader.glue)),
            ("/* GLUE_INTEGRITY */ ''", js_string(loader.glue_integrity)),
            ("/* WASM */ ''", js_string(loader.wasm)),
            ("/* WASM_INTEGRITY */ ''", js_string(loader.wasm_integrity)),
        ],
    );
    let name = format!("start-{}.js", content_hash(content.as_bytes()));
    // Low priority: the page's stylesheet and text come first.
    let tag = format!(
        r#"<script type="module" src="/{name}" integrity="{}" crossorigin="anonymous" fetchpriority="low"></script>"#,
        integrity(content.as_bytes())
    );
    Ok((loader.replace(template, &tag), Asset { name, content }))
}

/// The template of a page without wasm: Trunk's loader and preloads taken out, the
/// stylesheet and the service worker's registration kept.
pub fn without_wasm(template: &str) -> Result<String, String> {
    Ok(TrunkLoader::find(template)?.replace(template, ""))
}

/// A page's markup with the markers Yew's server rendering leaves for hydration
/// (`<!--<[path::Component]>-->`, `<!--<#>-->`) kept only inside its islands
/// (`<div data-island=…>`), the one part the browser hydrates and so reads them: 0.3-0.6
/// KB gzip less a page. The pages' own markup has no comments.
pub fn markers_only_in_islands(html: &str) -> String {
    const ISLAND: &str = "<div data-island=";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(ISLAND) {
        out.push_str(&without_comments(&rest[..start]));
        let end = start + element_length(&rest[start..]);
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    out.push_str(&without_comments(rest));
    out
}

/// The length of the `<div>` element `html` starts with, to its matching `</div>` (text
/// and attributes are escaped, so every `<div` is a tag); all of `html` if it is not
/// closed.
fn element_length(html: &str) -> usize {
    let (mut depth, mut at) = (0, 0);
    loop {
        let open = html[at..].find("<div").map(|i| at + i);
        let close = html[at..].find("</div>").map(|i| at + i);
        match (open, close) {
            (Some(open), Some(close)) if open < close => {
                depth += 1;
                at = open + "<div".len();
            }
            (_, Some(close)) => {
                depth -= 1;
                at = close + "</div>".len();
                if depth == 0 {
                    return at;
                }
            }
            _ => return html.len(),
        }
    }
}

/// Markup without its comments.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What Trunk puts into `index.html` to start the wasm.
struct TrunkLoader<'a> {
    /// The inline `<script type="module">`.
    inline: &'a str,
    glue: &'a str,
    wasm: &'a str,
    glue_preload: &'a str,
    glue_integrity: &'a str,
    wasm_preload: &'a str,
    wasm_integrity: &'a str,
}

impl<'a> TrunkLoader<'a> {
    fn find(template: &'a str) -> Result<TrunkLoader<'a>, String> {
        let inline = element(template, "<script type=\"module\">", "</script>")
            .ok_or("no inline <script type=\"module\"> (Trunk's loader)")?;
        let glue = between(inline, "from '", "'").ok_or("no JS glue in Trunk's loader")?;
        let wasm = between(inline, "module_or_path: '", "'").ok_or("no wasm in Trunk's loader")?;
        let (glue_preload, glue_integrity) = preload(template, "modulepreload", glue)
            .ok_or("no modulepreload with integrity for the JS glue")?;
        let (wasm_preload, wasm_integrity) =
            preload(template, "preload", wasm).ok_or("no preload with integrity for the wasm")?;
        Ok(TrunkLoader {
            inline,
            glue,
            wasm,
            glue_preload,
            glue_integrity,
            wasm_preload,
            wasm_integrity,
        })
    }

    /// The template with the loader replaced by `start` and the preloads taken out.
    fn replace(&self, template: &str, start: &str) -> String {
        template
            .replacen(self.inline, start, 1)
            .replacen(self.glue_preload, "", 1)
            .replacen(self.wasm_preload, "", 1)
    }
}

/// One of the project's JavaScript templates (`static/start.js`, `static/sw.js`) with
/// each placeholder (`/* NAME */ ''`) replaced by a piece of JavaScript. A placeholder
/// missing from the template is a bug in this crate, not in the input.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (placeholder, code)| {
            assert!(
                text.contains(placeholder),
                "no {placeholder} in the template"
            );
            text.replacen(placeholder, code, 1)
        })
}

/// `text` as a JavaScript string literal.
pub fn js_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// The first stretch of `text` from `open` to the end of the next `close`.
fn element<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)?;
    let length = text[start..].find(close)? + close.len();
    Some(&text[start..start + length])
}

/// Trunk's `<link rel="{rel}" href="{href}" …>` and its integrity.
fn preload<'a>(template: &'a str, rel: &str, href: &str) -> Option<(&'a str, &'a str)> {
    let tag = element(
        template,
        &format!(r#"<link rel="{rel}" href="{href}""#),
        ">",
    )?;
    Some((tag, between(tag, r#"integrity=""#, "\"")?))
}

/// `sha384-…`, as the `integrity` attribute wants it.
pub fn integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn between<'a>(text: &'a str, before: &str, after: &str) -> Option<&'a str> {
    let from = text.find(before)? + before.len();
    let to = text[from..].find(after)? + from;
    Some(&text[from..to])
}

/// 16 hex digits of the SHA-384 of `bytes`: names a file by its content, and tells a
/// changed file from an unchanged one between two deployments (the same on every
/// machine and Rust version, so an unchanged file is never downloaded again).
pub fn content_hash(bytes: &[u8]) -> String {
    Sha384::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><link rel=\"stylesheet\" href=\"/main-1.css\"/>\n\
        <script type=\"module\">\nimport init, * as bindings from '/minesafe-abc.js';\n\
        const wasm = await init({ module_or_path: '/minesafe-abc_bg.wasm' });\n\
        window.wasmBindings = bindings;\n</script>\n\
        <link rel=\"preload\" href=\"/minesafe-abc_bg.wasm\" crossorigin=\"anonymous\" \
        integrity=\"sha384-XYZ\" as=\"fetch\" type=\"application/wasm\">\
        <link rel=\"modulepreload\" href=\"/minesafe-abc.js\" crossorigin=\"anonymous\" \
        integrity=\"sha384-GLUE\"></head>";

    #[test]
    fn the_inline_loader_becomes_a_file_with_integrity() {
        let (page, asset) = externalise_start(TRUNK).unwrap();
        assert!(!page.contains("<script type=\"module\">"), "{page}");
        assert!(page.starts_with("<head><link rel=\"stylesheet\" href=\"/main-1.css\"/>"));
        assert!(page.contains(&format!(
            r#"<script type="module" src="/{}" integrity="{}" crossorigin="anonymous" fetchpriority="low"></script>"#,
            asset.name,
            integrity(asset.content.as_bytes())
        )));
        // Nothing for the wasm is fetched before the page is painted.
        assert!(!page.contains("preload"), "{page}");
        assert!(asset.name.starts_with("start-") && asset.name.ends_with(".js"));
        // It fetches the glue and the wasm it was given, each with its integrity.
        for filled in [
            r#"const GLUE = "/minesafe-abc.js";"#,
            r#"const GLUE_INTEGRITY = "sha384-GLUE";"#,
            r#"const WASM = "/minesafe-abc_bg.wasm";"#,
            r#"const WASM_INTEGRITY = "sha384-XYZ";"#,
        ] {
            assert!(asset.content.contains(filled), "{filled}");
        }
        assert!(!asset.content.contains("/* "), "a placeholder is left");
        assert!(asset
            .content
            .contains("link({ rel: 'modulepreload', href: GLUE, integrity: GLUE_INTEGRITY })"));
        assert!(asset
            .content
            .contains("fetch(WASM, { integrity: WASM_INTEGRITY })"));
        assert!(asset.content.contains("await painted"));
        assert!(asset.content.contains("await wanted"));
        assert!(asset.content.contains("catch (error)"));
    }

    #[test]
    fn a_page_without_wasm_keeps_its_stylesheet_and_loads_no_script() {
        let page = without_wasm(TRUNK).unwrap();
        assert!(page.contains(r#"href="/main-1.css""#), "{page}");
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("minesafe-abc"), "{page}");
        assert!(without_wasm("<head></head>").is_err());
    }

    #[test]
    fn a_page_without_wasm_loses_the_hydration_markers_and_nothing_else() {
        let rendered = "<!--<[minesafe::site::view::layout::Layout]>--><p>a &lt;!-- b</p>\
            <!--<#>--><a href=\"/az/\">c</a><!--</#>--><!--</[minesafe::site::view::layout::Layout]>-->";
        assert_eq!(
            markers_only_in_islands(rendered),
            "<p>a &lt;!-- b</p><a href=\"/az/\">c</a>"
        );
        assert_eq!(
            markers_only_in_islands("<p>x</p><!-- open"),
            "<p>x</p><!-- open"
        );
    }

    #[test]
    fn an_island_keeps_its_markers_and_the_page_around_it_loses_them() {
        let island = "<div data-island=\"quiz\"><!--<[Root]>--><div class=\"quiz\">\
            <div><!--<#>-->x<!--</#>--></div></div><!--</[Root]>--></div>";
        let page = format!(
            "<!--<[Page]>--><main><div class=\"a\"><!--<[B]>-->b</div>{island}\
            <!--<[C]>--><div>c</div><!--</[C]>--></main><!--</[Page]>-->"
        );
        assert_eq!(
            markers_only_in_islands(&page),
            format!("<main><div class=\"a\">b</div>{island}<div>c</div></main>")
        );
    }

    #[test]
    fn a_template_without_trunks_loader_is_an_error() {
        let error = externalise_start("<head></head>").unwrap_err();
        assert!(error.contains("Trunk's loader"), "{error}");
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // echo -n abc | openssl dgst -sha384 -binary | base64
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
