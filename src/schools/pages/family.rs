//! For families (`/{lang}/family/`). To be written.

use yew::prelude::*;

use crate::site::route::Page;
use crate::site::view::PageIntro;

#[component]
pub fn Family() -> Html {
    html! { <PageIntro page={Page::Family}></PageIntro> }
}
