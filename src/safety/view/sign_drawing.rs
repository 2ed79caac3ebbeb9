use yew::prelude::*;

use crate::safety::model::signs::Drawing;
use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::route::escape_html;

#[derive(Properties, PartialEq)]
pub struct SignDrawingProps {
    pub drawing: Drawing,
    /// Set where the same drawing appears twice on a page, to keep its ids unique.
    #[prop_or_default]
    pub id_scope: AttrValue,
}

/// A sign or a sign of danger, drawn by the site (no photographs: small, printable,
/// and nothing frightening for children), named and described for screen readers.
///
/// The shapes are static SVG markup rather than Yew nodes: they never change, and as
/// text they cost the wasm a fraction of what the equivalent element-building code did.
#[component]
pub fn SignDrawing(props: &SignDrawingProps) -> Html {
    let lang = use_lang();
    let shapes = shapes(props.drawing, lang);
    named_svg(lang, props.drawing.key(), &props.id_scope, shapes)
}

/// The SVG around a drawing's shapes, with its name (`sign-{key}`) and description
/// (`sign-{key}-desc`) for screen readers.
pub fn named_svg(lang: Lang, key: &str, scope: &str, shapes: String) -> Html {
    let (title_id, desc_id) = (
        format!("{scope}sign-{key}-title"),
        format!("{scope}sign-{key}-desc"),
    );
    html! {
        <svg class="sign-drawing" viewBox="0 0 160 120" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ t(lang, &format!("sign-{key}")) }</title>
            <desc id={desc_id}>{ t(lang, &format!("sign-{key}-desc")) }</desc>
            { Html::from_html_unchecked(shapes.into()) }
        </svg>
    }
}

pub const GROUND: &str = r##"<rect x="0" y="96" width="160" height="24" fill="#d9c9a3"/>"##;

/// White skull and crossbones on a red sign, centred on (cx, cy).
fn skull(cx: i32, cy: i32) -> String {
    let bone = |angle: i32| {
        format!(
            r##"<rect x="{}" y="{}" width="44" height="6" rx="3" fill="#fff" transform="rotate({angle} {cx} {})"/>"##,
            cx - 22,
            cy + 9,
            cy + 12
        )
    };
    format!(
        r##"{}{}<circle cx="{cx}" cy="{cy}" r="11" fill="#fff"/><rect x="{}" y="{}" width="12" height="7" rx="2" fill="#fff"/><circle cx="{}" cy="{}" r="3" fill="#c81e1e"/><circle cx="{}" cy="{}" r="3" fill="#c81e1e"/>"##,
        bone(25),
        bone(-25),
        cx - 6,
        cy + 6,
        cx - 4,
        cy - 1,
        cx + 4,
        cy - 1
    )
}

/// White bold words on a sign.
fn word(x: i32, y: i32, size: i32, text: &str) -> String {
    word_in(x, y, size, "#fff", text)
}

pub fn word_in(x: i32, y: i32, size: i32, colour: &str, text: &str) -> String {
    format!(
        r##"<text x="{x}" y="{y}" font-size="{size}" font-weight="800" fill="{colour}" text-anchor="middle" font-family="system-ui, sans-serif">{}</text>"##,
        escape_html(text)
    )
}

/// Repeats a shape along x: `{x}` in `template` becomes start, start + step, …
pub fn repeat(count: i32, start: i32, step: i32, template: &str) -> String {
    (0..count)
        .map(|i| template.replace("{x}", &(start + i * step).to_string()))
        .collect()
}

