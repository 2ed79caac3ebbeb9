use yew::prelude::*;

use crate::components::{CoreRules, PageIntro};
use crate::route::Page;

#[component]
pub fn Rules() -> Html {
    html! {
        <PageIntro page={Page::Rules}>
            <CoreRules />
        </PageIntro>
    }
}
