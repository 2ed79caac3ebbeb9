use yew::prelude::*;

use crate::hooks::use_lang;
use crate::i18n::t;
use crate::model::signs::Drawing;

#[derive(Properties, PartialEq)]
pub struct SignDrawingProps {
    pub drawing: Drawing,
}

const RED: &str = "#c81e1e";
const YELLOW: &str = "#facc15";
const GROUND: &str = "#d9c9a3";
const WOOD: &str = "#7c4a1e";
const GRASS: &str = "#4d7c0f";
const STONE: &str = "#8c8c8c";

/// A sign or a sign of danger, drawn by the site (no photographs: small, printable,
/// and nothing frightening for children). Named and described for screen readers.
#[component]
pub fn SignDrawing(props: &SignDrawingProps) -> Html {
    let lang = use_lang();
    let key = props.drawing.key();
    let (title_id, desc_id) = (format!("sign-{key}-title"), format!("sign-{key}-desc"));
    html! {
        <svg class="sign-drawing" viewBox="0 0 160 120" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ t(lang, &format!("sign-{key}")) }</title>
            <desc id={desc_id}>{ t(lang, &format!("sign-{key}-desc")) }</desc>
            { shapes(props.drawing, lang) }
        </svg>
    }
}

fn ground() -> Html {
    html! { <rect x="0" y="96" width="160" height="24" fill={GROUND}/> }
}

/// White skull and crossbones, centred on (cx, cy).
fn skull(cx: f32, cy: f32) -> Html {
    let bone = |angle: i32| {
        html! {
            <rect x={(cx - 22.0).to_string()} y={(cy + 9.0).to_string()} width="44" height="6" rx="3" fill="#fff"
                transform={format!("rotate({angle} {cx} {})", cy + 12.0)}/>
        }
    };
    html! {
        <>
            { bone(25) }{ bone(-25) }
            <circle cx={cx.to_string()} cy={cy.to_string()} r="11" fill="#fff"/>
            <rect x={(cx - 6.0).to_string()} y={(cy + 6.0).to_string()} width="12" height="7" rx="2" fill="#fff"/>
            <circle cx={(cx - 4.5).to_string()} cy={(cy - 1.0).to_string()} r="3" fill={RED}/>
            <circle cx={(cx + 4.5).to_string()} cy={(cy - 1.0).to_string()} r="3" fill={RED}/>
        </>
    }
}

fn word(x: f32, y: f32, size: f32, text: String) -> Html {
    html! {
        <text x={x.to_string()} y={y.to_string()} font-size={size.to_string()} font-weight="800" fill="#fff"
            text-anchor="middle" font-family="system-ui, sans-serif">{ text }</text>
    }
}

