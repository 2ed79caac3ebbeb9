//! For families (`/{lang}/family/`): how to talk with children about mines at each age,
//! what grown-ups teach by their own example, what to answer "my friend has a shell at
//! home", and the rules to agree on at home; each section with its sources. Pre-rendered,
//! without wasm; printed, the whole page is one A4 sheet (`static/schools.css`, "Family").

use yew::prelude::*;

use crate::schools::model::family::{Section, SECTIONS};
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::cite::sources_of;
use crate::site::route::{Page, Route};
use crate::site::view::{PageIntro, PointList, SourceNote};

#[component]
pub fn Family() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Family}>
            <div class="family">
                { for SECTIONS.iter().map(|section| family_section(lang, section)) }
            </div>
            <p class="family-poster">
                <a href={format!("{}#poster-children", Route::new(lang, Page::Posters).to_path())}>
                    { t(lang, "family-poster-link") }
                </a>
            </p>
        </PageIntro>
    }
}

fn family_section(lang: Lang, section: &'static Section) -> Html {
    let prefix = section.prefix();
    html! {
        <section key={section.key} id={prefix.clone()} class={classes!("family-section", prefix.clone())} aria-labelledby={format!("{prefix}-heading")}>
            <h2 id={format!("{prefix}-heading")}>{ t(lang, &prefix) }</h2>
            <PointList prefix={prefix.clone()} points={section.points} />
            <SourceNote ids={sources_of(section.points)} />
        </section>
    }
}
