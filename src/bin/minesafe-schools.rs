//! Browser entry of the schools section's tools: the quiz, the slides' controls and the
//! posters' print buttons (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Only its islands: the page's texts and islands, not the file, whose page
        // functions are for the pre-render step.
        use minesafe::wasm_files::SCHOOLS;
        minesafe::site::island::start(SCHOOLS.texts, SCHOOLS.islands);
    }
}
