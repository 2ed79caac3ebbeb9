//! What the pre-render step changes in Trunk's `index.html` before it puts a page in it:
//! Trunk starts the wasm with an inline `<script type="module">`, which a
//! Content-Security-Policy without `'unsafe-inline'` blocks. The same start moves into a
//! file of its own (`start-{hash}.js`, with Subresource Integrity), which also keeps the
//! pre-rendered page quietly as it is when the wasm cannot be had. Native only.

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
/// returned file. An error names what is missing from the template.
pub fn externalise_start(template: &str) -> Result<(String, Asset), String> {
    const OPEN: &str = "<script type=\"module\">";
    let start = template
        .find(OPEN)
        .ok_or("no inline <script type=\"module\"> (Trunk's loader)")?;
    let length = template[start..]
        .find("</script>")
        .ok_or("the inline module script is not closed")?
        + "</script>".len();
    let inline = &template[start..start + length];
    let glue = between(inline, "from '", "'").ok_or("no JS glue in Trunk's loader")?;
    let wasm = between(inline, "module_or_path: '", "'").ok_or("no wasm in Trunk's loader")?;
    // The wasm is fetched with the integrity of Trunk's preload: so the preloaded copy is
    // the one used (a fetch without it would download the wasm a second time), checked.
    let preload = format!(r#"<link rel="preload" href="{wasm}""#);
    let wasm_integrity = template
        .find(&preload)
        .and_then(|at| between(&template[at..], r#"integrity=""#, "\""))
        .ok_or("no preload with integrity for the wasm")?;
    let content = format!(
        "// Starts this page's wasm (written by the pre-render step in place of Trunk's inline\n\
         // loader). If the wasm cannot be had, the pre-rendered page stays as it is.\n\
         try {{\n\
         \x20 const glue = await import('{glue}');\n\
         \x20 const wasm = fetch('{wasm}', {{ integrity: '{wasm_integrity}' }});\n\
         \x20 await glue.default({{ module_or_path: wasm }});\n\
         }} catch (error) {{\n\
         \x20 console.warn('minesafe: the page stays as it was pre-rendered', error);\n\
         }}\n"
    );
    let name = format!("start-{}.js", content_hash(content.as_bytes()));
    let tag = format!(
        r#"<script type="module" src="/{name}" integrity="{}" crossorigin="anonymous"></script>"#,
        integrity(content.as_bytes())
    );
    Ok((template.replacen(inline, &tag, 1), Asset { name, content }))
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
        integrity=\"sha384-XYZ\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn the_inline_loader_becomes_a_file_with_integrity() {
        let (page, asset) = externalise_start(TRUNK).unwrap();
        assert!(!page.contains("<script type=\"module\">"), "{page}");
        assert!(page.starts_with("<head><link rel=\"stylesheet\" href=\"/main-1.css\"/>"));
        assert!(page.contains(&format!(
            r#"<script type="module" src="/{}" integrity="{}" crossorigin="anonymous"></script>"#,
            asset.name,
            integrity(asset.content.as_bytes())
        )));
        assert!(asset.name.starts_with("start-") && asset.name.ends_with(".js"));
        assert!(asset.content.contains("import('/minesafe-abc.js')"));
        assert!(asset
            .content
            .contains("fetch('/minesafe-abc_bg.wasm', { integrity: 'sha384-XYZ' })"));
        assert!(asset.content.contains("catch (error)"));
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
