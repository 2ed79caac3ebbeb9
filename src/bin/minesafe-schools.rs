//! Browser entry of the schools section: the teacher's guide, quiz, slides and posters
//! (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(&minesafe::wasm_files::SCHOOLS);
}
