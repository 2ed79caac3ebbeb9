//! The schools section as data, with no web APIs: the age groups, the lesson plans, the
//! quiz's question bank and a run through it, the slides.

pub mod age;
pub mod check;
pub mod family;
pub mod lessons;
pub mod quiz;
pub mod slides;
