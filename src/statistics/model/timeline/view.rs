//! What the reader chose on the timeline, kept in the URL query so that a view can be
//! shared, bookmarked and printed: the period, the filters and the open mark.

use crate::statistics::model::period::{Month, Period};
use crate::statistics::model::query::{Choices, Facet, Filter, Outcome};

/// What the reader chose: the period and the filters, and the mark whose details are
/// open. Lives in the URL query.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct View {
    pub period: Period,
    pub choices: Choices,
    pub mark: Option<String>,
}

impl View {
    /// Everything, over the whole period.
    pub fn all(bounds: Period) -> View {
        View {
            period: bounds,
            choices: Choices::default(),
            mark: None,
        }
    }

    /// The incidents this view selects.
    pub fn filter(&self) -> Filter {
        Filter {
            choices: self.choices.clone(),
            from: Some(self.period.from.date()),
            to: Some(self.period.to.end()),
        }
    }

    /// `from=2022-01&to=2023-06&district=aghdam,lachin&outcome=killed&mark=…`, leaving out
    /// what is as in [`View::all`]; empty for the default view.
    pub fn to_query(&self, bounds: Period) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.period != bounds {
            pairs.push(("from", self.period.from.to_string()));
            pairs.push(("to", self.period.to.to_string()));
        }
        for facet in Facet::ALL {
            let ticked = self.choices.ticked(facet);
            if !ticked.is_empty() {
                pairs.push((facet.key(), ticked.join(",")));
            }
        }
        if let Some(word) = self.choices.outcome.word() {
            pairs.push(("outcome", word.to_string()));
        }
        if let Some(mark) = &self.mark {
            pairs.push(("mark", mark.clone()));
        }
        pairs
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a query written by [`View::to_query`] (with or without the leading `?`).
    /// Whatever it does not know (an old link, a typo) is left out, never an error;
    /// `is_mark` says which mark ids exist.
    pub fn from_query(query: &str, bounds: Period, is_mark: impl Fn(&str) -> bool) -> View {
        let mut view = View::all(bounds);
        let (mut from, mut to) = (None, None);
        for (key, value) in crate::site::model::query_string::pairs(query) {
            if let Some(facet) = Facet::ALL.into_iter().find(|f| f.key() == key) {
                view.choices
                    .tick_only(facet, |known| value.split(',').any(|w| w == known));
            }
            match key {
                "from" => from = Month::parse(value),
                "to" => to = Month::parse(value),
                "outcome" => view.choices.outcome = Outcome::from_word(value).unwrap_or_default(),
                "mark" if is_mark(value) => view.mark = Some(value.to_string()),
                _ => {}
            }
        }
        let from = from.unwrap_or(bounds.from).max(bounds.from);
        let to = to.unwrap_or(bounds.to).min(bounds.to);
        if from <= to {
            view.period = Period { from, to };
        }
        view
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::statistics::model::test_support::{incident, period};

    #[test]
    fn the_view_round_trips_through_the_url() {
        let bounds = period("2020-11", "2026-03");
        assert_eq!(View::all(bounds).to_query(bounds), "");
        let mut view = View::all(bounds);
        view.period = period("2022-01", "2023-06");
        view.choices.toggle(Facet::District, "lachin");
        view.choices.toggle(Facet::District, "aghdam");
        view.choices.toggle(Facet::Device, "ap");
        view.choices.outcome = Outcome::Killed;
        view.mark = Some("i2022-x".into());
        let query = view.to_query(bounds);
        assert_eq!(
            query,
            "from=2022-01&to=2023-06&district=aghdam,lachin&device=ap&outcome=killed&mark=i2022-x"
        );
        assert_eq!(
            View::from_query(&format!("?{query}"), bounds, |_| true),
            view
        );
        view.choices.toggle(Facet::District, "aghdam");
        assert_eq!(view.choices.districts, ["lachin"]);
    }

    #[test]
    fn a_bad_query_falls_back_to_what_it_can_read() {
        let bounds = period("2020-11", "2026-03");
        let view = View::from_query(
            "from=1990-01&to=2099-13&district=atlantis,lachin&outcome=maybe&mark=gone&x",
            bounds,
            |id| id != "gone",
        );
        assert_eq!(view.period, bounds);
        assert_eq!(view.choices.districts, ["lachin"]);
        assert_eq!(view.choices.outcome, Outcome::Any);
        assert_eq!(view.mark, None);
        // Reversed ends: the whole period.
        let reversed = View::from_query("from=2024-01&to=2022-01", bounds, |_| true);
        assert_eq!(reversed.period, bounds);
    }

    #[test]
    fn the_view_filter_covers_whole_months() {
        let bounds = period("2021-01", "2021-12");
        let mut view = View::all(bounds);
        view.period = period("2021-03", "2021-03");
        let data = [
            incident("first", "2021-03-01", 0, 1),
            incident("month", "2021-03", 0, 1),
            incident("last", "2021-03-31", 0, 1),
            incident("after", "2021-04-01", 0, 1),
        ];
        let ids: Vec<_> = view.filter().apply(&data).map(|i| i.id).collect();
        assert_eq!(ids, ["first", "month", "last"]);
    }
}
