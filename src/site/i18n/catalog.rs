//! The compiled translation files. build.rs parses `locales/*/*.ftl` with the official
//! Fluent parser and writes one compact catalog per language and part of the site (its
//! form is described in crates/facts/src/fluent.rs; the parts in `parts.rs`). The browser
//! fetches only the parts its wasm file shows, in the page's language, so the wasm
//! carries neither the texts nor a Fluent runtime (fluent-bundle measured 46 KB gzip;
//! see BENCHMARKS.md). The native build embeds the same files.
//! A test checks that every message reads exactly as fluent-bundle formats it.

/// One piece of a message.
#[derive(Debug, PartialEq)]
pub enum Segment {
    Text(Box<str>),
    /// `{ $name }`
    Var(Box<str>),
    /// `{ other-message }`
    Ref(Box<str>),
    /// `{ $name -> [key] … *[default] … }`
    Select {
        var: Box<str>,
        variants: Vec<(VariantKey, Vec<Segment>)>,
        default: usize,
    },
}

#[derive(Debug, PartialEq)]
pub enum VariantKey {
    /// A plural category (`one`, `few`…) or a string to match.
    Name(Box<str>),
    /// An exact whole number (`[0]`).
    Number(i64),
}

/// A language's messages, sorted by id.
#[derive(Debug, Default, PartialEq)]
pub struct Catalog {
    messages: Vec<(Box<str>, Vec<Segment>)>,
}

const US: char = '\u{1f}';
const GS: char = '\u{1d}';
const RS: char = '\u{1e}';

impl Catalog {
    pub const EMPTY: Catalog = Catalog {
        messages: Vec::new(),
    };

    /// Adds the messages of another part of the same language. Both are in id order, so
    /// they are merged in one pass: a sort would put a copy of the standard sort into
    /// every wasm file (`site::model::order`).
    pub fn merge(&mut self, other: Catalog) {
        let mut mine = std::mem::take(&mut self.messages).into_iter().peekable();
        let mut theirs = other.messages.into_iter().peekable();
        self.messages.reserve(mine.len() + theirs.len());
        loop {
            let next = match (mine.peek(), theirs.peek()) {
                (Some(a), Some(b)) if a.0 <= b.0 => mine.next(),
                (_, Some(_)) => theirs.next(),
                _ => mine.next(),
            };
            let Some(message) = next else { break };
            self.messages.push(message);
        }
    }

    pub fn get(&self, id: &str) -> Option<&[Segment]> {
        self.messages
            .binary_search_by(|(key, _)| (**key).cmp(id))
            .ok()
            .map(|i| self.messages[i].1.as_slice())
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| &**id)
    }

    /// Reads a catalog file, whose messages build.rs writes in id order; `Err` names what
    /// is wrong, for the console.
    pub fn parse(text: &str) -> Result<Catalog, String> {
        let mut messages: Vec<(Box<str>, Vec<Segment>)> = Vec::new();
        for record in text.split(RS).filter(|r| !r.is_empty()) {
            let (id, rest) = record.split_once(US).ok_or("a message without an id")?;
            if messages.last().is_some_and(|(last, _)| **last >= *id) {
                return Err(format!("message {id} is out of order"));
            }
            let mut reader = Reader(rest);
            let pattern = reader
                .pattern()
                .ok_or_else(|| format!("message {id} is malformed"))?;
            messages.push((id.into(), pattern));
        }
        Ok(Catalog { messages })
    }
}

/// A cursor over the compiled form.
struct Reader<'a>(&'a str);

impl Reader<'_> {
    fn tag(&mut self) -> Option<char> {
        let c = self.0.chars().next()?;
        self.0 = &self.0[c.len_utf8()..];
        Some(c)
    }

    fn field(&mut self) -> Option<Box<str>> {
        let (value, rest) = self.0.split_once(US)?;
        self.0 = rest;
        Some(value.into())
    }

    fn number(&mut self) -> Option<usize> {
        self.field()?.parse().ok()
    }

    fn pattern(&mut self) -> Option<Vec<Segment>> {
        let mut segments = Vec::new();
        loop {
            segments.push(match self.tag()? {
                GS => return Some(segments),
                'T' => Segment::Text(self.field()?),
                'V' => Segment::Var(self.field()?),
                'R' => Segment::Ref(self.field()?),
                'S' => {
                    let var = self.field()?;
                    let default = self.number()?;
                    let count = self.number()?;
                    let mut variants = Vec::with_capacity(count);
                    for _ in 0..count {
                        let key = match self.tag()? {
                            'N' => VariantKey::Name(self.field()?),
                            '#' => VariantKey::Number(self.field()?.parse().ok()?),
                            _ => return None,
                        };
                        variants.push((key, self.pattern()?));
                    }
                    (default < count).then_some(())?;
                    Segment::Select {
                        var,
                        variants,
                        default,
                    }
                }
                _ => return None,
            });
        }
    }
}

