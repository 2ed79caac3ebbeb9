//! The Trunk input of each wasm file (`bundle-{name}.html`, not committed), written from
//! index.html, the template of them all: its binary, its stylesheet after main.css, and
//! the icons copied by the first file only. `prerender trunk-inputs` writes them and
//! prints one `INPUT OUTPUT-DIR` line per file, which the Makefile builds in turn; the
//! pre-render step then reads each build from the same folder (`build_dir`).

use std::path::{Path, PathBuf};

use minesafe::wasm_files::{WasmFile, WASM_FILES};

/// The first file's binary, which index.html names (`WASM_FILES[0]`; a test checks it).
const BINARY: &str = r#"data-bin="minesafe-statistics""#;
const FEATURES: &str = r#"data-cargo-features="hydration""#;
const MAIN_CSS: &str = r#"href="static/main.css""#;
const COPY_DIR: &str = r#"rel="copy-dir""#;

/// Where a wasm file's Trunk build goes: the first into `dist`, each other into a folder
/// of its own under `builds`, from which the pre-render step copies its files.
pub fn build_dir(file: &WasmFile, dist: &Path, builds: &Path) -> PathBuf {
    if file == WASM_FILES[0] {
        dist.to_path_buf()
    } else {
        builds.join(file.name)
    }
}

/// The name of a wasm file's Trunk input, next to index.html so that its links to
/// `static/` resolve.
pub fn input_name(file: &WasmFile) -> String {
    format!("bundle-{}.html", file.name)
}

/// A wasm file's Trunk input from index.html, with `features` added to its Cargo
/// features. Fails if index.html no longer has what this rewrites.
pub fn input_html(index: &str, file: &WasmFile, features: &[String]) -> Result<String, String> {
    for (needed, what) in [
        (BINARY, "the first file's binary"),
        (FEATURES, "the cargo features"),
        (MAIN_CSS, "main.css"),
    ] {
        if index.matches(needed).count() != 1 {
            return Err(format!("index.html must hold {what} once, as {needed}"));
        }
    }
    let features = std::iter::once("hydration")
        .chain(features.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(",");
    let mut html = index
        .replace(BINARY, &format!(r#"data-bin="{}""#, file.binary))
        .replace(FEATURES, &format!(r#"data-cargo-features="{features}""#));
    if let Some(css) = file.stylesheet {
        let at = html.find(MAIN_CSS).expect("checked above");
        let end = at
            + html[at..]
                .find('>')
                .ok_or("index.html: main.css's <link> is not closed")?
            + 1;
        let link =
            format!(r#"<link data-trunk rel="css" href="static/{css}" data-integrity="sha384">"#);
        html.insert_str(end, &link);
    }
    // The icons are copied once, by the file built into dist/ itself.
    if file != WASM_FILES[0] {
        html = html
            .lines()
            .filter(|line| !line.contains(COPY_DIR))
            .map(|line| format!("{line}\n"))
            .collect();
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use minesafe::wasm_files::{SCHOOLS, STATISTICS};

    fn index() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap()
    }

    #[test]
    fn each_input_names_its_binary_and_the_stylesheet_of_its_own() {
        let schools = input_html(&index(), &SCHOOLS, &[]).unwrap();
        assert!(
            schools.contains(r#"data-bin="minesafe-schools""#),
            "{schools}"
        );
        let main_css = schools.find("static/main.css").unwrap();
        let own_css = schools
            .find("static/schools.css")
            .expect("schools.css linked");
        assert!(main_css < own_css, "its own styles come after main.css");
        assert!(
            !schools.contains(COPY_DIR),
            "only the first file copies the icons"
        );

        let first = input_html(&index(), &STATISTICS, &[]).unwrap();
        assert_eq!(
            first,
            index(),
            "the first file's input is index.html itself"
        );
    }

    #[test]
    fn added_features_come_after_hydration() {
        let statistics = input_html(&index(), &STATISTICS, &["synthetic".into()]).unwrap();
        assert!(
            statistics.contains(r#"data-cargo-features="hydration,synthetic""#),
            "{statistics}"
        );
    }

    #[test]
    fn an_index_html_without_the_binary_is_refused() {
        let broken = index().replace(BINARY, r#"data-bin="other""#);
        let error = input_html(&broken, &STATISTICS, &[]).unwrap_err();
        assert!(error.contains("binary"), "{error}");
    }

    #[test]
    fn the_first_file_builds_into_dist_the_others_apart() {
        let (dist, builds) = (Path::new("dist"), Path::new("target/trunk-builds"));
        assert_eq!(build_dir(&STATISTICS, dist, builds), dist);
        assert_eq!(
            build_dir(&SCHOOLS, dist, builds),
            Path::new("target/trunk-builds/schools")
        );
    }
}
