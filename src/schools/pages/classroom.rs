//! The classroom presentation: full-screen slides for a projector.
//!
//! Pre-rendered, every slide is a section of one long page with its own address
//! (`#slide-3`), so it reads, prints and links without JavaScript. The slides are not
//! taken over by the wasm: only the deck's controls are (an island, `DeckControls`),
//! which then show one slide at a time by setting `hidden` on the others; the arrow keys,
//! space, PageUp/PageDown (what a presentation clicker sends), Home and End move between
//! them, and the address follows.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::safety::view::{sign_tiles, ChildWords, CoreRules, EmergencyNumbers, Glance};

use crate::safety::model::guidance::{CHILD_RULES, DANGER_PLACES};
use crate::schools::model::slides;
use crate::schools::model::slides::{Slide, SLIDES};
use crate::site::address::address_fragment;
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, t_args, Lang};
use crate::site::island::IslandFrame;
use crate::site::model::cite::sources_of;
use crate::site::route::Page;
use crate::site::view::{PageIntro, PointList, SourceNote};

/// What a key does to the deck.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Move {
    Next,
    Previous,
    First,
    Last,
}

impl Move {
    /// The move a key asks for; `on_control` when focus is on a button or a link, whose
    /// own Space and Enter must keep working.
    fn from_key(key: &str, shift: bool, on_control: bool) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" | "PageDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Move::Previous),
            " " if on_control => None,
            " " if shift => Some(Move::Previous),
            " " => Some(Move::Next),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The slide number (1-based) after this move from `from`.
    fn apply(self, from: usize) -> usize {
        match self {
            Move::Next => (from + 1).min(SLIDES.len()),
            Move::Previous => from.saturating_sub(1).max(1),
            Move::First => 1,
            Move::Last => SLIDES.len(),
        }
    }
}

/// Which slide shows: `None` until the wasm has read the address, so the first render
/// matches the pre-rendered page, which shows every slide.
#[derive(Default, PartialEq)]
struct Deck {
    shown: Option<usize>,
}

enum DeckAction {
    /// A slide by its number (from the address).
    Show(usize),
    Step(Move),
}

impl Reducible for Deck {
    type Action = DeckAction;

    fn reduce(self: Rc<Self>, action: DeckAction) -> Rc<Deck> {
        let shown = match action {
            DeckAction::Show(number) => number,
            DeckAction::Step(step) => step.apply(self.shown.unwrap_or(1)),
        };
        Rc::new(Deck { shown: Some(shown) })
    }
}

/// The page, pre-rendered; the browser takes over only its controls (`DeckControls`).
#[component]
pub fn Classroom() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Classroom}>
            <p class="hydration-note">
                <span class="until-hydrated">{ t(lang, "slides-needs-js") }</span>
                <span class="when-hydrated">{ t(lang, "slides-keys") }</span>
            </p>
            <div class="deck" role="region" aria-roledescription={t(lang, "slides-deck")} aria-label={Page::Classroom.title(lang)}>
                { for SLIDES.iter().enumerate().map(|(i, slide)| {
                    let number = i + 1;
                    html! {
                        <section key={number} class="slide" id={slides::fragment(number)}
                            aria-roledescription={t(lang, "slides-slide")}
                            aria-label={position(lang, number)}>
                            { slide_content(lang, *slide) }
                        </section>
                    }
                }) }
                <IslandFrame island={&crate::schools::DECK_CONTROLS} />
            </div>
            <nav class="slide-list" aria-labelledby="slide-list-heading">
                <h2 id="slide-list-heading">{ t(lang, "slides-go-to") }</h2>
                <ol>
                    { for SLIDES.iter().enumerate().map(|(i, slide)| html! {
                        <li key={i}>
                            <a href={format!("#{}", slides::fragment(i + 1))}>
                                { t(lang, &slide.title_id()) }
                            </a>
                        </li>
                    }) }
                </ol>
            </nav>
        </PageIntro>
    }
}

