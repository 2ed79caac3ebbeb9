//! Browser entry of the statistics page: its timeline (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::wasm_files::STATISTICS.start();
}
