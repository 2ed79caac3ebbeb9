//! The check before and after a lesson (`/{lang}/schools/check/`): eight of the quiz's
//! questions that a class answers at the start of a lesson and again at the end, either
//! each pupil on their own phone or the whole class by raising hands, counted by the
//! teacher on the projector; then what changed, question by question, as bars and as
//! numbers, and for the teacher a one-page summary to print for the school's report.
//! Nothing is sent. A pupil's answers are kept on the phone until erased (they must
//! survive the page being closed during the lesson); a class's counts only if the
//! teacher ticks "keep on this device".
//!
//! Pre-rendered, the page shows the choice waiting for the wasm, how to fit the check
//! into a 45-minute lesson, and every question with its answers and the answer key, to
//! print and count on paper where the page does not open fully. The wasm takes over the
//! check alone (an island, `CheckRun`), which hides the printable lists while it runs.

use yew::prelude::*;

use crate::schools::model::age::AgeGroup;
use crate::schools::model::check::{self, parse_count, parse_day, Mode, Sheet, Stage};
use crate::schools::model::lessons::LESSON_MINUTES;
use crate::schools::model::quiz::Question;
use crate::schools::view::check_store as store;
use crate::schools::view::{
    change_chart, change_table, class_count, explanation, keeping, letter, pupil_form, sign_of,
};
use crate::site::hooks::{use_hydrated, use_lang};
use crate::site::i18n::{format_date, t, t_args, Lang};
use crate::site::island::IslandFrame;
use crate::site::model::source;
use crate::site::route::Page;
use crate::site::view::{PageIntro, SourceNote};

/// The page, pre-rendered; the browser takes over only the check (`CheckRun`).
#[component]
pub fn Check() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Check}>
            <div class="check-page">
                <IslandFrame island={&crate::schools::CHECK} />
                { fit_in_lesson(lang) }
                <section class="check-lists" aria-labelledby="check-lists-heading">
                    <h2 id="check-lists-heading">{ t(lang, "check-lists-heading") }</h2>
                    <p>{ t(lang, "check-lists-text") }</p>
                    { for AgeGroup::ALL.into_iter().map(|age| printable_list(lang, age)) }
                </section>
            </div>
        </PageIntro>
    }
}

/// Three minutes at the start, three at the end, taken from the lesson's quiz.
fn fit_in_lesson(lang: Lang) -> Html {
    let minutes = |n: u32| t_args(lang, "lesson-minutes", &[("minutes", i64::from(n).into())]);
    let step = |n: u32, id: &str| {
        html! {
            <li>
                <div class="step-head"><span class="minutes">{ minutes(n) }</span><strong>{ t(lang, id) }</strong></div>
                <p>{ t(lang, &format!("{id}-text")) }</p>
            </li>
        }
    };
    html! {
        <section class="check-fit" aria-labelledby="check-fit-heading">
            <h2 id="check-fit-heading">{ t(lang, "check-fit-heading") }</h2>
            <ol class="lesson-steps">
                { step(check::MINUTES_BEFORE, "check-fit-start") }
                { step(LESSON_MINUTES - check::MINUTES_BEFORE - check::MINUTES_AFTER, "check-fit-lesson") }
                { step(check::MINUTES_AFTER, "check-fit-end") }
            </ol>
            <p>{ t(lang, "check-fit-hands") }</p>
        </section>
    }
}

