//! Sources that back several points of the guidance, listed once.

pub(super) const PUBLIC_COUNCIL: &[&str] = &[
    "report-az-2026-01-12-public-council",
    "trend-2026-01-12-public-council",
    "axar-2026-01-12-public-council",
];

/// ANAMA's own calls to citizens after incidents: do not enter, do not touch, report.
pub(super) const ANAMA_DO_NOT_TOUCH: &[&str] = &[
    "metbuat-2025-04-bulutan-booby-trap",
    "metbuat-2024-05-din-102-objects",
];
/// Entry needs a permit; only people with one may come and go (2025-2026). No recent
/// source says in so many words that entry without one is prohibited.
pub(super) const PERMISSION: &[&str] = &[
    "dayaz-2025-12-27-din-permission",
    "metbuat-2025-05-yolumuz-qarabaga",
    "report-az-2026-01-12-public-council",
];
/// Roads, junctions and their edges: ANAMA's list and the travel rules of 2025.
pub(super) const ROADS: &[&str] = &[
    "sulh-2023-05-05-anama-places",
    "metbuat-2025-05-yolumuz-qarabaga",
    "kyiv-desna-mine-rules",
];
pub(super) const BOOBY_TRAP: &[&str] = &["metbuat-2025-04-bulutan-booby-trap"];
/// The steps inside a mined area: UN-derived guidance as landminealert reproduces it,
/// and the same in Garthwaite's handbook. No Azerbaijani, ICRC or UNICEF text of them
/// was found (the UNMAS handbook's section was not retrieved).
pub(super) const MINED_AREA_STEPS: &[&str] = &["landminealert-emergency", "garthwaite-war-zone"];
pub(super) const CALL_112: &[&str] =
    &["report-az-2026-02-28-112-az", "report-az-2026-02-28-112-ru"];
