use yew::prelude::*;

use crate::safety::view::sign_figure;

use crate::safety::model::signs::SIGN_GROUPS;
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::source;
use crate::site::route::Page;
use crate::site::view::{PageIntro, SourceNote};

/// The standard sign, the signs people make, and danger where there is no sign.
#[component]
pub fn Signs() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Signs}>
            { for SIGN_GROUPS.iter().map(|group| {
                let sources = source::distinct(group.signs.iter().flat_map(|s| s.sources.iter().copied()));
                let heading = format!("signs-group-{}", group.key);
                html! {
                    <section key={group.key} aria-labelledby={heading.clone()}>
                        <h2 id={heading.clone()}>{ t(lang, &heading) }</h2>
                        <p>{ t(lang, &format!("{heading}-intro")) }</p>
                        <div class="sign-grid">
                            { for group.signs.iter().map(|sign| sign_figure(lang, *sign)) }
                        </div>
                        <SourceNote ids={sources} />
                    </section>
                }
            }) }
        </PageIntro>
    }
}
