//! The interactive timeline's model: months, the period shown, zoom and pan, where the
//! marks go, and the reader's view as a URL query (so a view can be shared, bookmarked
//! and printed). Pure functions, tested natively; the component only draws them.

use crate::statistics::model::stats::{Counts, Filter, Incident, OfficialTotal, Outcome};
use minesafe_facts::date::PartialDate;
use minesafe_facts::vocab::{CATEGORIES, DEVICES, DISTRICTS};

/// A calendar month, counted from year 0: the unit the timeline zooms and pans in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Month(pub u32);

impl Month {
    /// The month of a date; a date with only a year counts as its January.
    pub fn of(date: PartialDate) -> Month {
        Month(u32::from(date.year) * 12 + u32::from(date.month.unwrap_or(1)) - 1)
    }

    /// `YYYY-MM`, as in the URL query.
    pub fn parse(text: &str) -> Option<Month> {
        let date = PartialDate::parse(text).ok()?;
        (date.month.is_some() && date.day.is_none()).then(|| Month::of(date))
    }

    pub fn year(self) -> u16 {
        (self.0 / 12) as u16
    }

    /// 1 to 12.
    pub fn number(self) -> u8 {
        (self.0 % 12) as u8 + 1
    }

    /// The month as a date of month precision, e.g. for "March 2023".
    pub fn date(self) -> PartialDate {
        PartialDate {
            year: self.year(),
            month: Some(self.number()),
            day: None,
        }
    }

    /// The last possible date of the month: every date in the month sorts before it.
    fn end(self) -> PartialDate {
        PartialDate {
            day: Some(31),
            ..self.date()
        }
    }

    pub fn offset(self, months: i64) -> Month {
        Month((i64::from(self.0) + months).max(0) as u32)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.number())
    }
}

/// Where in time a date sits, in months: the middle of its day or, when the source gives
/// only the month, the middle of the month.
pub fn position(date: PartialDate) -> f64 {
    let month = f64::from(Month::of(date).0);
    match (date.month, date.day) {
        (Some(_), Some(day)) => month + (f64::from(day) - 0.5) / 31.0,
        (Some(_), None) => month + 0.5,
        (None, _) => month + 6.0,
    }
}

/// A period of whole months, both ends included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

/// The narrowest period the timeline zooms to.
pub const MIN_MONTHS: u32 = 3;

impl Period {
    pub fn months(self) -> u32 {
        self.to.0 - self.from.0 + 1
    }

    pub fn contains(self, month: Month) -> bool {
        self.from <= month && month <= self.to
    }

    /// From the first to the last month any dated record falls in.
    pub fn spanning(dates: impl IntoIterator<Item = PartialDate>) -> Option<Period> {
        let months: Vec<Month> = dates.into_iter().map(Month::of).collect();
        Some(Period {
            from: *months.iter().min()?,
            to: *months.iter().max()?,
        })
    }

    /// Zooms by `factor` (below 1 narrows) keeping the point at `anchor` (0 = left edge,
    /// 1 = right edge) in place, within `bounds`. Always moves at least one month while
    /// there is room, so a small zoom step is never a no-op.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: Period) -> Period {
        let old = self.months();
        let wanted = (f64::from(old) * factor).round() as u32;
        let len = match wanted.cmp(&old) {
            std::cmp::Ordering::Equal if factor < 1.0 => old.saturating_sub(1),
            std::cmp::Ordering::Equal if factor > 1.0 => old + 1,
            _ => wanted,
        }
        .clamp(MIN_MONTHS.min(bounds.months()), bounds.months());
        let shift = (anchor.clamp(0.0, 1.0) * (f64::from(old) - f64::from(len))).round() as i64;
        Period {
            from: self.from.offset(shift),
            to: self.from.offset(shift + i64::from(len) - 1),
        }
        .within(bounds)
    }

    /// Moves by `months` (negative: earlier), stopping at the edges of `bounds`.
    pub fn pan(self, months: i64, bounds: Period) -> Period {
        Period {
            from: self.from.offset(months),
            to: self.to.offset(months),
        }
        .within(bounds)
    }

    /// The same length moved inside `bounds` (cut to `bounds` if longer).
    pub fn within(self, bounds: Period) -> Period {
        let len = self.months().min(bounds.months());
        let last_start = bounds.to.0 + 1 - len;
        let from = self.from.0.clamp(bounds.from.0, last_start);
        Period {
            from: Month(from),
            to: Month(from + len - 1),
        }
    }
}

