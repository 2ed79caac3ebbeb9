//! The check before and after a lesson, as data: which of the quiz's questions it asks
//! each age group (by key, so that their words, right answers, explanations and sources
//! stay in one place, `quiz::bank`), the answers counted at the start and at the end of
//! the lesson, and the summary a teacher prints: per question the share of right answers
//! before, after and the change.
//!
//! The same counts serve both ways of answering: on the projector the teacher types in
//! how many hands went up for each answer; on a pupil's own phone each question has a
//! count of one for the answer chosen. A check is kept on the device only as the short
//! text [`Sheet::encode`] writes; [`Sheet::decode`] refuses anything else.

use minesafe_facts::date::PartialDate;

use crate::schools::model::age::AgeGroup;
use crate::schools::model::quiz::Question;

/// The questions for ages 6-11, from the quiz's bank: the sign, the signs people make,
/// the three words (stop, go back, tell a grown-up), where to play, past a sign, a
/// friend hurt. Each has three short answers a class can vote on.
pub const YOUNGER: [&str; 8] = [
    "sign",
    "sticks",
    "ball",
    "object",
    "play",
    "past-sign",
    "hurt",
    "tell",
];

/// The questions for ages 12-17: the three situations told apart, when and whom to
/// call, and the beliefs the lesson answers (one mine, old mines, the verge, going home).
pub const OLDER: [&str; 8] = [
    "first",
    "call",
    "mined-area",
    "injured",
    "one-mine",
    "old-mines",
    "verge",
    "return",
];

/// The minutes the check takes at the start of a lesson and at the end (the lesson plans'
/// steps `check-before` and `check-after`).
pub const MINUTES_BEFORE: u32 = 3;
pub const MINUTES_AFTER: u32 = 3;

/// More hands than any class has: a count is never larger.
pub const MAX_HANDS: u32 = 999;

/// The check's question keys for an age group, in order.
pub const fn keys(age: AgeGroup) -> &'static [&'static str] {
    match age {
        AgeGroup::Younger => &YOUNGER,
        AgeGroup::Older => &OLDER,
    }
}

/// The check's questions for an age group, in order, taken from the quiz's bank.
pub fn questions(age: AgeGroup) -> Vec<&'static Question> {
    keys(age)
        .iter()
        .filter_map(|key| age.questions().iter().find(|q| q.key == *key))
        .collect()
}

/// Who answers: each pupil on their own phone, or the whole class by raising hands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Mode {
    Pupil,
    Class,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Pupil, Mode::Class];

    /// Its part of message ids and of the stored text.
    pub const fn key(self) -> &'static str {
        match self {
            Mode::Pupil => "pupil",
            Mode::Class => "class",
        }
    }

    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// Where a check is: answering at the start, the lesson, answering at the end, done.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Stage {
    Before,
    Between,
    After,
    Done,
}

impl Stage {
    const ALL: [Stage; 4] = [Stage::Before, Stage::Between, Stage::After, Stage::Done];

    pub const fn key(self) -> &'static str {
        match self {
            Stage::Before => "before",
            Stage::Between => "between",
            Stage::After => "after",
            Stage::Done => "done",
        }
    }

    fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The stage that follows this one.
    pub const fn next(self) -> Stage {
        match self {
            Stage::Before => Stage::Between,
            Stage::Between => Stage::After,
            Stage::After | Stage::Done => Stage::Done,
        }
    }
}

/// For each question, how many answered each of its answers (`0[q][a]`).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Counts(pub Vec<Vec<u32>>);

impl Counts {
    /// No answer counted yet.
    pub fn empty(questions: &[&Question]) -> Counts {
        Counts(questions.iter().map(|q| vec![0; q.answers.len()]).collect())
    }

    pub fn get(&self, question: usize, answer: usize) -> u32 {
        self.0
            .get(question)
            .and_then(|row| row.get(answer))
            .copied()
            .unwrap_or(0)
    }

