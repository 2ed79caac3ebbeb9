//! Browser entry of the schools section: the teacher's guide, quiz, slides and posters
//! (see [`minesafe::Bundle`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(minesafe::Bundle::SCHOOLS);
}
