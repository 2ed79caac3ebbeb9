use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::t;
use crate::model::safety::EMERGENCY_NUMBERS;

/// The numbers to call, as `tel:` links, each with what it is for.
#[component]
pub fn EmergencyNumbers() -> Html {
    let lang = use_lang();
    html! {
        <section class="numbers" aria-labelledby="numbers-heading">
            <h2 id="numbers-heading">{ t(lang, "numbers-heading") }</h2>
            <ul>
                { for EMERGENCY_NUMBERS.iter().map(|entry| html! {
                    <li key={entry.number}>
                        <a class="number" href={format!("tel:{}", entry.number)}>
                            <span class="digits">{ entry.number }</span>
                            <span class="service">{ t(lang, &format!("number-{}-name", entry.key)) }</span>
                        </a>
                        <p>{ t(lang, &format!("number-{}-use", entry.key)) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
