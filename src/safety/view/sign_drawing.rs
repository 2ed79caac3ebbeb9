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
/// The shapes are a symbol of the site's sprite of drawings (`static/drawings.svg`), one
/// file every page with a drawing shares and a browser keeps: in each page they cost a
/// `<use>` instead of their markup (the Russian posters' HTML is under the 14.6 KB a
/// first round trip carries), and the wasm carries none of them. Only the words on a
/// drawing, which differ by language, are in the page.
#[component]
pub fn SignDrawing(props: &SignDrawingProps) -> Html {
    let lang = use_lang();
    let words = words(props.drawing, lang);
    named_svg(lang, props.drawing.key(), &props.id_scope, words)
}

include!(concat!(env!("OUT_DIR"), "/drawings.rs"));

/// The address of the sprite's symbol `key` (a sign's or a scene's key).
pub fn drawing_href(key: &str) -> String {
    format!("/{DRAWINGS_FILE}#{key}")
}

/// The SVG of the sprite's drawing `key`, with its name (`sign-{key}`) and description
/// (`sign-{key}-desc`) for screen readers and `words` (SVG text) drawn over it.
pub fn named_svg(lang: Lang, key: &str, scope: &str, words: String) -> Html {
    let (title_id, desc_id) = (
        format!("{scope}sign-{key}-title"),
        format!("{scope}sign-{key}-desc"),
    );
    html! {
        <svg class="sign-drawing" viewBox="0 0 160 120" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ t(lang, &format!("sign-{key}")) }</title>
            <desc id={desc_id}>{ t(lang, &format!("sign-{key}-desc")) }</desc>
            <use href={drawing_href(key)} />
            { Html::from_html_unchecked(words.into()) }
        </svg>
    }
}

/// Bold words on a drawing, centred on x.
fn word(x: i32, y: i32, size: i32, text: &str) -> String {
    format!(
        r##"<text x="{x}" y="{y}" font-size="{size}" font-weight="800" fill="#fff" text-anchor="middle" font-family="system-ui, sans-serif">{}</text>"##,
        escape_html(text)
    )
}

/// The words a drawing carries in `lang`; most carry none.
fn words(drawing: Drawing, lang: Lang) -> String {
    let local = t(lang, "sign-word-local");
    match drawing {
        Drawing::TriangleSign => word(80, 102, 15, &local),
        Drawing::SquareSign => {
            word(80, 76, 16, &local) + &word(80, 95, 14, &t(lang, "sign-word-international"))
        }
        Drawing::PaintedWords => format!(
            r##"<text x="80" y="64" font-size="26" font-weight="800" fill="#c81e1e" text-anchor="middle" font-family="system-ui, sans-serif" transform="rotate(-6 80 60)">{}!</text>"##,
            escape_html(&local)
        ),
        _ => String::new(),
    }
}
