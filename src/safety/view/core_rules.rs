use yew::prelude::*;

use crate::safety::model::guidance::CORE_RULES;
use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date, t, t_args};
use crate::site::model::cite::sources_of;
use crate::site::model::source;
use crate::site::view::{PointList, SourceNote};

/// The Public Council's call, as a numbered list with who said it and when.
#[component]
pub fn CoreRules() -> Html {
    let lang = use_lang();
    let speaker = CORE_RULES[0]
        .sources
        .first()
        .and_then(|id| source::find(id))
        .map(|source| {
            let date = source
                .published
                .map(|d| format_date(lang, d))
                .unwrap_or_default();
            t_args(
                lang,
                "core-rules-attribution",
                &[
                    ("speaker", t(lang, source.speaker).into()),
                    ("date", date.into()),
                ],
            )
        });
    html! {
        <section class="core-rules" aria-labelledby="core-rules-heading">
            <h2 id="core-rules-heading">{ t(lang, "core-rules-heading") }</h2>
            <PointList prefix="core-rule" points={&CORE_RULES[..]} ordered=true />
            <p class="attribution">{ speaker }</p>
            <SourceNote ids={sources_of(&CORE_RULES)} />
        </section>
    }
}
