use yew::prelude::*;

use super::RouteLink;
use crate::hooks::use_lang;
use crate::i18n::{format_date, t, t_args};
use crate::model::safety::CORE_RULES;
use crate::model::source;
use crate::route::{Page, Route};

/// The Public Council's call, as a numbered list with who said it and when.
#[component]
pub fn CoreRules() -> Html {
    let lang = use_lang();
    let attribution = CORE_RULES[0]
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
            <ol>
                { for CORE_RULES.iter().map(|rule| html! {
                    <li key={rule.key}>{ t(lang, &format!("core-rule-{}", rule.key)) }</li>
                }) }
            </ol>
            <p class="attribution">
                { attribution }{ " " }
                <RouteLink to={Route::new(lang, Page::Sources)}>{ t(lang, "see-sources") }</RouteLink>
            </p>
        </section>
    }
}
