//! The words the data files may use in their fixed columns. Each has a message in the
//! translation files (`district-{key}`, `category-{key}`…); the build script checks the
//! data against them.

/// Districts named by the incident list. An empty district means the source names none.
pub const DISTRICTS: &[&str] = &[
    "aghdam",
    "aghdara",
    "fuzuli",
    "gazakh",
    "goranboy",
    "gubadli",
    "jabrayil",
    "kalbajar",
    "khojaly",
    "khojavend",
    "lachin",
    "shahbuz",
    "shusha",
    "tartar",
    "yevlakh",
    "zangilan",
];

/// Who was hurt, in the categories the sources use.
pub const CATEGORIES: &[&str] = &[
    "civilian",
    "farmer",
    "worker",
    "journalist",
    "official",
    "military",
    "police",
    "border-guard",
    "deminer",
];

/// What the victims were doing.
pub const ACTIVITIES: &[&str] = &[
    "farming",
    "herding",
    "construction",
    "demining",
    "duty",
    "travel",
    "household",
    "unknown",
];

/// What exploded: anti-personnel or anti-tank mine, a mine of unstated type, a cluster
/// munition, other unexploded ordnance, or not stated.
pub const DEVICES: &[&str] = &["ap", "at", "mine", "cluster", "uxo", "unknown"];

/// How sure the record is. `minimum-count`: the sources say "employees" or the like
/// without a number, so killed or injured is the least the words allow.
pub const INCIDENT_CONFIDENCE: &[&str] = &[
    "confirmed",
    "single-source",
    "approximate-date",
    "inferred-year",
    "conflicting",
    "minimum-count",
];
pub const TOTAL_CONFIDENCE: &[&str] = &["stated", "inferred-date"];

/// Context figures: what is measured, and how the source qualifies the number.
/// `mines-and-uxo` is an estimate of mines and unexploded ordnance together;
/// `mines-made-2021…` the mines found that the speakers say were made in Armenia in
/// 2021, in all and by where they were found. A measure ending in `-found` or starting
/// with `cleared` only grows (`statistics::model::is_cumulative`).
pub const MEASURES: &[&str] = &[
    "mines-laid",
    "mines-and-uxo",
    "mines-made-2021",
    "mines-made-2021-kalbajar-lachin",
    "mines-made-2021-karabakh",
    "contaminated-area-km2",
    "mined-area-km2",
    "area-to-clear-km2",
    "share-of-country-pct",
    "civilian-share-of-killed-pct",
    "cleared-ha",
    "items-found",
    "ap-mines-found",
    "at-mines-found",
    "uxo-found",
];
/// As the source words the number: "about", "more than", "nearly", "one million or
/// even slightly more".
pub const QUALIFIERS: &[&str] = &["exact", "about", "more-than", "nearly", "or-slightly-more"];
