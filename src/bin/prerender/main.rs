//! Writes every route in every language into `dist/` as static HTML, from the
//! `index.html` that Trunk built (which links the hashed wasm, JS and CSS), plus the
//! translation catalogs (`i18n/`), `sitemap.xml`, `robots.txt` and the service worker
//! (`sw.js`, see `offline.rs`). The pages of the other wasm files (statistics,
//! schools; see `minesafe::wasm_files`) are written from their own Trunk builds, one
//! folder each under `--builds`, whose files are copied into `dist/`.
//!
//! Usage: prerender [--dist DIR] [--builds DIR] [--origin https://example.org]
//! The origin (also `SITE_ORIGIN`) makes canonical and sitemap addresses absolute.
//!
//! Before Trunk runs: prerender trunk-inputs [--dist DIR] [--builds DIR] [--features F,G]
//! writes each wasm file's Trunk input and prints `INPUT OUTPUT-DIR` lines
//! (`trunk_inputs.rs`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

use minesafe::i18n::{self, Lang};
use minesafe::route::{Page, Route};
use minesafe::safety::view::sign_drawing::{DRAWINGS, DRAWINGS_FILE};
use minesafe::wasm_files::{self, WASM_FILES};
mod compress;
mod head;
mod offline;
mod qr;
mod shell;
#[cfg(test)]
mod test_dist;
mod trunk_inputs;

/// Trunk's output holds this empty mount point; a pre-rendered page no longer does.
const MOUNT: &str = r#"<div id="app"></div>"#;
const DOCUMENT_LANG: &str = r#"<html lang="az">"#;

const USAGE: &str =
    "usage: prerender [trunk-inputs] [--dist DIR] [--builds DIR] [--origin URL] [--features F,G]";

/// What the command line asks for.
struct Options {
    dist: PathBuf,
    builds: PathBuf,
    origin: String,
    /// Cargo features added to every wasm file (`trunk-inputs` only).
    features: Vec<String>,
}

fn main() {
    let mut args = env::args().skip(1).peekable();
    let trunk_inputs = args.next_if(|arg| arg == "trunk-inputs").is_some();
    let mut options = Options {
        dist: PathBuf::from("dist"),
        builds: PathBuf::from("target/trunk-builds"),
        origin: env::var("SITE_ORIGIN").unwrap_or_else(|_| "http://127.0.0.1:8080".into()),
        features: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--dist", Some(value)) => options.dist = PathBuf::from(value),
            ("--builds", Some(value)) => options.builds = PathBuf::from(value),
            ("--origin", Some(value)) => options.origin = value,
            ("--features", Some(value)) => {
                options.features = value
                    .split(',')
                    .filter(|f| !f.is_empty())
                    .map(String::from)
                    .collect()
            }
            _ => fail(&format!("unknown argument {arg:?}; {USAGE}")),
        }
    }
    if trunk_inputs {
        write_trunk_inputs(&options);
    } else {
        prerender(&options);
    }
}

/// Writes each wasm file's Trunk input and prints where Trunk builds it.
fn write_trunk_inputs(options: &Options) {
    let index = fs::read_to_string("index.html")
        .unwrap_or_else(|e| fail(&format!("index.html: {e} (run from the project root)")));
    for file in WASM_FILES {
        let html =
            trunk_inputs::input_html(&index, file, &options.features).unwrap_or_else(|e| fail(&e));
        let input = trunk_inputs::input_name(file);
        write(Path::new(&input), &html);
        let out = trunk_inputs::build_dir(file, &options.dist, &options.builds);
        println!("{input} {}", out.display());
    }
}