/// An age group's questions with their answers by letter, and the answer key after them.
fn printable_list(lang: Lang, age: AgeGroup) -> Html {
    let questions = check::questions(age);
    let letter = |i: usize| letter(lang, i);
    let key: Vec<String> = questions
        .iter()
        .enumerate()
        .map(|(n, q)| format!("{} {}", n + 1, letter(q.right_answer())))
        .collect();
    html! {
        <section class="check-list" key={age.key()} aria-labelledby={format!("check-list-{}", age.key())}>
            <h3 id={format!("check-list-{}", age.key())}>{ t(lang, &format!("check-age-{}", age.key())) }</h3>
            <ol>
                { for questions.iter().enumerate().map(|(n, q)| html! {
                    <li key={q.key}>
                        <p class="question">{ t(lang, &format!("quiz-{}", q.key)) }</p>
                        { sign_of(q, format!("list-{}-{n}-", age.key())) }
                        <ul class="check-list-answers">
                            { for q.answers.iter().enumerate().map(|(i, a)| html! {
                                <li key={a.key}><span class="check-letter">{ letter(i) }</span>{ " " }{ t(lang, &format!("quiz-{}-{}", q.key, a.key)) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
            <p class="check-answer-key"><strong>{ t(lang, "check-answer-key") }</strong>{ " " }{ key.join(" · ") }</p>
            <SourceNote ids={sources_of(&questions)} />
        </section>
    }
}

fn sources_of(questions: &[&Question]) -> Vec<&'static str> {
    source::distinct(questions.iter().flat_map(|q| q.sources.iter().copied()))
}

/// The check itself: the choice, the answers or counts before and after, what changed.
/// One component: the screens are functions of its state (each component costs the wasm
/// file), and it moves the focus to each new screen's heading.
#[component]
pub fn CheckRun() -> Html {
    let lang = use_lang();
    let hydrated = use_hydrated();
    let choice = use_state(|| (AgeGroup::Younger, Mode::Class));
    let sheet = use_state(|| None::<Sheet>);
    let keep = use_state(|| false);
    // The question shown while a class is counted.
    let question = use_state(|| 0_usize);
    // A check kept on this device takes up where it was: a pupil's first.
    {
        let (sheet, keep) = (sheet.clone(), keep.clone());
        use_effect_with((), move |_| {
            if let Some(mine) = store::load(Mode::Pupil) {
                sheet.set(Some(mine));
            } else if let Some(class) = store::load(Mode::Class) {
                keep.set(true);
                sheet.set(Some(class));
            }
        });
    }
    // The printable lists, with their answer key, are for the way without the check.
    use_effect_with(sheet.is_some(), |running| {
        if let Ok(Some(lists)) = gloo::utils::document().query_selector(".check-lists") {
            let _ = lists.toggle_attribute_with_force("hidden", *running);
        }
    });
    // Kept as it changes: a pupil's always, a class's when the teacher asked.
    use_effect_with(((*sheet).clone(), *keep), |(sheet, keep)| {
        if let Some(sheet) = sheet {
            if sheet.mode == Mode::Pupil || *keep {
                store::save(sheet);
            }
        }
    });
    // Each new screen (and each question counted) takes the focus to its heading, so that
    // a screen reader reads it and the keyboard starts there.
    let screen = sheet.as_ref().map(|s| (s.mode, s.stage, *question));
    use_effect_with(screen, |screen| {
        if screen.is_some() {
            if let Ok(Some(heading)) =
                gloo::utils::document().query_selector(".check-run h2[tabindex]")
            {
                if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading)
                {
                    let _ = heading.focus();
                }
            }
        }
    });
    let update = {
        let (sheet, question) = (sheet.clone(), question.clone());
        Callback::from(move |mut next: Sheet| {
            if sheet.as_ref().map(|s| s.stage) != Some(next.stage) {
                question.set(0);
                // The summary is dated today unless the teacher says otherwise.
                if next.stage == Stage::Done && next.report.date.is_none() {
                    next.report.date = store::today();
                }
            }
            sheet.set(Some(next));
        })
    };
    let Some(current) = &*sheet else {
        let on_choose = {
            let choice = choice.clone();
            Callback::from(move |c| choice.set(c))
        };
        let on_start = {
            let (sheet, choice) = (sheet.clone(), choice.clone());
            Callback::from(move |_| sheet.set(Some(Sheet::new(choice.1, choice.0))))
        };
        return html! { <div class="check-run">{ start(lang, hydrated, *choice, &on_choose, &on_start) }</div> };
    };
    let go = {
        let question = question.clone();
        Callback::from(move |n| question.set(n))
    };
    let body = match (current.mode, current.stage) {
        (_, Stage::Between) => between(lang, current, &update),
        (Mode::Pupil, Stage::Done) => pupil_result(lang, current),
        (Mode::Class, Stage::Done) => class_result(lang, current, &update),
        (Mode::Pupil, _) => pupil_form(lang, current, &update),
        (Mode::Class, _) => class_count(lang, current, *question, &update, &go),
    };
    let on_keep = {
        let (keep, mode) = (keep.clone(), current.mode);
        Callback::from(move |kept: bool| {
            if !kept {
                store::erase(mode);
            }
            keep.set(kept);
        })
    };
    let on_erase = {
        let (sheet, keep, mode) = (sheet.clone(), keep.clone(), current.mode);
        Callback::from(move |_| {
            store::erase(mode);
            keep.set(false);
            sheet.set(None);
        })
    };
    html! {
        <div class="check-run">
            { body }
            { keeping(lang, current.mode, *keep, &on_keep, &on_erase) }
        </div>
    }
}

/// The age group and the way of answering, then "start". Until the page has opened fully
/// (or without it) the note below says where the questions are.
fn start(
    lang: Lang,
    hydrated: bool,
    (age, mode): (AgeGroup, Mode),
    on_choose: &Callback<(AgeGroup, Mode)>,
    on_start: &Callback<()>,
) -> Html {
    let ages = AgeGroup::ALL.into_iter().map(|a| {
        let on_choose = on_choose.clone();
        html! {
            <label key={a.key()} class="check-option">
                <input type="radio" name="check-age" value={a.key()} checked={a == age}
                    disabled={!hydrated} onchange={move |_| on_choose.emit((a, mode))} />
                <span><strong>{ t(lang, &format!("check-age-{}", a.key())) }</strong></span>
            </label>
        }
    });
    let modes = Mode::ALL.into_iter().map(|m| {
        let on_choose = on_choose.clone();
        html! {
            <label key={m.key()} class="check-option">
                <input type="radio" name="check-mode" value={m.key()} checked={m == mode}
                    disabled={!hydrated} onchange={move |_| on_choose.emit((age, m))} />
                <span>
                    <strong>{ t(lang, &format!("check-mode-{}", m.key())) }</strong>
                    <span>{ t(lang, &format!("check-mode-{}-text", m.key())) }</span>
                </span>
            </label>
        }
    });
    let on_start = on_start.clone();
    html! {
        <section class="check-start" aria-labelledby="check-start-heading">
            <h2 id="check-start-heading">{ t(lang, "check-start-heading") }</h2>
            <fieldset class="check-options">
                <legend>{ t(lang, "check-age-legend") }</legend>
                { for ages }
            </fieldset>
            <fieldset class="check-options">
                <legend>{ t(lang, "check-mode-legend") }</legend>
                { for modes }
            </fieldset>
            <button type="button" class="button" disabled={!hydrated} onclick={move |_| on_start.emit(())}>
                { t(lang, "check-start") }
            </button>
            <p class="hydration-note">
                <span class="until-hydrated">{ t(lang, "check-needs-page") }</span>
                <span class="when-hydrated">{ t(lang, "check-private") }</span>
            </p>
        </section>
    }
}

/// Between the two counts: teach the lesson, then count again.
fn between(lang: Lang, sheet: &Sheet, on_change: &Callback<Sheet>) -> Html {
    let mode = sheet.mode.key();
    let onclick = {
        let (on_change, sheet) = (on_change.clone(), sheet.clone());
        move |_| {
            let mut sheet = sheet.clone();
            sheet.advance();
            on_change.emit(sheet);
        }
    };
    html! {
        <section class="check-between" aria-labelledby="check-between-heading">
            <h2 id="check-between-heading" tabindex="-1">{ t(lang, &format!("check-between-{mode}")) }</h2>
            <p>{ t(lang, &format!("check-between-{mode}-text")) }</p>
            <button type="button" class="button" {onclick}>{ t(lang, &format!("check-start-after-{mode}")) }</button>
        </section>
    }
}

/// A pupil's own change, then the right answer and why for each question still wrong.
fn pupil_result(lang: Lang, sheet: &Sheet) -> Html {
    let questions = sheet.questions();
    let rows = sheet.summary();
    let to_review: Vec<&Question> = questions
        .iter()
        .zip(&rows)
        .filter(|(_, row)| row.after.percent() != Some(100))
        .map(|(q, _)| *q)
        .collect();
    html! {
        <section class="check-results check-mine" aria-labelledby="check-results-heading">
            <h2 id="check-results-heading" tabindex="-1">{ t(lang, "check-results-mine") }</h2>
            { change_chart(lang, &rows) }
            { change_table(lang, &rows, &questions, true) }
            if to_review.is_empty() {
                <p>{ t(lang, "quiz-all-right") }</p>
            } else {
                <h3>{ t(lang, "check-review") }</h3>
                <ol class="quiz-review">
                    { for to_review.iter().map(|q| html! {
                        <li key={q.key}>
                            <p class="question">{ t(lang, &format!("quiz-{}", q.key)) }</p>
                            { explanation(lang, q) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

/// The class's change, the report's few facts and the summary to print.
fn class_result(lang: Lang, sheet: &Sheet, on_change: &Callback<Sheet>) -> Html {
    let report = &sheet.report;
    let field = |set: fn(&mut Sheet, &str)| {
        let (on_change, sheet) = (on_change.clone(), sheet.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut sheet = sheet.clone();
            set(&mut sheet, &input.value());
            on_change.emit(sheet);
        })
    };
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let questions = sheet.questions();
    let rows = sheet.summary();
    let shown = |n: Option<u32>| n.map_or_else(|| t(lang, "check-none"), |n| n.to_string());
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <section class="check-results" aria-labelledby="check-results-heading">
            <h2 id="check-results-heading" tabindex="-1">{ t(lang, "check-results-class") }</h2>
            <fieldset class="check-report-form">
                <legend>{ t(lang, "check-report-legend") }</legend>
                <label for="check-date">{ t(lang, "check-date") }</label>
                <input type="date" id="check-date" value={report.date.map(|d| d.to_string()).unwrap_or_default()}
                    oninput={field(|s, v| s.report.date = parse_day(v))} />
                <label for="check-girls">{ t(lang, "check-girls") }</label>
                <input type="number" id="check-girls" inputmode="numeric" min="0" max="999" value={number(report.girls)}
                    oninput={field(|s, v| s.report.girls = parse_count(v))} />
                <label for="check-boys">{ t(lang, "check-boys") }</label>
                <input type="number" id="check-boys" inputmode="numeric" min="0" max="999" value={number(report.boys)}
                    oninput={field(|s, v| s.report.boys = parse_count(v))} />
            </fieldset>
            <p><button type="button" class="button" onclick={print}>{ t(lang, "check-print") }</button></p>
            <section class="check-summary" aria-labelledby="check-summary-title">
                <h3 id="check-summary-title">{ Page::Check.title(lang) }</h3>
                <dl class="check-facts">
                    <div><dt>{ t(lang, "check-date") }</dt><dd>{ report.date.map_or_else(|| t(lang, "check-none"), |d| format_date(lang, d)) }</dd></div>
                    <div><dt>{ t(lang, "check-age-legend") }</dt><dd>{ t(lang, &format!("check-age-{}", sheet.age.key())) }</dd></div>
                    <div><dt>{ t(lang, "check-girls") }</dt><dd>{ shown(report.girls) }</dd></div>
                    <div><dt>{ t(lang, "check-boys") }</dt><dd>{ shown(report.boys) }</dd></div>
                    <div><dt>{ t(lang, "check-pupils") }</dt><dd>{ shown(report.pupils()) }</dd></div>
                </dl>
                { change_chart(lang, &rows) }
                { change_table(lang, &rows, &questions, false) }
                <p class="check-summary-note">{ t(lang, "check-summary-note") }</p>
                <p class="check-signature">{ t(lang, "check-signature") }</p>
            </section>
        </section>
    }
}
