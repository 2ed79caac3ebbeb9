//! One pupil's answers on their own phone: every question at once, one choice each (a
//! group of radio buttons: Tab to a question, the arrow keys to an answer), then "done".
//! Nothing says which answer is right until the end of the lesson.

use yew::prelude::*;

use super::check_count::sign_of;
use crate::schools::model::check::{Sheet, Stage};
use crate::site::i18n::{t, t_args, Lang};

/// A check before or after the lesson, in pupil mode; `on_change` gets it with an answer
/// chosen, or moved on.
pub fn pupil_form(lang: Lang, sheet: &Sheet, on_change: &Callback<Sheet>) -> Html {
    let Some(counts) = sheet.counting() else {
        return Html::default();
    };
    let moment = if sheet.stage == Stage::After {
        "after"
    } else {
        "before"
    };
    let questions = sheet.questions();
    let answered = (0..questions.len())
        .filter(|i| counts.chosen(*i).is_some())
        .count();
    let items = questions.iter().enumerate().map(|(q, question)| {
        let chosen = counts.chosen(q);
        let choices = question.answers.iter().enumerate().map(|(a, answer)| {
            let onchange = {
                let (on_change, sheet) = (on_change.clone(), sheet.clone());
                move |_| {
                    let mut sheet = sheet.clone();
                    if let Some(counts) = sheet.counting_mut() {
                        counts.choose(q, a);
                    }
                    on_change.emit(sheet);
                }
            };
            html! {
                <li key={answer.key}>
                    <label class="check-choice">
                        <input type="radio" name={format!("check-{moment}-{q}")} value={answer.key}
                            checked={chosen == Some(a)} {onchange} />
                        <span>{ t(lang, &format!("quiz-{}-{}", question.key, answer.key)) }</span>
                    </label>
                </li>
            }
        });
        html! {
            <li key={question.key}>
                <fieldset class="check-question">
                    <legend>{ t(lang, &format!("quiz-{}", question.key)) }</legend>
                    { sign_of(question, format!("check-{q}-")) }
                    <ul class="check-choices">{ for choices }</ul>
                </fieldset>
            </li>
        }
    });
    let onsubmit = {
        let (on_change, sheet) = (on_change.clone(), sheet.clone());
        move |e: SubmitEvent| {
            e.prevent_default();
            let mut sheet = sheet.clone();
            sheet.advance();
            on_change.emit(sheet);
        }
    };
    html! {
        <form class="check-pupil" {onsubmit}>
            <h2 id="check-pupil-heading" tabindex="-1">{ t(lang, &format!("check-pupil-{moment}")) }</h2>
            <p>{ t(lang, "check-pupil-how") }</p>
            <ol class="check-questions">{ for items }</ol>
            <p class="check-hands" aria-live="polite">
                { t_args(lang, "check-answered", &[
                    ("count", (answered as i64).into()),
                    ("total", (questions.len() as i64).into()),
                ]) }
            </p>
            <button type="submit" class="button">{ t(lang, &format!("check-pupil-done-{moment}")) }</button>
        </form>
    }
}
