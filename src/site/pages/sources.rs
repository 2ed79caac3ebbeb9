use yew::prelude::*;

use crate::site::config::corrections_contact;
use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date, t, t_args, Arg, Lang};
use crate::site::model::source;
use crate::site::model::source::{Source, Topic};
use crate::site::route::Page;
use crate::site::view::PageIntro;

/// Stands in the pre-rendered page for how much space the site takes on a phone, which
/// the pre-render step knows only once every file is written (`sources-offline-size`).
pub const OFFLINE_SIZE: &str = "%OFFLINE-SIZE%";

/// Every source with its address and date, how the content is prepared, privacy, about.
/// A page without wasm (`wasm_files::WITHOUT_WASM`): nothing on it moves.
#[component]
pub fn Sources() -> Html {
    let lang = use_lang();
    let count = source::listed().count() as i64;
    html! {
        <PageIntro page={Page::Sources}>
            <section aria-labelledby="method-heading">
                <h2 id="method-heading">{ t(lang, "sources-method-heading") }</h2>
                <p>{ t(lang, "sources-method-text") }</p>
                <p>{ t(lang, "sources-official-text") }</p>
                <p>{ t(lang, "sources-neutral-text") }</p>
                <p>{ t(lang, "sources-promise-text") }</p>
            </section>
            <section aria-labelledby="list-heading">
                <h2 id="list-heading">{ t(lang, "sources-list-heading") }</h2>
                <p>{ t_args(lang, "sources-count", &[("count", count.into())]) }</p>
                { for Topic::ALL.into_iter().map(|topic| html! {
                    <section key={topic.key()} class="source-group">
                        <h3>{ t(lang, &format!("sources-topic-{}", topic.key())) }</h3>
                        <ul class="source-list">
                            { for source::by_topic(topic).map(|s| source_item(lang, s)) }
                        </ul>
                    </section>
                }) }
            </section>
            <section aria-labelledby="privacy-heading">
                <h2 id="privacy-heading">{ t(lang, "sources-privacy-heading") }</h2>
                <p>{ t(lang, "sources-privacy-text") }</p>
                <p class="offline-size">{ t_args(lang, "sources-offline-size", &[("size", Arg::Text(OFFLINE_SIZE.into()))]) }</p>
            </section>
            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{ t(lang, "sources-about-heading") }</h2>
                <p>{ t(lang, "sources-about-text") }</p>
                if let Some(contact) = corrections_contact() {
                    <p class="corrections">
                        { t(lang, "sources-corrections") }{ " " }<a href={contact.href}>{ contact.text }</a>
                    </p>
                }
            </section>
        </PageIntro>
    }
}

fn source_item(lang: Lang, source: &Source) -> Html {
    let date = source
        .published
        .map_or_else(|| t(lang, "sources-undated"), |d| format_date(lang, d));
    let link = source::link(source);
    html! {
        <li key={source.id} id={source.id}>
            <span class="ref">{ format!("[{}] ", source::number(source)) }</span>
            <span class="speaker">{ t(lang, source.speaker) }</span>
            { ", " }<cite>{ source.outlet }</cite>{ ", " }{ date }{ ": " }
            <a href={link.url} hreflang={link.language} rel="noopener">{ link.url }</a>
        </li>
    }
}
