//! A Brotli copy beside each built text file (`az/index.html.br`), which nginx sends
//! to a browser that accepts it (`brotli_static`, deploy/nginx.conf) and gzip made on
//! the fly to one that does not. Brotli at its highest quality, which only a build can
//! afford, makes a page about a fifth smaller than nginx's gzip: on a slow phone network
//! that decides whether a page arrives in the first round trip (BENCHMARKS.md).
//! Native only: it reads and writes the built `dist/`, after every other file.

use std::cmp::Reverse;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// What a compressed copy's name adds to its file's, after a dot.
const EXTENSION: &str = "br";
/// The files worth compressing, by extension: text (the catalogs are `.txt`) and wasm,
/// not the PNG icons and previews, which are compressed already.
const COMPRESSED: [&str; 9] = [
    "html",
    "css",
    "js",
    "wasm",
    "svg",
    "json",
    "txt",
    "xml",
    "webmanifest",
];
/// Below this, as nginx's `gzip_min_length`, a copy would save less than its headers.
const MIN_BYTES: u64 = 256;

/// Writes the copy of every file in `dist` that is worth it, replacing any older copy
/// (a stale copy would be served in place of its changed file); returns how many.
/// Brotli's highest quality takes seconds for a wasm file: the files are compressed on
/// every core, the largest first, so that the wasm files do not come last.
pub fn write_copies(dist: &Path) -> io::Result<usize> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    files.sort_by_key(|(_, bytes)| Reverse(*bytes));
    files
        .par_iter()
        .with_max_len(1)
        .try_for_each(|(path, _)| write_copy(path))?;
    Ok(files.len())
}

/// Every file under `dir` worth a copy, with its size.
fn collect(dir: &Path, files: &mut Vec<(PathBuf, u64)>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
            continue;
        }
        let kind = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !COMPRESSED.contains(&kind) {
            continue;
        }
        let bytes = fs::metadata(&path)?.len();
        if bytes >= MIN_BYTES {
            files.push((path, bytes));
        }
    }
    Ok(())
}

fn write_copy(path: &Path) -> io::Result<()> {
    let mut name = path.to_path_buf().into_os_string();
    name.push(".");
    name.push(EXTENSION);
    fs::write(name, brotli(&fs::read(path)?)?)
}

/// Whether `path` is a compressed copy itself.
pub fn is_copy(path: &Path) -> bool {
    path.extension().is_some_and(|kind| kind == EXTENSION)
}

fn brotli(content: &[u8]) -> io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        // A 4 MiB window: larger than any built file, so all of it can be referred back to.
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::with_capacity(content.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::with_params(&mut out, 4096, &params);
        writer.write_all(content)?;
        writer.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_dist::dist_with;
    use std::io::Read;

    fn unbrotli(path: &Path) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(fs::File::open(path).unwrap(), 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn each_text_file_gets_a_smaller_copy_that_decodes_to_it_and_nothing_else_does() {
        let page = "<p>Minalardan qorunun. Tanımadığınız əşyaya toxunmayın.</p>\n".repeat(40);
        let dist = dist_with::<&[u8]>(
            "compress-text",
            &[
                ("az/index.html", page.as_bytes()),
                ("app-0123456789abcdef_bg.wasm", &[0u8; 4096]),
                ("i18n/az-site-0123456789abcdef.txt", page.as_bytes()),
                ("icon-192.png", &[7u8; 4096]),
                ("robots.txt", b"User-agent: *\n"),
                ("tiny.css", b"p{margin:0}"),
            ],
        );
        assert_eq!(write_copies(&dist).unwrap(), 3);
        let copy = dist.join("az/index.html.br");
        assert_eq!(unbrotli(&copy), page.as_bytes());
        assert!(fs::metadata(&copy).unwrap().len() < page.len() as u64 / 4);
        assert_eq!(
            unbrotli(&dist.join("app-0123456789abcdef_bg.wasm.br")),
            vec![0u8; 4096]
        );
        for not_copied in ["icon-192.png.br", "robots.txt.br", "tiny.css.br"] {
            assert!(!dist.join(not_copied).exists(), "{not_copied}");
        }
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_changed_file_replaces_its_old_copy() {
        let dist = dist_with(
            "compress-changed",
            &[("index.html", "<p>old</p>".repeat(50).as_bytes())],
        );
        write_copies(&dist).unwrap();
        let newer = "<p>new</p>".repeat(50);
        fs::write(dist.join("index.html"), &newer).unwrap();
        // The old copy is not compressed again as a file of its own.
        assert_eq!(write_copies(&dist).unwrap(), 1);
        assert_eq!(unbrotli(&dist.join("index.html.br")), newer.as_bytes());
        assert!(!dist.join("index.html.br.br").exists());
        fs::remove_dir_all(dist).unwrap();
    }
}
