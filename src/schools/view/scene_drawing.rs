use yew::prelude::*;

use crate::safety::view::sign_drawing::{named_svg, repeat, word_in, GROUND};
use crate::schools::model::quiz::Scene;
use crate::site::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct SceneDrawingProps {
    pub scene: Scene,
}

/// One of the quiz's scenes, drawn and named as the signs are (see `SignDrawing`). Kept
/// apart from the signs so that only the school pages' wasm file carries them.
#[component]
pub fn SceneDrawing(props: &SceneDrawingProps) -> Html {
    let lang = use_lang();
    named_svg(lang, props.scene.key(), "", shapes(props.scene))
}

fn shapes(scene: Scene) -> String {
    match scene {
        Scene::Ball => format!(
            r##"<rect x="0" y="96" width="160" height="24" fill="#93b05a"/><rect x="20" y="30" width="6" height="72" fill="#7c4a1e"/><path d="M23 12 43 46H3Z" fill="#c81e1e" stroke="#facc15" stroke-width="3" stroke-linejoin="round"/>{}<circle cx="112" cy="92" r="13" fill="#2563eb"/><path d="M100 88q12 8 24 0" stroke="#fff" stroke-width="3" fill="none"/>{}"##,
            repeat(
                8,
                60,
                13,
                r##"<path d="M{x} 110l3-26 4 26" fill="#4d7c0f"/>"##
            ),
            repeat(
                5,
                96,
                11,
                r##"<path d="M{x} 112l3-18 4 18" fill="#4d7c0f"/>"##
            )
        ),
        Scene::Ruin => format!(
            r##"{GROUND}<path d="M24 98V52l30-24 30 24v14l12-8 8 10v30Z" fill="#b9a88a" stroke="#6b5a4a" stroke-width="3" stroke-linejoin="round"/><path d="M38 98V70h16v28ZM66 60h12v12H66Z" fill="#3b3129"/><path d="M84 66l10 8M100 92l16 4 10-6 14 8" stroke="#6b5a4a" stroke-width="4" stroke-linecap="round"/><path d="M112 98h34" stroke="#8c8c8c" stroke-width="6" stroke-linecap="round"/>"##
        ),
        // The home page's "tell a grown-up" figures, large: the child in blue speaks, the
        // grown-up listens.
        Scene::Tell => format!(
            r##"{GROUND}<g transform="translate(32 2) scale(2.4)"><circle cx="31" cy="14" r="3.5" fill="#1f2937"/><path d="M27 20h8l1 10h-2l-1 9h-4l-1-9h-2Z" fill="#1f2937"/><circle cx="17" cy="24" r="2.8" fill="#2563eb"/><path d="M14 29h6l1 6h-1.5l-.7 5h-3.6l-.7-5H13Z" fill="#2563eb"/><path d="M9 12h10a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-5l-3 3v-3H9a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2Z" fill="#fff" stroke="#1f2937" stroke-width="0.8"/></g>"##
        ),
        Scene::Phone => format!(
            r##"<rect x="52" y="6" width="56" height="108" rx="9" fill="#1f2937"/><rect x="57" y="18" width="46" height="80" rx="3" fill="#e0f2fe"/><circle cx="80" cy="106" r="4" fill="#6b7280"/>{}<path d="M66 74q14-10 28 0l-4 8q-10-6-20 0Z" fill="#16a34a"/>"##,
            word_in(80, 52, 20, "#1f2937", "112")
        ),
    }
}
