//! A run through one age group's questions, and its score.

use super::bank::Question;
use crate::schools::model::age::AgeGroup;

/// How many of `chosen` (answer positions, one per question in order) are right.
pub fn score(questions: &[Question], chosen: &[usize]) -> usize {
    questions
        .iter()
        .zip(chosen)
        .filter(|(q, &c)| q.right_answer() == c)
        .count()
}

/// A run through one age group's questions: one at a time, each answered once, then the
/// score. It lives only in the page (nothing is stored or sent).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Progress {
    pub age: AgeGroup,
    /// The answer chosen for each question answered so far, in order.
    pub chosen: Vec<usize>,
    /// The question shown (its index); equal to the number of questions once done.
    pub current: usize,
}

impl Progress {
    pub fn new(age: AgeGroup) -> Progress {
        Progress {
            age,
            chosen: Vec::new(),
            current: 0,
        }
    }

    pub fn questions(&self) -> &'static [Question] {
        self.age.questions()
    }

    /// The question shown, or `None` once every one has been answered.
    pub fn question(&self) -> Option<&'static Question> {
        self.questions().get(self.current)
    }

    /// The answer given to the question shown, if it has been answered.
    pub fn answered(&self) -> Option<usize> {
        self.chosen.get(self.current).copied()
    }

    /// Answers the question shown; a question is answered once, so a second answer (a
    /// double click) changes nothing.
    pub fn choose(&mut self, answer: usize) {
        let valid = self.question().is_some_and(|q| answer < q.answers.len());
        if valid && self.answered().is_none() {
            self.chosen.push(answer);
        }
    }

    /// Goes on to the next question (or to the score) once the shown one is answered.
    pub fn next(&mut self) {
        if self.answered().is_some() {
            self.current += 1;
        }
    }

    pub fn is_done(&self) -> bool {
        self.current >= self.questions().len()
    }

    pub fn score(&self) -> usize {
        score(self.questions(), &self.chosen)
    }

    /// The questions answered wrongly, with the answer given: the ones to go over again.
    pub fn to_review(&self) -> Vec<(&'static Question, usize)> {
        self.questions()
            .iter()
            .zip(self.chosen.iter().copied())
            .filter(|(q, c)| q.right_answer() != *c)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schools::model::quiz::{OLDER, YOUNGER};

    #[test]
    fn a_run_answers_each_question_once_then_scores_and_lists_the_mistakes() {
        let mut run = Progress::new(AgeGroup::Older);
        run.next();
        assert_eq!(run.current, 0, "no skipping an unanswered question");
        let mut wrong_keys = Vec::new();
        for (i, q) in OLDER.iter().enumerate() {
            assert_eq!(run.question(), Some(q));
            let answer = if i % 3 == 0 {
                wrong_keys.push(q.key);
                (q.right_answer() + 1) % q.answers.len()
            } else {
                q.right_answer()
            };
            run.choose(answer);
            run.choose(q.right_answer());
            assert_eq!(run.answered(), Some(answer), "the first answer counts");
            run.next();
        }
        assert!(run.is_done());
        assert_eq!(run.question(), None);
        assert_eq!(run.score(), OLDER.len() - wrong_keys.len());
        let reviewed: Vec<_> = run.to_review().iter().map(|(q, _)| q.key).collect();
        assert_eq!(reviewed, wrong_keys);
        run.choose(0);
        assert_eq!(run.chosen.len(), OLDER.len(), "nothing to answer once done");
    }

    #[test]
    fn the_score_counts_right_answers() {
        let right: Vec<_> = YOUNGER.iter().map(|q| q.right_answer()).collect();
        assert_eq!(score(&YOUNGER, &right), YOUNGER.len());
        let mut one_wrong = right.clone();
        one_wrong[3] = (one_wrong[3] + 1) % YOUNGER[3].answers.len();
        assert_eq!(score(&YOUNGER, &one_wrong), YOUNGER.len() - 1);
        assert_eq!(score(&YOUNGER, &[]), 0);
    }
}
