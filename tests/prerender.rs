//! Every route in every language renders on the server without a panic, with its main
//! heading, its language switch and its navigation.

#![cfg(feature = "ssr")]

use futures::executor::block_on;
use minesafe::i18n::{t, Lang};
use minesafe::render_to_html;
use minesafe::route::{escape_html, Page, Route};
use yew_router::Routable;

fn h1(html: &str) -> &str {
    let start = html
        .find("<h1>")
        .map(|i| i + 4)
        .expect("a page without <h1>");
    let end = html[start..].find("</h1>").expect("an unclosed <h1>") + start;
    &html[start..end]
}

#[test]
fn every_page_in_every_language_has_its_heading() {
    for lang in Lang::ALL {
        for page in Page::ALL {
            let route = Route::new(lang, page);
            let html = block_on(render_to_html(&route));
            assert_eq!(
                html.matches("<h1>").count(),
                1,
                "{}: one main heading",
                route.to_path()
            );
            assert_eq!(
                h1(&html),
                escape_html(&page.title(lang)),
                "{}",
                route.to_path()
            );
            // The navigation in the page's language, marking the page (or its section).
            assert!(
                html.contains(&escape_html(&t(lang, "nav-rules"))),
                "{}",
                route.to_path()
            );
            assert!(
                html.contains(r#"aria-current="page""#),
                "{}: no current marker",
                route.to_path()
            );
            // The same page in each language.
            for other in Lang::ALL {
                let href = format!(r#"href="{}""#, route.in_lang(other).to_path());
                assert!(html.contains(&href), "{}: no link {href}", route.to_path());
            }
            assert!(
                !html.contains("{$") && !html.contains("{ $"),
                "{}: an unfilled variable",
                route.to_path()
            );
            for id in [
                "site-name",
                &format!("page-{}-title", page.key()),
                "nav-rules",
                "numbers-heading",
            ] {
                assert!(
                    !html.contains(&format!(">{id}<")),
                    "{}: raw key {id}",
                    route.to_path()
                );
            }
        }
    }
}

#[test]
fn root_is_the_azerbaijani_home() {
    let root = block_on(render_to_html(&Route::Root));
    assert_eq!(h1(&root), escape_html(&Page::Home.title(Lang::Az)));
    assert!(root.contains(r#"href="/en/""#) && root.contains(r#"href="/ru/""#));
}

#[test]
fn not_found_shows_the_way_home_in_all_three_languages() {
    let html = block_on(render_to_html(&Route::NotFound));
    assert_eq!(h1(&html), escape_html(&t(Lang::Az, "not-found-title")));
    for lang in Lang::ALL {
        assert!(
            html.contains(&escape_html(&t(lang, "not-found-home-link"))),
            "{lang}"
        );
        assert!(html.contains(&format!(r#"href="/{lang}/""#)), "{lang}");
    }
    assert!(html.contains(r#"lang="en""#) && html.contains(r#"lang="ru""#));
}

#[test]
fn home_shows_the_numbers_as_phone_links() {
    for lang in Lang::ALL {
        let html = block_on(render_to_html(&Route::new(lang, Page::Home)));
        for number in ["112", "102", "113"] {
            assert!(
                html.contains(&format!(r#"href="tel:{number}""#)),
                "{lang}: {number}"
            );
        }
    }
}
