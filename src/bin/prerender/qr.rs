//! The QR codes of printed pages. A page marks where a code of one of its own addresses
//! goes, `<span data-qr-code="/az/schools/posters/#poster-rules" data-qr-label="…">`, and
//! where that address is written out, `<span data-qr-address="…">` (see
//! `schools/pages/posters.rs`). Only this step knows the site's origin: it draws each
//! code, for the origin and that path, as an SVG of one path, and writes each address.

use std::fmt::Write;

use minesafe::route::escape_html;
use qrcode::{Color, EcLevel, QrCode};

/// The light margin around a code that the standard asks for, in modules.
const QUIET: usize = 4;

/// `html` with each placeholder filled for the site at `origin` (no trailing slash).
pub fn fill(html: &str, origin: &str) -> Result<String, String> {
    // Most pages print no code: nothing to scan for.
    if !html.contains(" data-qr-") {
        return Ok(html.to_string());
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<span ") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').ok_or("a <span without its >")? + 1;
        let start_tag = &rest[..end];
        if !start_tag.contains(" data-qr-") {
            out.push_str(start_tag);
            rest = &rest[end..];
            continue;
        }
        rest = rest[end..]
            .strip_prefix("</span>")
            .ok_or_else(|| format!("{start_tag} is not empty"))?;
        let mut attributes = attributes(&start_tag["<span".len()..end - 1])?;
        let mut take = |name: &str| {
            let at = attributes.iter().position(|(n, _)| *n == name)?;
            Some(attributes.remove(at).1)
        };
        let (code, label, address) = (
            take("data-qr-code"),
            take("data-qr-label"),
            take("data-qr-address"),
        );
        let others: String = attributes
            .iter()
            .map(|(name, value)| format!(" {name}=\"{value}\""))
            .collect();
        match (code, label, address) {
            (Some(path), Some(label), None) => {
                let url = address_of(origin, path)?;
                out += &svg(
                    &url,
                    &format!("{others} role=\"img\" aria-label=\"{label}\""),
                )?;
            }
            (None, None, Some(path)) => {
                address_of(origin, path)?;
                // Breaks only between the parts of the path, where the lines fall
                // short; the text is the address alone.
                let path = path
                    .replace('#', "<wbr>#")
                    .replace('/', "/<wbr>")
                    .replace("<wbr><wbr>", "<wbr>");
                out += &format!("<span{others}>{}{path}</span>", escape_html(origin));
            }
            _ => {
                return Err(format!(
                    "{start_tag}: a code needs its path and label, an address its path alone"
                ))
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The absolute address of a path on the site, checked to need no escaping.
fn address_of(origin: &str, path: &str) -> Result<String, String> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/-_.#".contains(c);
    if !path.starts_with('/') || !path.chars().all(plain) {
        return Err(format!("{path:?} is not a plain path of the site"));
    }
    Ok(format!("{origin}{path}"))
}

/// The `name="value"` pairs of a start tag, as Yew writes them (values already escaped).
fn attributes(mut tag: &str) -> Result<Vec<(&str, &str)>, String> {
    let mut found = Vec::new();
    loop {
        tag = tag.trim_start();
        if tag.is_empty() {
            return Ok(found);
        }
        let pair = tag
            .split_once("=\"")
            .and_then(|(name, rest)| Some((name, rest.split_once('"')?)));
        let Some((name, (value, rest))) = pair else {
            return Err(format!("cannot read the attributes {tag:?}"));
        };
        found.push((name, value));
        tag = rest;
    }
}

/// The QR code of `text` (error correction M) as an `<svg>` with `attributes` (each with
/// its leading space): one stroked path, a line one module high for each run of dark
/// modules of a row, in a view box that keeps the quiet zone around it. Its size is the
/// stylesheet's; it draws black and the page behind it must be white.
pub fn svg(text: &str, attributes: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .map_err(|e| format!("no QR code for {text:?}: {e}"))?;
    let width = code.width();
    let mut d = String::new();
    for (y, row) in code.to_colors().chunks(width).enumerate() {
        // Where the pen is in this row, once it has drawn there.
        let mut pen = None;
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            // Written to a String: cannot fail.
            let _ = match pen {
                None => write!(d, "M{start} {y}h{}", x - start),
                Some(pen) => write!(d, "m{} 0h{}", start - pen, x - start),
            };
            pen = Some(x);
        }
    }
    // The lines of row y run along y, half a module above and below: the view box starts
    // half a module higher. A line has no area, so the path's default fill draws nothing.
    let size = width + 2 * QUIET;
    Ok(format!(
        "<svg{attributes} viewBox=\"-{QUIET} -{QUIET}.5 {size} {size}\" shape-rendering=\"crispEdges\"><path stroke=\"#000\" d=\"{d}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://example.org";
    const PAGE: &str = concat!(
        r#"<p>x</p><figure class="poster-qr"><span class="poster-qr-code" data-qr-code="/en/schools/posters/#poster-rules" data-qr-label="QR code with the address of this page"></span>"#,
        r#"<figcaption>Scan<span class="poster-qr-address" data-qr-address="/en/schools/posters/#poster-rules"></span></figcaption></figure><span class="other">y</span>"#
    );

    /// The modules a path of `svg` paints, read back from its `M`, `m` and `h` commands.
    fn painted(d: &str, width: usize) -> Vec<Color> {
        let mut modules = vec![Color::Light; width * width];
        let (mut x, mut y) = (0, 0);
        let letters: Vec<usize> = d
            .char_indices()
            .filter(|(_, c)| c.is_ascii_alphabetic())
            .map(|(at, _)| at)
            .collect();
        for (k, &at) in letters.iter().enumerate() {
            let end = letters.get(k + 1).copied().unwrap_or(d.len());
            let numbers: Vec<usize> = d[at + 1..end]
                .split(' ')
                .map(|n| n.parse().unwrap_or_else(|_| panic!("{n:?} in {d}")))
                .collect();
            match (&d[at..=at], numbers.as_slice()) {
                ("M", &[to_x, to_y]) => (x, y) = (to_x, to_y),
                ("m", &[dx, 0]) => x += dx,
                ("h", &[run]) => {
                    for module in &mut modules[y * width + x..y * width + x + run] {
                        *module = Color::Dark;
                    }
                    x += run;
                    assert!(x <= width, "a run past the row's end");
                }
                (command, numbers) => panic!("unexpected {command} {numbers:?} in the path"),
            }
        }
        modules
    }

    #[test]
    fn the_svg_is_one_path_that_draws_exactly_the_code() {
        let text = "https://example.org/az/schools/posters/#poster-emergency";
        let svg = svg(
            text,
            r#" class="c" role="img" aria-label="A &quot;code&quot;""#,
        )
        .unwrap();
        let code = QrCode::with_error_correction_level(text, EcLevel::M).unwrap();
        let width = code.width();
        let size = width + 2 * QUIET;
        let head = format!(
            r##"<svg class="c" role="img" aria-label="A &quot;code&quot;" viewBox="-4 -4.5 {size} {size}" shape-rendering="crispEdges"><path stroke="#000" d=""##
        );
        let d = svg
            .strip_prefix(&head)
            .and_then(|rest| rest.strip_suffix(r#""/></svg>"#))
            .unwrap_or_else(|| panic!("not one <svg> holding one <path>: {svg}"));
        assert!(
            d.chars().all(|c| c.is_ascii_digit() || " Mmh".contains(c)),
            "{d}"
        );
        assert_eq!(painted(d, width), code.to_colors());
        // Every quote and angle bracket is part of the markup: the attributes are closed.
        assert_eq!(svg.matches('"').count() % 2, 0);
        assert_eq!(svg.matches('<').count(), 3);
        assert_eq!(svg.matches('>').count(), 3);
    }

    #[test]
    fn the_same_address_gives_the_same_svg() {
        let text = "http://127.0.0.1:8080/ru/schools/posters/#poster-handout";
        assert_eq!(svg(text, "").unwrap(), svg(text, "").unwrap());
        assert_ne!(
            svg(text, "").unwrap(),
            svg("http://127.0.0.1:8080/ru/schools/posters/#poster-rules", "").unwrap()
        );
    }

    #[test]
    fn placeholders_become_the_code_and_the_address_of_the_page() {
        let filled = fill(PAGE, ORIGIN).unwrap();
        let url = "https://example.org/en/schools/posters/#poster-rules";
        let code = svg(
            url,
            r#" class="poster-qr-code" role="img" aria-label="QR code with the address of this page""#,
        )
        .unwrap();
        assert_eq!(
            filled,
            format!(
                r#"<p>x</p><figure class="poster-qr">{code}<figcaption>Scan<span class="poster-qr-address">https://example.org/<wbr>en/<wbr>schools/<wbr>posters/<wbr>#poster-rules</span></figcaption></figure><span class="other">y</span>"#
            )
        );
        assert!(!filled.contains("data-qr"));
        assert_eq!(
            fill(&filled, ORIGIN).unwrap(),
            filled,
            "nothing left to fill"
        );
        assert_eq!(fill("<p>no code</p>", ORIGIN).unwrap(), "<p>no code</p>");
    }

    #[test]
    fn a_bad_placeholder_stops_the_build() {
        for bad in [
            r#"<span data-qr-code="/en/" data-qr-label="x">text</span>"#,
            r#"<span data-qr-code="/en/"></span>"#,
            r#"<span data-qr-label="x"></span>"#,
            r#"<span data-qr-address="en/"></span>"#,
            r#"<span data-qr-address="/en/&quot;"></span>"#,
            r#"<span data-qr-address="/en/" hidden></span>"#,
        ] {
            assert!(fill(bad, ORIGIN).is_err(), "{bad}");
        }
    }
}
