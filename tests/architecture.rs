//! The layout's rules, checked on the code itself (README, "Where things are"):
//!
//! - every `model/` is free of Yew and web APIs, and uses only other models and the URL
//!   contract (`site::route`, whose pages a lesson names);
//! - a domain uses `site` and, for the schools, `safety`: never another wasm file's domain;
//! - no two modules import each other, directly or around a loop, at any level;
//! - no file is longer than 450 lines before its tests.
//!
//! Each source file is parsed (syn); what it names is every `crate::`, `super::` and
//! `self::` path in its code, its `use`s and its macros' tokens (`html!`), outside its
//! `#[cfg(test)]` items: tests may reach anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// Crates that mean web APIs or Yew: none of them in a model.
const WEB_CRATES: [&str; 7] = [
    "yew",
    "yew_router",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_bindgen_futures",
];

/// What each top-level module may use besides itself. The crate root (lib.rs) and the
/// binaries (`src/bin/`) are entries: they may use anything.
const MAY_USE: [(&str, &[&str]); 5] = [
    ("site", &[]),
    ("safety", &["site"]),
    ("statistics", &["site"]),
    ("schools", &["site", "safety"]),
    ("wasm_files", &["site", "safety", "statistics", "schools"]),
];

const MAX_LINES: usize = 450;

type ModulePath = Vec<String>;

