//! What a check keeps on this device, and "erase": a pupil's answers are kept until
//! erased (they must survive the page being closed during the lesson); a class's counts
//! only if the teacher ticks "keep on this device".

use yew::prelude::*;

use crate::schools::model::check::Mode;
use crate::site::i18n::{t, Lang};

/// What is kept on this device, and "erase": a pupil's answers are kept until erased; a
/// class's counts only if the teacher ticks the box.
pub fn keeping(
    lang: Lang,
    mode: Mode,
    keep: bool,
    on_keep: &Callback<bool>,
    on_erase: &Callback<()>,
) -> Html {
    let on_erase = on_erase.clone();
    let erase = html! {
        <button type="button" class="button secondary" onclick={move |_| on_erase.emit(())}>
            { t(lang, &format!("check-erase-{}", mode.key())) }
        </button>
    };
    let note = match mode {
        Mode::Pupil => html! { <p>{ t(lang, "check-kept-pupil") }</p> },
        Mode::Class => {
            let on_keep = on_keep.clone();
            html! {
                <>
                    <label class="check-option">
                        <input type="checkbox" checked={keep} onchange={move |e: Event| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            on_keep.emit(input.checked());
                        }} />
                        <span>{ t(lang, "check-keep") }</span>
                    </label>
                    <p>{ t(lang, if keep { "check-kept-class" } else { "check-not-kept-class" }) }</p>
                </>
            }
        }
    };
    html! {
        <div class="check-keeping">
            { note }
            { erase }
        </div>
    }
}
