//! What the pre-render step writes so the site works offline and can be installed: the
//! service worker (`static/sw.js` with the list of every file to keep and a hash of
//! each), the notice that a newer version is ready, how much space the kept files take
//! (on the sources page), and a web app manifest per language.
//! Native only: it reads the built `dist/`.

use std::fs;
use std::path::Path;

use crate::compress;
use crate::shell::{content_hash, fill, integrity, js_string};
use minesafe::i18n::{t, t_args, Arg, Lang};
use minesafe::route::{escape_html, Page, Route};
use minesafe::site::pages::OFFLINE_SIZE;

/// Built files a reader never needs offline (and the worker itself).
const NOT_KEPT: [&str; 3] = ["sw.js", "sitemap.xml", "robots.txt"];
/// The link previews (`head::preview_path`): fetched by a messenger's or a social site's
/// server when a link is shared, never by a page, so keeping them would only cost every
/// phone about 115 KB (three languages).
const NOT_KEPT_DIR: &str = "previews";

/// One file to keep: the address the browser asks for, a short hash of its content
/// (which tells versions apart), its Subresource Integrity hash (which the worker's
/// download must match) and its size.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Precached {
    pub url: String,
    pub hash: String,
    pub integrity: String,
    pub bytes: u64,
}

/// Every file under `dist`, by address (`az/rules/index.html` is `/az/rules/`), sorted.
pub fn precache_list(dist: &Path) -> std::io::Result<Vec<Precached>> {
    let mut list = Vec::new();
    collect(dist, dist, &mut list)?;
    list.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(list)
}

fn collect(dist: &Path, dir: &Path, list: &mut Vec<Precached>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            if path != dist.join(NOT_KEPT_DIR) {
                collect(dist, &path, list)?;
            }
            continue;
        }
        let relative = path
            .strip_prefix(dist)
            .expect("under dist")
            .to_string_lossy()
            .replace('\\', "/");
        // A compressed copy is the same file to the browser, which never asks for it by name.
        if NOT_KEPT.contains(&relative.as_str()) || compress::is_copy(&path) {
            continue;
        }
        let url = match relative.strip_suffix("index.html") {
            Some(dir) => format!("/{dir}"),
            None => format!("/{relative}"),
        };
        let content = fs::read(&path)?;
        list.push(Precached {
            url,
            hash: content_hash(&content),
            integrity: integrity(&content),
            bytes: content.len() as u64,
        });
    }
    Ok(())
}

/// `static/sw.js` with the list and a version that changes whenever any file does.
pub fn service_worker(list: &[Precached]) -> String {
    let entries: Vec<String> = list
        .iter()
        .map(|p| {
            format!(
                r#"{{"url":{},"hash":"{}","integrity":"{}"}}"#,
                js_string(&p.url),
                p.hash,
                p.integrity
            )
        })
        .collect();
    // The list names every file with its hash: a hash of the list changes with any file.
    let version = content_hash(entries.concat().as_bytes());
    fill(
        include_str!("../../../static/sw.js"),
        &[
            (
                "/* PRECACHE */ []",
                format!("[\n  {}\n]", entries.join(",\n  ")),
            ),
            ("/* VERSION */ ''", js_string(&version)),
        ],
    )
}

/// Writes into each language's sources page how much space the kept files take, in
/// place of `OFFLINE_SIZE`. The pages are among those files: the figure is written again
/// until it no longer changes (once, as it is rounded to a tenth of a megabyte).
pub fn fill_offline_size(dist: &Path) -> std::io::Result<()> {
    let pages: Vec<(Lang, std::path::PathBuf)> = Lang::ALL
        .iter()
        .map(|&lang| {
            (
                lang,
                dist.join(Route::new(lang, Page::Sources).output_file()),
            )
        })
        .collect();
    let templates = pages
        .iter()
        .map(|(_, path)| fs::read_to_string(path))
        .collect::<std::io::Result<Vec<_>>>()?;
    if let Some(((_, path), _)) = pages
        .iter()
        .zip(&templates)
        .find(|(_, page)| !page.contains(OFFLINE_SIZE))
    {
        return Err(std::io::Error::other(format!(
            "{} does not say where the site's size goes ({OFFLINE_SIZE})",
            path.display()
        )));
    }
    let mut written = None;
    for _ in 0..4 {
        let total: u64 = precache_list(dist)?.iter().map(|p| p.bytes).sum();
        let megabytes = megabytes(total);
        if written == Some(megabytes) {
            return Ok(());
        }
        for ((lang, path), template) in pages.iter().zip(&templates) {
            let size = t_args(
                *lang,
                "sources-megabytes",
                &[("megabytes", Arg::Number(megabytes))],
            );
            fs::write(path, template.replace(OFFLINE_SIZE, &escape_html(&size)))?;
        }
        written = Some(megabytes);
    }
    Err(std::io::Error::other("the site's size never settled"))
}

