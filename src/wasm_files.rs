//! The site's wasm files, listed once: which pages each shows, which parts of the texts
//! it fetches and which stylesheet of its own it links. Only pages where something moves
//! have one: the statistics page with its timeline (the largest file), and the school
//! tools. A reader who never opens them never downloads them, and a link to a page of
//! another file loads that page like any link. Every other page is pre-rendered without
//! wasm (`WITHOUT_WASM`): nothing on it moves, so taking it over would cost the phone a
//! download and a long task for nothing (BENCHMARKS.md).
//!
//! Everything else follows this list: the browser entries (`src/bin/minesafe-*.rs`), the
//! Trunk inputs the pre-render binary writes for the Makefile (`prerender trunk-inputs`),
//! the page templates it fills and the texts each page names in its `<head>`. The tests
//! at the end tie the list to index.html, Cargo.toml and the Makefile.

use crate::i18n::parts;
use crate::site::route::{Page, Route};
pub use crate::site::wasm_file::WasmFile;

/// The statistics page and its timeline (`minesafe-statistics.wasm`). Only the timeline
/// moves, so only it is taken over: the file carries neither the page's frame nor its
/// figures.
pub const STATISTICS: WasmFile = WasmFile {
    name: "statistics",
    binary: "minesafe-statistics",
    pages: &[Page::Statistics],
    texts: &[parts::SITE, parts::STATISTICS],
    stylesheet: None,
    styles_also: &[],
    islands: &[&crate::statistics::TIMELINE],
};

/// The teacher's tools (`minesafe-schools.wasm`): of each page, only what moves is
/// taken over (the quiz, the deck's controls, the check before and after a lesson); the
/// teacher's guide, the families' page and the posters have nothing that moves and no
/// wasm.
pub const SCHOOLS: WasmFile = WasmFile {
    name: "schools",
    binary: "minesafe-schools",
    pages: &[Page::Quiz, Page::Classroom, Page::Check],
    texts: &[parts::SITE, parts::SCHOOLS],
    stylesheet: Some("schools.css"),
    // The teacher's guide, the families' page and the posters: nothing on them moves (a
    // poster's print button is `static/phone.js`'s), but they are styled as the school
    // pages are (lesson plans, sheets to print).
    styles_also: &[Page::Schools, Page::Family, Page::Posters],
    islands: &[
        &crate::schools::QUIZ,
        &crate::schools::DECK_CONTROLS,
        &crate::schools::CHECK,
    ],
};

/// Every wasm file. The first, whose binary `index.html` names, is built into `dist/`,
/// copies the icons and gives the pages without wasm their frame (its build without its
/// loader); each other's build is copied in (`prerender trunk-inputs`).
pub const WASM_FILES: [&WasmFile; 2] = [&STATISTICS, &SCHOOLS];

/// The pages no wasm file shows, the not-found page too: the safety pages, the home page,
/// the table of every incident, the teacher's guide, the families' page, the posters and
/// the sources. Nothing on them moves; what they alone need (the sources' addresses)
/// stays out of every wasm file, and their links load pages.
pub const WITHOUT_WASM: [Page; 9] = [
    Page::Home,
    Page::Rules,
    Page::Signs,
    Page::Emergency,
    Page::StatisticsTable,
    Page::Schools,
    Page::Family,
    Page::Posters,
    Page::Sources,
];

/// The wasm file that shows a route; `None` for a page without wasm.
pub fn for_route(route: &Route) -> Option<&'static WasmFile> {
    WASM_FILES.into_iter().find(|file| file.shows(route))
}

