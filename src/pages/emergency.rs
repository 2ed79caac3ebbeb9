use yew::prelude::*;

use crate::components::{EmergencyNumbers, PageIntro};
use crate::route::Page;

#[component]
pub fn Emergency() -> Html {
    html! {
        <PageIntro page={Page::Emergency}>
            <EmergencyNumbers />
        </PageIntro>
    }
}
