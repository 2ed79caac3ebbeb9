//! The site's languages. The URL prefix is the only source of the language during
//! render, so server and client always agree.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Lang {
    Az,
    En,
    Ru,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];
    /// Azerbaijani: the language of `/` and of the 404 page's document.
    pub const DEFAULT: Lang = Lang::Az;

    /// BCP 47 code, also the URL prefix and the folder under `locales/`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The position in `ALL`.
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct UnknownLang;

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or(UnknownLang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
    }

    #[test]
    fn unknown_codes_are_rejected() {
        for code in ["", "de", "AZ", "az-Latn", "e n"] {
            assert_eq!(Lang::from_code(code), None, "{code:?}");
        }
    }
}
