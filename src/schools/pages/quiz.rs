//! The quiz: choose an age group, answer one question at a time with an explanation after
//! each, then the score and the questions to go over again. Nothing is stored or sent.
//!
//! The pre-rendered page (and the page without JavaScript) shows the choice of age group
//! with its buttons waiting for the wasm, and every question with its answer and
//! explanation in a closed list, which is also the teacher's answer key. The wasm takes
//! over the quiz alone (an island, `QuizRun`); the answer keys stay as pre-rendered and
//! are hidden while a quiz runs.

use yew::prelude::*;

use crate::schools::view::{answer_text, explanation, QuizCard};

use crate::schools::model::age::AgeGroup;
use crate::schools::model::quiz::{Progress, Question};
use crate::site::address::address_query;
use crate::site::hooks::{use_hydrated, use_lang};
use crate::site::i18n::{t, t_args, Lang};
use crate::site::island::IslandFrame;
use crate::site::model::source;
use crate::site::route::Page;
use crate::site::view::{focus, PageIntro, SourceNote};

/// The page, pre-rendered; the browser takes over only the quiz (`QuizRun`).
#[component]
pub fn Quiz() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Quiz}>
            <IslandFrame island={&crate::schools::QUIZ} />
            <div class="quiz-keys">
                { for AgeGroup::ALL.into_iter().map(|age| answer_key(lang, age)) }
            </div>
        </PageIntro>
    }
}

/// The choice of age group, the questions and the score: the part of the page that
/// moves.
#[component]
pub fn QuizRun() -> Html {
    let hydrated = use_hydrated();
    let run = use_state(|| None::<Progress>);
    // A link to `?age=6-11` (the teacher's guide has one per lesson) starts that quiz.
    {
        let run = run.clone();
        use_effect_with((), move |_| {
            if let Some(age) = AgeGroup::from_query(&address_query()) {
                run.set(Some(Progress::new(age)));
            }
        });
    }
    let start = {
        let run = run.clone();
        Callback::from(move |age: AgeGroup| run.set(Some(Progress::new(age))))
    };
    let update = {
        let run = run.clone();
        Callback::from(move |progress: Progress| run.set(Some(progress)))
    };
    let restart = {
        let run = run.clone();
        Callback::from(move |_| run.set(None))
    };

    // The answer keys below are for the way through without a quiz running.
    use_effect_with(run.is_none(), |choosing| {
        if let Ok(Some(keys)) = gloo::utils::document().query_selector(".quiz-keys") {
            let _ = keys.toggle_attribute_with_force("hidden", !choosing);
        }
    });
    let body = match &*run {
        None => html! { <Start {hydrated} on_start={start} /> },
        Some(progress) if progress.is_done() => html! {
            <Results progress={progress.clone()} on_again={start} on_choose={restart} />
        },
        Some(progress) => html! { <QuizCard progress={progress.clone()} on_change={update} /> },
    };
    html! { <div class="quiz">{ body }</div> }
}

#[derive(Properties, PartialEq)]
struct StartProps {
    hydrated: bool,
    on_start: Callback<AgeGroup>,
}

/// The choice of age group. Its buttons work once the wasm has arrived; until then (or
/// without JavaScript) the text below them says where the questions are.
#[component]
fn Start(props: &StartProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="quiz-start" aria-labelledby="quiz-start-heading">
            <h2 id="quiz-start-heading">{ t(lang, "quiz-choose") }</h2>
            <ul class="quiz-ages">
                { for AgeGroup::ALL.into_iter().map(|age| {
                    let on_start = props.on_start.clone();
                    html! {
                        <li key={age.key()}>
                            <button type="button" class="button" disabled={!props.hydrated}
                                onclick={move |_| on_start.emit(age)}>
                                <strong>{ t(lang, &format!("quiz-age-{}", age.key())) }</strong>
                                <span>{ t_args(lang, "quiz-count", &[("count", (age.questions().len() as i64).into())]) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p class="hydration-note">
                <span class="until-hydrated">{ t(lang, "quiz-needs-js") }</span>
                <span class="when-hydrated">{ t(lang, "quiz-private") }</span>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    progress: Progress,
    on_again: Callback<AgeGroup>,
    on_choose: Callback<()>,
}

/// The score and a word of encouragement, then each question answered wrongly with why
/// the answer given is risky (where the bank says), the right answer and why.
#[component]
fn Results(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| focus(&heading));
    }
    let progress = &props.progress;
    let age = progress.age;
    let to_review = progress.to_review();
    let on_again = props.on_again.clone();
    let on_choose = props.on_choose.clone();
    html! {
        <section class="quiz-results" aria-labelledby="quiz-results-heading">
            <h2 id="quiz-results-heading" tabindex="-1" ref={heading}>{ t(lang, "quiz-results") }</h2>
            <p class="quiz-score">
                { t_args(lang, "quiz-score", &[
                    ("right", (progress.score() as i64).into()),
                    ("total", (progress.questions().len() as i64).into()),
                ]) }
            </p>
            <p class="quiz-encourage">{ t(lang, "quiz-encourage") }</p>
            if to_review.is_empty() {
                <p>{ t(lang, "quiz-all-right") }</p>
            } else {
                <h3>{ t(lang, "quiz-review") }</h3>
                <ol class="quiz-review">
                    { for to_review.iter().map(|(question, chosen)| html! {
                        <li key={question.key}>
                            <p class="question">{ t(lang, &format!("quiz-{}", question.key)) }</p>
                            <p class="given">
                                <span class="label">{ t(lang, "quiz-your-answer") }</span>{ " " }
                                { answer_text(lang, question, *chosen) }
                            </p>
                            if let Some(id) = question.risk_message(*chosen) {
                                <p class="risk">{ t(lang, &id) }</p>
                            }
                            { explanation(lang, question) }
                        </li>
                    }) }
                </ol>
            }
            <div class="quiz-actions">
                <button type="button" class="button" onclick={move |_| on_again.emit(age)}>{ t(lang, "quiz-again") }</button>
                <button type="button" class="button secondary" onclick={move |_| on_choose.emit(())}>{ t(lang, "quiz-other-age") }</button>
            </div>
        </section>
    }
}

/// Every question of an age group with its right answer and explanation, closed until
/// opened: the way through the quiz without JavaScript, and the teacher's answer key.
fn answer_key(lang: Lang, age: AgeGroup) -> Html {
    html! {
        <details class="quiz-key" key={age.key()}>
            <summary>{ t(lang, &format!("quiz-key-{}", age.key())) }</summary>
            <ol>
                { for age.questions().iter().map(|question| html! {
                    <li key={question.key}>
                        <p class="question">{ t(lang, &format!("quiz-{}", question.key)) }</p>
                        { explanation(lang, question) }
                    </li>
                }) }
            </ol>
            <SourceNote ids={sources_of_questions(age.questions())} />
        </details>
    }
}

fn sources_of_questions(questions: &[Question]) -> Vec<&'static str> {
    source::distinct(questions.iter().flat_map(|q| q.sources.iter().copied()))
}
