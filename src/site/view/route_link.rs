use yew::prelude::*;

use crate::site::hooks::use_go;
use crate::site::i18n::{self, Lang};
use crate::site::route::Route;
use crate::site::wasm_file::WasmFile;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link to the page being shown (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    /// The language of the linked page and of the link text, when it differs from the
    /// page around it (`hreflang` and `lang`).
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub children: Html,
}

/// A plain `<a href>` that works without JavaScript; once the wasm runs, a click moves
/// within the app instead of loading the page again, after fetching the texts of the
/// target's language if it has none yet. A page the running wasm file does not have is
/// loaded like any link. It carries `aria-current`, `hreflang` and `lang`.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let go = use_go();
    // Outside `Pages` (no wasm file known) the link is a plain one.
    let file = use_context::<&'static WasmFile>().filter(|file| file.shows(&props.to));
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser handle new tabs, downloads and other-button clicks.
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            let (Some(file), false, 0, Some(go)) = (file, modified, event.button(), go.clone())
            else {
                return;
            };
            event.prevent_default();
            let lang = to.lang();
            if i18n::is_loaded(lang, file.texts) {
                go.emit(to.clone());
                return;
            }
            let to = to.clone();
            yew::platform::spawn_local(async move {
                match i18n::load(lang, file.texts).await {
                    Ok(()) => go.emit(to),
                    // No texts (offline, say): load the pre-rendered page instead.
                    Err(_) => {
                        let _ = gloo::utils::window().location().set_href(&to.to_path());
                    }
                }
            });
        })
    };
    let code = props.lang.map(|lang| AttrValue::Static(lang.code()));
    html! {
        <a
            href={props.to.to_path()}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            hreflang={code.clone()}
            lang={code}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}
