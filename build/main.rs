//! Runs before the crate compiles:
//! - compiles every `locales/{lang}/*.ftl` file into one compact catalog per language
//!   (served as a file, so the wasm carries neither the texts nor a Fluent parser); a
//!   syntax error or an unsupported construct stops the build with `file:line: reason`;
//! - checks the bundled data in `data/` and turns it into Rust statics. A bad row stops
//!   the build with `file:line: reason`, so a reader never gets a half-loaded dataset.

#[path = "../src/model/date.rs"]
#[allow(dead_code)]
mod date;
mod fluent_compile;
#[path = "../src/model/source_rows.rs"]
mod source_rows;
#[path = "../src/model/topic.rs"]
#[allow(dead_code)]
mod topic;
// `source_rows` names its siblings as `super::date` and `super::topic`.
use date::PartialDate;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use std::{env, fs, process};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    // Read by src/config.rs with option_env!; rebuild when it changes.
    println!("cargo:rerun-if-env-changed=MINESAFE_CORRECTIONS");
    write_locales(&root, &out);
    write_sources(&root, &out);
}

/// Compiles `locales/{lang}/*.ftl` into one catalog file per language
/// (`catalog-{lang}.txt`, read by src/i18n/catalog.rs) and `catalogs.rs`, which names
/// each file by its content hash and, for the native build, embeds it.
fn write_locales(root: &Path, out: &Path) {
    use fluent_compile::{RS, US};
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut problems = Vec::new();
    let mut catalogs = Vec::new();
    for lang_dir in sorted_entries(&locales).into_iter().filter(|p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut messages = std::collections::BTreeMap::new();
        for file in sorted_entries(&lang_dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = format!(
                "locales/{lang}/{}",
                file.file_name().unwrap().to_string_lossy()
            );
            let text =
                fs::read_to_string(&file).unwrap_or_else(|e| stop(&[format!("{name}: {e}")]));
            match fluent_compile::compile_file(&name, &text) {
                Ok(compiled) => {
                    for (id, pattern) in compiled {
                        if messages.insert(id.clone(), pattern).is_some() {
                            problems
                                .push(format!("{name}: message {id} is defined twice in {lang}"));
                        }
                    }
                }
                Err(mut found) => problems.append(&mut found),
            }
        }
        catalogs.push((lang, messages));
    }
    if !problems.is_empty() {
        stop(&problems);
    }
    // Each catalog also carries every language's own name (`language-name-{code}`), so
    // the language switch needs only the page's catalog.
    let autonyms: Vec<(String, String)> = catalogs
        .iter()
        .filter_map(|(lang, messages)| {
            messages
                .get("language-name")
                .map(|p| (format!("language-name-{lang}"), p.clone()))
        })
        .collect();
    let mut code = String::from("pub(super) const CATALOG_FILES: &[(&str, &str)] = &[\n");
    let mut embedded = String::from(
        "#[cfg(any(not(target_arch = \"wasm32\"), feature = \"embed-catalogs\"))]\npub(super) static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for (lang, mut messages) in catalogs {
        messages.extend(autonyms.iter().cloned());
        let text: String = messages
            .iter()
            .map(|(id, pattern)| format!("{id}{US}{pattern}{RS}"))
            .collect();
        let path = out.join(format!("catalog-{lang}.txt"));
        fs::write(&path, &text).unwrap();
        writeln!(
            code,
            "    ({lang:?}, \"i18n/{lang}-{:016x}.txt\"),",
            fnv1a(text.as_bytes())
        )
        .unwrap();
        writeln!(
            embedded,
            "    ({lang:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    embedded.push_str("];\n");
    fs::write(out.join("catalogs.rs"), code + &embedded).unwrap();
}

/// A content hash for cache-busting file names (FNV-1a, 64 bits).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    entries
}

fn today() -> PartialDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    PartialDate::from_unix_days((seconds / 86_400) as i64)
}

fn write_sources(root: &Path, out: &Path) {
    let path = root.join("data/sources.csv");
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| stop(&[format!("data/sources.csv: {e}")]));
    let rows =
        source_rows::parse_sources("data/sources.csv", &text, today()).unwrap_or_else(|p| stop(&p));

    let mut code = String::from("static SOURCES: &[Source] = &[\n");
    for row in rows {
        let published = match row.published {
            Some(d) => format!(
                "Some(PartialDate {{ year: {}, month: {:?}, day: {:?} }})",
                d.year, d.month, d.day
            ),
            None => "None".to_string(),
        };
        writeln!(
            code,
            "    Source {{ id: {:?}, topic: {}, speaker: {:?}, outlet: {:?}, published: {published}, url: {:?}, language: {:?} }},",
            row.id, row.topic, row.speaker, row.outlet, row.url, row.language
        )
        .unwrap();
    }
    code.push_str("];\n");
    fs::write(out.join("sources.rs"), code).unwrap();
}

/// Prints every problem and fails the build.
fn stop(problems: &[String]) -> ! {
    eprintln!("\nThe bundled data has {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  {problem}");
        println!("cargo:warning={problem}");
    }
    process::exit(1);
}
