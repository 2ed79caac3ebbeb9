//! The teacher's guide: a 45-minute lesson plan for each age group, each step linked to
//! the tool it uses and marked when every pupil takes part, the teacher's notes both
//! lessons share (a pupil who speaks of a death or an injury, children with
//! disabilities), and the way to the tools.

use yew::prelude::*;

use crate::schools::model::lessons::{Lesson, Note, Step, LESSONS, LESSON_MINUTES, NOTES};
use crate::schools::model::slides;
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, t_args, Lang};
use crate::site::model::cite::sources_of;
use crate::site::route::{Page, Route};
use crate::site::view::{PageIntro, PageLinks, SourceNote};

#[component]
pub fn Schools() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Schools}>
            <PageLinks heading="schools-tools-heading" pages={vec![Page::Check, Page::Quiz, Page::Classroom, Page::Posters, Page::Family]} />
            <nav class="jump" aria-label={t(lang, "lesson-jump-label")}>
                <ul>
                    { for LESSONS.iter().map(|lesson| html! {
                        <li key={lesson.age.key()}>
                            <a href={format!("#lesson-{}", lesson.age.key())}>{ lesson_title(lang, lesson) }</a>
                        </li>
                    }) }
                    <li><a href="#guide-notes">{ t(lang, "guide-notes-heading") }</a></li>
                </ul>
            </nav>
            { for LESSONS.iter().map(|lesson| lesson_plan(lang, lesson)) }
            <section class="lesson guide-notes" id="guide-notes" aria-labelledby="guide-notes-heading">
                <h2 id="guide-notes-heading">{ t(lang, "guide-notes-heading") }</h2>
                { for NOTES.iter().map(|note| teacher_note(lang, note)) }
            </section>
        </PageIntro>
    }
}

fn lesson_title(lang: Lang, lesson: &Lesson) -> String {
    t_args(
        lang,
        "lesson-title",
        &[
            (
                "ages",
                t(lang, &format!("quiz-age-{}", lesson.age.key())).into(),
            ),
            ("minutes", i64::from(LESSON_MINUTES).into()),
        ],
    )
}

fn lesson_plan(lang: Lang, lesson: &Lesson) -> Html {
    let age = lesson.age.key();
    let id = format!("lesson-{age}");
    // lesson-{age}-aim-{key} and lesson-{age}-question-{key}
    let list = |part: &str, keys: &[&str]| {
        html! {
            <ul>
                { for keys.iter().map(|key| html! {
                    <li key={*key}>{ t(lang, &format!("lesson-{age}-{part}-{key}")) }</li>
                }) }
            </ul>
        }
    };
    html! {
        <article class="lesson" id={id.clone()} key={age} aria-labelledby={format!("{id}-heading")}>
            <h2 id={format!("{id}-heading")}>{ lesson_title(lang, lesson) }</h2>
            <h3>{ t(lang, "lesson-aims") }</h3>
            { list("aim", lesson.aims) }
            <h3>{ t(lang, "lesson-steps") }</h3>
            <ol class="lesson-steps">
                { for lesson.steps.iter().map(|step| lesson_step(lang, lesson, step)) }
            </ol>
            { lesson_slides(lang, lesson) }
            <h3>{ t(lang, "lesson-questions") }</h3>
            { list("question", lesson.questions) }
            <h3>{ t(lang, "lesson-watch-for") }</h3>
            <ul class="watch-for">
                { for lesson.watch_for.iter().map(|point| html! {
                    <li key={point.key}>{ t(lang, &format!("watch-{}", point.key)) }</li>
                }) }
            </ul>
            <SourceNote ids={sources_of(lesson.watch_for)} />
        </article>
    }
}

/// One teacher's note: its heading, its points, and the sources of those that have one.
fn teacher_note(lang: Lang, note: &Note) -> Html {
    let key = note.key;
    html! {
        <div class="guide-note" key={key} id={format!("guide-note-{key}")}>
            <h3>{ t(lang, &format!("guide-note-{key}")) }</h3>
            <ul>
                { for note.points.iter().map(|point| html! {
                    <li key={point.key}>{ t(lang, &format!("guide-note-{key}-{}", point.key)) }</li>
                }) }
            </ul>
            if note.points.iter().any(|p| !p.sources.is_empty()) {
                <SourceNote ids={sources_of(note.points)} />
            }
        </div>
    }
}

/// "Slides for this lesson: 3, 4, 5, 6", each a link into the presentation, and which
/// slides suit the age group (`lesson-{age}-slides-note`).
fn lesson_slides(lang: Lang, lesson: &Lesson) -> Html {
    let deck = Route::new(lang, Page::Classroom).to_path();
    let links = slides::numbers_for(lesson.age).into_iter().map(|n| {
        html! { <li key={n}><a href={format!("{deck}#{}", slides::fragment(n))}>{ n }</a></li> }
    });
    html! {
        <div class="lesson-slides">
            <span>{ t(lang, "lesson-slides") }</span>{ " " }
            <ul>{ for links }</ul>
            <p>{ t(lang, &format!("lesson-{}-slides-note", lesson.age.key())) }</p>
        </div>
    }
}

fn lesson_step(lang: Lang, lesson: &Lesson, step: &Step) -> Html {
    let age = lesson.age.key();
    let prefix = format!("lesson-{age}-step-{}", step.key);
    let tool = step.tool.map(|page| {
        let mut href = Route::new(lang, page).to_path();
        if page == Page::Quiz {
            href += &lesson.age.query();
        }
        html! { <a class="tool" href={href}>{ page.title(lang) }</a> }
    });
    html! {
        <li key={step.key}>
            <p class="step-head">
                <span class="minutes">{ t_args(lang, "lesson-minutes", &[("minutes", i64::from(step.minutes).into())]) }</span>
                <strong>{ t(lang, &prefix) }</strong>
                if step.everyone {
                    { " " }<span class="everyone">{ t(lang, "lesson-everyone") }</span>
                }
            </p>
            <p>{ t(lang, &format!("{prefix}-text")) }</p>
            { for tool }
        </li>
    }
}
