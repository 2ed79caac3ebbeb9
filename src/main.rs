//! Browser entry of every page but the statistics (see [`minesafe::Bundle`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(minesafe::Bundle::MAIN);
}