fn prerender(options: &Options) {
    let (dist, origin) = (&options.dist, options.origin.trim_end_matches('/'));
    // The page templates of each wasm file's build, by its name: with its loader, and
    // without it for the pages without wasm it gives their frame (`frame_for`).
    let templates: HashMap<&str, (String, String)> = WASM_FILES
        .iter()
        .map(|file| {
            let build = trunk_inputs::build_dir(file, dist, &options.builds);
            if build != *dist {
                copy_build(&build, dist);
            }
            let without = shell::without_wasm(&trunk_index(&build))
                .unwrap_or_else(|e| fail(&format!("{}: {e}", build.display())));
            (file.name, (template(&build, dist), without))
        })
        .collect();

    let routes = Route::all();
    for route in &routes {
        let body = futures::executor::block_on(minesafe::render_to_html(route));
        let frame = wasm_files::frame_for(route);
        let (with_wasm, without_wasm) = &templates[frame.name];
        let template = if frame.shows(route) {
            with_wasm
        } else {
            without_wasm
        };
        let body = shell::markers_only_in_islands(&body);
        let body =
            qr::fill(&body, origin).unwrap_or_else(|e| fail(&format!("{}: {e}", route.to_path())));
        let page = template
            .replacen(
                DOCUMENT_LANG,
                &format!(r#"<html lang="{}">"#, route.lang()),
                1,
            )
            .replacen(
                "</head>",
                &format!("{}</head>", head::head_html(route, origin)),
                1,
            )
            .replacen(
                MOUNT,
                &format!(
                    r#"<div id="app">{body}</div>{}"#,
                    offline::update_notice(route.lang())
                ),
                1,
            );
        write(&dist.join(route.output_file()), &page);
    }
    // The texts the browser fetches before it takes over a page, one file per language
    // and part.
    for lang in Lang::ALL {
        for part in i18n::parts::ALL {
            write(
                &dist.join(i18n::catalog_file(lang, part)),
                i18n::embedded_catalog(lang, part),
            );
        }
    }
    // The drawings of signs and scenes, which the pages and the wasm refer to by this name.
    write(&dist.join(DRAWINGS_FILE), DRAWINGS);
    for lang in Lang::ALL {
        write(
            &dist.join(head::manifest_path(lang).trim_start_matches('/')),
            &offline::web_app_manifest(lang),
        );
    }
    write(&dist.join("sitemap.xml"), &sitemap(origin));
    write(
        &dist.join("robots.txt"),
        &format!("User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n"),
    );
    offline::fill_offline_size(dist).unwrap_or_else(|e| fail(&format!("{}: {e}", dist.display())));
    // Last, so that it lists every file written above.
    let kept =
        offline::precache_list(dist).unwrap_or_else(|e| fail(&format!("{}: {e}", dist.display())));
    write(&dist.join("sw.js"), &offline::service_worker(&kept));
    // Last of all, so that every file written above has its copy.
    let copies =
        compress::write_copies(dist).unwrap_or_else(|e| fail(&format!("{}: {e}", dist.display())));
    println!(
        "prerender: wrote {} pages, sitemap.xml, robots.txt and sw.js ({} files kept offline, {copies} Brotli copies) into {}",
        routes.len(),
        kept.len(),
        dist.display()
    );
}

/// The `index.html` of a Trunk build in `dir`, checked to be one, with its inline start
/// script moved into a file in `dist` (see `shell.rs`).
fn template(dir: &Path, dist: &Path) -> String {
    let template = trunk_index(dir);
    let (template, start) = shell::externalise_start(&template)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    write(&dist.join(&start.name), &start.content);
    template
}

/// The `index.html` Trunk built in `dir`, checked to be one.
fn trunk_index(dir: &Path) -> String {
    let path = dir.join("index.html");
    let template = fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&format!("{}: {e} (run `make dist`)", path.display())));
    if !template.contains(MOUNT) || !template.contains(DOCUMENT_LANG) {
        fail(&format!(
            "{} is not Trunk's output (no empty {MOUNT} or {DOCUMENT_LANG}); run `make dist`",
            path.display()
        ));
    }
    template
}

/// Copies the files of a Trunk build (wasm, JS, CSS; not its `index.html`) into `dist`.
fn copy_build(from: &Path, dist: &Path) {
    let entries = fs::read_dir(from).unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() && entry.file_name() != "index.html" {
            let to = dist.join(entry.file_name());
            fs::copy(&path, &to).unwrap_or_else(|e| {
                fail(&format!(
                    "copying {} to {}: {e}",
                    path.display(),
                    to.display()
                ))
            });
        }
    }
}

/// Every page in every language, each listing its other languages.
fn sitemap(origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for lang in Lang::ALL {
        for page in Page::ALL {
            let route = Route::new(lang, page);
            xml += &format!("  <url>\n    <loc>{origin}{}</loc>\n", route.to_path());
            for other in Lang::ALL {
                xml += &format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{origin}{}\"/>\n",
                    route.in_lang(other).to_path()
                );
            }
            xml += "  </url>\n";
        }
    }
    xml + "</urlset>\n"
}

fn write(path: &Path, contents: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    }
    fs::write(path, contents).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1);
}
