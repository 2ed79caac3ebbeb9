//! The queries on the figures: the newest statement, what a reader's filter selects,
//! and the counts of a selection, whole or grouped.

use super::records::{Incident, OfficialTotal};
use minesafe_facts::date::PartialDate;
use minesafe_facts::vocab::{CATEGORIES, DEVICES, DISTRICTS};

/// The most recent statement that gives a total (the latest by date; on the same date,
/// the higher figure, as a later count).
pub fn latest_total(totals: &[OfficialTotal]) -> Option<&OfficialTotal> {
    totals
        .iter()
        .filter(|t| t.total.is_some())
        .max_by_key(|t| (t.date, t.total))
}

/// The dates the figures run to: the newest statement of the official count (with a
/// total or not) and the newest documented incident. The page says them, so a reader
/// knows how recent the figures are.
pub fn latest_dates(
    totals: &[OfficialTotal],
    incidents: &[Incident],
) -> (Option<PartialDate>, Option<PartialDate>) {
    (
        totals.iter().map(|t| t.date).max(),
        incidents.iter().map(|i| i.date).max(),
    )
}

/// Whether a context measure only grows over time (land cleared, items found), so its
/// newest figure supersedes the older ones; other measures are estimates that may differ.
pub fn is_cumulative(measure: &str) -> bool {
    measure.starts_with("cleared") || measure.ends_with("-found")
}

/// The filters a reader can narrow the incidents by, each over its vocabulary. The key
/// names the URL parameter and the messages: `filter-{key}` for its heading and
/// `{key}-{word}` for each word (`district-aghdam`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Facet {
    District,
    Category,
    Device,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::District, Facet::Category, Facet::Device];

    pub fn key(self) -> &'static str {
        match self {
            Facet::District => "district",
            Facet::Category => "category",
            Facet::Device => "device",
        }
    }

    pub fn vocabulary(self) -> &'static [&'static str] {
        match self {
            Facet::District => DISTRICTS,
            Facet::Category => CATEGORIES,
            Facet::Device => DEVICES,
        }
    }
}

/// What a reader chose in the filters: the words ticked in each facet (none ticked means
/// any) and the outcome.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct Choices {
    pub districts: Vec<&'static str>,
    pub categories: Vec<&'static str>,
    pub devices: Vec<&'static str>,
    pub outcome: Outcome,
}

impl Choices {
    /// The words ticked in a facet, in its vocabulary's order.
    pub fn ticked(&self, facet: Facet) -> &[&'static str] {
        match facet {
            Facet::District => &self.districts,
            Facet::Category => &self.categories,
            Facet::Device => &self.devices,
        }
    }

    /// Ticks the vocabulary's words that `wanted` says, and no other, in the vocabulary's
    /// order so that equal choices give equal URLs.
    pub fn tick_only(&mut self, facet: Facet, wanted: impl Fn(&str) -> bool) {
        let words = facet
            .vocabulary()
            .iter()
            .copied()
            .filter(|w| wanted(w))
            .collect();
        match facet {
            Facet::District => self.districts = words,
            Facet::Category => self.categories = words,
            Facet::Device => self.devices = words,
        }
    }

    /// Ticks `word` or unticks it.
    pub fn toggle(&mut self, facet: Facet, word: &'static str) {
        let ticked = self.ticked(facet).to_vec();
        let tick = !ticked.contains(&word);
        self.tick_only(
            facet,
            |w| if w == word { tick } else { ticked.contains(&w) },
        );
    }

    /// How many choices narrow the selection: each ticked word, and the outcome.
    pub fn narrowing(&self) -> usize {
        Facet::ALL
            .iter()
            .map(|f| self.ticked(*f).len())
            .sum::<usize>()
            + usize::from(self.outcome != Outcome::Any)
    }

