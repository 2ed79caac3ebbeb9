//! The quiz: the question bank educators edit (`bank.rs`) and a run through it
//! (`run.rs`).

pub mod bank;
mod run;

pub use bank::{all, Answer, Picture, Question, Scene, OLDER, YOUNGER};
pub use run::{score, Progress};
