//! Reading a query string, for the pages that keep state in the address (the timeline's
//! view, the quiz's age group).

/// The `key=value` pairs of a query string (with or without its `?`), as written; a pair
/// without `=` has an empty value.
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_read_as_written_with_or_without_the_question_mark() {
        let read: Vec<_> = pairs("?from=2022-01&district=aghdam,lachin&&mark").collect();
        assert_eq!(
            read,
            [
                ("from", "2022-01"),
                ("district", "aghdam,lachin"),
                ("mark", "")
            ]
        );
        assert_eq!(pairs("age=6-11").collect::<Vec<_>>(), [("age", "6-11")]);
        assert_eq!(pairs("").count(), 0);
        assert_eq!(pairs("?").count(), 0);
    }
}
