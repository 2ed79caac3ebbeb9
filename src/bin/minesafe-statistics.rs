//! Browser entry of the statistics page (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(&minesafe::wasm_files::STATISTICS);
}
