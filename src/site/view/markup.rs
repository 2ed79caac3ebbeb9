//! Markup made once and shown as it is (`Html::from_html_unchecked`), as a component
//! that renders again only when given other markup.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties)]
pub struct MarkupProps {
    pub html: AttrValue,
}

/// The same markup when it is the same value (one `Rc`): a render of what is around it
/// neither builds it again nor compares its text, which Yew does for raw markup and
/// which costs a reader's tap a long compare for a month list or a drawing's marks.
impl PartialEq for MarkupProps {
    fn eq(&self, other: &Self) -> bool {
        match (&self.html, &other.html) {
            (AttrValue::Rc(a), AttrValue::Rc(b)) => Rc::ptr_eq(a, b),
            (a, b) => a == b,
        }
    }
}

#[component]
pub fn Markup(props: &MarkupProps) -> Html {
    Html::from_html_unchecked(props.html.clone())
}
