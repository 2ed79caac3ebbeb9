//! Browser entry of the statistics page (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Only its islands: the page's texts and islands, not the file, whose page
        // functions are for the pre-render step.
        use minesafe::wasm_files::STATISTICS;
        minesafe::site::island::start(STATISTICS.texts, STATISTICS.islands);
    }
}
