//! The details of the open mark: everything the data says about it, with its sources.

use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{format_date, t, Lang};
use crate::site::view::SourceNote;
use crate::statistics::model;
use crate::statistics::model::timeline::Mark;
use crate::statistics::model::OfficialTotal;
use crate::statistics::view::timeline::labels::{
    incident_figures, place, speaker, statement_figures, victims,
};
use crate::statistics::view::{TimelineAction, TimelineDispatch};

#[derive(Properties, PartialEq)]
pub struct MarkDetailsProps {
    pub dispatch: TimelineDispatch,
    /// The open mark's id.
    pub mark: Option<String>,
    /// Its heading's id: the panel under the drawing and the one in the month list are
    /// both on the page (one shown at a time).
    #[prop_or(AttrValue::Static("details-heading"))]
    pub heading_id: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn MarkDetails(props: &MarkDetailsProps) -> Html {
    let lang = use_lang();
    let mark = props
        .mark
        .as_deref()
        .and_then(|id| Mark::find(id, model::official_totals(), model::incidents()));
    let close = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(TimelineAction::Select(None)))
    };
    let row = |term: &str, value: String| {
        html! { <div><dt>{ t(lang, term) }</dt><dd>{ value }</dd></div> }
    };
    let body = match mark {
        None => html! { <p>{ t(lang, "details-empty") }</p> },
        Some(Mark::Statement(statement)) => html! {
            <>
                <p class="details-title">{ statement_title(lang, statement) }</p>
                <p>{ statement_figures(lang, statement) }</p>
                if statement.confidence != "stated" {
                    <p>{ t(lang, &format!("confidence-{}", statement.confidence)) }</p>
                }
                <SourceNote ids={vec![statement.source]} />
                <button type="button" onclick={close}>{ t(lang, "details-close") }</button>
            </>
        },
        Some(Mark::Incident(incident)) => {
            html! {
                <>
                    <p class="details-title">{ format!("{} — {}", format_date(lang, incident.date), place(lang, incident)) }</p>
                    <dl>
                        { row("details-figures", incident_figures(lang, incident)) }
                        { row("details-who", victims(lang, incident)) }
                        { row("details-activity", t(lang, &format!("activity-{}", incident.activity))) }
                        { row("details-device", t(lang, &format!("device-{}", incident.device))) }
                        { row("details-confidence", t(lang, &format!("confidence-{}", incident.confidence))) }
                    </dl>
                    <SourceNote ids={incident.sources.to_vec()} />
                    <button type="button" onclick={close}>{ t(lang, "details-close") }</button>
                </>
            }
        }
    };
    html! {
        <section class={classes!("mark-details", props.class.clone())} aria-labelledby={props.heading_id.clone()} aria-live="polite">
            <h3 id={props.heading_id.clone()}>{ t(lang, "details-heading") }</h3>
            { body }
        </section>
    }
}

/// "13 March 2026 — Ministry of Foreign Affairs of Azerbaijan (state body)": when, who,
/// and what kind of body it is.
fn statement_title(lang: Lang, statement: &OfficialTotal) -> String {
    format!(
        "{} — {}",
        format_date(lang, statement.date),
        speaker(lang, statement)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::model::source;

    #[test]
    fn the_details_of_a_statement_say_what_kind_of_body_gave_it() {
        for lang in Lang::ALL {
            for statement in model::official_totals() {
                let source = source::find(statement.source).unwrap();
                let kind = t(lang, &format!("speaker-kind-{}", source.speaker_kind));
                let expected = format!("{} ({kind})", t(lang, source.speaker));
                assert!(
                    statement_title(lang, statement).ends_with(&expected),
                    "{lang} {}: {}",
                    statement.id,
                    statement_title(lang, statement)
                );
            }
        }
    }
}