/// The wasm file whose build gives a route's page its frame (its stylesheets): the one
/// that shows it, else the one whose section it is in (`styles_also`), else the first.
pub fn frame_for(route: &Route) -> &'static WasmFile {
    for_route(route)
        .or_else(|| {
            let page = route.page()?;
            WASM_FILES
                .into_iter()
                .find(|file| file.styles_also.contains(&page))
        })
        .unwrap_or(WASM_FILES[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_route_has_exactly_one_wasm_file_but_the_pages_without() {
        for route in Route::all().into_iter().chain([Route::NotFound]) {
            let shown_by = WASM_FILES.iter().filter(|f| f.shows(&route)).count();
            let without = route.page().is_none_or(|p| WITHOUT_WASM.contains(&p));
            assert_eq!(shown_by, usize::from(!without), "{route:?}");
        }
        assert_eq!(
            for_route(&Route::new(Lang::Ru, Page::Statistics)),
            Some(&STATISTICS)
        );
        for page in [Page::Quiz, Page::Classroom, Page::Check] {
            assert_eq!(for_route(&Route::new(Lang::Az, page)), Some(&SCHOOLS));
        }
        for page in WITHOUT_WASM {
            assert_eq!(for_route(&Route::new(Lang::En, page)), None, "{page:?}");
        }
        assert_eq!(for_route(&Route::NotFound), None);
        assert_eq!(for_route(&Route::Root), None);
        // Every page of the schools section links its stylesheet, the guide without wasm.
        for page in [
            Page::Schools,
            Page::Family,
            Page::Quiz,
            Page::Classroom,
            Page::Posters,
            Page::Check,
        ] {
            assert_eq!(frame_for(&Route::new(Lang::Ru, page)), &SCHOOLS, "{page:?}");
        }
        assert_eq!(frame_for(&Route::new(Lang::Az, Page::Rules)), WASM_FILES[0]);
        assert_eq!(frame_for(&Route::NotFound), WASM_FILES[0]);
        for file in WASM_FILES {
            for page in file.styles_also {
                assert!(
                    WITHOUT_WASM.contains(page),
                    "{}: {page:?} has wasm",
                    file.name
                );
            }
        }
    }

    #[test]
    fn every_part_of_the_texts_is_fetched_by_some_file_and_the_shared_one_by_all() {
        for part in parts::ALL {
            assert!(
                WASM_FILES.iter().any(|f| f.texts.contains(&part)),
                "no wasm file fetches the {part} texts"
            );
        }
        assert!(WASM_FILES.iter().all(|f| f.texts.contains(&parts::SITE)));
    }

    fn project_file(name: &str) -> String {
        std::fs::read_to_string(format!("{}/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    #[test]
    fn index_html_names_the_first_files_binary_and_cargo_has_every_binary() {
        let index = project_file("index.html");
        assert!(
            index.contains(&format!(r#"data-bin="{}""#, WASM_FILES[0].binary)),
            "index.html must name the binary of {}",
            WASM_FILES[0].name
        );
        let cargo = project_file("Cargo.toml");
        for file in WASM_FILES {
            assert!(
                cargo.contains(&format!("name = \"{}\"", file.binary)),
                "Cargo.toml has no [[bin]] {}",
                file.binary
            );
            if let Some(css) = file.stylesheet {
                project_file(&format!("static/{css}"));
            }
        }
    }

    #[test]
    fn each_file_takes_over_its_islands_and_its_entry_starts_them() {
        for file in WASM_FILES {
            assert!(
                !file.islands.is_empty(),
                "{}: a wasm file with nothing to take over",
                file.name
            );
            let entry = project_file(&format!("src/bin/{}.rs", file.binary));
            let start = format!("wasm_files::{}.start()", file.name.to_uppercase());
            assert!(
                entry.contains(&start),
                "{}: its entry must start its islands ({start})",
                file.name
            );
        }
    }

    #[test]
    fn the_makefile_takes_the_list_from_here() {
        let makefile = project_file("Makefile");
        assert!(
            makefile.contains("trunk-inputs"),
            "the Makefile must build the files that `prerender trunk-inputs` lists"
        );
        for file in WASM_FILES.iter().skip(1) {
            assert!(
                !makefile.contains(file.binary),
                "the Makefile names {} itself instead of reading the list",
                file.binary
            );
        }
    }
}
