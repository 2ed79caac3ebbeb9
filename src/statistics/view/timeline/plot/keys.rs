//! The drawing's keyboard, as a pure map from a key to an action (tested natively); the
//! drawing's keydown listener only reads the event and sends the action.

use crate::statistics::view::TimelineAction;

/// What the keys act on.
pub struct KeyMap {
    /// The ids of the marks in view, in keyboard order (by date).
    pub marks: Vec<String>,
    /// The index in `marks` of the mark that takes Tab.
    pub current: Option<usize>,
    /// How many months Shift+arrow and Page Up/Down move the view.
    pub pan_months: i64,
    /// Where + and - zoom around (0 left edge, 1 right edge): the current mark.
    pub zoom_anchor: f64,
}

impl KeyMap {
    /// The action of a key: arrows move between marks (with Shift, the view), Home and
    /// End go to the first and last mark, + and - zoom, Escape closes the details.
    pub fn action(&self, key: &str, shift: bool) -> Option<TimelineAction> {
        let go = |index: usize| {
            self.marks
                .get(index)
                .map(|id| TimelineAction::Select(Some(id.clone())))
        };
        let zoom = |factor| {
            Some(TimelineAction::Zoom {
                factor,
                anchor: self.zoom_anchor,
            })
        };
        match (key, shift) {
            ("ArrowLeft", true) | ("PageUp", _) => Some(TimelineAction::Pan(-self.pan_months)),
            ("ArrowRight", true) | ("PageDown", _) => Some(TimelineAction::Pan(self.pan_months)),
            ("ArrowLeft", false) => self.current.and_then(|i| go(i.checked_sub(1)?)),
            ("ArrowRight", false) => self.current.and_then(|i| go(i + 1)),
            ("Home", _) => go(0),
            ("End", _) => self.marks.len().checked_sub(1).and_then(go),
            ("+" | "=", _) => zoom(2.0 / 3.0),
            ("-" | "_", _) => zoom(1.5),
            ("Escape", _) => Some(TimelineAction::Select(None)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(current: Option<usize>) -> KeyMap {
        KeyMap {
            marks: vec!["t1".into(), "i1".into(), "i2".into()],
            current,
            pan_months: 4,
            zoom_anchor: 0.25,
        }
    }

    fn select(id: &str) -> Option<TimelineAction> {
        Some(TimelineAction::Select(Some(id.into())))
    }

    #[test]
    fn arrows_move_between_marks_and_stop_at_the_ends() {
        assert_eq!(keys(Some(1)).action("ArrowRight", false), select("i2"));
        assert_eq!(keys(Some(1)).action("ArrowLeft", false), select("t1"));
        assert_eq!(keys(Some(2)).action("ArrowRight", false), None);
        assert_eq!(keys(Some(0)).action("ArrowLeft", false), None);
        assert_eq!(keys(Some(1)).action("Home", false), select("t1"));
        assert_eq!(keys(Some(0)).action("End", false), select("i2"));
    }

    #[test]
    fn shift_arrows_and_page_keys_move_the_view_and_plus_minus_zoom_at_the_mark() {
        assert_eq!(
            keys(Some(1)).action("ArrowLeft", true),
            Some(TimelineAction::Pan(-4))
        );
        assert_eq!(
            keys(None).action("PageDown", false),
            Some(TimelineAction::Pan(4))
        );
        assert_eq!(
            keys(Some(1)).action("+", false),
            Some(TimelineAction::Zoom {
                factor: 2.0 / 3.0,
                anchor: 0.25
            })
        );
        assert_eq!(
            keys(Some(1)).action("-", false),
            Some(TimelineAction::Zoom {
                factor: 1.5,
                anchor: 0.25
            })
        );
    }

    #[test]
    fn escape_closes_and_other_keys_are_left_to_the_browser() {
        assert_eq!(
            keys(Some(1)).action("Escape", false),
            Some(TimelineAction::Select(None))
        );
        assert_eq!(keys(Some(1)).action("Tab", false), None);
        assert_eq!(keys(Some(1)).action("a", false), None);
        let empty = KeyMap {
            marks: Vec::new(),
            ..keys(None)
        };
        assert_eq!(empty.action("End", false), None);
        assert_eq!(empty.action("ArrowRight", false), None);
    }
}
