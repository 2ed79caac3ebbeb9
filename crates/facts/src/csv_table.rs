//! Reads one CSV file of `data/` row by row and collects every problem as
//! `file:line: reason`. Shared by the checks of each data file.

use crate::date::PartialDate;

/// A row being read: typed getters that record a problem and return a placeholder,
/// so that one pass reports every problem of the file.
pub struct Row<'a> {
    pub line: u64,
    fields: csv::StringRecord,
    header: &'a [&'a str],
    file: &'a str,
    problems: &'a mut Vec<String>,
}

impl Row<'_> {
    pub fn fail(&mut self, reason: String) {
        self.problems
            .push(format!("{}:{}: {reason}", self.file, self.line));
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| *h == name)
            .expect("a column of the header")
    }

    pub fn text(&self, name: &str) -> String {
        self.fields
            .get(self.column(name))
            .unwrap_or("")
            .trim()
            .to_string()
    }

    pub fn required(&mut self, name: &str) -> String {
        let value = self.text(name);
        if value.is_empty() {
            self.fail(format!("{name} is empty"));
        }
        value
    }

    /// A whole number, or `None` when the cell is empty.
    pub fn count(&mut self, name: &str) -> Option<u64> {
        let text = self.text(name);
        if text.is_empty() {
            return None;
        }
        let value = text.parse().ok();
        if value.is_none() {
            self.fail(format!("{name} {text:?} is not a whole number"));
        }
        value
    }

    /// A date from 1991 to `today`, or `None` when the cell is empty.
    pub fn date(&mut self, name: &str, today: PartialDate) -> Option<PartialDate> {
        let text = self.text(name);
        if text.is_empty() {
            return None;
        }
        match PartialDate::parse(&text) {
            Ok(date) if date.year < 1991 => self.fail(format!("{name} {text} is before 1991")),
            Ok(date) if date > today => self.fail(format!("{name} {text} is in the future")),
            Ok(date) => return Some(date),
            Err(e) => self.fail(format!("{name}: {e}")),
        }
        None
    }

    /// A value from a fixed list.
    pub fn one_of(&mut self, name: &str, allowed: &[&str]) -> String {
        let value = self.text(name);
        if !allowed.contains(&value.as_str()) {
            self.fail(format!("{name} {value:?} is not one of {allowed:?}"));
        }
        value
    }

    /// `a;b;c`, each from a fixed list (or any, when `allowed` is `None`), at least one.
    pub fn list(&mut self, name: &str, allowed: Option<&[&str]>) -> Vec<String> {
        let values: Vec<String> = self
            .text(name)
            .split(';')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        if values.is_empty() {
            self.fail(format!("{name} is empty"));
        }
        for value in &values {
            if let Some(allowed) = allowed.filter(|a| !a.contains(&value.as_str())) {
                self.fail(format!("{name} {value:?} is not one of {allowed:?}"));
            }
        }
        values
    }

    /// A stable id: lower-case letters, digits and '-', unique in its file.
    pub fn id(&mut self, seen: &mut std::collections::HashSet<String>) -> String {
        let id = self.text("id");
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            self.fail(format!(
                "id {id:?} must be lower-case letters, digits and '-'"
            ));
        } else if !seen.insert(id.clone()) {
            self.fail(format!("id {id:?} is used twice"));
        }
        id
    }
}

/// Checks the header, then calls `read` on every row. `Err` holds every problem.
pub fn read_table<T>(
    file: &str,
    text: &str,
    header: &[&str],
    mut read: impl FnMut(&mut Row) -> Option<T>,
) -> Result<Vec<T>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    match reader.headers() {
        Ok(found) if found.iter().eq(header.iter().copied()) => {}
        Ok(found) => {
            let found: Vec<_> = found.iter().collect();
            return Err(vec![format!(
                "{file}:1: the header must be {:?}, found {:?}",
                header.join(","),
                found.join(",")
            )]);
        }
        Err(e) => return Err(vec![format!("{file}:1: {e}")]),
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let fields = match record {
            Ok(fields) => fields,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(format!("{file}:{line}: {e}"));
                continue;
            }
        };
        let line = fields.position().map_or(0, |p| p.line());
        let before = problems.len();
        let mut row = Row {
            line,
            fields,
            header,
            file,
            problems: &mut problems,
        };
        let value = read(&mut row);
        if problems.len() == before {
            rows.extend(value);
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}
