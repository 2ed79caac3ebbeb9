use yew::prelude::*;

use super::{scoped_heading, SourceNote};
use crate::hooks::use_lang;
use crate::i18n::t;
use crate::model::safety::{sources_of, AT_A_GLANCE};

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    /// Set where it shows more than once on a page (see `scoped_heading`).
    #[prop_or_default]
    pub id_scope: AttrValue,
}

/// The core behaviour in one glance: do not go near, do not touch, report. Each with a
/// pictogram, so it reads at a glance and to people who read little.
#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let lang = use_lang();
    let (heading_id, labelled_by) = scoped_heading(&props.id_scope, "glance-heading");
    html! {
        <section class="glance" aria-labelledby={labelled_by}>
            <h2 id={heading_id} class="visually-hidden">{ t(lang, "glance-heading") }</h2>
            <ol>
                { for AT_A_GLANCE.iter().map(|point| html! {
                    <li key={point.key}>
                        { pictogram(point.key) }
                        <strong>{ t(lang, &format!("glance-{}", point.key)) }</strong>
                        <span>{ t(lang, &format!("glance-{}-text", point.key)) }</span>
                    </li>
                }) }
            </ol>
            <SourceNote ids={sources_of(&AT_A_GLANCE)} />
        </section>
    }
}

/// Decorative: the words beside it carry the meaning.
fn pictogram(key: &str) -> Html {
    let shapes = match key {
        // A raised hand: stop, keep away.
        "keep-away" => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#b42318"/>
                <path d="M17 34V20a2 2 0 0 1 4 0v6V14a2 2 0 0 1 4 0v12V13a2 2 0 0 1 4 0v13V16a2 2 0 0 1 4 0v16c0 4-3 7-7 7h-3c-3 0-5-2-6-5Z" fill="#fff"/>
            </>
        },
        // A pointing finger, crossed out: do not touch.
        "do-not-touch" => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#fff" stroke="#b42318" stroke-width="4"/>
                <path d="M21 12a2 2 0 0 1 4 0v11l7 2c2 1 3 2 3 4l-1 8H20l-5-9c-1-2 1-4 3-2l3 3Z" fill="#1b1b1b"/>
                <path d="M9 9l30 30" stroke="#b42318" stroke-width="4"/>
            </>
        },
        // A telephone handset: call and report.
        _ => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#1d4ed8"/>
                <path d="M16 12c1-1 3-1 4 0l3 4c1 1 1 3 0 4l-2 2c1 3 4 6 7 7l2-2c1-1 3-1 4 0l4 3c1 1 1 3 0 4l-2 2c-2 2-6 2-10 0-5-3-9-7-12-12-2-4-2-8 0-10Z" fill="#fff"/>
            </>
        },
    };
    html! {
        <svg class="pictogram" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">{ shapes }</svg>
    }
}
