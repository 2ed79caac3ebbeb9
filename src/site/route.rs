//! Every URL of the site (a public contract: README.md, "URLs"), with each page's title
//! and description, and escaping HTML.
//!
//! `/{lang}/{page path}` with a trailing slash, because each URL is a directory with an
//! `index.html` in `dist/`; `/` is the Azerbaijani home and `/404.html` the not-found
//! page. Any other path is `Route::NotFound`, never an error.

use crate::site::i18n::{t, Lang};

/// The pages every language has.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Page {
    Home,
    Rules,
    Signs,
    Emergency,
    Statistics,
    StatisticsTable,
    Schools,
    Quiz,
    Classroom,
    Posters,
    Check,
    Family,
    Sources,
}

impl Page {
    pub const ALL: [Page; 13] = [
        Page::Home,
        Page::Rules,
        Page::Signs,
        Page::Emergency,
        Page::Statistics,
        Page::StatisticsTable,
        Page::Schools,
        Page::Quiz,
        Page::Classroom,
        Page::Posters,
        Page::Check,
        Page::Family,
        Page::Sources,
    ];

    /// The pages of the main navigation, in order.
    pub const NAV: [Page; 7] = [
        Page::Home,
        Page::Rules,
        Page::Signs,
        Page::Emergency,
        Page::Statistics,
        Page::Schools,
        Page::Sources,
    ];

    /// The path after the language prefix: "" for home, "schools/quiz/" for the quiz.
    pub const fn path(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Rules => "rules/",
            Page::Signs => "signs/",
            Page::Emergency => "emergency/",
            Page::Statistics => "statistics/",
            Page::StatisticsTable => "statistics/table/",
            Page::Schools => "schools/",
            Page::Quiz => "schools/quiz/",
            Page::Classroom => "schools/classroom/",
            Page::Posters => "schools/posters/",
            Page::Check => "schools/check/",
            Page::Family => "family/",
            Page::Sources => "sources/",
        }
    }

    /// The part of message ids that belongs to this page: `page-{key}-title`, `nav-{key}`.
    pub const fn key(self) -> &'static str {
        match self {
            Page::Home => "home",
            Page::Rules => "rules",
            Page::Signs => "signs",
            Page::Emergency => "emergency",
            Page::Statistics => "statistics",
            Page::StatisticsTable => "statistics-table",
            Page::Schools => "schools",
            Page::Quiz => "quiz",
            Page::Classroom => "classroom",
            Page::Posters => "posters",
            Page::Check => "check",
            Page::Family => "family",
            Page::Sources => "sources",
        }
    }

    /// The navigation entry a page belongs to (the school tools belong to Schools).
    pub const fn nav_entry(self) -> Page {
        match self {
            Page::Quiz | Page::Classroom | Page::Posters | Page::Check => Page::Schools,
            Page::StatisticsTable => Page::Statistics,
            page => page,
        }
    }

    fn from_path(path: &str) -> Option<Page> {
        Page::ALL
            .into_iter()
            .find(|page| page.path().trim_end_matches('/') == path)
    }

    pub fn title(self, lang: Lang) -> String {
        t(lang, &format!("page-{}-title", self.key()))
    }

    pub fn summary(self, lang: Lang) -> String {
        t(lang, &format!("page-{}-summary", self.key()))
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// `/`: the Azerbaijani home, with the language choice in view.
    Root,
    /// `/{lang}/{page}`.
    Page { lang: Lang, page: Page },
    /// Anything else; pre-rendered as `/404.html`.
    NotFound,
}

impl Route {
    pub const fn new(lang: Lang, page: Page) -> Route {
        Route::Page { lang, page }
    }

    /// Every route that is written to `dist/`.
    pub fn all() -> Vec<Route> {
        let mut routes = vec![Route::Root];
        for lang in Lang::ALL {
            routes.extend(Page::ALL.map(|page| Route::new(lang, page)));
        }
        routes.push(Route::NotFound);
        routes
    }

    /// The language the page is written in; `/` and the 404 page are Azerbaijani.
    pub fn lang(&self) -> Lang {
        match self {
            Route::Page { lang, .. } => *lang,
            Route::Root | Route::NotFound => Lang::DEFAULT,
        }
    }

    /// The page shown; `/` shows the home page.
    pub fn page(&self) -> Option<Page> {
        match self {
            Route::Page { page, .. } => Some(*page),
            Route::Root => Some(Page::Home),
            Route::NotFound => None,
        }
    }

    /// The same page in another language; from `/` or the 404 page, that language's home.
    pub fn in_lang(&self, lang: Lang) -> Route {
        Route::new(lang, self.page().unwrap_or(Page::Home))
    }

    /// The file in `dist/` that holds this route.
    pub fn output_file(&self) -> String {
        match self {
            Route::NotFound => "404.html".to_string(),
            route => format!("{}index.html", &route.to_path()[1..]),
        }
    }

    /// The page's `<title>`.
    pub fn document_title(&self) -> String {
        let lang = self.lang();
        match self.page() {
            Some(Page::Home) => t(lang, "site-title"),
            Some(page) => format!("{} · {}", page.title(lang), t(lang, "site-name")),
            None => t(lang, "not-found-document-title"),
        }
    }