    /// Sets one answer's count (at most [`MAX_HANDS`]); outside the questions, nothing.
    pub fn set(&mut self, question: usize, answer: usize, hands: u32) {
        if let Some(count) = self.0.get_mut(question).and_then(|row| row.get_mut(answer)) {
            *count = hands.min(MAX_HANDS);
        }
    }

    /// One pupil's answer: a count of one for it, none for the others.
    pub fn choose(&mut self, question: usize, answer: usize) {
        if let Some(row) = self.0.get_mut(question) {
            if answer < row.len() {
                for (i, count) in row.iter_mut().enumerate() {
                    *count = u32::from(i == answer);
                }
            }
        }
    }

    /// The answer a pupil chose for a question (the only count there), if any.
    pub fn chosen(&self, question: usize) -> Option<usize> {
        let row = self.0.get(question)?;
        let mut given = row.iter().enumerate().filter(|(_, c)| **c > 0);
        match (given.next(), given.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// How many answered a question.
    pub fn hands(&self, question: usize) -> u32 {
        self.0.get(question).map_or(0, |row| row.iter().sum())
    }
}

/// How many of the answers counted for a question (or for all) were right.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Share {
    pub right: u32,
    pub total: u32,
}

impl Share {
    /// The right answers' share of a question's counts.
    pub fn of(question: &Question, counts: &Counts, index: usize) -> Share {
        Share {
            right: counts.get(index, question.right_answer()),
            total: counts.hands(index),
        }
    }

    /// In whole per cent, rounded half up; `None` when nothing was counted. Integers
    /// only: no float formatting reaches the wasm file.
    pub fn percent(self) -> Option<u32> {
        (self.total > 0).then(|| (200 * self.right + self.total) / (2 * self.total))
    }
}

/// One line of the summary: a question's right answers before and after the lesson.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Row {
    /// The question's key (`quiz-{key}`); empty for the line of all questions.
    pub key: &'static str,
    pub before: Share,
    pub after: Share,
}

impl Row {
    /// The change of the share of right answers, in percentage points (the difference of
    /// the two rounded shares, so that the printed numbers add up); `None` unless both
    /// were counted.
    pub fn change(&self) -> Option<i32> {
        let (before, after) = (self.before.percent()?, self.after.percent()?);
        Some(after as i32 - before as i32)
    }
}

/// The summary, question by question, from the counts before and after.
pub fn summary(questions: &[&'static Question], before: &Counts, after: &Counts) -> Vec<Row> {
    questions
        .iter()
        .enumerate()
        .map(|(i, q)| Row {
            key: q.key,
            before: Share::of(q, before, i),
            after: Share::of(q, after, i),
        })
        .collect()
}

/// All questions together: every right answer counted against every answer counted.
pub fn overall(rows: &[Row]) -> Row {
    let add = |a: Share, b: Share| Share {
        right: a.right + b.right,
        total: a.total + b.total,
    };
    rows.iter().fold(
        Row {
            key: "",
            before: Share::default(),
            after: Share::default(),
        },
        |sum, row| Row {
            key: "",
            before: add(sum.before, row.before),
            after: add(sum.after, row.after),
        },
    )
}

/// What the teacher writes on the printed summary: the date and the pupils, by sex
/// (the age group is the check's). No names.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Report {
    pub date: Option<PartialDate>,
    pub girls: Option<u32>,
    pub boys: Option<u32>,
}

impl Report {
    /// Girls and boys together, once either is given.
    pub fn pupils(&self) -> Option<u32> {
        (self.girls.is_some() || self.boys.is_some())
            .then(|| self.girls.unwrap_or(0) + self.boys.unwrap_or(0))
    }
}

/// A day as a date field gives it (`2026-12-01`); anything else is no date.
pub fn parse_day(text: &str) -> Option<PartialDate> {
    PartialDate::parse(text.trim())
        .ok()
        .filter(|d| d.day.is_some())
}

/// A count as typed: digits only, at most [`MAX_HANDS`]; empty is none.
pub fn parse_count(text: &str) -> Option<u32> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= 6 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse::<u32>().ok().map(|n| n.min(MAX_HANDS)))
        .flatten()
}

