//! Putting items in order without a sort. Each `sort_by` puts one more copy of the
//! standard sort into the wasm file that calls it (BENCHMARKS.md, "Less generic code");
//! the lists here are a few hundred items, or come nearly in order (the timeline's
//! incidents, 10,000 in the benchmark), so each item goes in its place as it comes, in
//! few moves.

/// Inserts `item` after every element for which `stays_before(element, &item)` holds.
/// Called for each item in turn with a "comes no later" test, this is a stable sort:
/// equal items keep the order they came in.
pub fn insert_in_order<T>(list: &mut Vec<T>, item: T, stays_before: impl Fn(&T, &T) -> bool) {
    let at = list.partition_point(|element| stays_before(element, &item));
    list.insert(at, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_go_in_order_and_equal_ones_keep_theirs() {
        let mut list = Vec::new();
        for item in [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')] {
            insert_in_order(&mut list, item, |old, new| old.0 <= new.0);
        }
        assert_eq!(list, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }
}
