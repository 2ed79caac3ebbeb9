//! How the site's texts cite their sources: a point (a message) with the sources behind
//! it. The safety content, the lesson plans and the quiz cite this way.

/// A point of guidance: a message id part and the sources behind it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Point {
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

pub const fn point(key: &'static str, sources: &'static [&'static str]) -> Point {
    Point { key, sources }
}

/// The distinct sources of some points, in first-cited order.
pub fn sources_of<'a>(points: impl IntoIterator<Item = &'a Point>) -> Vec<&'static str> {
    super::source::distinct(points.into_iter().flat_map(|p| p.sources.iter().copied()))
}