/// One check: who answers, for which age group, where it is, the counts and the report.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Sheet {
    pub mode: Mode,
    pub age: AgeGroup,
    pub stage: Stage,
    pub before: Counts,
    pub after: Counts,
    pub report: Report,
}

/// The first word of a stored check: a stored text of another form is not read.
const VERSION: &str = "check1";

impl Sheet {
    pub fn new(mode: Mode, age: AgeGroup) -> Sheet {
        let empty = Counts::empty(&questions(age));
        Sheet {
            mode,
            age,
            stage: Stage::Before,
            before: empty.clone(),
            after: empty,
            report: Report::default(),
        }
    }

    pub fn questions(&self) -> Vec<&'static Question> {
        questions(self.age)
    }

    /// The counts being taken now: before or after the lesson.
    pub fn counting(&self) -> Option<&Counts> {
        match self.stage {
            Stage::Before => Some(&self.before),
            Stage::After => Some(&self.after),
            Stage::Between | Stage::Done => None,
        }
    }

    pub fn counting_mut(&mut self) -> Option<&mut Counts> {
        match self.stage {
            Stage::Before => Some(&mut self.before),
            Stage::After => Some(&mut self.after),
            Stage::Between | Stage::Done => None,
        }
    }

    pub fn advance(&mut self) {
        self.stage = self.stage.next();
    }

    pub fn summary(&self) -> Vec<Row> {
        summary(&self.questions(), &self.before, &self.after)
    }

    /// The check as one line of text, to keep on the device:
    /// `check1|class|6-11|after|2026-12-01|12|14|0.3.1,…|…` (empty where not given).
    pub fn encode(&self) -> String {
        let counts = |c: &Counts| {
            c.0.iter()
                .map(|row| row.iter().map(u32::to_string).collect::<Vec<_>>().join("."))
                .collect::<Vec<_>>()
                .join(",")
        };
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        [
            VERSION.to_string(),
            self.mode.key().to_string(),
            self.age.key().to_string(),
            self.stage.key().to_string(),
            self.report.date.map(|d| d.to_string()).unwrap_or_default(),
            number(self.report.girls),
            number(self.report.boys),
            counts(&self.before),
            counts(&self.after),
        ]
        .join("|")
    }

    /// A check [`Sheet::encode`] wrote; `None` for anything else (another version, a
    /// count that does not fit the questions, garbage).
    pub fn decode(text: &str) -> Option<Sheet> {
        let parts: Vec<&str> = text.split('|').collect();
        let [version, mode, age, stage, date, girls, boys, before, after] = parts[..] else {
            return None;
        };
        if version != VERSION {
            return None;
        }
        let age = AgeGroup::from_key(age)?;
        let questions = questions(age);
        let counts = |text: &str| -> Option<Counts> {
            let rows: Vec<&str> = text.split(',').collect();
            if rows.len() != questions.len() {
                return None;
            }
            let rows = rows
                .iter()
                .zip(&questions)
                .map(|(row, q)| {
                    let row: Vec<u32> = row.split('.').map(parse_count).collect::<Option<_>>()?;
                    (row.len() == q.answers.len()).then_some(row)
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Counts(rows))
        };
        let optional = |text: &str| -> Option<Option<u32>> {
            if text.is_empty() {
                Some(None)
            } else {
                parse_count(text).map(Some)
            }
        };
        Some(Sheet {
            mode: Mode::from_key(mode)?,
            age,
            stage: Stage::from_key(stage)?,
            before: counts(before)?,
            after: counts(after)?,
            report: Report {
                date: if date.is_empty() {
                    None
                } else {
                    Some(parse_day(date)?)
                },
                girls: optional(girls)?,
                boys: optional(boys)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_a_question_of_the_quiz_for_that_age_with_two_or_three_answers() {
        for age in AgeGroup::ALL {
            let found = questions(age);
            assert_eq!(
                found.len(),
                keys(age).len(),
                "{age:?}: a key not in the bank"
            );
            assert!((8..=10).contains(&found.len()), "{age:?}: {}", found.len());
            for q in &found {
                assert!((2..=3).contains(&q.answers.len()), "{}", q.key);
            }
            let mut unique: Vec<_> = keys(age).to_vec();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), keys(age).len(), "{age:?}: a key twice");
            let mut places: Vec<_> = found.iter().map(|q| q.right_answer()).collect();
            places.sort();
            places.dedup();
            assert!(
                places.len() > 1,
                "{age:?}: the right answer always in one place"
            );
        }
    }

    #[test]
    fn a_share_is_rounded_half_up_and_nothing_counted_is_no_share() {
        let share = |right, total| Share { right, total }.percent();
        assert_eq!(share(0, 0), None);
        assert_eq!(share(0, 25), Some(0));
        assert_eq!(share(25, 25), Some(100));
        assert_eq!(share(1, 3), Some(33));
        assert_eq!(share(2, 3), Some(67));
        assert_eq!(share(1, 8), Some(13));
        assert_eq!(share(1, 200), Some(1));
        assert_eq!(share(1, 201), Some(0));
    }

    /// Hands raised for each answer of each question, in the order of the answers.
    fn counts(rows: &[[u32; 3]]) -> Counts {
        Counts(rows.iter().map(|r| r.to_vec()).collect())
    }

    #[test]
    fn the_summary_gives_each_questions_right_share_before_after_and_the_change() {
        let questions = questions(AgeGroup::Younger);
        let mut before = Counts::empty(&questions);
        let mut after = Counts::empty(&questions);
        // Question 1 ("sign"): the right answer is the first. 10 of 25 before, 20 of 25 after.
        assert_eq!(questions[0].right_answer(), 0);
        for (a, n) in [10, 9, 6].into_iter().enumerate() {
            before.set(0, a, n);
        }
        for (a, n) in [20, 3, 2].into_iter().enumerate() {
            after.set(0, a, n);
        }
        // Question 2 ("sticks"), right answer second: 3 of 4 before, 1 of 4 after.
        assert_eq!(questions[1].right_answer(), 1);
        before.0[1] = vec![1, 3, 0];
        after.0[1] = vec![0, 1, 3];
        let rows = summary(&questions, &before, &after);
        assert_eq!(rows.len(), questions.len());
        assert_eq!(rows[0].key, "sign");
        assert_eq!(
            rows[0].before,
            Share {
                right: 10,
                total: 25
            }
        );
        assert_eq!(
            rows[0].after,
            Share {
                right: 20,
                total: 25
            }
        );
        assert_eq!(
            (rows[0].before.percent(), rows[0].after.percent()),
            (Some(40), Some(80))
        );
        assert_eq!(rows[0].change(), Some(40));
        assert_eq!(rows[1].change(), Some(-50));
        // Nothing counted for the others: no share, no change.
        assert_eq!(rows[2].before.percent(), None);
        assert_eq!(rows[2].change(), None);
        let all = overall(&rows);
        assert_eq!(
            all.before,
            Share {
                right: 13,
                total: 29
            }
        );
        assert_eq!(
            all.after,
            Share {
                right: 21,
                total: 29
            }
        );
        assert_eq!(all.change(), Some(72 - 45));
    }

    #[test]
    fn one_pupils_answers_are_counts_of_one() {
        let questions = questions(AgeGroup::Older);
        let mut mine = Counts::empty(&questions);
        assert_eq!(mine.chosen(0), None);
        mine.choose(0, 2);
        mine.choose(0, 1);
        assert_eq!(mine.0[0], vec![0, 1, 0], "a new choice replaces the first");
        assert_eq!(mine.chosen(0), Some(1));
        mine.choose(0, 7);
        mine.choose(99, 0);
        assert_eq!(
            mine.chosen(0),
            Some(1),
            "no such answer or question: nothing"
        );
        let right = questions[3].right_answer();
        mine.choose(3, right);
        let rows = summary(&questions, &mine, &Counts::empty(&questions));
        assert_eq!(rows[3].before.percent(), Some(100));
        assert_eq!(
            rows[0].before.percent(),
            Some(u32::from(right_is(&questions, 0, 1)) * 100)
        );
        // A class count with two answers given is not one pupil's.
        let mut class = Counts::empty(&questions);
        class.set(0, 0, 3);
        class.set(0, 1, 2);
        assert_eq!(class.chosen(0), None);
        class.set(0, 2, 5000);
        assert_eq!(class.get(0, 2), MAX_HANDS);
    }

    fn right_is(questions: &[&Question], question: usize, answer: usize) -> bool {
        questions[question].right_answer() == answer
    }

    #[test]
    fn a_sheet_goes_before_the_lesson_after_it_then_done() {
        let mut sheet = Sheet::new(Mode::Class, AgeGroup::Younger);
        assert_eq!(sheet.stage, Stage::Before);
        sheet.counting_mut().unwrap().set(0, 0, 4);
        sheet.advance();
        assert_eq!(sheet.stage, Stage::Between);
        assert!(sheet.counting().is_none());
        sheet.advance();
        sheet.counting_mut().unwrap().set(0, 0, 9);
        sheet.advance();
        assert_eq!(sheet.stage, Stage::Done);
        sheet.advance();
        assert_eq!(sheet.stage, Stage::Done);
        assert_eq!((sheet.before.get(0, 0), sheet.after.get(0, 0)), (4, 9));
    }

    #[test]
    fn a_stored_sheet_reads_back_as_it_was_and_anything_else_is_refused() {
        let mut sheet = Sheet::new(Mode::Class, AgeGroup::Older);
        sheet.before = counts(&[
            [1, 20, 3],
            [0, 0, 0],
            [4, 5, 6],
            [7, 8, 9],
            [1, 1, 1],
            [0, 2, 0],
            [3, 3, 3],
            [10, 0, 0],
        ]);
        sheet.stage = Stage::After;
        sheet.report = Report {
            date: parse_day("2026-12-01"),
            girls: Some(12),
            boys: Some(0),
        };
        let text = sheet.encode();
        assert!(
            text.starts_with("check1|class|12-17|after|2026-12-01|12|0|1.20.3,0.0.0,"),
            "{text}"
        );
        assert_eq!(Sheet::decode(&text), Some(sheet.clone()));
        let pupil = Sheet::new(Mode::Pupil, AgeGroup::Younger);
        assert_eq!(Sheet::decode(&pupil.encode()), Some(pupil.clone()));
        assert!(pupil.encode().contains("|||"), "no date, no pupils");

        let wrong = [
            String::new(),
            "\u{0}{not json<script>".to_string(),
            text.replace("check1", "check0"),
            text.replace("|class|", "|teacher|"),
            text.replace("|12-17|", "|5-10|"),
            text.replace("|after|", "|later|"),
            text.replace("2026-12-01", "2026-02-30"),
            text.replace("|12|0|", "|-1|0|"),
            text.replace("1.20.3,", "1.20,"),
            text.replace("1.20.3,", "1.20.x,"),
            text.replace(",10.0.0", ""),
            format!("{text}|"),
        ];
        for bad in wrong {
            assert_eq!(Sheet::decode(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn typed_counts_and_days() {
        assert_eq!(parse_count(" 12 "), Some(12));
        assert_eq!(parse_count("0"), Some(0));
        assert_eq!(parse_count("5000"), Some(MAX_HANDS));
        for bad in ["", "-3", "1.5", "1e3", "abc", "99999999999"] {
            assert_eq!(parse_count(bad), None, "{bad}");
        }
        assert_eq!(
            parse_day("2026-12-01").map(|d| d.to_string()).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(parse_day("2026-12"), None);
        assert_eq!(parse_day(""), None);
        let report = Report {
            girls: Some(12),
            ..Report::default()
        };
        assert_eq!(report.pupils(), Some(12));
        assert_eq!(Report::default().pupils(), None);
    }
}
