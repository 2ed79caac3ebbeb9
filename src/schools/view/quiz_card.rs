use yew::prelude::*;

use crate::site::view::{focus, SourceNote};

use crate::schools::view::SceneDrawing;

use crate::safety::view::SignDrawing;
use crate::schools::model::quiz::{Picture, Progress, Question};
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, t_args, Lang};

#[derive(Properties, PartialEq)]
pub struct QuizCardProps {
    pub progress: Progress,
    /// The run after an answer or after "next".
    pub on_change: Callback<Progress>,
}

/// One question: its picture, its answers as buttons, then, once answered, whether the
/// answer was right, why a wrong answer chosen is risky (where the bank explains it), the
/// right behaviour and why, and the way on.
///
/// Focus follows the reader: to the question when it appears, to the verdict once
/// answered, so a screen reader reads each in turn and the keyboard is where it is needed.
#[component]
pub fn QuizCard(props: &QuizCardProps) -> Html {
    let lang = use_lang();
    let progress = &props.progress;
    let question_ref = use_node_ref();
    let feedback_ref = use_node_ref();
    let answered = progress.answered();
    {
        let (question_ref, feedback_ref) = (question_ref.clone(), feedback_ref.clone());
        use_effect_with(
            (progress.current, answered.is_some()),
            move |(_, answered)| {
                focus(if *answered {
                    &feedback_ref
                } else {
                    &question_ref
                });
            },
        );
    }
    let Some(question) = progress.question() else {
        return Html::default();
    };
    let key = question.key;
    let total = progress.questions().len();
    let answers = question.answers.iter().enumerate().map(|(i, answer)| {
        let state = match answered {
            Some(_) if answer.right => Some("right"),
            Some(chosen) if chosen == i => Some("wrong"),
            _ => None,
        };
        let chosen = answered == Some(i);
        let onclick = {
            let (progress, on_change) = (progress.clone(), props.on_change.clone());
            move |_| {
                let mut progress = progress.clone();
                progress.choose(i);
                on_change.emit(progress);
            }
        };
        html! {
            <li key={answer.key}>
                // Still focusable once answered (aria-disabled, not disabled), so a screen
                // reader can go back over the answers and hear which was right.
                <button type="button" class={classes!("answer", state)}
                    aria-disabled={answered.is_some().then_some("true")}
                    aria-describedby={answered.is_some().then(|| format!("mark-{i}"))}
                    {onclick}>
                    { t(lang, &format!("quiz-{key}-{}", answer.key)) }
                </button>
                if let Some(state) = state {
                    <span class={classes!("mark", state)} id={format!("mark-{i}")}>
                        { t(lang, &format!("quiz-mark-{state}")) }
                        if chosen { { " · " }{ t(lang, "quiz-mark-chosen") } }
                    </span>
                }
            </li>
        }
    });
    let next = {
        let (progress, on_change) = (progress.clone(), props.on_change.clone());
        move |_| {
            let mut progress = progress.clone();
            progress.next();
            on_change.emit(progress);
        }
    };
    let last = progress.current + 1 == total;
    html! {
        <section class="quiz-card" aria-labelledby="quiz-question">
            <p class="quiz-progress">
                { t_args(lang, "quiz-progress", &[
                    ("number", ((progress.current + 1) as i64).into()),
                    ("total", (total as i64).into()),
                ]) }
            </p>
            { match question.picture {
                Picture::Sign(drawing) => html! { <SignDrawing {drawing} /> },
                Picture::Scene(scene) => html! { <SceneDrawing {scene} /> },
            } }
            <h2 id="quiz-question" tabindex="-1" ref={question_ref}>{ t(lang, &format!("quiz-{key}")) }</h2>
            <ul class="quiz-answers">{ for answers }</ul>
            if let Some(verdict) = answered.map(|chosen| if chosen == question.right_answer() { "right" } else { "wrong" }) {
                <div class="quiz-feedback" tabindex="-1" ref={feedback_ref}>
                    // quiz-verdict-right, quiz-verdict-wrong
                    <p class={classes!("verdict", verdict)}>{ t(lang, &format!("quiz-verdict-{verdict}")) }</p>
                    if let Some(id) = answered.and_then(|chosen| question.risk_message(chosen)) {
                        <p class="risk">{ t(lang, &id) }</p>
                    }
                    { explanation(lang, question) }
                    <SourceNote ids={question.sources.to_vec()} />
                </div>
                <button type="button" class="button next" onclick={next}>
                    { t(lang, if last { "quiz-finish" } else { "quiz-next" }) }
                </button>
            }
        </section>
    }
}

/// "The right answer: …" and why.
pub fn explanation(lang: Lang, question: &Question) -> Html {
    html! {
        <>
            <p class="right-answer">
                <span class="label">{ t(lang, "quiz-right-answer") }</span>{ " " }
                { answer_text(lang, question, question.right_answer()) }
            </p>
            <p class="why">{ t(lang, &format!("quiz-{}-why", question.key)) }</p>
        </>
    }
}

/// The words of one answer of a question.
pub fn answer_text(lang: Lang, question: &Question, answer: usize) -> String {
    question
        .answers
        .get(answer)
        .map(|a| t(lang, &format!("quiz-{}-{}", question.key, a.key)))
        .unwrap_or_default()
}