/// The deck's buttons and position, the part of the page that moves: it reads the
/// slide from the address, follows the keys, and shows the slide on the pre-rendered deck
/// around it (`show_slide`).
#[component]
pub fn DeckControls() -> Html {
    let lang = use_lang();
    let deck_state = use_reducer(Deck::default);
    // Whether the slides fill the screen; Esc or the browser can end it too.
    let full_screen = use_state(|| false);

    // Once: the slide in the address, now and whenever it changes (the list's links, the
    // browser's back button, a link from the teacher's guide), and the keys, anywhere on
    // the page. The dispatcher always acts on the latest state, so nothing is registered
    // again at each slide.
    {
        let dispatch = deck_state.dispatcher();
        let full_screen = full_screen.setter();
        use_effect_with((), move |_| {
            let show_address = {
                let dispatch = dispatch.clone();
                move || {
                    dispatch.dispatch(DeckAction::Show(
                        slides::number_from_fragment(&address_fragment()).unwrap_or(1),
                    ));
                }
            };
            show_address();
            let hash = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                show_address()
            });
            let keys = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    if let Some(step) = event.dyn_ref::<web_sys::KeyboardEvent>().and_then(key_move)
                    {
                        event.prevent_default();
                        dispatch.dispatch(DeckAction::Step(step));
                    }
                },
            );
            let screen =
                EventListener::new(&gloo::utils::document(), "fullscreenchange", move |_| {
                    full_screen.set(gloo::utils::document().fullscreen_element().is_some())
                });
            move || drop((hash, keys, screen))
        });
    }
    let shown = deck_state.shown;
    // The controls work once the wasm has read the address, its first act.
    let hydrated = shown.is_some();
    // The deck shows the slide, and the address follows, without adding to the history at
    // every step.
    use_effect_with(shown, |shown| {
        if let Some(number) = shown {
            show_slide(*number);
            let url = format!("#{}", slides::fragment(*number));
            if let Ok(history) = gloo::utils::window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    });

    let go = |step: Move| {
        let dispatch = deck_state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DeckAction::Step(step)))
    };
    let toggle_full_screen = {
        let full = *full_screen;
        Callback::from(move |_: MouseEvent| {
            let document = gloo::utils::document();
            if full {
                document.exit_fullscreen();
            } else if let Ok(Some(deck)) = document.query_selector(".deck") {
                let _ = deck.request_fullscreen();
            }
        })
    };
    let total = SLIDES.len();
    html! {
        <div class="deck-controls">
            <button type="button" class="button" disabled={!hydrated || shown == Some(1)} onclick={go(Move::Previous)}>
                { t(lang, "slides-previous") }
            </button>
            <p class="deck-position" aria-live="polite">
                { for shown.map(|number| position(lang, number)) }
            </p>
            <button type="button" class="button" disabled={!hydrated || shown == Some(total)} onclick={go(Move::Next)}>
                { t(lang, "slides-next") }
            </button>
            <button type="button" class="button secondary" disabled={!hydrated} onclick={toggle_full_screen}>
                { t(lang, if *full_screen { "slides-leave-full-screen" } else { "slides-full-screen" }) }
            </button>
        </div>
    }
}

/// Shows slide `number` alone on the pre-rendered deck and marks its link in the list.
fn show_slide(number: usize) {
    let document = gloo::utils::document();
    if let Ok(Some(deck)) = document.query_selector(".deck") {
        let _ = deck.class_list().add_1("one-at-a-time");
    }
    let current = format!("#{}", slides::fragment(number));
    for n in 1..=SLIDES.len() {
        if let Some(slide) = document.get_element_by_id(&slides::fragment(n)) {
            let _ = slide.toggle_attribute_with_force("hidden", n != number);
        }
    }
    for link in crate::site::dom::all(".slide-list a") {
        if link.get_attribute("href").as_deref() == Some(current.as_str()) {
            let _ = link.set_attribute("aria-current", "true");
        } else {
            let _ = link.remove_attribute("aria-current");
        }
    }
}

/// The move a key pressed anywhere on the page asks for; none with Ctrl, Alt or Meta (the
/// browser's own shortcuts).
fn key_move(event: &web_sys::KeyboardEvent) -> Option<Move> {
    if event.ctrl_key() || event.alt_key() || event.meta_key() {
        return None;
    }
    let on_control = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.closest("button, a, summary").ok().flatten().is_some());
    Move::from_key(&event.key(), event.shift_key(), on_control)
}

