use yew::prelude::*;

use crate::safety::model::guidance::EMERGENCY_NUMBERS;
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::source;
use crate::site::view::{scoped_heading, SourceNote};

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

/// The numbers to call, as `tel:` links. A service with two numbers (the ambulance)
/// gets a link for each, the service named with the first and told to screen readers
/// with the second.
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
                    // Message ids: number-{key}-short, number-{key}-name, number-{key}-use.
                    let service = t(lang, &format!("number-{}-{name}", entry.key));
                    let (first, others) = entry.numbers.split_first().expect("a number");
                    html! {
                        <li key={entry.key} class={classes!((!others.is_empty()).then_some("several"))}>
                            <a class="number" href={format!("tel:{first}")}>
                                <span class="digits">{ *first }</span>
                                <span class="service">{ service.clone() }</span>
                            </a>
                            { for others.iter().map(|number| html! {
                                <a class="number also" href={format!("tel:{number}")} aria-label={format!("{number}, {service}")}>
                                    <span class="digits">{ *number }</span>
                                </a>
                            }) }
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
