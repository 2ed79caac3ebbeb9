//! Browser entry of the safety pages, the home page and the site's own pages
//! (see [`minesafe::wasm_files`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(&minesafe::wasm_files::SAFETY);
}
