use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::source;
use crate::site::route::{escape_html, Page, Route};

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    /// Source ids, in the order to show them.
    pub ids: Vec<&'static str>,
    /// Whether to start with "Sources:" (not in a table column already headed so).
    #[prop_or(true)]
    pub labelled: bool,
}

/// "Sources: Trend, IFRC…", each linking to its entry on the sources page.
#[component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    source_note(use_lang(), &props.ids, props.labelled)
}

/// The same note without a component of its own: for the many rows of a table, where a
/// component each would make the page slower to take over (each one a scope and a
/// subscription to the address).
pub fn source_note(lang: Lang, ids: &[&'static str], labelled: bool) -> Html {
    Html::from_html_unchecked(source_note_markup(lang, ids, labelled).into())
}

/// The note as markup, for the parts of a page drawn as markup (the statistics' tables).
pub fn source_note_markup(lang: Lang, ids: &[&'static str], labelled: bool) -> String {
    let page = Route::new(lang, Page::Sources).to_path();
    let mut out = String::from(r#"<p class="source-note">"#);
    if labelled {
        out += &escape_html(&t(lang, "sources-label"));
        out.push(' ');
    }
    for (i, s) in ids.iter().filter_map(|id| source::find(id)).enumerate() {
        if i > 0 {
            out += ", ";
        }
        out += &format!(
            r#"<a href="{page}#{}">{} [{}]</a>"#,
            s.id,
            escape_html(s.outlet),
            source::number(s)
        );
    }
    out + "</p>"
}