    /// The page's meta description.
    pub fn description(&self) -> String {
        match self.page() {
            Some(page) => page.summary(self.lang()),
            None => t(self.lang(), "not-found-text"),
        }
    }

    /// The canonical path: `/` is a copy of `/az/`, so it points there.
    pub fn canonical(&self) -> Option<Route> {
        match self {
            Route::Root => Some(Route::new(Lang::DEFAULT, Page::Home)),
            Route::Page { .. } => Some(self.clone()),
            Route::NotFound => None,
        }
    }
}

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Route {
    /// The route's address: `/`, `/{lang}/{page path}` or `/404.html`.
    pub fn to_path(&self) -> String {
        match self {
            Route::Root => "/".to_string(),
            Route::Page { lang, page } => format!("/{}/{}", lang.code(), page.path()),
            Route::NotFound => "/404.html".to_string(),
        }
    }

    /// The route of an address's path. Accepts each URL with or without its trailing
    /// slash or `index.html`, since a server may hand out either; anything unknown is
    /// `NotFound`.
    pub fn recognize(pathname: &str) -> Route {
        let path = pathname.strip_suffix("index.html").unwrap_or(pathname);
        let path = path.trim_matches('/');
        if path.is_empty() {
            return Route::Root;
        }
        let (lang, rest) = path.split_once('/').unwrap_or((path, ""));
        Lang::from_code(lang)
            .zip(Page::from_path(rest))
            .map_or(Route::NotFound, |(lang, page)| Route::new(lang, page))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recognize(path: &str) -> Route {
        Route::recognize(path)
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in Route::all() {
            if route != Route::NotFound {
                assert_eq!(recognize(&route.to_path()), route, "{}", route.to_path());
            }
        }
    }

    #[test]
    fn paths_and_files_follow_the_url_contract() {
        let cases = [
            (Route::Root, "/", "index.html"),
            (Route::new(Lang::Az, Page::Home), "/az/", "az/index.html"),
            (
                Route::new(Lang::En, Page::Rules),
                "/en/rules/",
                "en/rules/index.html",
            ),
            (
                Route::new(Lang::Ru, Page::Quiz),
                "/ru/schools/quiz/",
                "ru/schools/quiz/index.html",
            ),
            (
                Route::new(Lang::Az, Page::Classroom),
                "/az/schools/classroom/",
                "az/schools/classroom/index.html",
            ),
            (
                Route::new(Lang::En, Page::Posters),
                "/en/schools/posters/",
                "en/schools/posters/index.html",
            ),
            (
                Route::new(Lang::Ru, Page::Check),
                "/ru/schools/check/",
                "ru/schools/check/index.html",
            ),
            (
                Route::new(Lang::En, Page::StatisticsTable),
                "/en/statistics/table/",
                "en/statistics/table/index.html",
            ),
            (
                Route::new(Lang::Az, Page::Family),
                "/az/family/",
                "az/family/index.html",
            ),
            (Route::NotFound, "/404.html", "404.html"),
        ];
        for (route, path, file) in cases {
            assert_eq!(route.to_path(), path);
            assert_eq!(route.output_file(), file);
        }
        assert_eq!(Route::all().len(), 1 + 3 * 13 + 1);
    }

    #[test]
    fn accepts_the_forms_a_server_hands_out() {
        let rules = Route::new(Lang::En, Page::Rules);
        for path in ["/en/rules/", "/en/rules", "/en/rules/index.html"] {
            assert_eq!(recognize(path), rules, "{path}");
        }
        assert_eq!(recognize("/index.html"), Route::Root);
        assert_eq!(recognize("/az"), Route::new(Lang::Az, Page::Home));
    }

    #[test]
    fn unknown_languages_and_pages_are_not_found() {
        for path in [
            "/de/",
            "/de/rules/",
            "/az/nope/",
            "/AZ/",
            "/az/rules/extra/",
            "/rules/",
            "/az/schools/quiz/x/",
            "/404.html",
            "/en/schools/quizz/",
        ] {
            assert_eq!(recognize(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn switching_language_keeps_the_page() {
        let quiz = Route::new(Lang::En, Page::Quiz);
        assert_eq!(quiz.in_lang(Lang::Ru), Route::new(Lang::Ru, Page::Quiz));
        assert_eq!(
            Route::Root.in_lang(Lang::En),
            Route::new(Lang::En, Page::Home)
        );
        assert_eq!(
            Route::NotFound.in_lang(Lang::Ru),
            Route::new(Lang::Ru, Page::Home)
        );
    }

    #[test]
    fn root_and_not_found_are_azerbaijani() {
        assert_eq!(Route::Root.lang(), Lang::Az);
        assert_eq!(Route::NotFound.lang(), Lang::Az);
        assert_eq!(
            Route::Root.canonical(),
            Some(Route::new(Lang::Az, Page::Home))
        );
    }

    #[test]
    fn escapes_markup_in_text() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn each_page_has_its_own_title_and_description() {
        for lang in Lang::ALL {
            let mut titles = std::collections::HashSet::new();
            for page in Page::ALL {
                let route = Route::new(lang, page);
                assert!(
                    titles.insert(route.document_title()),
                    "{lang} {page:?}: title repeats"
                );
                assert!(
                    !route.description().is_empty(),
                    "{lang} {page:?}: no description"
                );
            }
        }
    }
}
