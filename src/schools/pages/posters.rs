//! Printable A4 posters and handouts. Two posters are made for a wall, to be read from
//! three metres: the children's (the three pictograms and the children's words, and where
//! to play) and "These mean STOP" (the marks of a dangerous place, large); the four dense
//! sheets are handouts, to be read close (the rules, the signs, the emergencies, the one
//! for families with its "For parents" box). On screen each is a preview; the print
//! stylesheet puts each on exactly one A4 page, with nothing of the site around it. The
//! browser's own print prints them all; each poster's button prints only that one
//! (`static/phone.js`: the page has no wasm).
//! Each carries a QR code of its own address (`PosterQr`), so a printed one leads back.

use yew::prelude::*;

use crate::safety::view::{
    pictogram, sign_tiles, CoreRules, EmergencyNumbers, Glance, Pictogram, Situation,
};

use crate::safety::model::guidance::{CHILD_RULES, DANGER_PLACES, SITUATIONS};
use crate::safety::model::signs;
use crate::safety::model::signs::{Drawing, Sign, SIGN_GROUPS};
use crate::schools::model::family::FOR_PARENTS;
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::cite::sources_of;
use crate::site::model::source;
use crate::site::route::{Page, Route};
use crate::site::view::{PageIntro, PointList, SourceNote};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Poster {
    Children,
    Stop,
    Rules,
    Signs,
    Emergency,
    Handout,
}

impl Poster {
    const ALL: [Poster; 6] = [
        Poster::Children,
        Poster::Stop,
        Poster::Rules,
        Poster::Signs,
        Poster::Emergency,
        Poster::Handout,
    ];

    /// Its part of message ids (`poster-{key}`) and element ids.
    const fn key(self) -> &'static str {
        match self {
            Poster::Children => "children",
            Poster::Stop => "stop",
            Poster::Rules => "rules",
            Poster::Signs => "signs",
            Poster::Emergency => "emergency",
            Poster::Handout => "handout",
        }
    }
}

/// The page, pre-rendered; nothing in it is taken over by a wasm file.
#[component]
pub fn Posters() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Posters}>
            <p class="posters-help">{ t(lang, "posters-help") }</p>
            <nav class="poster-list" aria-label={t(lang, "posters-list")}>
                <ul>
                    { for Poster::ALL.into_iter().map(|poster| html! {
                        <li key={poster.key()}>
                            <a href={format!("#poster-{}", poster.key())}>{ t(lang, &format!("poster-{}", poster.key())) }</a>
                        </li>
                    }) }
                </ul>
            </nav>
            <div class="posters">
                { for Poster::ALL.into_iter().map(|poster| html! {
                    <section key={poster.key()} class="poster-frame" aria-labelledby={format!("poster-{}-name", poster.key())}>
                        <div class="poster-toolbar">
                            <h2 id={format!("poster-{}-name", poster.key())}>{ t(lang, &format!("poster-{}", poster.key())) }</h2>
                            { print_button(lang, poster) }
                        </div>
                        <article id={format!("poster-{}", poster.key())} class={classes!("poster", format!("poster-{}", poster.key()))}>
                            { poster_content(lang, poster) }
                        </article>
                    </section>
                }) }
            </div>
        </PageIntro>
    }
}

/// "Print this poster". The page's script (`static/phone.js`) enables it; until then the
/// stylesheet keeps its place unseen, and without JavaScript it is not shown. A click marks
/// this poster for the print stylesheet, which then leaves the others out, opens the print
/// dialog and, once it has closed, unmarks it.
fn print_button(lang: Lang, poster: Poster) -> Html {
    html! {
        <button type="button" class="button print-poster" data-poster={poster.key()} disabled=true>
            { t(lang, "posters-print-one") }
        </button>
    }
}

/// The children's three words, each with its pictogram (the same as `ChildWords`, drawn
/// large for a wall).
const CHILD_WORDS: [(Pictogram, &str); 3] = [
    (Pictogram::Stop, "child-word-stop"),
    (Pictogram::DoNotTouch, "child-word-touch"),
    (Pictogram::TellGrownUp, "child-word-tell"),
];

/// The children's rules behind the three words and the line under them.
const CHILD_POSTER_RULES: [&str; 4] = ["go-back", "touch", "tell", "play"];

/// The marks that mean "stop" on the STOP poster, in this order: the warning sign, then
/// the marks people make. Only marks the signs page documents, with its sources.
const STOP_MARKS: [Drawing; 6] = [
    Drawing::TriangleSign,
    Drawing::Tape,
    Drawing::CrossedSticks,
    Drawing::RedCloth,
    Drawing::RedStones,
    Drawing::PaintedWords,
];

fn stop_signs() -> Vec<Sign> {
    STOP_MARKS
        .iter()
        .filter_map(|drawing| signs::all().find(|s| s.drawing == *drawing).copied())
        .collect()
}