    pub fn matches(&self, incident: &Incident) -> bool {
        let any_of = |wanted: &[&str], value: Option<&str>| {
            wanted.is_empty() || value.is_some_and(|v| wanted.contains(&v))
        };
        any_of(&self.districts, incident.district)
            && (self.categories.is_empty()
                || incident
                    .categories
                    .iter()
                    .any(|c| self.categories.contains(c)))
            && any_of(&self.devices, Some(incident.device))
            && match self.outcome {
                Outcome::Any => true,
                Outcome::Killed => incident.killed > 0,
                Outcome::Injured => incident.injured > 0,
            }
    }
}

/// What a reader selects: the filters' choices and a period.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct Filter {
    pub choices: Choices,
    /// Inclusive range of dates (compared at the precision each incident has).
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

/// Incidents in which someone was killed, injured, or either.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum Outcome {
    #[default]
    Any,
    Killed,
    Injured,
}

impl Filter {
    /// Any incident with these choices, whatever its date.
    pub fn choosing(choices: Choices) -> Filter {
        Filter {
            choices,
            ..Filter::default()
        }
    }

    pub fn matches(&self, incident: &Incident) -> bool {
        self.choices.matches(incident)
            && self.from.is_none_or(|from| incident.date >= from)
            && self.to.is_none_or(|to| incident.date <= to)
    }

    /// The matching incidents, borrowed from `incidents` (not from the filter, so the
    /// result may outlive a filter made on the spot).
    pub fn apply<'f, 'd>(
        &'f self,
        incidents: &'d [Incident],
    ) -> impl Iterator<Item = &'d Incident> + use<'f, 'd> {
        incidents.iter().filter(move |i| self.matches(i))
    }
}

/// Incidents, killed and injured in a selection.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Counts {
    pub incidents: u64,
    pub killed: u64,
    pub injured: u64,
}

impl Counts {
    pub fn add(&mut self, incident: &Incident) {
        self.incidents += 1;
        self.killed += incident.killed;
        self.injured += incident.injured;
    }
}

pub fn count<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Counts {
    let mut counts = Counts::default();
    incidents.into_iter().for_each(|i| counts.add(i));
    counts
}

