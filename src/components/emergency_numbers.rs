use yew::prelude::*;

use super::{scoped_heading, SourceNote};
use crate::hooks::use_lang;
use crate::i18n::t;
use crate::model::safety::EMERGENCY_NUMBERS;
use crate::model::source;

#[derive(Properties, PartialEq)]
pub struct EmergencyNumbersProps {
    /// Three tiles side by side with a short name (the home page, above the fold);
    /// otherwise each number with its service and when to call it.
    #[prop_or_default]
    pub compact: bool,
    /// Set where it shows more than once on a page (see `scoped_heading`).
    #[prop_or_default]
    pub id_scope: AttrValue,
}

/// The numbers to call, as `tel:` links.
#[component]
pub fn EmergencyNumbers(props: &EmergencyNumbersProps) -> Html {
    let lang = use_lang();
    let (heading_id, labelled_by) = scoped_heading(&props.id_scope, "numbers-heading");
    html! {
        <section class={classes!("numbers", props.compact.then_some("compact"))} aria-labelledby={labelled_by}>
            <h2 id={heading_id}>{ t(lang, "numbers-heading") }</h2>
            <ul>
                { for EMERGENCY_NUMBERS.iter().map(|entry| {
                    let name = if props.compact { "short" } else { "name" };
                    html! {
                        <li key={entry.number}>
                            <a class="number" href={format!("tel:{}", entry.number)}>
                                <span class="digits">{ entry.number }</span>
                                <span class="service">{ t(lang, &format!("number-{}-{name}", entry.key)) }</span>
                            </a>
                            if !props.compact {
                                <p>{ t(lang, &format!("number-{}-use", entry.key)) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
            if !props.compact {
                <SourceNote ids={source::distinct(EMERGENCY_NUMBERS.iter().flat_map(|n| n.sources.iter().copied()))} />
            }
        </section>
    }
}
