//! Runs before the crate compiles, with the checks of `minesafe-facts` (crates/facts):
//! - compiles every `locales/{lang}/*.ftl` file into compact catalogs, one per part of the
//!   site (`minesafe_facts::parts`) and language (served as files, so the wasm carries
//!   neither the texts nor a Fluent parser); a syntax error or an unsupported construct
//!   stops the build with `file:line: reason`;
//! - checks the bundled data in `data/` and turns it into Rust statics. A bad row stops
//!   the build with `file:line: reason`, so a reader never gets a half-loaded dataset.

use minesafe_facts::date::PartialDate;
use minesafe_facts::{fluent, parts, source_rows, statistics_rows};

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};
use std::{env, fs, process};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    // Read by src/config.rs with option_env!; rebuild when it changes.
    println!("cargo:rerun-if-env-changed=MINESAFE_CORRECTIONS");
    let places = statistics_rows::parse_places("data/places.csv", &read_data(&root, "places.csv"))
        .unwrap_or_else(|p| stop(&p));
    write_locales(&root, &out, &places);
    write_drawings(&root, &out);
    let source_ids = write_sources(&root, &out);
    write_statistics(&root, &out, &source_ids, &places);
}

/// Compiles `locales/{lang}/*.ftl` into one catalog file per language and part
/// (`catalog-{lang}-{part}.txt`, read by src/site/i18n/catalog.rs) and `catalogs.rs`, which
/// names each file by its content hash and, for the native build, embeds it. The
/// statistics part also gets each place's name in its language, `place-name-{id}`, from
/// `data/places.csv`: only the statistics page names places.
fn write_locales(root: &Path, out: &Path, places: &[statistics_rows::PlaceRow]) {
    use fluent::{RS, US};
    type Messages = std::collections::BTreeMap<String, String>;
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut problems = Vec::new();
    // (language, [(part, its messages)] in the order of `parts::ALL`)
    let mut catalogs: Vec<(String, Vec<(&str, Messages)>)> = Vec::new();
    for lang_dir in sorted_entries(&locales).into_iter().filter(|p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut by_part: Vec<(&str, Messages)> = parts::ALL
            .iter()
            .map(|part| (*part, Messages::new()))
            .collect();
        let mut ids = std::collections::BTreeSet::new();
        for file in sorted_entries(&lang_dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            println!("cargo:rerun-if-changed={}", file.display());
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            let name = format!("locales/{lang}/{file_name}");
            let text =
                fs::read_to_string(&file).unwrap_or_else(|e| stop(&[format!("{name}: {e}")]));
            let part = parts::of_file(&file_name);
            let messages = &mut by_part.iter_mut().find(|(p, _)| *p == part).unwrap().1;
            match fluent::compile_file(&name, &text) {
                Ok(compiled) => {
                    for (id, pattern) in compiled {
                        if !ids.insert(id.clone()) {
                            problems
                                .push(format!("{name}: message {id} is defined twice in {lang}"));
                        }
                        messages.insert(id, pattern);
                    }
                }
                Err(mut found) => problems.append(&mut found),
            }
        }
        let statistics = &mut by_part
            .iter_mut()
            .find(|(p, _)| *p == parts::STATISTICS)
            .unwrap()
            .1;
        for place in places {
            let id = format!("place-name-{}", place.id);
            let Some((_, name)) = place.names.iter().find(|(l, _)| *l == lang) else {
                problems.push(format!(
                    "data/places.csv: no column for the language {lang}"
                ));
                break;
            };
            match fluent::text_pattern(name) {
                Ok(pattern) => {
                    if statistics.insert(id.clone(), pattern).is_some() {
                        problems.push(format!(
                            "data/places.csv: {id} is also a message in locales/{lang}"
                        ));
                    }
                }
                Err(why) => problems.push(format!("data/places.csv: {}: {why}", place.id)),
            }
        }
        catalogs.push((lang, by_part));
    }
    if !problems.is_empty() {
        stop(&problems);
    }
    // The site part of each language also carries every language's own name
    // (`language-name-{code}`), so the language switch needs only the page's texts.
    let autonyms: Vec<(String, String)> = catalogs
        .iter()
        .filter_map(|(lang, by_part)| {
            by_part
                .iter()
                .find(|(part, _)| *part == parts::SITE)?
                .1
                .get("language-name")
                .map(|p| (format!("language-name-{lang}"), p.clone()))
        })
        .collect();
    let mut code = String::from("pub(super) const CATALOG_FILES: &[(&str, &str, &str)] = &[\n");
    let mut embedded = String::from(
        "#[cfg(any(not(target_arch = \"wasm32\"), feature = \"embed-catalogs\"))]\npub(super) static EMBEDDED: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, by_part) in catalogs {
        for (part, mut messages) in by_part {
            if part == parts::SITE {
                messages.extend(autonyms.iter().cloned());
            }
            let text: String = messages
                .iter()
                .map(|(id, pattern)| format!("{id}{US}{pattern}{RS}"))
                .collect();
            let path = out.join(format!("catalog-{lang}-{part}.txt"));
            fs::write(&path, &text).unwrap();
            writeln!(
                code,
                "    ({lang:?}, {part:?}, \"i18n/{lang}-{part}-{:016x}.txt\"),",
                fnv1a(text.as_bytes())
            )
            .unwrap();
            writeln!(
                embedded,
                "    ({lang:?}, {part:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
    }
    code.push_str("];\n");
    embedded.push_str("];\n");
    fs::write(out.join("catalogs.rs"), code + &embedded).unwrap();
}

/// Names the sprite of drawings (`static/drawings.svg`) by its content hash,
/// `drawings.rs`: the pages and the wasm refer to its symbols by that name, the pre-render
/// step writes it into `dist/` under it, and a browser keeps it for a year.
fn write_drawings(root: &Path, out: &Path) {
    let path = root.join("static/drawings.svg");
    println!("cargo:rerun-if-changed={}", path.display());
    let sprite = fs::read(&path).unwrap_or_else(|e| stop(&[format!("static/drawings.svg: {e}")]));
    let code = format!(
        "pub const DRAWINGS_FILE: &str = \"drawings-{:016x}.svg\";\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub const DRAWINGS: &str = include_str!({:?});\n",
        fnv1a(&sprite),
        path.display().to_string()
    );
    fs::write(out.join("drawings.rs"), code).unwrap();
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

/// Writes the sources table, each with the kind of its speaker (`data/speakers.csv`)
/// and whether it is withdrawn (`data/withdrawn_sources.csv`); returns their ids, which
/// the other data files cite.
fn write_sources(root: &Path, out: &Path) -> std::collections::HashSet<String> {
    let speakers =
        source_rows::parse_speakers("data/speakers.csv", &read_data(root, "speakers.csv"))
            .unwrap_or_else(|p| stop(&p));
    let kinds: std::collections::HashMap<String, String> =
        speakers.into_iter().map(|s| (s.id, s.kind)).collect();
    let known = kinds.keys().cloned().collect();
    let text = read_data(root, "sources.csv");
    let rows = source_rows::parse_sources("data/sources.csv", &text, today(), &known)
        .unwrap_or_else(|p| stop(&p));
    let ids = rows.iter().map(|row| row.id.clone()).collect();
    let withdrawn = source_rows::parse_withdrawn(
        "data/withdrawn_sources.csv",
        &read_data(root, "withdrawn_sources.csv"),
        &ids,
    )
    .unwrap_or_else(|p| stop(&p));
    let mut code = String::from("static SOURCES: &[Source] = &[\n");
    let mut links = String::from("static SOURCE_LINKS: &[SourceLink] = &[\n");
    for row in rows {
        let published = row
            .published
            .map_or("None".to_string(), |d| format!("Some({})", date_code(d)));
        writeln!(
            code,
            "    Source {{ id: {:?}, topic: {}, speaker: {:?}, speaker_kind: {:?}, outlet: {:?}, published: {published}, withdrawn: {} }},",
            row.id, row.topic, row.speaker, kinds[&row.speaker], row.outlet, withdrawn.contains(&row.id)
        )
        .unwrap();
        writeln!(
            links,
            "    SourceLink {{ url: {:?}, language: {:?} }},",
            row.url, row.language
        )
        .unwrap();
    }
    code.push_str("];\n");
    code.push_str(&links);
    code.push_str("];\n");
    fs::write(out.join("sources.rs"), code).unwrap();
    ids
}

fn read_data(root: &Path, name: &str) -> String {
    let path = root.join("data").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(&path).unwrap_or_else(|e| stop(&[format!("data/{name}: {e}")]))
}

fn date_code(date: PartialDate) -> String {
    format!(
        "PartialDate {{ year: {}, month: {:?}, day: {:?} }}",
        date.year, date.month, date.day
    )
}

/// Checks the three statistics files together (every problem of every file at once)
/// and writes `statistics.rs` for src/statistics/model/records.rs.
fn write_statistics(
    root: &Path,
    out: &Path,
    sources: &std::collections::HashSet<String>,
    places: &[statistics_rows::PlaceRow],
) {
    let place_districts = places
        .iter()
        .map(|p| (p.id.clone(), p.district.clone()))
        .collect();
    let today = today();
    let totals = statistics_rows::parse_totals(
        "data/official_totals.csv",
        &read_data(root, "official_totals.csv"),
        today,
        sources,
    );
    let incidents = statistics_rows::parse_incidents(
        "data/incidents.csv",
        &read_data(root, "incidents.csv"),
        today,
        sources,
        &place_districts,
    );
    let context = statistics_rows::parse_context(
        "data/context.csv",
        &read_data(root, "context.csv"),
        today,
        sources,
    );
    let problems: Vec<String> = [
        totals.as_ref().err(),
        incidents.as_ref().err(),
        context.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .flatten()
    .cloned()
    .collect();
    if !problems.is_empty() {
        stop(&problems);
    }
    let (totals, incidents, context) = (totals.unwrap(), incidents.unwrap(), context.unwrap());
    let mut code = String::from("pub(super) static OFFICIAL_TOTALS: &[OfficialTotal] = &[\n");
    for t in totals {
        writeln!(
            code,
            "    OfficialTotal {{ id: {:?}, date: {}, total: {:?}, killed: {:?}, injured: {:?}, civilians_killed: {:?}, civilians_injured: {:?}, source: {:?}, confidence: {:?} }},",
            t.id, date_code(t.date), t.total, t.killed, t.injured, t.civilians_killed, t.civilians_injured, t.source, t.confidence
        )
        .unwrap();
    }
    code.push_str("];\npub(super) static INCIDENTS: &[Incident] = &[\n");
    for i in incidents {
        writeln!(
            code,
            "    Incident {{ id: {:?}, date: {}, district: {:?}, place: {:?}, killed: {}, injured: {}, categories: &{:?}, activity: {:?}, device: {:?}, confidence: {:?}, sources: &{:?} }},",
            i.id, date_code(i.date), i.district, i.place, i.killed, i.injured, i.categories, i.activity, i.device, i.confidence, i.sources
        )
        .unwrap();
    }
    code.push_str("];\npub(super) static CONTEXT: &[ContextFigure] = &[\n");
    for c in context {
        let date = c
            .date
            .map_or("None".to_string(), |d| format!("Some({})", date_code(d)));
        writeln!(
            code,
            "    ContextFigure {{ id: {:?}, date: {date}, measure: {:?}, value: {}, qualifier: {:?}, source: {:?} }},",
            c.id, c.measure, c.value, c.qualifier, c.source
        )
        .unwrap();
    }
    code.push_str("];\n");
    fs::write(out.join("statistics.rs"), code).unwrap();
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
