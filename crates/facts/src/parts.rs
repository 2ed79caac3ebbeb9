//! The texts come in parts, one catalog file per part and language, so that a page
//! downloads only what its wasm file can show: the statistics page never fetches the
//! quiz, and the home page neither. Each wasm file (`src/wasm_files.rs`) names the
//! parts it needs; the build script sorts the `.ftl` files into parts with [`of_file`].

/// Everything not in another part: the layout, the safety guidance, the sources. Every
/// wasm file needs it.
pub const SITE: &str = "site";
/// The statistics page's own texts.
pub const STATISTICS: &str = "statistics";
/// The teacher's guide, its tools and the page for families.
pub const SCHOOLS: &str = "schools";

/// Every part, in the order of its files in `dist/i18n/`.
pub const ALL: [&str; 3] = [SITE, STATISTICS, SCHOOLS];

/// The part a `locales/{lang}/{file}` belongs to.
pub fn of_file(file: &str) -> &'static str {
    match file {
        "statistics.ftl" => STATISTICS,
        "quiz.ftl" | "schools.ftl" | "check.ftl" | "family.ftl" => SCHOOLS,
        _ => SITE,
    }
}
