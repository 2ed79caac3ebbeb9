//! The quiz: the question bank educators edit (`bank.rs` its shape, `younger.rs` and
//! `older.rs` the questions of each age group) and a run through it (`run.rs`).

pub mod bank;
mod older;
mod run;
mod younger;

use crate::schools::model::age::AgeGroup;

pub use bank::{Answer, Picture, Question, Scene};
pub use older::OLDER;
pub use run::{score, Progress};
pub use younger::YOUNGER;

/// Every question of both age groups.
pub fn all() -> impl Iterator<Item = &'static Question> {
    YOUNGER.iter().chain(OLDER.iter())
}

impl AgeGroup {
    /// The questions for this age group, in order.
    pub const fn questions(self) -> &'static [Question] {
        match self {
            AgeGroup::Younger => &YOUNGER,
            AgeGroup::Older => &OLDER,
        }
    }
}