fn shapes(drawing: Drawing, lang: crate::i18n::Lang) -> Html {
    let local = t(lang, "sign-word-local");
    let international = t(lang, "sign-word-international");
    match drawing {
        Drawing::TriangleSign => html! {
            <>
                <path d="M80 6 150 112H10Z" fill={RED} stroke={YELLOW} stroke-width="6" stroke-linejoin="round"/>
                { skull(80.0, 56.0) }
                { word(80.0, 102.0, 15.0, local) }
            </>
        },
        Drawing::SquareSign => html! {
            <>
                <rect x="30" y="4" width="100" height="100" fill={RED} stroke={YELLOW} stroke-width="6"/>
                { skull(80.0, 34.0) }
                { word(80.0, 76.0, 16.0, local) }
                { word(80.0, 95.0, 14.0, international) }
                <rect x="76" y="107" width="8" height="13" fill={WOOD}/>
            </>
        },
        Drawing::Tape => html! {
            <>
                { ground() }
                <rect x="20" y="40" width="6" height="60" fill={WOOD}/>
                <rect x="134" y="40" width="6" height="60" fill={WOOD}/>
                <rect x="23" y="50" width="114" height="10" fill="#fff" stroke={RED} stroke-width="1"/>
                { for (0..8).map(|i| html! { <rect x={(25 + i * 14).to_string()} y="50" width="7" height="10" fill={RED}/> }) }
                <rect x="23" y="72" width="114" height="10" fill={YELLOW}/>
            </>
        },
        Drawing::CrossedSticks => html! {
            <>
                { ground() }
                <rect x="76" y="16" width="7" height="88" fill={WOOD} transform="rotate(28 80 60)"/>
                <rect x="76" y="16" width="7" height="88" fill={WOOD} transform="rotate(-28 80 60)"/>
            </>
        },
        Drawing::TiedSticks => html! {
            <>
                <rect x="0" y="60" width="160" height="60" fill={GROUND}/>
                <rect x="30" y="84" width="100" height="6" rx="3" fill={WOOD} transform="rotate(20 80 87)"/>
                <rect x="30" y="84" width="100" height="6" rx="3" fill={WOOD} transform="rotate(-20 80 87)"/>
                <path d="M74 80q6 14 12 0M74 94q6-14 12 0" stroke={GRASS} stroke-width="3" fill="none"/>
            </>
        },
        Drawing::RedCloth => html! {
            <>
                { ground() }
                <path d="M40 100 46 40 30 18M46 52 70 30" stroke={WOOD} stroke-width="6" fill="none" stroke-linecap="round"/>
                <path d="M64 34 96 30 92 48 100 60 70 58Z" fill={RED}/>
                <ellipse cx="110" cy="100" rx="10" ry="4" fill="#6b6b6b"/>
            </>
        },
        Drawing::RedStones => html! {
            <>
                { ground() }
                <ellipse cx="64" cy="96" rx="20" ry="12" fill={STONE}/>
                <ellipse cx="96" cy="97" rx="18" ry="11" fill={STONE}/>
                <ellipse cx="80" cy="82" rx="16" ry="11" fill={RED}/>
                <path d="M54 92q10-6 20 0M88 92q10-6 18 0" stroke={RED} stroke-width="5" fill="none"/>
            </>
        },
        Drawing::PaintedWords => html! {
            <>
                <rect x="10" y="14" width="140" height="86" fill="#e7e2d6" stroke="#9c9486" stroke-width="2"/>
                <path d="M10 36h140M10 58h140M10 80h140M50 14v22M100 36v22M60 58v22M120 58v22" stroke="#c8c0b0" stroke-width="2"/>
                <text x="80" y="64" font-size="26" font-weight="800" fill={RED} text-anchor="middle"
                    font-family="system-ui, sans-serif" transform="rotate(-6 80 60)">{ format!("{local}!") }</text>
                { ground() }
            </>
        },
        Drawing::Branches => html! {
            <>
                { ground() }
                <path d="M30 98 130 84M40 90 122 100M50 84l70 8M60 96l30-18M95 98l20-22" stroke={WOOD} stroke-width="5" stroke-linecap="round"/>
                <path d="M70 80q6-10 14-6M104 78q8-8 14-2" stroke={GRASS} stroke-width="4" fill="none"/>
            </>
        },
        Drawing::Positions => html! {
            <>
                <rect x="0" y="60" width="160" height="60" fill={GROUND}/>
                <path d="M0 88 30 88 42 76 70 76 82 90 112 90 124 78 160 78" stroke="#5b4a2f" stroke-width="12" fill="none"/>
                { for (0..6).map(|i| html! { <ellipse cx={(20 + i * 24).to_string()} cy="64" rx="11" ry="6" fill="#a39a7c" stroke="#6f6650"/> }) }
            </>
        },
        Drawing::UnusedPath => html! {
            <>
                <rect x="0" y="40" width="160" height="80" fill="#93b05a"/>
                <path d="M70 120 76 40h8l16 80Z" fill={GROUND} opacity="0.7"/>
                { for (0..9).map(|i| html! { <path d={format!("M{} 112l3-14 3 14M{} 80l2-10 2 10", 66 + i * 4, 74 + i * 2)} stroke={GRASS} stroke-width="2"/> }) }
            </>
        },
        Drawing::Overgrown => html! {
            <>
                <rect x="0" y="96" width="160" height="24" fill="#93b05a"/>
                { for (0..16).map(|i| {
                    let x = 6 + i * 10;
                    let top = 36 + (i * 37 % 23);
                    html! { <path d={format!("M{x} 104 {} {top} {} 104", x + 3, x + 7)} fill={GRASS}/> }
                }) }
            </>
        },
        Drawing::Wreck => html! {
            <>
                { ground() }
                <path d="M24 96V70l16-18h52l20 18h24v26Z" fill="#6b5a4a"/>
                <path d="M46 58h20v12H42ZM72 58h16l12 12H72Z" fill="#3b3129"/>
                <circle cx="50" cy="98" r="12" fill="#2b2b2b"/>
                <ellipse cx="118" cy="104" rx="13" ry="5" fill="#2b2b2b"/>
                <path d="M100 62l10-16M106 70l14-8" stroke="#3b3129" stroke-width="3"/>
            </>
        },
        Drawing::Crater => html! {
            <>
                <rect x="0" y="60" width="160" height="60" fill={GROUND}/>
                <ellipse cx="80" cy="88" rx="52" ry="18" fill="#8b7a57"/>
                <ellipse cx="80" cy="90" rx="38" ry="12" fill="#5b4a2f"/>
                <path d="M22 80l-8-6M140 80l8-7M60 70l-4-8M104 70l5-8" stroke="#8b7a57" stroke-width="4"/>
            </>
        },
        Drawing::Wire => html! {
            <>
                { ground() }
                <rect x="18" y="70" width="6" height="32" fill={WOOD}/>
                <rect x="136" y="74" width="6" height="28" fill={WOOD}/>
                <path d="M24 84 136 90" stroke="#333" stroke-width="1.5"/>
                { for (0..6).map(|i| html! { <path d={format!("M{} 104l3-12 3 12", 40 + i * 16)} stroke={GRASS} stroke-width="2"/> }) }
            </>
        },
        Drawing::Ordnance => html! {
            <>
                { ground() }
                <path d="M52 98c0-10 8-16 20-16h28l14 8-14 8Z" fill="#5d6b4a"/>
                <path d="M60 96h54" stroke="#48553a" stroke-width="2"/>
                <path d="M30 104l10-4M120 104l12-3" stroke="#6b6b6b" stroke-width="3"/>
            </>
        },
    }
}
