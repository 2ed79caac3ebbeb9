//! The schools section, with a wasm file of its own: the teacher's guide, the quiz, the
//! classroom slides and the posters. Its model (no web APIs), its views and its pages;
//! it shows the safety content's views too.

pub mod model;
pub mod pages;
pub mod view;