// `CATALOG_FILES`: (language code, part, file path in dist/); `EMBEDDED` (native build,
// and wasm tests): (language code, part, catalog text).
include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_kind_of_segment() {
        let text = "a\u{1f}THi \u{1f}Vname\u{1f}T, \u{1f}Rb\u{1f}\u{1d}\u{1e}\
                    b\u{1f}Sn\u{1f}2\u{1f}3\u{1f}#0\u{1f}Tnone\u{1f}\u{1d}None\u{1f}Tone\u{1f}\u{1d}Nother\u{1f}Vn\u{1f}\u{1d}\u{1d}\u{1e}";
        let catalog = Catalog::parse(text).unwrap();
        assert_eq!(catalog.ids().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(
            catalog.get("a").unwrap(),
            [
                Segment::Text("Hi ".into()),
                Segment::Var("name".into()),
                Segment::Text(", ".into()),
                Segment::Ref("b".into())
            ]
        );
        let Segment::Select {
            var,
            variants,
            default,
        } = &catalog.get("b").unwrap()[0]
        else {
            panic!()
        };
        assert_eq!((&**var, variants.len(), *default), ("n", 3, 2));
        assert_eq!(variants[0].0, VariantKey::Number(0));
        assert_eq!(variants[1].0, VariantKey::Name("one".into()));
    }

    #[test]
    fn refuses_a_damaged_file() {
        for text in [
            "a\u{1f}Tunterminated",
            "a\u{1f}Xbad\u{1f}\u{1d}\u{1e}",
            "no-id\u{1e}",
            "a\u{1f}Sn\u{1f}5\u{1f}1\u{1f}Nx\u{1f}\u{1d}\u{1d}\u{1e}",
            // Out of id order, and an id twice: a lookup by halves would miss messages.
            "b\u{1f}Tx\u{1f}\u{1d}\u{1e}a\u{1f}Ty\u{1f}\u{1d}\u{1e}",
            "a\u{1f}Tx\u{1f}\u{1d}\u{1e}a\u{1f}Ty\u{1f}\u{1d}\u{1e}",
        ] {
            assert!(Catalog::parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn merged_parts_keep_every_message_in_id_order() {
        let one = |ids: &[&str]| {
            let text: String = ids
                .iter()
                .map(|id| format!("{id}\u{1f}T{id}\u{1f}\u{1d}\u{1e}"))
                .collect();
            Catalog::parse(&text).unwrap()
        };
        let mut catalog = one(&["b", "d", "e"]);
        catalog.merge(one(&["a", "c", "f", "g"]));
        assert_eq!(
            catalog.ids().collect::<Vec<_>>(),
            ["a", "b", "c", "d", "e", "f", "g"]
        );
        for id in ["a", "d", "g"] {
            assert_eq!(catalog.get(id).unwrap(), [Segment::Text(id.into())]);
        }
        catalog.merge(Catalog::EMPTY);
        assert_eq!(catalog.ids().count(), 7);
    }

    #[test]
    fn every_language_has_each_part_with_a_hashed_file_name_and_embedded() {
        use super::super::{parts, Lang};
        assert_eq!(CATALOG_FILES.len(), Lang::ALL.len() * parts::ALL.len());
        for (code, part, file) in CATALOG_FILES {
            assert!(
                file.starts_with(&format!("i18n/{code}-{part}-")) && file.ends_with(".txt"),
                "{file}"
            );
            let text = EMBEDDED
                .iter()
                .find(|(c, p, _)| c == code && p == part)
                .unwrap()
                .2;
            let catalog = Catalog::parse(text).unwrap();
            assert!(catalog.ids().next().is_some(), "{code} {part} is empty");
            // The language switch's names are in the part every page has.
            assert_eq!(
                catalog.get("language-name-ru").is_some(),
                *part == parts::SITE,
                "{code} {part}"
            );
        }
    }
}
