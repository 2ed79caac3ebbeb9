use yew::prelude::*;

use crate::safety::model::guidance::{AT_A_GLANCE, INSIDE_A_MINED_AREA};
use crate::safety::view::pictogram::{pictogram, Pictogram};
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::cite::sources_of;
use crate::site::route::{Page, Route};
use crate::site::view::{scoped_heading, SourceNote};

#[derive(Properties, PartialEq)]
pub struct GlanceProps {
    /// Set where it shows more than once on a page (see `scoped_heading`).
    #[prop_or_default]
    pub id_scope: AttrValue,
    /// Whether it ends with its sources; the home page gives them after the numbers,
    /// so that the numbers fit the first screen of a phone.
    #[prop_or(true)]
    pub sourced: bool,
}

/// The glance's sources, for a page that shows them elsewhere.
pub fn glance_sources() -> Vec<&'static str> {
    sources_of(AT_A_GLANCE.iter().chain([&INSIDE_A_MINED_AREA]))
}

/// The core behaviour in one glance: do not go near, do not touch, report. Each with a
/// pictogram, so it reads at a glance and to people who read little. "Go back the way
/// you came" is only right for someone who has just seen an object, so the one thing
/// to do inside a mined area follows apart, with the way to its steps.
#[component]
pub fn Glance(props: &GlanceProps) -> Html {
    let lang = use_lang();
    let (heading_id, labelled_by) = scoped_heading(&props.id_scope, "glance-heading");
    html! {
        <section class="glance" aria-labelledby={labelled_by}>
            // Visible: the three steps are for someone who has just seen an object, and say so.
            <h2 id={heading_id} class="glance-heading">{ t(lang, "glance-heading") }</h2>
            <ol>
                { for AT_A_GLANCE.iter().map(|point| html! {
                    <li key={point.key}>
                        { pictogram(match point.key {
                            "keep-away" => Pictogram::Stop,
                            "do-not-touch" => Pictogram::DoNotTouch,
                            _ => Pictogram::Call,
                        }) }
                        <strong>{ t(lang, &format!("glance-{}", point.key)) }</strong>
                        <span>{ t(lang, &format!("glance-{}-text", point.key)) }</span>
                    </li>
                }) }
            </ol>
            <p class="glance-inside">
                <strong>{ t(lang, "glance-inside-lead") }</strong>{ " " }{ t(lang, "glance-inside") }{ " " }
                <a href={format!("{}#minefield", Route::new(lang, Page::Emergency).to_path())}>{ t(lang, "glance-inside-link") }</a>
            </p>
            if props.sourced { <SourceNote ids={glance_sources()} /> }
        </section>
    }
}
