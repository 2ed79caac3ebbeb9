//! Browser entry of the schools section's tools: the quiz, the slides' controls and the
//! check before and after a lesson (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::wasm_files::SCHOOLS.start();
}
