//! minesafe's facts and the checks on them, with no web framework, so that the site (in
//! the browser and in the pre-render), its build script and its tests share one copy:
//!
//! - what every build needs: [`date`] (dates at the precision a source gives),
//!   [`topic`] (what a source supports), [`vocab`] (the words of the data files' fixed
//!   columns) and [`parts`] (which texts each part of the catalogs holds);
//! - with the `check` feature (the build script and the tests): reading and checking the
//!   files of `data/` ([`source_rows`], [`statistics_rows`], on [`csv_table`]) and
//!   compiling the translation files ([`fluent`]). A bad row or message is reported as
//!   `file:line: reason`.

pub mod date;
pub mod parts;
pub mod topic;
pub mod vocab;

#[cfg(feature = "check")]
pub mod csv_table;
#[cfg(feature = "check")]
pub mod fluent;
#[cfg(feature = "check")]
pub mod source_rows;
#[cfg(feature = "check")]
pub mod statistics_rows;

pub use date::PartialDate;
pub use topic::Topic;
