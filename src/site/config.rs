//! Settings fixed at build time, the same for the pre-rendered pages and the wasm (so
//! hydration always matches).

/// Where readers can send corrections: an e-mail address or a web address, from the
/// `MINESAFE_CORRECTIONS` environment variable at build time. Unset or empty: the
/// sources page does not mention corrections.
pub fn corrections_contact() -> Option<Contact> {
    Contact::parse(option_env!("MINESAFE_CORRECTIONS").unwrap_or(""))
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Contact {
    pub href: String,
    pub text: String,
}

impl Contact {
    /// An address with `@` becomes a `mailto:` link; an `http(s)://` address a link;
    /// anything else is ignored rather than shown as a broken link.
    pub fn parse(value: &str) -> Option<Contact> {
        let value = value.trim();
        if value.starts_with("https://") || value.starts_with("http://") {
            Some(Contact {
                href: value.to_string(),
                text: value.to_string(),
            })
        } else if value.contains('@')
            && !value.contains(char::is_whitespace)
            && !value.contains(':')
        {
            Some(Contact {
                href: format!("mailto:{value}"),
                text: value.to_string(),
            })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_mail_and_web_addresses() {
        let mail = Contact::parse(" corrections@example.org ").unwrap();
        assert_eq!(mail.href, "mailto:corrections@example.org");
        assert_eq!(mail.text, "corrections@example.org");
        let web = Contact::parse("https://example.org/report").unwrap();
        assert_eq!(web.href, "https://example.org/report");
    }

    #[test]
    fn empty_or_odd_values_show_nothing() {
        for value in ["", "  ", "call us", "javascript:alert(1)@x", "a b@c"] {
            assert_eq!(Contact::parse(value), None, "{value:?}");
        }
    }
}