/// One source file of the library: its module path (`["statistics", "model", "query"]`),
/// the modules it names and the first words of its other paths (crates among them).
struct Module {
    file: PathBuf,
    path: ModulePath,
    names: BTreeSet<ModulePath>,
    first_words: BTreeSet<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`; `src/lib.rs` is the root.
fn module_path(file: &Path) -> ModulePath {
    let relative = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: ModulePath = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .meta
                .require_list()
                .is_ok_and(|list| list.tokens.to_string() == "test")
    })
}

/// Every path a file's code names, as its segments (`crate::site::route::Page` is
/// `["crate", "site", "route", "Page"]`).
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn use_tree(&mut self, prefix: &[String], tree: &syn::UseTree) {
        let with = |name: String| prefix.iter().cloned().chain([name]).collect::<Vec<_>>();
        match tree {
            syn::UseTree::Path(p) => self.use_tree(&with(p.ident.to_string()), &p.tree),
            syn::UseTree::Name(n) => self.0.push(with(n.ident.to_string())),
            syn::UseTree::Rename(r) => self.0.push(with(r.ident.to_string())),
            syn::UseTree::Glob(_) => self.0.push(prefix.to_vec()),
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| self.use_tree(prefix, t)),
        }
    }

    /// `a :: b :: c` in a macro's tokens, wherever it starts with a crate-relative word
    /// or a crate name.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            if let TokenTree::Group(group) = &trees[i] {
                self.tokens(group.stream());
            }
            if let TokenTree::Ident(first) = &trees[i] {
                let mut path = vec![first.to_string()];
                let mut j = i + 1;
                while let (
                    Some(TokenTree::Punct(a)),
                    Some(TokenTree::Punct(b)),
                    Some(TokenTree::Ident(next)),
                ) = (trees.get(j), trees.get(j + 1), trees.get(j + 2))
                {
                    if a.as_char() != ':' || b.as_char() != ':' {
                        break;
                    }
                    path.push(next.to_string());
                    j += 3;
                }
                if path.len() > 1 {
                    self.0.push(path);
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
    }
}

impl<'a> Visit<'a> for Paths {
    fn visit_item(&mut self, item: &'a syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Impl(i) => &i.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'a syn::ItemUse) {
        self.use_tree(&[], &item.tree);
    }

    fn visit_path(&mut self, path: &'a syn::Path) {
        self.0
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        self.visit_path(&mac.path);
        self.tokens(mac.tokens.clone());
    }
}

/// The modules of the crate, and what each re-exports (`pub use query::Filter` in
/// `statistics/model/mod.rs`: `statistics::model::Filter` is in `statistics::model::query`).
struct Crate {
    modules: BTreeSet<ModulePath>,
    exports: BTreeMap<ModulePath, BTreeMap<String, Vec<String>>>,
}

impl Crate {
    /// A path as written in `module`, from the crate root; the first word of a path into
    /// another crate (or of a name of the module's own) as the error.
    fn absolute(&self, module: &[String], segments: &[String]) -> Result<Vec<String>, String> {
        let join = |base: &[String], rest: &[String]| base.iter().chain(rest).cloned().collect();
        Ok(match segments[0].as_str() {
            "crate" => segments[1..].to_vec(),
            // Test modules, whose `super` is their file, are left out.
            "super" => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                join(
                    &module[..module.len().saturating_sub(ups)],
                    &segments[ups..],
                )
            }
            "self" => join(module, &segments[1..]),
            // A child module named without `self::`.
            _ if self.modules.contains(&join(module, &segments[..1])) => join(module, segments),
            first => return Err(first.to_string()),
        })
    }

    /// The module a path from the root leads into, through re-exports.
    fn resolve(&self, segments: &[String]) -> Option<ModulePath> {
        let mut segments = segments.to_vec();
        // A re-export may name another re-export; a few steps are enough.
        for _ in 0..8 {
            let module = (0..=segments.len())
                .rev()
                .map(|n| segments[..n].to_vec())
                .find(|prefix| self.modules.contains(prefix))?;
            let rest = &segments[module.len()..];
            match rest
                .first()
                .and_then(|name| self.exports.get(&module)?.get(name))
            {
                Some(target) if *target != segments[..=module.len()] => {
                    segments = target.iter().chain(&rest[1..]).cloned().collect()
                }
                _ => return Some(module),
            }
        }
        None
    }
}

fn parse_crate() -> (Crate, Vec<(PathBuf, syn::File)>) {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    // The entries, which are crates of their own.
    files.retain(|f| !f.starts_with(root().join("src/bin")));
    files.sort();
    let parsed: Vec<(PathBuf, syn::File)> = files
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap();
            let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (file, ast)
        })
        .collect();
    let mut krate = Crate {
        modules: parsed.iter().map(|(f, _)| module_path(f)).collect(),
        exports: BTreeMap::new(),
    };
    let mut exports = BTreeMap::new();
    for (file, ast) in &parsed {
        let module = module_path(file);
        let mut paths = Paths::default();
        for item in &ast.items {
            if let syn::Item::Use(u) = item {
                if !matches!(u.vis, syn::Visibility::Inherited) {
                    paths.use_tree(&[], &u.tree);
                }
            }
        }
        let names: BTreeMap<String, Vec<String>> = paths
            .0
            .iter()
            .filter_map(|path| Some((path.last()?.clone(), krate.absolute(&module, path).ok()?)))
            .collect();
        exports.insert(module, names);
    }
    krate.exports = exports;
    (krate, parsed)
}

fn read_modules() -> Vec<Module> {
    let (krate, parsed) = parse_crate();
    parsed
        .iter()
        .map(|(file, ast)| {
            let path = module_path(file);
            let mut paths = Paths::default();
            paths.visit_file(ast);
            let (mut names, mut first_words) = (BTreeSet::new(), BTreeSet::new());
            for segments in paths.0 {
                match krate.absolute(&path, &segments) {
                    Ok(absolute) => names.extend(krate.resolve(&absolute)),
                    Err(first) => {
                        first_words.insert(first);
                    }
                }
            }
            Module {
                file: file.strip_prefix(root()).unwrap().to_path_buf(),
                path,
                names,
                first_words,
            }
        })
        .collect()
}

fn is_model(path: &[String]) -> bool {
    path.iter().any(|p| p == "model")
}

#[test]
fn models_use_no_web_api_and_only_other_models_and_the_url_contract() {
    let url_contract: ModulePath = vec!["site".into(), "route".into()];
    let mut problems = Vec::new();
    for module in read_modules().iter().filter(|m| is_model(&m.path)) {
        for web in WEB_CRATES
            .iter()
            .filter(|c| module.first_words.contains(**c))
        {
            problems.push(format!("{} uses {web}", module.file.display()));
        }
        for used in &module.names {
            if !is_model(used) && *used != url_contract && !module.path.starts_with(used) {
                problems.push(format!(
                    "{} uses {}",
                    module.file.display(),
                    used.join("::")
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "models must stay plain data:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_domain_uses_another_wasm_files_domain() {
    let allowed: BTreeMap<&str, &[&str]> = MAY_USE.into_iter().collect();
    let mut problems = Vec::new();
    for module in read_modules() {
        let Some(top) = module.path.first() else {
            continue;
        };
        let may = allowed
            .get(top.as_str())
            .unwrap_or_else(|| panic!("{}: a top-level module MAY_USE does not know", top));
        for used in &module.names {
            let Some(used_top) = used.first() else {
                continue;
            };
            if used_top != top && !may.contains(&used_top.as_str()) {
                problems.push(format!(
                    "{} uses {}",
                    module.file.display(),
                    used.join("::")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A loop among `graph`'s keys, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            return Some(
                stack[at..]
                    .iter()
                    .cloned()
                    .chain([node.to_string()])
                    .collect(),
            );
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_modules_import_each_other_at_any_level() {
    let modules = read_modules();
    // For each module with children, which of its children (with everything inside
    // them) use which others.
    let mut levels: BTreeMap<ModulePath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut evidence: BTreeMap<(ModulePath, String, String), String> = BTreeMap::new();
    for module in &modules {
        for used in &module.names {
            let common = module
                .path
                .iter()
                .zip(used)
                .take_while(|(a, b)| a == b)
                .count();
            // Within one module, or a module and what it contains: not an edge.
            if common == module.path.len() || common == used.len() {
                continue;
            }
            let parent = module.path[..common].to_vec();
            let (from, to) = (module.path[common].clone(), used[common].clone());
            levels
                .entry(parent.clone())
                .or_default()
                .entry(from.clone())
                .or_default()
                .insert(to.clone());
            evidence
                .entry((parent, from, to))
                .or_insert_with(|| format!("{} uses {}", module.file.display(), used.join("::")));
        }
    }
    let mut problems = Vec::new();
    for (parent, graph) in &levels {
        if let Some(cycle) = find_cycle(graph) {
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| evidence[&(parent.clone(), w[0].clone(), w[1].clone())].clone())
                .collect();
            problems.push(format!(
                "in crate::{}: {}\n  {}",
                parent.join("::"),
                cycle.join(" → "),
                steps.join("\n  ")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_file_is_longer_than_450_lines_before_its_tests() {
    let mut files = vec![root().join("build.rs")];
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("crates"), &mut files);
    let mut problems = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let code = text
            .lines()
            .take_while(|line| !line.starts_with("#[cfg(test)]"))
            .count();
        if code > MAX_LINES {
            problems.push(format!("{}: {code} lines", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "split these along what they do:\n{}",
        problems.join("\n")
    );
}

/// The rules above must be able to fail: each finds what it looks for in a made-up case.
#[test]
fn the_checks_catch_what_they_look_for() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), ["b".to_string()].into()),
        ("b".to_string(), ["c".to_string()].into()),
        ("c".to_string(), ["a".to_string()].into()),
    ]
    .into();
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
    let tree: BTreeMap<String, BTreeSet<String>> =
        [("a".to_string(), ["b".to_string()].into())].into();
    assert_eq!(find_cycle(&tree), None);

    let mut paths = Paths::default();
    let code: syn::File = syn::parse_str(
        "use crate::site::{route::Page, i18n::{t, Lang}};
         fn f() -> Html { html! { <p>{ crate::statistics::model::count(x) }</p> } }
         #[cfg(test)] mod tests { use crate::schools::model::quiz; }",
    )
    .unwrap();
    paths.visit_file(&code);
    let seen: BTreeSet<String> = paths.0.iter().map(|p| p.join("::")).collect();
    assert!(seen.contains("crate::site::route::Page"), "{seen:?}");
    assert!(seen.contains("crate::site::i18n::Lang"), "{seen:?}");
    assert!(seen.contains("crate::statistics::model::count"), "{seen:?}");
    assert!(
        !seen.iter().any(|p| p.contains("schools")),
        "tests are left out: {seen:?}"
    );

    let words = |text: &str| -> Vec<String> {
        text.split("::")
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let krate = Crate {
        modules: [
            words(""),
            words("site"),
            words("site::route"),
            words("stats"),
            words("stats::query"),
        ]
        .into(),
        exports: [
            (
                words(""),
                [("route".to_string(), words("site::route"))].into(),
            ),
            (
                words("stats"),
                [("Filter".to_string(), words("stats::query::Filter"))].into(),
            ),
        ]
        .into(),
    };
    let resolve = |path: &str| krate.resolve(&words(path));
    assert_eq!(resolve("site::route::Page"), Some(words("site::route")));
    assert_eq!(
        resolve("route::Page"),
        Some(words("site::route")),
        "re-exported"
    );
    assert_eq!(resolve("stats::Filter"), Some(words("stats::query")));
    let absolute = |module: &str, path: &str| krate.absolute(&words(module), &words(path));
    assert_eq!(
        absolute("stats::query", "super::Filter"),
        Ok(words("stats::Filter"))
    );
    assert_eq!(
        absolute("stats", "query::Filter"),
        Ok(words("stats::query::Filter"))
    );
    assert_eq!(absolute("stats", "std::rc::Rc"), Err("std".to_string()));
}
