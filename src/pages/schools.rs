use yew::prelude::*;

use crate::components::{PageIntro, PageLinks};
use crate::route::Page;

#[component]
pub fn Schools() -> Html {
    html! {
        <PageIntro page={Page::Schools}>
            <PageLinks heading="schools-tools-heading" pages={vec![Page::Quiz, Page::Classroom, Page::Posters]} />
        </PageIntro>
    }
}
