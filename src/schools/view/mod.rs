//! The schools section's own views: the quiz card and the quiz's scenes.

mod quiz_card;
mod scene_drawing;

pub use quiz_card::{answer_text, explanation, QuizCard};
pub use scene_drawing::SceneDrawing;
