use yew::prelude::*;

use crate::site::hooks::use_lang;
use crate::site::i18n::{t, Lang};
use crate::site::model::source;
use crate::site::route::{Page, Route};

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
    let page = Route::new(lang, Page::Sources).to_path();
    let links = ids
        .iter()
        .filter_map(|id| source::find(id))
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    { if i > 0 { ", " } else { "" } }
                    <a href={format!("{page}#{}", s.id)}>{ format!("{} [{}]", s.outlet, source::number(s)) }</a>
                </>
            }
        });
    html! {
        <p class="source-note">
            if labelled { { t(lang, "sources-label") }{ " " } }
            { for links }
        </p>
    }
}
