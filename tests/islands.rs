//! The islands as the server renders them (`site::island`): in every page of a wasm file
//! that hydrates islands, each `data-island` element holds exactly what the browser
//! renders for that island alone, or hydration would find other nodes; each page has the
//! islands it should, and a page without wasm has none.

#![cfg(feature = "ssr")]

use futures::executor::block_on;
use minesafe::i18n::Lang;
use minesafe::render_to_html;
use minesafe::route::{Page, Route};
use minesafe::site::island::{IslandRoot, IslandRootProps};
use minesafe::wasm_files::{self, WASM_FILES, WITHOUT_WASM};

/// The value of `name="…"` in an opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// The name of each island of a page, each checked against what it renders alone.
fn islands_of(route: &Route) -> Vec<String> {
    let html = block_on(render_to_html(route));
    let file = wasm_files::for_route(route);
    let mut found = Vec::new();
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<div data-island=") {
        let tag_end = at + rest[at..].find('>').unwrap() + 1;
        let tag = &rest[at..tag_end];
        let name = attribute(tag, "data-island").unwrap();
        let island = file
            .and_then(|f| f.islands.iter().find(|i| i.name == name))
            .unwrap_or_else(|| panic!("{route:?}: island {name} is not in its wasm file"));
        let props = IslandRootProps {
            island,
            route: route.clone(),
        };
        let alone = block_on(yew::LocalServerRenderer::<IslandRoot>::with_props(props).render());
        let inside = &rest[tag_end..];
        assert!(
            inside.starts_with(&alone) && inside[alone.len()..].starts_with("</div>"),
            "{route:?}: island {name} differs from the page around it"
        );
        found.push(name.to_owned());
        rest = &inside[alone.len()..];
    }
    found
}

#[test]
fn every_island_is_pre_rendered_as_the_browser_takes_it_over() {
    for lang in Lang::ALL {
        let page = |p| islands_of(&Route::new(lang, p));
        assert_eq!(page(Page::Statistics), ["timeline"], "{lang}");
        assert_eq!(page(Page::Quiz), ["quiz"], "{lang}");
        assert_eq!(page(Page::Classroom), ["deck-controls"], "{lang}");
        assert_eq!(page(Page::Check), ["check"], "{lang}");
        for without in WITHOUT_WASM {
            assert_eq!(page(without), Vec::<String>::new(), "{lang} {without:?}");
        }
    }
    assert!(islands_of(&Route::NotFound).is_empty());
}

#[test]
fn every_island_of_a_file_is_on_one_of_its_pages() {
    for file in WASM_FILES {
        for island in file.islands {
            let placed = file.pages.iter().any(|page| {
                islands_of(&Route::new(Lang::Az, *page))
                    .iter()
                    .any(|name| name == island.name)
            });
            assert!(
                placed,
                "{}: island {} is on none of its pages",
                file.name, island.name
            );
        }
    }
}
