use yew::prelude::*;

use crate::safety::model::guidance;
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::cite::sources_of;
use crate::site::view::{PointList, SourceNote};

#[derive(Properties, PartialEq)]
pub struct SituationProps {
    pub situation: &'static guidance::Situation,
    /// Whether it ends with its sources; the emergency poster gives them once for all.
    #[prop_or(true)]
    pub sourced: bool,
}

/// One emergency: when it applies, then numbered steps that read well aloud.
#[component]
pub fn Situation(props: &SituationProps) -> Html {
    let lang = use_lang();
    let key = props.situation.key;
    let prefix = format!("situation-{key}");
    html! {
        <section class={classes!("situation", format!("situation-{key}"))} id={key} aria-labelledby={format!("{key}-heading")}>
            <h2 id={format!("{key}-heading")}>{ t(lang, &prefix) }</h2>
            <p class="when">{ t(lang, &format!("{prefix}-when")) }</p>
            <PointList prefix={prefix.clone()} points={props.situation.steps} ordered=true class="steps" />
            <p class="remember">{ t(lang, &format!("{prefix}-remember")) }</p>
            if props.sourced { <SourceNote ids={sources_of(props.situation.points())} /> }
        </section>
    }
}
