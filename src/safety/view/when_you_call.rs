use yew::prelude::*;

use crate::safety::model::guidance::CALL_CHECKLIST;
use crate::site::hooks::use_lang;
use crate::site::i18n::{decimal_separator, t, t_template, Lang};
use crate::site::model::cite::sources_of;
use crate::site::view::{PointList, SourceNote};

/// The placeholders `static/phone.js` fills in the pre-rendered texts, in place of the
/// values it reads from the phone.
const FILLED_BY_SCRIPT: [&str; 4] = ["lat", "lon", "metres", "time"];

/// What to tell the operator, then "Where am I?": the phone's position, asked for only
/// when the reader presses the button. Every text is pre-rendered in the page's language;
/// `static/phone.js` (no wasm) shows the button, fills in the position and shows the
/// message of a failure. Without the script the page says that the position needs it.
#[component]
pub fn WhenYouCall() -> Html {
    let lang = use_lang();
    html! {
        <section class="when-you-call" id="when-you-call" aria-labelledby="call-heading">
            <h2 id="call-heading">{ t(lang, "call-heading") }</h2>
            <p>{ t(lang, "call-checklist-intro") }</p>
            <PointList prefix="call-checklist" points={&CALL_CHECKLIST[..]} class="call-checklist" />
            <SourceNote ids={sources_of(CALL_CHECKLIST.iter())} />
            { where_am_i(lang) }
        </section>
    }
}

/// The position block, taken over by `static/phone.js` (`[data-where-am-i]`).
fn where_am_i(lang: Lang) -> Html {
    let with_placeholders = |id: &str| t_template(lang, id, &FILLED_BY_SCRIPT);
    let error = |reason: &'static str| {
        html! {
            <p class="where-error" role="status" data-error={reason} hidden=true>
                { t(lang, &format!("where-{reason}")) }{ " " }{ t(lang, "where-instead") }
            </p>
        }
    };
    html! {
        <div class="where-am-i" data-where-am-i="">
            <h3>{ t(lang, "where-heading") }</h3>
            <p>{ t(lang, "where-intro") }</p>
            <p class="where-needs-script">{ t(lang, "where-needs-script") }{ " " }{ t(lang, "where-instead") }</p>
            <button type="button" class="where-ask" hidden=true>{ t(lang, "where-button") }</button>
            <p class="where-looking" role="status" hidden=true>{ t(lang, "where-looking") }</p>
            { for ["denied", "unavailable", "timeout", "unsupported", "insecure"].into_iter().map(error) }
            <div class="where-position" hidden=true>
                <dl>
                    <div><dt>{ t(lang, "where-latitude") }</dt><dd class="coordinate" data-field="lat"></dd></div>
                    <div><dt>{ t(lang, "where-longitude") }</dt><dd class="coordinate" data-field="lon"></dd></div>
                    <div><dt>{ t(lang, "where-dms") }</dt><dd data-field="dms"
                        data-decimal={decimal_separator(lang).to_string()}
                        data-north={t(lang, "where-north")} data-south={t(lang, "where-south")}
                        data-east={t(lang, "where-east")} data-west={t(lang, "where-west")}></dd></div>
                    <div><dt>{ t(lang, "where-accuracy") }</dt><dd data-field="accuracy" data-template={with_placeholders("where-accuracy-value")}></dd></div>
                    <div><dt>{ t(lang, "where-time") }</dt><dd data-field="time"></dd></div>
                </dl>
                <p>{ t(lang, "where-read-out") }</p>
                <p class="where-actions" data-message={with_placeholders("where-message")}>
                    <button type="button" class="where-share" hidden=true>{ t(lang, "where-share") }</button>
                    <button type="button" class="where-copy">{ t(lang, "where-copy") }</button>
                    <a class="where-sms" href="sms:">{ t(lang, "where-sms") }</a>
                </p>
                <p class="where-copied" role="status" hidden=true>{ t(lang, "where-copied") }</p>
                <p class="where-sms-note">{ t(lang, "where-sms-note") }</p>
            </div>
        </div>
    }
}
