//! Every route in every language renders on the server without a panic, with its main
//! heading, its language switch and its navigation.

#![cfg(feature = "ssr")]

use futures::executor::block_on;
use minesafe::i18n::{self, missing_lookups, t, Lang};
use minesafe::render_to_html;
use minesafe::route::{escape_html, Page, Route};
use minesafe::wasm_files::WASM_FILES;

fn h1(html: &str) -> &str {
    let open = html.find("<h1").expect("a page without <h1>");
    let start = open + html[open..].find('>').expect("an unclosed <h1") + 1;
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
                html.matches("<h1").count(),
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

/// The language switch's links (`<a …>name</a>`), in order.
fn switch_links(html: &str) -> Vec<&str> {
    let start = html
        .find(r#"class="lang-switch""#)
        .expect("a language switch");
    let end = start + html[start..].find("</nav>").unwrap();
    html[start..end]
        .split("<a ")
        .skip(1)
        .map(|link| &link[..link.find("</a>").unwrap()])
        .collect()
}

#[test]
fn the_language_switch_names_each_language_in_itself_and_marks_the_current_one() {
    let html = block_on(render_to_html(&Route::new(Lang::En, Page::Rules)));
    let links = switch_links(&html);
    assert_eq!(links.len(), Lang::ALL.len());
    for (link, lang) in links.iter().zip(Lang::ALL) {
        let code = lang.code();
        assert!(
            link.contains(&format!(r#"href="/{code}/rules/""#)),
            "{link}"
        );
        // Named in its own language, and marked so for screen readers.
        assert!(
            link.contains(&format!(r#"hreflang="{code}" lang="{code}""#)),
            "{link}"
        );
        assert!(
            link.ends_with(&format!(">{}", escape_html(&t(lang, "language-name")))),
            "{link}"
        );
        assert_eq!(
            link.contains(r#"aria-current="page""#),
            lang == Lang::En,
            "{link}"
        );
    }
    // From the not-found page, each language leads home, and none is current.
    let html = block_on(render_to_html(&Route::NotFound));
    let links = switch_links(&html);
    assert_eq!(links.len(), Lang::ALL.len());
    for (link, lang) in links.iter().zip(Lang::ALL) {
        assert!(
            link.contains(&format!(r#"href="/{}/""#, lang.code())),
            "{link}"
        );
        assert!(!link.contains("aria-current"), "{link}");
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
        for number in ["112", "102", "103", "113"] {
            assert!(
                html.contains(&format!(r#"href="tel:{number}""#)),
                "{lang}: {number}"
            );
        }
    }
}

#[test]
fn every_page_in_every_language_finds_every_message() {
    // Runs alone in its binary's counter only if the other tests look up no missing id
    // either; none of them does, so any count here is a real gap.
    for route in Route::all() {
        let html = block_on(render_to_html(&route));
        assert!(!html.is_empty());
    }
    assert_eq!(
        missing_lookups(),
        0,
        "some message ids are missing (see the messages above)"
    );
}

#[test]
fn each_wasm_file_has_every_message_of_its_pages_in_the_texts_it_fetches() {
    for file in WASM_FILES {
        // A thread of its own starts with no texts loaded (they are per thread).
        std::thread::spawn(move || {
            for lang in Lang::ALL {
                for part in file.texts {
                    i18n::install(lang, part, i18n::embedded_catalog(lang, part)).unwrap();
                }
            }
            for route in Route::all().into_iter().chain([Route::NotFound]) {
                if file.shows(&route) {
                    block_on(render_to_html(&route));
                }
            }
        })
        .join()
        .unwrap();
        assert_eq!(
            missing_lookups(),
            0,
            "the {} wasm file's pages use messages outside its parts {:?} (see above)",
            file.name,
            file.texts
        );
    }
}

/// Every source the texts cite: the safety pages, the signs, the quiz and the lessons.
fn cited_sources() -> impl Iterator<Item = &'static str> {
    use minesafe::safety::model::{guidance, signs};
    use minesafe::schools::model::{family, lessons, quiz};
    let signs = signs::all().flat_map(|s| s.sources.iter().copied());
    let quiz = quiz::all().flat_map(|q| q.sources.iter().copied());
    // The lesson plans and the teacher's notes.
    let lessons = lessons::cited_sources();
    guidance::cited_sources()
        .chain(signs)
        .chain(quiz)
        .chain(lessons)
        .chain(family::cited_sources())
}

#[test]
fn every_cited_source_is_listed_on_the_sources_page() {
    for lang in Lang::ALL {
        let html = block_on(render_to_html(&Route::new(lang, Page::Sources)));
        for id in cited_sources() {
            assert!(
                html.contains(&format!(r#"id="{id}""#)),
                "{lang}: {id} is cited but not listed"
            );
        }
    }
}

/// Every source is cited by some text or figure, or withdrawn on purpose; a withdrawn
/// one is cited by nothing and not listed.
#[test]
fn every_listed_source_is_cited_and_no_withdrawn_one_is() {
    use minesafe::site::model::source;
    use minesafe::statistics::model;
    let mut cited: std::collections::HashSet<&str> = cited_sources().collect();
    cited.extend(model::official_totals().iter().map(|t| t.source));
    cited.extend(model::context_figures().iter().map(|c| c.source));
    cited.extend(
        model::incidents()
            .iter()
            .flat_map(|i| i.sources.iter().copied()),
    );
    for s in source::all() {
        if s.withdrawn {
            assert!(
                !cited.contains(s.id),
                "{} is withdrawn but still cited",
                s.id
            );
        } else {
            assert!(
                cited.contains(s.id),
                "{} is cited by nothing: cite it or add it to data/withdrawn_sources.csv",
                s.id
            );
        }
    }
    let html = block_on(render_to_html(&Route::new(Lang::En, Page::Sources)));
    for s in source::all().iter().filter(|s| s.withdrawn) {
        assert!(
            !html.contains(&format!(r#"id="{}""#, s.id)),
            "{} is listed",
            s.id
        );
    }
}

#[test]
fn the_emergency_page_keeps_the_three_situations_apart_with_numbered_steps() {
    use minesafe::safety::model::guidance::SITUATIONS;
    for lang in Lang::ALL {
        let html = block_on(render_to_html(&Route::new(lang, Page::Emergency)));
        for situation in SITUATIONS {
            let start = html
                .find(&format!(r#"id="{}""#, situation.key))
                .expect(situation.key);
            let section = &html[start..start + html[start..].find("</section>").unwrap()];
            assert_eq!(
                section.matches("<li>").count(),
                situation.steps.len(),
                "{lang} {}",
                situation.key
            );
            assert!(
                section.contains(r#"<ol class="steps">"#),
                "{lang} {}: numbered",
                situation.key
            );
        }
        for number in ["112", "102", "103", "113"] {
            assert!(
                html.contains(&format!(r#"href="tel:{number}""#)),
                "{lang}: {number}"
            );
        }
        assert!(
            !html.contains("805"),
            "{lang}: the single-source number is shown"
        );
    }
}

#[test]
fn every_sign_is_drawn_with_a_title_and_a_description() {
    use minesafe::safety::model::signs;
    for lang in Lang::ALL {
        let html = block_on(render_to_html(&Route::new(lang, Page::Signs)));
        for sign in signs::all() {
            let key = sign.drawing.key();
            let title = format!(
                r#"<title id="sign-{key}-title">{}</title>"#,
                escape_html(&t(lang, &format!("sign-{key}")))
            );
            assert!(html.contains(&title), "{lang} {key}: {title}");
            assert!(
                html.contains(&format!(r#"<desc id="sign-{key}-desc">"#)),
                "{lang} {key}"
            );
            assert!(
                html.contains(&format!(
                    r#"aria-labelledby="sign-{key}-title sign-{key}-desc""#
                )),
                "{lang} {key}"
            );
        }
    }
}

/// What a page refers to in the sprite of drawings: each `(file, symbol)` of its `<use>`s.
fn drawings_used(html: &str) -> Vec<(&str, &str)> {
    html.split("<use href=\"/")
        .skip(1)
        .map(|rest| {
            let href = &rest[..rest.find('"').expect("an unclosed href")];
            href.split_once('#').expect("a use without a symbol")
        })
        .collect()
}

#[test]
fn every_drawing_a_page_or_the_quiz_shows_is_in_the_sprite_and_the_sprite_holds_no_other() {
    use minesafe::safety::model::signs;
    use minesafe::safety::view::sign_drawing::{DRAWINGS, DRAWINGS_FILE};
    use minesafe::schools::model::quiz;
    use std::collections::BTreeSet;

    let symbols: BTreeSet<&str> = DRAWINGS
        .split("<symbol id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').expect("an unclosed symbol id")])
        .collect();
    let shown: BTreeSet<&str> = signs::all()
        .map(|sign| sign.drawing.key())
        .chain(quiz::all().map(|question| question.picture.key()))
        .collect();
    assert_eq!(
        symbols, shown,
        "the sprite's symbols against the drawings shown"
    );
    let mut pages_with_drawings = 0;
    for lang in Lang::ALL {
        for page in Page::ALL {
            let route = Route::new(lang, page);
            let html = block_on(render_to_html(&route));
            let used = drawings_used(&html);
            pages_with_drawings += usize::from(!used.is_empty());
            for (file, symbol) in used {
                assert_eq!(file, DRAWINGS_FILE, "{}", route.to_path());
                assert!(
                    symbols.contains(symbol),
                    "{}: no symbol {symbol}",
                    route.to_path()
                );
            }
        }
    }
    assert!(
        pages_with_drawings >= 3 * 4,
        "the signs, posters, slides and quiz pages draw"
    );
}