/// Maps time to the horizontal axis of the drawing.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Scale {
    pub period: Period,
    pub left: f64,
    pub width: f64,
}

impl Scale {
    pub fn x(&self, date: PartialDate) -> f64 {
        self.x_of_position(position(date))
    }

    /// The left edge of a month.
    pub fn x_of_month(&self, month: Month) -> f64 {
        self.x_of_position(f64::from(month.0))
    }

    fn x_of_position(&self, months: f64) -> f64 {
        let from = f64::from(self.period.from.0);
        self.left + (months - from) / f64::from(self.period.months()) * self.width
    }

    pub fn month_width(&self) -> f64 {
        self.width / f64::from(self.period.months())
    }
}

/// Where the incidents of a period go on the timeline: one mark each while they fit in
/// the lane's rows, otherwise one bar per month (thousands of marks would be neither
/// readable nor fast).
#[derive(Clone, PartialEq, Debug)]
pub enum Lane<'a> {
    Marks(Vec<PlacedMark<'a>>),
    Bins(Vec<(Month, Counts)>),
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PlacedMark<'a> {
    pub incident: &'a Incident,
    pub x: f64,
    /// 0 is the row nearest the axis.
    pub row: usize,
}

/// Places each incident at its date in the first row where it keeps `gap` from the mark
/// before it; falls back to monthly bins when `rows` rows are not enough.
pub fn lay_out<'a>(
    incidents: impl IntoIterator<Item = &'a Incident>,
    scale: &Scale,
    rows: usize,
    gap: f64,
) -> Lane<'a> {
    let mut shown: Vec<&Incident> = incidents
        .into_iter()
        .filter(|i| scale.period.contains(Month::of(i.date)))
        .collect();
    shown.sort_by(|a, b| position(a.date).total_cmp(&position(b.date)));
    let mut row_ends = vec![f64::NEG_INFINITY; rows];
    let mut marks = Vec::with_capacity(shown.len());
    for incident in &shown {
        let x = scale.x(incident.date);
        let Some(row) = row_ends.iter().position(|end| x - end >= gap) else {
            return Lane::Bins(bin_by_month(shown, scale.period));
        };
        row_ends[row] = x;
        marks.push(PlacedMark { incident, x, row });
    }
    Lane::Marks(marks)
}

/// Counts per month of `period`, every month present (zero when nothing happened).
pub fn bin_by_month<'a>(
    incidents: impl IntoIterator<Item = &'a Incident>,
    period: Period,
) -> Vec<(Month, Counts)> {
    let mut bins: Vec<(Month, Counts)> = (period.from.0..=period.to.0)
        .map(|m| (Month(m), Counts::default()))
        .collect();
    for incident in incidents {
        let month = Month::of(incident.date);
        if period.contains(month) {
            bins[(month.0 - period.from.0) as usize].1.add(incident);
        }
    }
    bins
}

/// The height at which a statement sits on the cumulative line: its total or, when the
/// speaker gave only killed and injured, the two together. `None` for a statement on
/// civilians only, which is not a point of the series. The label always shows the
/// figures as stated.
pub fn statement_height(statement: &OfficialTotal) -> Option<u64> {
    statement
        .total
        .or_else(|| Some(statement.killed? + statement.injured?))
}

/// Something on the timeline a reader can focus: a statement of the official total or a
/// documented incident.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mark<'a> {
    Statement(&'a OfficialTotal),
    Incident(&'a Incident),
}

impl<'a> Mark<'a> {
    pub fn id(self) -> &'a str {
        match self {
            Mark::Statement(s) => s.id,
            Mark::Incident(i) => i.id,
        }
    }

    pub fn date(self) -> PartialDate {
        match self {
            Mark::Statement(s) => s.date,
            Mark::Incident(i) => i.date,
        }
    }

    /// The mark with `id` among all statements and incidents.
    pub fn find(
        id: &str,
        statements: &'a [OfficialTotal],
        incidents: &'a [Incident],
    ) -> Option<Self> {
        statements
            .iter()
            .map(Mark::Statement)
            .chain(incidents.iter().map(Mark::Incident))
            .find(|m| m.id() == id)
    }
}

/// What the reader chose: the period and the filters, and the mark whose details are
/// open. Lives in the URL query.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct View {
    pub period: Period,
    pub districts: Vec<&'static str>,
    pub categories: Vec<&'static str>,
    pub devices: Vec<&'static str>,
    pub outcome: Outcome,
    pub mark: Option<String>,
}

