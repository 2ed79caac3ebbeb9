//! What to tell the operator when you call (`call-checklist-{key}`), beside the
//! emergency page's "Where am I?".

use crate::site::model::cite::{point, Point};

/// What you saw and where (Guam's civil defence; the signs of a mined area in
/// landminealert's steps); when (landminealert's note of the time, the SSU's of when an
/// object was found); how many are hurt (landminealert). No source asks callers to say
/// how many people are present, so the list does not.
pub const CALL_CHECKLIST: [Point; 4] = [
    point(
        "what",
        &[
            "guam-ocd-2019-3rs",
            "landminealert-emergency",
            "metbuat-2025-04-bulutan-booby-trap",
        ],
    ),
    point(
        "where",
        &[
            "guam-ocd-2019-3rs",
            "landminealert-emergency",
            "bih-civil-protection-mark-location",
            "klymenko-suspicious-object",
        ],
    ),
    point("when", &["landminealert-emergency", "ssu-suspicious-items"]),
    point("hurt", &["landminealert-emergency"]),
];
