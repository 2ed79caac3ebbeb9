//! The schools section's own views: the quiz card, the quiz's scenes and the check before and
//! after a lesson (its count, a pupil's answers, the change as bars and a table, what is kept).

mod check_chart;
mod check_count;
mod check_keeping;
mod check_pupil;
pub mod check_store;
mod quiz_card;
mod scene_drawing;

pub use check_chart::{change_chart, change_table};
pub use check_count::{class_count, letter, sign_of};
pub use check_keeping::keeping;
pub use check_pupil::pupil_form;
pub use quiz_card::{answer_text, explanation, QuizCard};
pub use scene_drawing::SceneDrawing;
