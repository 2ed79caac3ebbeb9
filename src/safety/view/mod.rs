//! The views of the safety content: the glance, the numbers, the rules, the situations,
//! the children's words, the signs and their drawings. The schools section shows them
//! too (slides, posters).

mod child_words;
mod core_rules;
mod emergency_numbers;
mod glance;
mod pictogram;
pub mod sign_drawing;
mod sign_figure;
mod sign_tiles;
mod situation;
mod when_you_call;

pub use child_words::ChildWords;
pub use core_rules::CoreRules;
pub use emergency_numbers::EmergencyNumbers;
pub use glance::{glance_sources, Glance};
pub use pictogram::{pictogram, Pictogram};
pub use sign_drawing::SignDrawing;
pub use sign_figure::sign_figure;
pub use sign_tiles::sign_tiles;
pub use situation::Situation;
pub use when_you_call::WhenYouCall;
