//! Turning spec names into valid, collision-free Rust identifiers (via `heck`).

use std::collections::BTreeSet;

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict, reserved and edition-2024 `gen`), which cannot be
/// plain identifiers.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
    "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Spells out characters that carry meaning but vanish in case conversion,
/// so `"+1"` and `"-1"` stay distinct, and drops non-ASCII characters
/// (spelled as their code point when nothing else is left).
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        match c {
            '+' => out.push_str(" plus "),
            '-' if first && chars.peek().is_some_and(|d| d.is_ascii_digit()) => out.push_str(" minus "),
            '.' if chars.peek().is_some_and(|d| d.is_ascii_digit()) && out.ends_with(|p: char| p.is_ascii_digit()) => {
                out.push_str(" point ")
            }
            c if c.is_ascii_alphanumeric() => out.push(c),
            c if c.is_ascii() => out.push(' '),
            _ => out.push(' '),
        }
        first = false;
    }
    if out.trim().is_empty() && !raw.is_ascii() {
        for c in raw.chars().filter(|c| !c.is_ascii()) {
            out.push_str(&format!(" u{:x}", c as u32));
        }
    }
    out
}

/// A cargo feature name (`kebab-case`) for a resource group title, or
/// `None` when nothing usable is left of it. `default` is taken by cargo,
/// so that group becomes `default-group`.
///
/// ```
/// use clientgen::naming::feature_name;
/// assert_eq!(feature_name("Payins").as_deref(), Some("payins"));
/// assert_eq!(feature_name("CRM").as_deref(), Some("crm"));
/// assert_eq!(feature_name("Gift cards & codes").as_deref(), Some("gift-cards-codes"));
/// assert_eq!(feature_name("Default").as_deref(), Some("default-group"));
/// assert_eq!(feature_name("!!"), None);
/// ```
pub fn feature_name(title: &str) -> Option<String> {
    let name = words(title).to_kebab_case();
    match name.as_str() {
        "" => None,
        "default" => Some("default-group".to_owned()),
        _ => Some(name),
    }
}

/// An `UpperCamelCase` type or variant name for `raw`.
///
/// ```
/// use clientgen::naming::type_name;
/// assert_eq!(type_name("lead user"), "LeadUser");
/// assert_eq!(type_name("3ds_status"), "T3dsStatus");
/// assert_eq!(type_name(""), "Empty");
/// ```
pub fn type_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Empty".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    if name == "Self" {
        name = "SelfType".to_owned();
    }
    name
}

/// A variant name for an enum member; like [`type_name`] but digits get a `V` prefix.
pub fn variant_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Empty".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name = "SelfValue".to_owned();
    }
    name
}

/// A `snake_case` field, argument or method name; keywords get a trailing `_`.
///
/// ```
/// use clientgen::naming::field_name;
/// assert_eq!(field_name("type"), "type_");
/// assert_eq!(field_name("createdAt"), "created_at");
/// assert_eq!(field_name("1st"), "n_1st");
/// ```
pub fn field_name(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "empty".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "n_");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A set of taken names that hands out unique ones deterministically:
/// the first claim of `Foo` gets `Foo`, the next `Foo2`, then `Foo3`.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    /// An empty namespace.
    pub fn new() -> Self {
        Self::default()
    }

    /// A namespace in which `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self::with_taken(reserved.iter().copied())
    }

    /// A namespace in which `names` are already taken: the idents of the
    /// fields a struct has so far, before more are added.
    ///
    /// ```
    /// use clientgen::naming::Namespace;
    /// let mut ns = Namespace::with_taken(["id", "name"]);
    /// assert_eq!(ns.claim("id"), "id2");
    /// ```
    pub fn with_taken<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        Namespace { taken: names.into_iter().map(str::to_owned).collect() }
    }

    /// Claims `base`, or `base2`, `base3`, ... if taken; returns the name claimed.
    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        (2..)
            .map(|i| format!("{base}{sep}{i}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_else(|| base.to_owned())
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_enum_values_stay_distinct() {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let names: Vec<String> =
            ["a-b", "a_b", "A_B", "", "+1", "-1", "Unknown"].iter().map(|v| ns.claim(&variant_name(v))).collect();
        assert_eq!(names, ["AB", "AB2", "AB3", "Empty", "Plus1", "Minus1", "Unknown2"]);
    }

    #[test]
    fn keywords_are_escaped() {
        for kw in ["type", "self", "crate", "async", "fn", "Self"] {
            let f = field_name(kw);
            assert!(f.ends_with('_'), "{kw} -> {f}");
        }
        assert_eq!(type_name("self"), "SelfType");
    }

    #[test]
    fn non_ascii_names_are_usable() {
        assert_eq!(field_name("größe"), "gr_e");
        assert_eq!(type_name("日本"), "U65e5U672c");
    }
}
