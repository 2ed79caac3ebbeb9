//! The figures the page shows: the records of `data/` and, in a benchmark build only
//! (the `synthetic` feature, `make bench`, never `dist/`), made-up incidents besides.

use super::records::{ContextFigure, Incident, OfficialTotal, CONTEXT, INCIDENTS, OFFICIAL_TOTALS};

pub fn official_totals() -> &'static [OfficialTotal] {
    OFFICIAL_TOTALS
}

/// The documented incidents.
#[cfg(not(feature = "synthetic"))]
pub fn incidents() -> &'static [Incident] {
    INCIDENTS
}

/// The documented incidents and `MINESAFE_SYNTHETIC_INCIDENTS` made-up ones (10,000 when
/// unset), spread over the same period: the benchmark build.
#[cfg(feature = "synthetic")]
pub fn incidents() -> &'static [Incident] {
    static ALL: std::sync::OnceLock<Vec<Incident>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let n = option_env!("MINESAFE_SYNTHETIC_INCIDENTS")
            .and_then(|n| n.parse().ok())
            .unwrap_or(10_000);
        let period =
            super::period::Period::spanning(INCIDENTS.iter().map(|i| i.date)).expect("incidents");
        let mut all = INCIDENTS.to_vec();
        all.extend(super::synthetic::incidents(n, period));
        // In time order, as the documented ones nearly are: the drawing places each
        // incident after those before it (`timeline::lay_out`).
        all.sort_by(|a, b| {
            super::period::position(a.date).total_cmp(&super::period::position(b.date))
        });
        all
    })
}

pub fn context_figures() -> &'static [ContextFigure] {
    CONTEXT
}

#[cfg(test)]
mod tests {
    use super::*;
    use minesafe_facts::date::PartialDate;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }
    #[test]
    fn the_bundled_totals_include_the_source_articles_figures() {
        let find = |d: &str| {
            official_totals()
                .iter()
                .filter(move |t| t.date == date(d))
                .filter_map(|t| t.total)
                .collect::<Vec<_>>()
        };
        assert!(
            find("2025-05-29").contains(&392),
            "392 on 29 May 2025 (Caliber.Az)"
        );
        assert!(
            find("2026-01-12").contains(&417),
            "417 on 12 January 2026 (Public Council under ANAMA)"
        );
        // Where two figures were stated on one day, both are kept.
        assert_eq!(find("2022-12-15"), [276, 278]);
        // 340 (6 December 2023) and 341 (after the Sarijali blast of 26 December) are
        // successive statements, not two figures of one day.
        assert_eq!(find("2023-12-06"), [340]);
        assert_eq!(find("2023-12-26"), [341]);
    }

    #[test]
    fn the_bundled_incidents_include_istisu() {
        let istisu = incidents()
            .iter()
            .find(|i| i.place == Some("istisu"))
            .expect("Istisu");
        assert_eq!(
            (istisu.date, istisu.district, istisu.killed, istisu.injured),
            (date("2025-05-29"), Some("kalbajar"), 0, 1)
        );
        assert_eq!(istisu.device, "ap");
    }
}