/// Bytes in megabytes, rounded to a tenth (at least a tenth).
fn megabytes(bytes: u64) -> f64 {
    ((bytes as f64 / 100_000.0).round() / 10.0).max(0.1)
}

/// The colour of the browser's bars, as `<meta name="theme-color">` in index.html.
pub const THEME_COLOUR: &str = "#9f1d1d";

/// The web app manifest of a language: installed from a page in that language, the app
/// is named in it and opens on its home page.
pub fn web_app_manifest(lang: Lang) -> String {
    let home = format!("/{}/", lang.code());
    let icon = |src: &str, sizes: &str, kind: &str, purpose: &str| serde_json::json!({ "src": src, "sizes": sizes, "type": kind, "purpose": purpose });
    let manifest = serde_json::json!({
        "id": "/",
        "name": t(lang, "site-name"),
        "short_name": t(lang, "site-name"),
        "description": Page::Home.summary(lang),
        "lang": lang.code(),
        "dir": "ltr",
        "start_url": home,
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            icon("/icons/icon.svg", "any", "image/svg+xml", "any"),
            icon("/icons/icon-192.png", "192x192", "image/png", "any"),
            icon("/icons/icon-512.png", "512x512", "image/png", "any"),
            icon("/icons/icon-maskable-512.png", "512x512", "image/png", "maskable"),
        ],
    });
    serde_json::to_string_pretty(&manifest).expect("plain JSON")
}

