//! The class's count on the projector: one question at a time, and for each of its
//! answers the number of hands raised, typed in or moved by − and + (the arrow keys move
//! a number field too). The right answer is not shown until both counts are in.

use yew::prelude::*;

use crate::safety::view::SignDrawing;
use crate::schools::model::check::{parse_count, Sheet, Stage};
use crate::schools::model::quiz::{Picture, Question};
use crate::site::i18n::{t, t_args, Lang};

/// A question's sign, drawn, where it shows one; a scene is told by the question's own
/// words. `scope` keeps the drawing's ids apart from the same sign elsewhere on the page.
pub fn sign_of(question: &Question, scope: String) -> Html {
    match question.picture {
        Picture::Sign(drawing) => html! { <SignDrawing {drawing} id_scope={scope} /> },
        Picture::Scene(_) => Html::default(),
    }
}

/// The letter an answer is read out by ("A", "B", "C"; Cyrillic in Russian).
pub fn letter(lang: Lang, answer: usize) -> String {
    t(lang, &format!("check-letter-{}", answer + 1))
}

/// One question of a check before or after the lesson, in class mode: `on_change` gets
/// the check with a count changed (or, after the last question, moved on), `on_go` the
/// question to show.
pub fn class_count(
    lang: Lang,
    sheet: &Sheet,
    current: usize,
    on_change: &Callback<Sheet>,
    on_go: &Callback<usize>,
) -> Html {
    let questions = sheet.questions();
    let total = questions.len();
    let index = current.min(total.saturating_sub(1));
    let Some(question) = questions.get(index) else {
        return Html::default();
    };
    let Some(counts) = sheet.counting() else {
        return Html::default();
    };
    let set = |answer: usize, hands: u32| {
        let mut sheet = sheet.clone();
        if let Some(counts) = sheet.counting_mut() {
            counts.set(index, answer, hands);
        }
        sheet
    };
    let moment = if sheet.stage == Stage::After {
        "after"
    } else {
        "before"
    };
    let answers = question.answers.iter().enumerate().map(|(i, answer)| {
        let hands = counts.get(index, i);
        let id = format!("check-hands-{i}");
        let on_change = on_change.clone();
        let fewer = {
            let (on_change, sheet) = (on_change.clone(), set(i, hands.saturating_sub(1)));
            move |_| on_change.emit(sheet.clone())
        };
        let more = {
            let (on_change, sheet) = (on_change.clone(), set(i, hands + 1));
            move |_| on_change.emit(sheet.clone())
        };
        let typed = {
            let (on_change, sheet) = (on_change.clone(), sheet.clone());
            move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let mut sheet = sheet.clone();
                if let Some(counts) = sheet.counting_mut() {
                    counts.set(index, i, parse_count(&input.value()).unwrap_or(0));
                }
                on_change.emit(sheet);
            }
        };
        let letter = letter(lang, i);
        html! {
            <li key={answer.key} class="check-answer">
                <label for={id.clone()}>
                    <span class="check-letter">{ letter.clone() }</span>{ " " }
                    { t(lang, &format!("quiz-{}-{}", question.key, answer.key)) }
                </label>
                <span class="check-stepper">
                    <button type="button" class="button secondary" onclick={fewer}
                        aria-label={t_args(lang, "check-fewer", &[("letter", letter.clone().into())])}>{ "−" }</button>
                    <input type="number" id={id} inputmode="numeric" min="0" max="999" step="1"
                        value={hands.to_string()} oninput={typed} />
                    <button type="button" class="button secondary" onclick={more}
                        aria-label={t_args(lang, "check-more", &[("letter", letter.into())])}>{ "+" }</button>
                </span>
            </li>
        }
    });
    let go = |to: usize| {
        let on_go = on_go.clone();
        move |_| on_go.emit(to)
    };
    let finish = {
        let (on_change, sheet) = (on_change.clone(), sheet.clone());
        move |_| {
            let mut sheet = sheet.clone();
            sheet.advance();
            on_change.emit(sheet);
        }
    };
    let last = index + 1 == total;
    html! {
        <section class="check-count" aria-labelledby="check-question">
            <p class="check-progress">
                { t_args(lang, &format!("check-progress-{moment}"), &[
                    ("number", ((index + 1) as i64).into()),
                    ("total", (total as i64).into()),
                ]) }
            </p>
            { sign_of(question, "check-".into()) }
            <h2 id="check-question" tabindex="-1">{ t(lang, &format!("quiz-{}", question.key)) }</h2>
            <p class="check-how">{ t(lang, "check-count-how") }</p>
            <ol class="check-answers">{ for answers }</ol>
            <p class="check-hands" aria-live="polite">
                { t_args(lang, "check-hands", &[("count", i64::from(counts.hands(index)).into())]) }
            </p>
            <div class="check-nav">
                if index > 0 {
                    <button type="button" class="button secondary" onclick={go(index - 1)}>{ t(lang, "check-previous") }</button>
                }
                if last {
                    <button type="button" class="button" onclick={finish}>{ t(lang, &format!("check-finish-{moment}")) }</button>
                } else {
                    <button type="button" class="button" onclick={go(index + 1)}>{ t(lang, "check-next") }</button>
                }
            </div>
        </section>
    }
}
