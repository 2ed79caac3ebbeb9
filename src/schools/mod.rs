//! The schools section: the teacher's guide, the quiz, the classroom slides and the
//! posters. Its model (no web APIs), its views and its pages; it shows the safety
//! content's views too. A wasm file of its own takes over the parts that move, its
//! islands; the guide, the families' page and the posters have none.

pub mod model;
pub mod pages;
pub mod view;

use crate::site::island::Island;

/// The quiz itself: the choice of age group, the questions, the score.
pub static QUIZ: Island = Island {
    name: "quiz",
    render: || yew::html! { <pages::QuizRun /> },
};

/// The classroom deck's controls, which show one slide at a time.
pub static DECK_CONTROLS: Island = Island {
    name: "deck-controls",
    render: || yew::html! { <pages::DeckControls /> },
};

/// The check before and after a lesson: its questions, the class's counts, the change.
pub static CHECK: Island = Island {
    name: "check",
    render: || yew::html! { <pages::CheckRun /> },
};