/// Counts per key, in key order: per year with `|i| [i.date.year]`, per district with
/// `|i| i.district`, per category with `|i| i.categories.iter().copied()` (an incident
/// with two categories counts in both). No allocation per incident. The groups are few
/// (years, districts, categories), so a sorted list searched by halves does: it is as
/// fast as a tree here, and much less code in the wasm.
pub fn group_by<'a, K: Ord, Keys: IntoIterator<Item = K>>(
    incidents: impl IntoIterator<Item = &'a Incident>,
    keys: impl Fn(&'a Incident) -> Keys,
) -> Vec<(K, Counts)> {
    let mut groups: Vec<(K, Counts)> = Vec::new();
    for incident in incidents {
        for key in keys(incident) {
            let at = match groups.binary_search_by(|(k, _)| k.cmp(&key)) {
                Ok(at) => at,
                Err(at) => {
                    groups.insert(at, (key, Counts::default()));
                    at
                }
            };
            groups[at].1.add(incident);
        }
    }
    groups
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Any, Outcome::Killed, Outcome::Injured];

    /// The word in the URL and in message ids; `None` for "any".
    pub fn word(self) -> Option<&'static str> {
        match self {
            Outcome::Any => None,
            Outcome::Killed => Some("killed"),
            Outcome::Injured => Some("injured"),
        }
    }

    pub fn from_word(word: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.word() == Some(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::model::data::official_totals;
    use crate::statistics::model::test_support::statement;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn incident(
        id: &'static str,
        day: &str,
        district: Option<&'static str>,
        killed: u64,
        injured: u64,
        categories: &'static [&'static str],
        device: &'static str,
    ) -> Incident {
        Incident {
            id,
            date: date(day),
            district,
            place: None,
            killed,
            injured,
            categories,
            activity: "unknown",
            device,
            confidence: "single-source",
            sources: &["s"],
        }
    }

    fn sample() -> Vec<Incident> {
        vec![
            incident("a", "2021-03-16", Some("aghdam"), 2, 3, &["civilian"], "ap"),
            incident(
                "b",
                "2022-12-14",
                Some("kalbajar"),
                1,
                7,
                &["worker", "military"],
                "ap",
            ),
            incident(
                "c",
                "2023-09-19",
                Some("khojavend"),
                4,
                0,
                &["police"],
                "at",
            ),
            incident("d", "2023-11", None, 0, 1, &["civilian"], "mine"),
            incident("e", "2024-04-27", Some("aghdam"), 0, 1, &["worker"], "at"),
        ]
    }

    #[test]
    fn the_latest_total_is_the_newest_statement() {
        let latest = latest_total(official_totals()).unwrap();
        assert!(official_totals()
            .iter()
            .all(|t| t.total.is_none() || t.date <= latest.date));
        let same_day = [
            statement("x", "2022-12-15", 276),
            statement("y", "2022-12-15", 278),
        ];
        assert_eq!(latest_total(&same_day).unwrap().id, "y");
        assert_eq!(latest_total(&[]), None);
    }

    #[test]
    fn the_figures_run_to_the_newest_statement_and_incident() {
        let all = sample();
        let totals = official_totals();
        let (statement, incident) = latest_dates(totals, &all);
        assert_eq!(incident, Some(date("2024-04-27")));
        assert!(totals.iter().all(|t| Some(t.date) <= statement));
        assert!(totals.iter().any(|t| Some(t.date) == statement));
        assert_eq!(latest_dates(&[], &[]), (None, None));
    }

    #[test]
    fn filters_combine_and_empty_means_any() {
        let all = sample();
        let ids = |f: &Filter| f.apply(&all).map(|i| i.id).collect::<Vec<_>>();
        assert_eq!(ids(&Filter::default()), ["a", "b", "c", "d", "e"]);
        assert_eq!(
            ids(&Filter::choosing(Choices {
                districts: vec!["aghdam"],
                ..Choices::default()
            })),
            ["a", "e"]
        );
        assert_eq!(
            ids(&Filter::choosing(Choices {
                categories: vec!["worker"],
                ..Choices::default()
            })),
            ["b", "e"]
        );
        assert_eq!(
            ids(&Filter::choosing(Choices {
                devices: vec!["at"],
                outcome: Outcome::Killed,
                ..Choices::default()
            })),
            ["c"]
        );
        assert_eq!(
            ids(&Filter::choosing(Choices {
                outcome: Outcome::Injured,
                ..Choices::default()
            })),
            ["a", "b", "d", "e"]
        );
        let period = Filter {
            from: Some(date("2022")),
            to: Some(date("2023-11-30")),
            ..Filter::default()
        };
        assert_eq!(ids(&period), ["b", "c", "d"]);
        // An incident with no district never matches a district filter.
        assert!(!ids(&Filter::choosing(Choices {
            districts: vec!["kalbajar", "aghdam"],
            ..Choices::default()
        }))
        .contains(&"d"));
    }

    #[test]
    fn counts_and_groups_add_up() {
        let all = sample();
        assert_eq!(
            count(&all),
            Counts {
                incidents: 5,
                killed: 7,
                injured: 12
            }
        );
        let per_year = group_by(&all, |i| [i.date.year]);
        assert_eq!(
            per_year,
            [
                (
                    2021,
                    Counts {
                        incidents: 1,
                        killed: 2,
                        injured: 3
                    }
                ),
                (
                    2022,
                    Counts {
                        incidents: 1,
                        killed: 1,
                        injured: 7
                    }
                ),
                (
                    2023,
                    Counts {
                        incidents: 2,
                        killed: 4,
                        injured: 1
                    }
                ),
                (
                    2024,
                    Counts {
                        incidents: 1,
                        killed: 0,
                        injured: 1
                    }
                ),
            ]
        );
        let per_category = group_by(&all, |i| i.categories.iter().copied());
        let worker = per_category.iter().find(|(k, _)| *k == "worker").unwrap().1;
        assert_eq!(
            worker,
            Counts {
                incidents: 2,
                killed: 1,
                injured: 8
            }
        );
        let per_district = group_by(&all, |i| i.district);
        assert_eq!(
            per_district.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            ["aghdam", "kalbajar", "khojavend"]
        );
    }
}