/// "Slide 3 of 10".
fn position(lang: Lang, number: usize) -> String {
    t_args(
        lang,
        "slides-position",
        &[
            ("number", (number as i64).into()),
            ("total", (SLIDES.len() as i64).into()),
        ],
    )
}

/// A slide's heading and content, from the components the pages use.
fn slide_content(lang: Lang, slide: Slide) -> Html {
    let heading = html! { <h2>{ t(lang, &slide.title_id()) }</h2> };
    match slide {
        Slide::Opening => html! {
            <>
                <p class="slide-kicker">{ t(lang, "site-name") }</p>
                { heading }
                <Glance />
            </>
        },
        // These components bring their own heading.
        Slide::CoreRules => html! { <CoreRules /> },
        Slide::Numbers => html! { <EmergencyNumbers /> },
        Slide::Situation(situation) => situation_slide(lang, situation),
        // The children's opening: their three words, big, with a gesture for each.
        Slide::ChildOpening => html! {
            <>
                <p class="slide-kicker">{ t(lang, "site-name") }</p>
                { heading }
                <ChildWords />
                <p class="child-gestures">{ t(lang, "slide-child-gestures") }</p>
            </>
        },
        Slide::ChildRules => html! {
            <>
                { heading }
                <PointList prefix="child-rule" points={&CHILD_RULES[..]} class="child-rules" />
                <p class="child-promise">{ t(lang, "child-rules-promise") }</p>
            </>
        },
        Slide::Signs(group) => html! {
            <>
                { heading }
                { sign_tiles(lang, group.signs, "slide-") }
            </>
        },
        Slide::Places => html! {
            <>
                { heading }
                <p>{ t(lang, "rules-places-intro") }</p>
                <PointList prefix="place" points={&DANGER_PLACES[..]} class="places" />
            </>
        },
    }
}

/// One emergency as the emergency page shows it (the same markup as its `Situation`),
/// but with the classroom's steps and line to remember (`slides::steps_in_class`,
/// `slides::remember_in_class`): inside a mined area, stand still and wait.
fn situation_slide(
    lang: Lang,
    situation: &'static crate::safety::model::guidance::Situation,
) -> Html {
    let key = situation.key;
    let prefix = format!("situation-{key}");
    let steps = slides::steps_in_class(situation);
    let sources = sources_of(steps.iter().copied().chain([&situation.remember]));
    html! {
        <section class={classes!("situation", format!("situation-{key}"))} id={key} aria-labelledby={format!("{key}-heading")}>
            <h2 id={format!("{key}-heading")}>{ t(lang, &prefix) }</h2>
            <p class="when">{ t(lang, &format!("{prefix}-when")) }</p>
            <ol class="steps">
                { for steps.iter().map(|step| html! {
                    <li key={step.key}>{ t(lang, &format!("{prefix}-{}", step.key)) }</li>
                }) }
            </ol>
            <p class="remember">{ t(lang, &slides::remember_in_class(situation)) }</p>
            <SourceNote ids={sources} />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_the_deck_as_a_presenter_expects() {
        assert_eq!(Move::from_key("PageDown", false, false), Some(Move::Next));
        assert_eq!(Move::from_key("PageUp", false, false), Some(Move::Previous));
        assert_eq!(Move::from_key("ArrowRight", false, true), Some(Move::Next));
        assert_eq!(Move::from_key(" ", false, false), Some(Move::Next));
        assert_eq!(Move::from_key(" ", true, false), Some(Move::Previous));
        assert_eq!(
            Move::from_key(" ", false, true),
            None,
            "a focused button keeps Space"
        );
        assert_eq!(Move::from_key("a", false, false), None);
        assert_eq!(Move::Next.apply(SLIDES.len()), SLIDES.len());
        assert_eq!(Move::Previous.apply(1), 1);
        assert_eq!(Move::Last.apply(2), SLIDES.len());
        assert_eq!(Move::First.apply(5), 1);
    }
}