fn shapes(drawing: Drawing, lang: Lang) -> String {
    let local = t(lang, "sign-word-local");
    match drawing {
        Drawing::TriangleSign => format!(
            r##"<path d="M80 6 150 112H10Z" fill="#c81e1e" stroke="#facc15" stroke-width="6" stroke-linejoin="round"/>{}{}"##,
            skull(80, 56),
            word(80, 102, 15, &local)
        ),
        Drawing::SquareSign => format!(
            r##"<rect x="30" y="4" width="100" height="100" fill="#c81e1e" stroke="#facc15" stroke-width="6"/>{}{}{}<rect x="76" y="107" width="8" height="13" fill="#7c4a1e"/>"##,
            skull(80, 34),
            word(80, 76, 16, &local),
            word(80, 95, 14, &t(lang, "sign-word-international"))
        ),
        Drawing::Tape => format!(
            r##"{GROUND}<rect x="20" y="40" width="6" height="60" fill="#7c4a1e"/><rect x="134" y="40" width="6" height="60" fill="#7c4a1e"/><rect x="23" y="50" width="114" height="10" fill="#fff" stroke="#c81e1e"/>{}<rect x="23" y="72" width="114" height="10" fill="#facc15"/>"##,
            repeat(8, 25, 14, r##"<rect x="{x}" y="50" width="7" height="10" fill="#c81e1e"/>"##)
        ),
        Drawing::CrossedSticks => format!(
            r##"{GROUND}<rect x="76" y="16" width="7" height="88" fill="#7c4a1e" transform="rotate(28 80 60)"/><rect x="76" y="16" width="7" height="88" fill="#7c4a1e" transform="rotate(-28 80 60)"/>"##
        ),
        Drawing::TiedSticks => r##"<rect x="0" y="60" width="160" height="60" fill="#d9c9a3"/><rect x="30" y="84" width="100" height="6" rx="3" fill="#7c4a1e" transform="rotate(20 80 87)"/><rect x="30" y="84" width="100" height="6" rx="3" fill="#7c4a1e" transform="rotate(-20 80 87)"/><path d="M74 80q6 14 12 0M74 94q6-14 12 0" stroke="#4d7c0f" stroke-width="3" fill="none"/>"##.to_string(),
        Drawing::RedCloth => format!(
            r##"{GROUND}<path d="M40 100 46 40 30 18M46 52 70 30" stroke="#7c4a1e" stroke-width="6" fill="none" stroke-linecap="round"/><path d="M64 34 96 30 92 48 100 60 70 58Z" fill="#c81e1e"/><ellipse cx="110" cy="100" rx="10" ry="4" fill="#6b6b6b"/>"##
        ),
        Drawing::RedStones => format!(
            r##"{GROUND}<ellipse cx="64" cy="96" rx="20" ry="12" fill="#8c8c8c"/><ellipse cx="96" cy="97" rx="18" ry="11" fill="#8c8c8c"/><ellipse cx="80" cy="82" rx="16" ry="11" fill="#c81e1e"/><path d="M54 92q10-6 20 0M88 92q10-6 18 0" stroke="#c81e1e" stroke-width="5" fill="none"/>"##
        ),
        Drawing::PaintedWords => format!(
            r##"<rect x="10" y="14" width="140" height="86" fill="#e7e2d6" stroke="#9c9486" stroke-width="2"/><path d="M10 36h140M10 58h140M10 80h140M50 14v22M100 36v22M60 58v22M120 58v22" stroke="#c8c0b0" stroke-width="2"/><text x="80" y="64" font-size="26" font-weight="800" fill="#c81e1e" text-anchor="middle" font-family="system-ui, sans-serif" transform="rotate(-6 80 60)">{}!</text>{GROUND}"##,
            escape_html(&local)
        ),
        Drawing::Branches => format!(
            r##"{GROUND}<path d="M30 98 130 84M40 90 122 100M50 84l70 8M60 96l30-18M95 98l20-22" stroke="#7c4a1e" stroke-width="5" stroke-linecap="round"/><path d="M70 80q6-10 14-6M104 78q8-8 14-2" stroke="#4d7c0f" stroke-width="4" fill="none"/>"##
        ),
        Drawing::Positions => format!(
            r##"<rect x="0" y="60" width="160" height="60" fill="#d9c9a3"/><path d="M0 88 30 88 42 76 70 76 82 90 112 90 124 78 160 78" stroke="#5b4a2f" stroke-width="12" fill="none"/>{}"##,
            repeat(6, 20, 24, r##"<ellipse cx="{x}" cy="64" rx="11" ry="6" fill="#a39a7c" stroke="#6f6650"/>"##)
        ),
        Drawing::UnusedPath => format!(
            r##"<rect x="0" y="40" width="160" height="80" fill="#93b05a"/><path d="M70 120 76 40h8l16 80Z" fill="#d9c9a3" opacity="0.7"/>{}"##,
            repeat(7, 66, 6, r##"<path d="M{x} 112l3-14 3 14" stroke="#4d7c0f" stroke-width="2"/>"##)
        ),
        Drawing::Overgrown => format!(
            r##"<rect x="0" y="96" width="160" height="24" fill="#93b05a"/>{}{}"##,
            repeat(8, 6, 20, r##"<path d="M{x} 104l3-64 4 64" fill="#4d7c0f"/>"##),
            repeat(8, 16, 20, r##"<path d="M{x} 104l3-50 4 50" fill="#4d7c0f"/>"##)
        ),
        Drawing::Wreck => format!(
            r##"{GROUND}<path d="M24 96V70l16-18h52l20 18h24v26Z" fill="#6b5a4a"/><path d="M46 58h20v12H42ZM72 58h16l12 12H72Z" fill="#3b3129"/><circle cx="50" cy="98" r="12" fill="#2b2b2b"/><ellipse cx="118" cy="104" rx="13" ry="5" fill="#2b2b2b"/><path d="M100 62l10-16M106 70l14-8" stroke="#3b3129" stroke-width="3"/>"##
        ),
        Drawing::Crater => r##"<rect x="0" y="60" width="160" height="60" fill="#d9c9a3"/><ellipse cx="80" cy="88" rx="52" ry="18" fill="#8b7a57"/><ellipse cx="80" cy="90" rx="38" ry="12" fill="#5b4a2f"/><path d="M22 80l-8-6M140 80l8-7M60 70l-4-8M104 70l5-8" stroke="#8b7a57" stroke-width="4"/>"##.to_string(),
        Drawing::Wire => format!(
            r##"{GROUND}<rect x="18" y="70" width="6" height="32" fill="#7c4a1e"/><rect x="136" y="74" width="6" height="28" fill="#7c4a1e"/><path d="M24 84 136 90" stroke="#333" stroke-width="1.5"/>{}"##,
            repeat(6, 40, 16, r##"<path d="M{x} 104l3-12 3 12" stroke="#4d7c0f" stroke-width="2"/>"##)
        ),
        Drawing::Ordnance => format!(
            r##"{GROUND}<path d="M52 98c0-10 8-16 20-16h28l14 8-14 8Z" fill="#5d6b4a"/><path d="M60 96h54" stroke="#48553a" stroke-width="2"/><path d="M30 104l10-4M120 104l12-3" stroke="#6b6b6b" stroke-width="3"/>"##
        ),
    }
}