impl View {
    /// Everything, over the whole period.
    pub fn all(bounds: Period) -> View {
        View {
            period: bounds,
            districts: Vec::new(),
            categories: Vec::new(),
            devices: Vec::new(),
            outcome: Outcome::Any,
            mark: None,
        }
    }

    /// The incidents this view selects.
    pub fn filter(&self) -> Filter {
        Filter {
            districts: self.districts.clone(),
            categories: self.categories.clone(),
            devices: self.devices.clone(),
            outcome: self.outcome,
            from: Some(self.period.from.date()),
            to: Some(self.period.to.end()),
        }
    }

    /// Whether any filter (not the period) narrows the selection.
    pub fn is_filtered(&self) -> bool {
        self.active_filters() > 0
    }

    /// How many choices narrow the selection: each ticked word, and the outcome.
    pub fn active_filters(&self) -> usize {
        Facet::ALL
            .iter()
            .map(|f| self.words(*f).len())
            .sum::<usize>()
            + usize::from(self.outcome != Outcome::Any)
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
            let words = self.words(facet);
            if !words.is_empty() {
                pairs.push((facet.key(), words.join(",")));
            }
        }
        if let Some(word) = self.outcome.word() {
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
        for (key, value) in crate::site::route::query_pairs(query) {
            if let Some(facet) = Facet::ALL.into_iter().find(|f| f.key() == key) {
                *view.words_mut(facet) = facet
                    .vocabulary()
                    .iter()
                    .copied()
                    .filter(|known| value.split(',').any(|w| w == *known))
                    .collect();
            }
            match key {
                "from" => from = Month::parse(value),
                "to" => to = Month::parse(value),
                "outcome" => view.outcome = Outcome::from_word(value).unwrap_or_default(),
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

/// The filters a reader can narrow the incidents by, each over its vocabulary. The key
/// names the URL parameter and the messages (`district-aghdam`).
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

impl View {
    pub fn words(&self, facet: Facet) -> &Vec<&'static str> {
        match facet {
            Facet::District => &self.districts,
            Facet::Category => &self.categories,
            Facet::Device => &self.devices,
        }
    }

    pub fn words_mut(&mut self, facet: Facet) -> &mut Vec<&'static str> {
        match facet {
            Facet::District => &mut self.districts,
            Facet::Category => &mut self.categories,
            Facet::Device => &mut self.devices,
        }
    }

    /// Adds `word` to a filter or takes it out, keeping the vocabulary's order so equal
    /// selections give equal URLs.
    pub fn toggle(&mut self, facet: Facet, word: &'static str) {
        let words = self.words_mut(facet);
        let was_chosen = words.contains(&word);
        *words = facet
            .vocabulary()
            .iter()
            .copied()
            .filter(|w| {
                if *w == word {
                    !was_chosen
                } else {
                    words.contains(w)
                }
            })
            .collect();
    }
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

    fn month(text: &str) -> Month {
        Month::parse(text).unwrap()
    }

    fn period(from: &str, to: &str) -> Period {
        Period {
            from: month(from),
            to: month(to),
        }
    }

    fn incident(id: &'static str, day: &str, killed: u64, injured: u64) -> Incident {
        Incident {
            id,
            date: PartialDate::parse(day).unwrap(),
            district: Some("aghdam"),
            place: None,
            killed,
            injured,
            categories: &["civilian"],
            activity: "unknown",
            device: "ap",
            confidence: "confirmed",
            sources: &["s"],
        }
    }

    #[test]
    fn months_read_write_and_count() {
        let march = month("2023-03");
        assert_eq!((march.year(), march.number()), (2023, 3));
        assert_eq!(march.to_string(), "2023-03");
        assert_eq!(march.offset(10).to_string(), "2024-01");
        assert_eq!(Month::parse("2023"), None);
        assert_eq!(Month::parse("2023-03-01"), None);
        assert_eq!(Month::parse("2023-13"), None);
        assert_eq!(period("2020-11", "2026-03").months(), 65);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_stays_in_bounds() {
        let bounds = period("2020-11", "2026-02");
        assert_eq!(bounds.months(), 64);
        let half = bounds.zoom(0.5, 0.5, bounds);
        assert_eq!(half, period("2022-03", "2024-10"));
        // Anchored at the left edge, the start stays.
        assert_eq!(bounds.zoom(0.5, 0.0, bounds).from, bounds.from);
        assert_eq!(bounds.zoom(0.5, 1.0, bounds).to, bounds.to);
        // Never narrower than the minimum, never wider than everything.
        assert_eq!(bounds.zoom(0.01, 0.5, bounds).months(), MIN_MONTHS);
        assert_eq!(half.zoom(10.0, 0.5, bounds), bounds);
        // A small step still moves.
        let four = period("2022-01", "2022-04");
        assert_eq!(four.zoom(0.9, 0.5, bounds).months(), 3);
        assert_eq!(four.zoom(1.1, 0.5, bounds).months(), 5);
    }

    #[test]
    fn pan_stops_at_the_edges() {
        let bounds = period("2020-11", "2026-02");
        let view = period("2021-01", "2021-12");
        assert_eq!(view.pan(3, bounds), period("2021-04", "2022-03"));
        assert_eq!(view.pan(-30, bounds), period("2020-11", "2021-10"));
        assert_eq!(view.pan(300, bounds), period("2025-03", "2026-02"));
        assert_eq!(bounds.pan(5, bounds), bounds);
    }

    #[test]
    fn the_scale_puts_dates_inside_their_month() {
        let scale = Scale {
            period: period("2021-01", "2021-10"),
            left: 0.0,
            width: 100.0,
        };
        assert_eq!(scale.month_width(), 10.0);
        assert_eq!(scale.x_of_month(month("2021-03")), 20.0);
        let mid = scale.x(PartialDate::parse("2021-03").unwrap());
        assert_eq!(mid, 25.0);
        let first = scale.x(PartialDate::parse("2021-03-01").unwrap());
        let last = scale.x(PartialDate::parse("2021-03-31").unwrap());
        assert!(20.0 < first && first < mid && mid < last && last < 30.0);
    }

    #[test]
    fn marks_stack_in_rows_and_fall_back_to_bins() {
        let scale = Scale {
            period: period("2021-01", "2021-12"),
            left: 0.0,
            width: 120.0,
        };
        let near = [
            incident("a", "2021-03-01", 1, 0),
            incident("b", "2021-03-02", 0, 2),
            incident("c", "2021-06-01", 0, 1),
            incident("outside", "2022-01-05", 0, 1),
        ];
        let Lane::Marks(marks) = lay_out(&near, &scale, 2, 5.0) else {
            panic!("two rows fit three marks");
        };
        let rows: Vec<_> = marks.iter().map(|m| (m.incident.id, m.row)).collect();
        assert_eq!(rows, [("a", 0), ("b", 1), ("c", 0)]);
        // One row cannot hold a and b apart: monthly bins instead, only in the period.
        let Lane::Bins(bins) = lay_out(&near, &scale, 1, 5.0) else {
            panic!("one row is too few");
        };
        assert_eq!(bins.len(), 12);
        assert_eq!(
            bins[2],
            (
                month("2021-03"),
                Counts {
                    incidents: 2,
                    killed: 1,
                    injured: 2
                }
            )
        );
        let total: u64 = bins.iter().map(|(_, c)| c.incidents).sum();
        assert_eq!(total, 3);
    }

    #[test]
    fn a_statement_sits_at_its_total_or_its_stated_parts() {
        let statement = |total, killed, injured| OfficialTotal {
            id: "t",
            date: PartialDate::parse("2021-06-04").unwrap(),
            total,
            killed,
            injured,
            civilians_killed: None,
            civilians_injured: None,
            source: "s",
            confidence: "stated",
        };
        assert_eq!(
            statement_height(&statement(Some(109), None, None)),
            Some(109)
        );
        assert_eq!(
            statement_height(&statement(None, Some(22), Some(87))),
            Some(109)
        );
        assert_eq!(statement_height(&statement(None, Some(22), None)), None);
    }

    #[test]
    fn the_view_round_trips_through_the_url() {
        let bounds = period("2020-11", "2026-03");
        assert_eq!(View::all(bounds).to_query(bounds), "");
        let mut view = View::all(bounds);
        view.period = period("2022-01", "2023-06");
        view.toggle(Facet::District, "lachin");
        view.toggle(Facet::District, "aghdam");
        view.toggle(Facet::Device, "ap");
        view.outcome = Outcome::Killed;
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
        view.toggle(Facet::District, "aghdam");
        assert_eq!(view.districts, ["lachin"]);
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
        assert_eq!(view.districts, ["lachin"]);
        assert_eq!(view.outcome, Outcome::Any);
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