fn poster_content(lang: Lang, poster: Poster) -> Html {
    match poster {
        Poster::Children => html! {
            <>
                <ul class="poster-child-words">
                    { for CHILD_WORDS.into_iter().map(|(kind, id)| html! {
                        <li key={id}>{ pictogram(kind) }<strong>{ t(lang, id) }</strong></li>
                    }) }
                </ul>
                <p class="poster-child-play">{ t(lang, "child-rule-play") }</p>
                <PosterFoot {poster}>
                    <SourceNote ids={sources_of(CHILD_RULES.iter().filter(|p| CHILD_POSTER_RULES.contains(&p.key)))} />
                </PosterFoot>
            </>
        },
        Poster::Stop => {
            let marks = stop_signs();
            html! {
                <>
                    <p class="poster-title">{ t(lang, "poster-stop-title") }</p>
                    { sign_tiles(lang, &marks, "stop-") }
                    <p class="poster-stop-no-sign">{ t(lang, "poster-stop-no-sign") }</p>
                    <PosterFoot {poster}>
                        <SourceNote ids={source::distinct(marks.iter().flat_map(|s| s.sources.iter().copied()))} />
                    </PosterFoot>
                </>
            }
        }
        Poster::Rules => html! {
            <>
                <p class="poster-title">{ t(lang, "poster-rules-title") }</p>
                <Glance id_scope="rules-" />
                <CoreRules />
                <PosterFoot {poster}>
                    <EmergencyNumbers compact=true id_scope="rules-" />
                </PosterFoot>
            </>
        },
        Poster::Signs => html! {
            <>
                <p class="poster-title">{ t(lang, "poster-signs-title") }</p>
                { for SIGN_GROUPS.iter().map(|group| html! {
                    <div class="poster-sign-group" key={group.key}>
                        <h3>{ t(lang, &format!("signs-group-{}", group.key)) }</h3>
                        { sign_tiles(lang, group.signs, "poster-") }
                    </div>
                }) }
                <p class="poster-remember">{ t(lang, "poster-signs-remember") }</p>
                <PosterFoot {poster}>
                    <SourceNote ids={source::distinct(signs::all().flat_map(|s| s.sources.iter().copied()))} />
                </PosterFoot>
            </>
        },
        Poster::Emergency => html! {
            <>
                <p class="poster-title">{ t(lang, "poster-emergency-title") }</p>
                { for SITUATIONS.iter().map(|situation| html! { <Situation key={situation.key} {situation} sourced=false /> }) }
                <PosterFoot {poster}>
                    <EmergencyNumbers compact=true id_scope="emergency-" />
                    <SourceNote ids={sources_of(SITUATIONS.iter().flat_map(|s| s.points()))} />
                </PosterFoot>
            </>
        },
        Poster::Handout => html! {
            <>
                <p class="poster-title">{ t(lang, "poster-handout-title") }</p>
                <Glance id_scope="handout-" />
                <div class="handout-columns">
                    <section aria-labelledby="handout-places">
                        <h3 id="handout-places">{ t(lang, "rules-places-heading") }</h3>
                        <PointList prefix="place" points={&DANGER_PLACES[..]} />
                    </section>
                    <section aria-labelledby="handout-children">
                        <h3 id="handout-children">{ t(lang, "poster-handout-children") }</h3>
                        <PointList prefix="child-rule" points={&CHILD_RULES[..]} />
                    </section>
                </div>
                <section class="handout-parents" aria-labelledby="handout-parents">
                    <h3 id="handout-parents">{ t(lang, "poster-parents") }</h3>
                    <PointList prefix="poster-parents" points={&FOR_PARENTS[..]} />
                </section>
                <p class="handout-emergency">{ t(lang, "poster-handout-emergency") }</p>
                <PosterFoot {poster}>
                    <EmergencyNumbers compact=true id_scope="handout-" />
                    <SourceNote ids={sources_of(DANGER_PLACES.iter().chain(&CHILD_RULES).chain(&FOR_PARENTS))} />
                </PosterFoot>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct PosterFootProps {
    poster: Poster,
    children: Html,
}

/// A poster's last lines with its QR code beside them, at the foot of the page.
#[component]
fn PosterFoot(props: &PosterFootProps) -> Html {
    html! {
        <div class="poster-foot">
            <div class="poster-foot-text">{ props.children.clone() }</div>
            <PosterQr poster={props.poster} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PosterQrProps {
    poster: Poster,
}

/// A QR code of the poster's own address (this page, at the poster), so that a printed
/// poster leads to the site; beside it what to do with it, and the address written out.
/// Only the pre-render step knows the site's origin: it draws the code in place of the
/// `data-qr-code` placeholder and writes the address into `data-qr-address`
/// (src/bin/prerender/qr.rs). Rendered elsewhere, both stay empty.
#[component]
fn PosterQr(props: &PosterQrProps) -> Html {
    let lang = use_lang();
    let path = format!(
        "{}#poster-{}",
        Route::new(lang, Page::Posters).to_path(),
        props.poster.key()
    );
    html! {
        <figure class="poster-qr">
            <span class="poster-qr-code" data-qr-code={path.clone()} data-qr-label={t(lang, "poster-qr-label")}></span>
            <figcaption>
                { t(lang, "poster-qr-scan") }
                <span class="poster-qr-address" data-qr-address={path}></span>
            </figcaption>
        </figure>
    }
}
