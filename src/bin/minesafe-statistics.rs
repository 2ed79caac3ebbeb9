//! Browser entry of the statistics page (see [`minesafe::Bundle`]).

fn main() {
    #[cfg(target_arch = "wasm32")]
    minesafe::start(minesafe::Bundle::STATISTICS);
}
