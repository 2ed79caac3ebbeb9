//! The numbers to call, each with the sources that state it.

/// A service to call, each of its numbers shown as a `tel:` link with what it is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmergencyNumber {
    /// The digits to dial; more than one where the sources give the service several
    /// numbers (the ambulance: 103 and 113).
    pub numbers: &'static [&'static str],
    /// Message ids `number-{key}-name`, `-short` (the service) and `-use` (when to call).
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

/// Only numbers that a source states. 112 first: the sources say it takes calls free
/// from any landline, mobile or payphone in the country. The ambulance has two numbers
/// in the sources (103 in Baku and Lənkəran, 113 in Qazax; the health service TƏBİB
/// names both kinds of station) and no source says which one serves each district, so
/// both are shown with 112 as the fallback. 805 has a single source (an ANAMA release of
/// April 2025) and stays out until a second one confirms it.
pub const EMERGENCY_NUMBERS: [EmergencyNumber; 3] = [
    EmergencyNumber {
        numbers: &["112"],
        key: "112",
        sources: &[
            "report-az-2026-02-28-112-az",
            "report-az-2026-02-28-112-ru",
            "metbuat-2025-04-bulutan-booby-trap",
            "dayaz-112-hotline",
        ],
    },
    EmergencyNumber {
        numbers: &["102"],
        key: "102",
        sources: &[
            "metbuat-2024-05-din-102-objects",
            "reliefweb-anama-102-call-centre",
            "trend-2022-yevlakh-report-102-112",
        ],
    },
    EmergencyNumber {
        numbers: &["103", "113"],
        key: "ambulance",
        sources: &[
            "metbuat-2023-03-tebib-103-113",
            "metbuat-113-ambulance",
            "sonxeber-2020-08-lankaran-103",
            "aqreqator-103-baku",
        ],
    },
];
