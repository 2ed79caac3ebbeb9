//! What a source supports on the site; the build script checks the `topic` column
//! against it.

/// Each topic has a heading on the sources page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Topic {
    Rules,
    Signs,
    Emergency,
    Numbers,
    Statistics,
    /// Teaching children: the teacher's guide.
    Schools,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::Rules,
        Topic::Signs,
        Topic::Emergency,
        Topic::Numbers,
        Topic::Schools,
        Topic::Statistics,
    ];

    /// The spelling used in the CSV and in message ids (`sources-topic-…`).
    pub const fn key(self) -> &'static str {
        match self {
            Topic::Rules => "rules",
            Topic::Signs => "signs",
            Topic::Emergency => "emergency",
            Topic::Numbers => "numbers",
            Topic::Statistics => "statistics",
            Topic::Schools => "schools",
        }
    }

    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.key() == key)
    }
}

impl std::fmt::Display for Topic {
    /// The Rust path of the variant, as build.rs writes it into generated code.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Topic::{self:?}")
    }
}
