//! Safety content that every page may show: the emergency numbers and the core rules.
//! The words are in the translation files under the keys named here; each entry names
//! the sources (`data/sources.csv`) that support it.

/// A number to call, shown as a `tel:` link with what it is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EmergencyNumber {
    /// The digits to dial.
    pub number: &'static str,
    /// Message ids `number-{key}-name` (the service) and `number-{key}-use` (when to call).
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

/// Only numbers that at least one source states; 805 (a single source) is left out
/// until a second source confirms it (research brief §3.2).
pub const EMERGENCY_NUMBERS: [EmergencyNumber; 3] = [
    EmergencyNumber {
        number: "112",
        key: "112",
        sources: &["dayaz-112-hotline", "trend-2022-yevlakh-report-102-112"],
    },
    EmergencyNumber {
        number: "102",
        key: "102",
        sources: &[
            "reliefweb-anama-102-call-centre",
            "trend-2022-yevlakh-report-102-112",
        ],
    },
    EmergencyNumber {
        number: "113",
        key: "113",
        sources: &["metbuat-113-ambulance"],
    },
];

/// A rule in a short list, text in `core-rule-{key}`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CoreRule {
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

const PUBLIC_COUNCIL: &[&str] = &[
    "trend-2026-01-12-public-council",
    "axar-2026-01-12-public-council",
];

/// The call of the Public Council under ANAMA (12 January 2026) to everyone in the
/// region, in its order.
pub const CORE_RULES: [CoreRule; 4] = [
    CoreRule {
        key: "cleared-areas",
        sources: PUBLIC_COUNCIL,
    },
    CoreRule {
        key: "warning-signs",
        sources: PUBLIC_COUNCIL,
    },
    CoreRule {
        key: "unknown-objects",
        sources: PUBLIC_COUNCIL,
    },
    CoreRule {
        key: "report",
        sources: PUBLIC_COUNCIL,
    },
];

/// Every source id the safety content cites.
pub fn cited_sources() -> impl Iterator<Item = &'static str> {
    let numbers = EMERGENCY_NUMBERS.iter().flat_map(|n| n.sources.iter());
    let rules = CORE_RULES.iter().flat_map(|r| r.sources.iter());
    numbers.chain(rules).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::source;

    #[test]
    fn every_cited_source_is_listed() {
        for id in cited_sources() {
            assert!(
                source::find(id).is_some(),
                "{id} is cited but not in data/sources.csv"
            );
        }
    }

    #[test]
    fn every_number_and_rule_has_a_source() {
        assert!(EMERGENCY_NUMBERS.iter().all(|n| !n.sources.is_empty()));
        assert!(CORE_RULES.iter().all(|r| !r.sources.is_empty()));
    }

    #[test]
    fn the_single_source_hotline_is_not_shown() {
        assert!(EMERGENCY_NUMBERS.iter().all(|n| n.number != "805"));
    }
}