/// The notice `register-sw.js` shows when a newer version has been downloaded: hidden,
/// in the page's language, with the other languages' texts beside it because the reader
/// may have switched language since the page loaded.
pub fn update_notice(lang: Lang) -> String {
    let texts = |id: &str| {
        let all: String = Lang::ALL
            .iter()
            .map(|l| format!(r#" data-{}="{}""#, l.code(), escape_html(&t(*l, id))))
            .collect();
        (all, escape_html(&t(lang, id)))
    };
    let (message_data, message) = texts("update-ready");
    let (reload_data, reload) = texts("update-reload");
    let (later_data, later) = texts("update-later");
    format!(
        r#"<div id="update-ready" class="update-ready" role="status" hidden><p{message_data}>{message}</p><button type="button" class="reload"{reload_data}>{reload}</button><button type="button" class="later"{later_data}>{later}</button></div>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_dist::dist_with;

    const SITE: [(&str, &str); 8] = [
        ("index.html", "home"),
        ("az/rules/index.html", "rules"),
        ("404.html", "not found"),
        ("minesafe-0123abcd_bg.wasm", "wasm"),
        ("sw.js", "old worker"),
        ("robots.txt", "robots"),
        ("sitemap.xml", "sitemap"),
        ("index.html.br", "home, compressed"),
    ];

    #[test]
    fn every_file_but_the_worker_the_crawler_files_and_the_compressed_copies_is_kept_by_its_address(
    ) {
        let dist = dist_with("list", &SITE);
        let urls: Vec<String> = precache_list(&dist)
            .unwrap()
            .into_iter()
            .map(|p| p.url)
            .collect();
        assert_eq!(
            urls,
            ["/", "/404.html", "/az/rules/", "/minesafe-0123abcd_bg.wasm"]
        );
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn the_link_previews_are_not_kept() {
        let mut files = SITE.to_vec();
        files.push(("previews/preview-az.png", "png"));
        files.push(("icons/icon-192.png", "png"));
        let dist = dist_with("previews", &files);
        let urls: Vec<String> = precache_list(&dist)
            .unwrap()
            .into_iter()
            .map(|p| p.url)
            .collect();
        assert!(
            urls.contains(&"/icons/icon-192.png".to_string()),
            "{urls:?}"
        );
        assert!(
            !urls.iter().any(|url| url.starts_with("/previews/")),
            "{urls:?}"
        );
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_changed_file_changes_its_hash_and_the_version_only() {
        let before = dist_with("before", &SITE);
        let mut changed = SITE;
        changed[1].1 = "rules, corrected";
        let after = dist_with("after", &changed);
        let (old, new) = (
            precache_list(&before).unwrap(),
            precache_list(&after).unwrap(),
        );
        let differing: Vec<&str> = old
            .iter()
            .zip(&new)
            .filter(|(a, b)| a.hash != b.hash)
            .map(|(a, _)| a.url.as_str())
            .collect();
        assert_eq!(differing, ["/az/rules/"]);

        let version = |worker: &str| {
            let start = worker.find("const VERSION = \"").unwrap() + 17;
            worker[start..start + 16].to_string()
        };
        let (old_worker, new_worker) = (service_worker(&old), service_worker(&new));
        assert_ne!(version(&old_worker), version(&new_worker));
        assert_eq!(
            service_worker(&old),
            old_worker,
            "the same files, the same worker"
        );
        assert!(!old_worker.contains("/* PRECACHE */") && !old_worker.contains("/* VERSION */"));
        for entry in &old {
            assert!(old_worker.contains(&format!(
                r#"{{"url":"{}","hash":"{}","integrity":"{}"}}"#,
                entry.url, entry.hash, entry.integrity
            )));
        }
        // The worker's download must match the content it was built from.
        let rules = |list: &[Precached]| {
            list.iter()
                .find(|e| e.url == "/az/rules/")
                .cloned()
                .unwrap()
        };
        assert_eq!(
            rules(&old).integrity,
            crate::shell::integrity(SITE[1].1.as_bytes())
        );
        assert_ne!(rules(&old).integrity, rules(&new).integrity);
        assert_eq!(rules(&new).bytes, "rules, corrected".len() as u64);
        fs::remove_dir_all(before).unwrap();
        fs::remove_dir_all(after).unwrap();
    }

    #[test]
    fn each_sources_page_says_in_its_language_how_much_the_kept_files_take() {
        let page = format!("<p>{OFFLINE_SIZE}</p>");
        let wasm = "w".repeat(1_234_000);
        let files = [
            ("az/sources/index.html", page.as_str()),
            ("en/sources/index.html", page.as_str()),
            ("ru/sources/index.html", page.as_str()),
            ("big_bg.wasm", wasm.as_str()),
            ("sitemap.xml", "not kept, not counted"),
        ];
        let dist = dist_with("size", &files);
        fill_offline_size(&dist).unwrap();
        let read =
            |lang: &str| fs::read_to_string(dist.join(lang).join("sources/index.html")).unwrap();
        assert_eq!(read("en"), "<p>about 1.2\u{a0}MB</p>");
        assert_eq!(read("az"), "<p>təxminən 1,2\u{a0}MB</p>");
        assert_eq!(read("ru"), "<p>около 1,2\u{a0}МБ</p>");
        // A page that no longer says where the figure goes is an error, not a silent miss.
        let without = dist_with(
            "size-missing",
            &[
                ("az/sources/index.html", "<p></p>"),
                ("en/sources/index.html", page.as_str()),
                ("ru/sources/index.html", page.as_str()),
            ],
        );
        let error = fill_offline_size(&without).unwrap_err().to_string();
        assert!(error.contains("az/sources/index.html"), "{error}");
        fs::remove_dir_all(dist).unwrap();
        fs::remove_dir_all(without).unwrap();
    }

    #[test]
    fn the_update_notice_is_hidden_in_the_page_language_with_the_others_beside() {
        let notice = update_notice(Lang::Ru);
        assert!(notice
            .starts_with(r#"<div id="update-ready" class="update-ready" role="status" hidden>"#));
        assert!(notice.contains(&format!(">{}</p>", t(Lang::Ru, "update-ready"))));
        assert!(notice.contains(&format!(">{}</button>", t(Lang::Ru, "update-reload"))));
        assert!(notice.contains(&format!(">{}</button>", t(Lang::Ru, "update-later"))));
        for lang in Lang::ALL {
            for id in ["update-ready", "update-reload", "update-later"] {
                let text = t(lang, id);
                assert!(!text.is_empty() && text != id, "{lang} {id}");
                assert!(notice.contains(&format!(
                    r#"data-{}="{}""#,
                    lang.code(),
                    escape_html(&text)
                )));
            }
        }
    }
}

#[cfg(test)]
mod manifest_tests {
    use super::*;

    #[test]
    fn each_language_has_a_manifest_named_in_it_that_opens_its_home_page() {
        for lang in Lang::ALL {
            let manifest: serde_json::Value =
                serde_json::from_str(&web_app_manifest(lang)).unwrap();
            assert_eq!(manifest["name"], t(lang, "site-name"));
            assert_eq!(manifest["lang"], lang.code());
            assert_eq!(manifest["start_url"], format!("/{}/", lang.code()));
            assert_eq!(manifest["display"], "standalone");
            let purposes: Vec<&str> = manifest["icons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["purpose"].as_str().unwrap())
                .collect();
            assert!(purposes.contains(&"maskable") && purposes.contains(&"any"));
            for icon in manifest["icons"].as_array().unwrap() {
                let file = format!("static{}", icon["src"].as_str().unwrap());
                assert!(Path::new(&file).exists(), "{file}");
            }
        }
    }
}
