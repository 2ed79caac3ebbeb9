//! Made-up `dist/` folders for the pre-render step's tests.

use std::fs;
use std::path::PathBuf;

/// A made-up dist/ with the given files, in a fresh directory of its own: `name` must
/// differ between tests, which run at the same time.
pub fn dist_with<C: AsRef<[u8]>>(name: &str, files: &[(&str, C)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minesafe-dist-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for (path, content) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }
    dir
}
