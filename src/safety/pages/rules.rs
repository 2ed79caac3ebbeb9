use yew::prelude::*;

use crate::safety::view::{ChildWords, CoreRules};

use crate::safety::model::guidance::{AUDIENCES, CHILD_RULES, DANGER_PLACES, MYTHS};
use crate::site::hooks::use_lang;
use crate::site::i18n::t;
use crate::site::model::cite::sources_of;
use crate::site::route::Page;
use crate::site::view::{PageIntro, PointList, SourceNote};

/// The Public Council's rules, then rules for each kind of adult, the places where
/// mines are found, the myths corrected, and the simpler version for children.
#[component]
pub fn Rules() -> Html {
    let lang = use_lang();
    html! {
        <PageIntro page={Page::Rules}>
            <CoreRules />
            <section aria-labelledby="adults-heading">
                <h2 id="adults-heading">{ t(lang, "rules-adults-heading") }</h2>
                { for AUDIENCES.iter().map(|group| html! {
                    <section key={group.key} class="audience" aria-labelledby={format!("audience-{}", group.key)}>
                        <h3 id={format!("audience-{}", group.key)}>{ t(lang, &format!("audience-{}", group.key)) }</h3>
                        <PointList prefix={format!("audience-{}", group.key)} points={group.points} />
                        <SourceNote ids={sources_of(group.points)} />
                    </section>
                }) }
            </section>
            <section aria-labelledby="places-heading">
                <h2 id="places-heading">{ t(lang, "rules-places-heading") }</h2>
                <p>{ t(lang, "rules-places-intro") }</p>
                <PointList prefix="place" points={&DANGER_PLACES[..]} class="places" />
                <SourceNote ids={sources_of(&DANGER_PLACES)} />
            </section>
            <section aria-labelledby="myths-heading">
                <h2 id="myths-heading">{ t(lang, "rules-myths-heading") }</h2>
                <dl class="myths">
                    { for MYTHS.iter().map(|myth| html! {
                        <div key={myth.key}>
                            <dt><span class="label">{ t(lang, "myth-label") }</span>{ " " }{ t(lang, &format!("myth-{}", myth.key)) }</dt>
                            <dd><span class="label">{ t(lang, "fact-label") }</span>{ " " }{ t(lang, &format!("myth-{}-fact", myth.key)) }</dd>
                        </div>
                    }) }
                </dl>
                <SourceNote ids={sources_of(&MYTHS)} />
            </section>
            <section class="children" aria-labelledby="children-heading">
                <h2 id="children-heading">{ t(lang, "rules-children-heading") }</h2>
                <p>{ t(lang, "rules-children-intro") }</p>
                <ChildWords />
                <PointList prefix="child-rule" points={&CHILD_RULES[..]} ordered=true />
                <SourceNote ids={sources_of(&CHILD_RULES)} />
                // The site's own promise, not from a source: after the sources, so that
                // they are not read as its support (the sources page says so too).
                <p class="child-promise">{ t(lang, "child-rules-promise") }</p>
            </section>
        </PageIntro>
    }
}
