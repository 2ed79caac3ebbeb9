use yew::prelude::*;

/// The site's pictograms, drawn so that they read at a glance and to people who read
/// little: the glance's three things to do, and the children's three words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pictogram {
    /// A raised hand: stop, keep away.
    Stop,
    /// A pointing finger, crossed out: do not touch.
    DoNotTouch,
    /// A telephone handset: call and report.
    Call,
    /// A child speaking to a grown-up: tell a grown-up.
    TellGrownUp,
}

/// Decorative: the words beside it carry the meaning.
pub fn pictogram(kind: Pictogram) -> Html {
    let shapes = match kind {
        Pictogram::Stop => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#b42318"/>
                <path d="M17 34V20a2 2 0 0 1 4 0v6V14a2 2 0 0 1 4 0v12V13a2 2 0 0 1 4 0v13V16a2 2 0 0 1 4 0v16c0 4-3 7-7 7h-3c-3 0-5-2-6-5Z" fill="#fff"/>
            </>
        },
        Pictogram::DoNotTouch => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#fff" stroke="#b42318" stroke-width="4"/>
                <path d="M21 12a2 2 0 0 1 4 0v11l7 2c2 1 3 2 3 4l-1 8H20l-5-9c-1-2 1-4 3-2l3 3Z" fill="#1b1b1b"/>
                <path d="M9 9l30 30" stroke="#b42318" stroke-width="4"/>
            </>
        },
        Pictogram::Call => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#1d4ed8"/>
                <path d="M16 12c1-1 3-1 4 0l3 4c1 1 1 3 0 4l-2 2c1 3 4 6 7 7l2-2c1-1 3-1 4 0l4 3c1 1 1 3 0 4l-2 2c-2 2-6 2-10 0-5-3-9-7-12-12-2-4-2-8 0-10Z" fill="#fff"/>
            </>
        },
        // A tall figure and a small one beside it, with a speech bubble from the small
        // one: the child tells, the grown-up listens.
        Pictogram::TellGrownUp => html! {
            <>
                <circle cx="24" cy="24" r="22" fill="#15803d"/>
                <circle cx="31" cy="14" r="3.5" fill="#fff"/>
                <path d="M27 20h8l1 10h-2l-1 9h-4l-1-9h-2Z" fill="#fff"/>
                <circle cx="17" cy="24" r="2.8" fill="#fff"/>
                <path d="M14 29h6l1 6h-1.5l-.7 5h-3.6l-.7-5H13Z" fill="#fff"/>
                <path d="M9 12h10a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-5l-3 3v-3H9a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2Z" fill="#fff"/>
            </>
        },
    };
    html! {
        <svg class="pictogram" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">{ shapes }</svg>
    }
}
