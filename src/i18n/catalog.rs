//! The compiled form of the translation files. build.rs parses `locales/*/*.ftl` with
//! the official Fluent parser and writes them as these static tables, so the wasm
//! carries no Fluent parser or resolver (fluent-bundle measured 46 KB gzip, see
//! BENCHMARKS.md). The resolver here handles the Fluent the site uses (text,
//! variables, message references, selectors on plural categories, numbers and
//! strings) and build.rs rejects anything else; a test checks that every message
//! comes out exactly as fluent-bundle would format it.

/// One piece of a message. Every variant is supported for translators even when no
/// file uses it yet, hence `dead_code` is allowed.
#[allow(dead_code)]
#[derive(Debug)]
pub enum Segment {
    Text(&'static str),
    /// `{ $name }`
    Var(&'static str),
    /// `{ other-message }`
    Ref(&'static str),
    /// `{ $name -> [key] ... *[default] ... }`
    Select {
        var: &'static str,
        variants: &'static [(VariantKey, &'static [Segment])],
        default: usize,
    },
}

#[allow(dead_code)]
#[derive(Debug)]
pub enum VariantKey {
    /// A plural category (`one`, `few`…) or a string to match.
    Name(&'static str),
    /// An exact number (`[0]`).
    Number(f64),
}

/// A language's messages, sorted by id.
pub type Messages = &'static [(&'static str, &'static [Segment])];

// `CATALOG: &[(&str, Messages)]`: (language code, its messages).
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
