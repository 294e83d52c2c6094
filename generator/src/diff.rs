//! What a spec change does to the Rust API: two [`Manifest`]s compared
//! item by item, each change classed by the semver policy (ARCHITECTURE.md,
//! "Semver").
//!
//! - **Major**: a removed or renamed type, field, variant, method, feature
//!   or credential; a changed type, signature, constructor, path, method or
//!   wire name; a lost derive; a narrower feature gate.
//! - **Minor**: anything added (types, fields and variants are
//!   `#[non_exhaustive]`), a gained derive, a wider gate, a deprecation.
//! - **Patch**: docs only.
//!
//! ```
//! use clientgen::diff::{diff, Severity};
//! use clientgen::manifest::{Manifest, Member, TypeItem};
//! let lead = |fields: &[&str]| TypeItem {
//!     name: "Lead".into(),
//!     pointer: "/components/schemas/Lead".into(),
//!     kind: "struct".into(),
//!     derives: vec![],
//!     features: vec![],
//!     target: None,
//!     constructor: None,
//!     members: fields
//!         .iter()
//!         .map(|f| Member { name: f.to_string(), wire: Some(f.to_string()), ty: Some("String".into()), location: None, docs: String::new() })
//!         .collect(),
//!     docs: String::new(),
//! };
//! let old = Manifest { types: vec![lead(&["id"])], ..Manifest::default() };
//! let new = Manifest { types: vec![lead(&["id", "score"])], ..Manifest::default() };
//! let changes = diff(&old, &new);
//! assert_eq!(changes[0].rust_item, "types::Lead::score");
//! assert_eq!(changes[0].severity, Severity::Minor);
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::manifest::{ClientItem, Manifest, Member, MethodItem, TypeItem};

/// A change's semver class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Docs only.
    Patch,
    /// Additive: code that compiled against the old crate still compiles.
    Minor,
    /// Breaking: some code that compiled against the old crate does not.
    Major,
}

impl Severity {
    /// `major`, `minor` or `patch`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Patch => "patch",
            Severity::Minor => "minor",
            Severity::Major => "major",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "major" => Ok(Severity::Major),
            "minor" => Ok(Severity::Minor),
            "patch" => Ok(Severity::Patch),
            other => Err(format!("unknown semver class `{other}` (expected major, minor or patch)")),
        }
    }
}

/// One change to the Rust API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its semver class.
    pub severity: Severity,
    /// What changed, e.g. `type changed: Option<i64> → Option<f64>`.
    pub change: String,
    /// The Rust item, e.g. `types::Lead::score`, `Leads::delete`.
    pub rust_item: String,
    /// The JSON pointer of its place in the (new, or for a removal the old) spec.
    pub pointer: String,
}

/// Every change from `old` to `new`, types first, then methods, client
/// functions and features; each group in item order.
pub fn diff(old: &Manifest, new: &Manifest) -> Vec<Change> {
    let mut out = Vec::new();
    let mut push = |severity, rust_item: String, pointer: &str, change: String| {
        out.push(Change { severity, change, rust_item, pointer: pointer.to_owned() });
    };

    // Types, matched by name; a removed type whose place now has another name was renamed.
    let old_types: BTreeMap<&str, &TypeItem> = old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let new_types: BTreeMap<&str, &TypeItem> = new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let renamed_types = renames(&old_types, &new_types, |t| &t.pointer);
    for (name, o) in &old_types {
        let item = format!("types::{name}");
        match new_types.get(name) {
            None => match renamed_types.get(name) {
                Some(to) => push(Severity::Major, item, &o.pointer, format!("type renamed to `types::{to}`")),
                None => push(Severity::Major, item, &o.pointer, "type removed".to_owned()),
            },
            Some(n) => type_changes(o, n, &mut push),
        }
    }
    let renamed_to: BTreeSet<&str> = renamed_types.values().copied().collect();
    for (name, n) in new_types.iter().filter(|(name, _)| !old_types.contains_key(*name) && !renamed_to.contains(*name)) {
        push(Severity::Minor, format!("types::{name}"), &n.pointer, format!("{} added", kind_word(&n.kind)));
    }

    // Methods, matched by `Resource::method`.
    let old_methods: BTreeMap<&str, &MethodItem> = old.methods.iter().map(|m| (m.name.as_str(), m)).collect();
    let new_methods: BTreeMap<&str, &MethodItem> = new.methods.iter().map(|m| (m.name.as_str(), m)).collect();
    let renamed_methods = renames(&old_methods, &new_methods, |m| &m.pointer);
    for (name, o) in &old_methods {
        match new_methods.get(name) {
            None => match renamed_methods.get(name) {
                Some(to) => push(Severity::Major, name.to_string(), &o.pointer, format!("method renamed to `{to}`")),
                None => push(Severity::Major, name.to_string(), &o.pointer, format!("method removed (operation `{}`, `{}`)", o.operation_id, o.http)),
            },
            Some(n) => method_changes(o, n, &mut push),
        }
    }
    let renamed_to: BTreeSet<&str> = renamed_methods.values().copied().collect();
    for (name, n) in new_methods.iter().filter(|(name, _)| !old_methods.contains_key(*name) && !renamed_to.contains(*name)) {
        push(Severity::Minor, name.to_string(), &n.pointer, format!("method added (operation `{}`, `{}`)", n.operation_id, n.http));
    }

    // Client functions shaped by the security schemes.
    let old_client: BTreeMap<&str, &ClientItem> = old.client.iter().map(|c| (c.name.as_str(), c)).collect();
    let new_client: BTreeMap<&str, &ClientItem> = new.client.iter().map(|c| (c.name.as_str(), c)).collect();
    for (name, o) in &old_client {
        match new_client.get(name) {
            None => push(Severity::Major, name.to_string(), &o.pointer, "removed".to_owned()),
            Some(n) if n.arguments != o.arguments => push(
                Severity::Major,
                name.to_string(),
                &n.pointer,
                format!("arguments changed: `({})` → `({})`", o.arguments.join(", "), n.arguments.join(", ")),
            ),
            Some(_) => {}
        }
    }
    for (name, n) in new_client.iter().filter(|(name, _)| !old_client.contains_key(*name)) {
        push(Severity::Minor, name.to_string(), &n.pointer, "added".to_owned());
    }

    // Cargo features.
    for f in old.features.iter().filter(|f| !new.features.contains(f)) {
        push(Severity::Major, format!("feature `{f}`"), "", "feature removed".to_owned());
    }
    for f in new.features.iter().filter(|f| !old.features.contains(f)) {
        push(Severity::Minor, format!("feature `{f}`"), "", "feature added (on by default)".to_owned());
    }
    out
}

/// Old name → new name for items that left `old` while an item of the
/// same place (pointer) appeared in `new` under another name.
fn renames<'a, T>(old: &BTreeMap<&'a str, &T>, new: &BTreeMap<&'a str, &T>, place: impl Fn(&T) -> &String) -> BTreeMap<&'a str, &'a str> {
    let gone: BTreeMap<&String, &'a str> = old.iter().filter(|(n, _)| !new.contains_key(*n)).map(|(n, t)| (place(t), *n)).collect();
    new.iter()
        .filter(|(n, _)| !old.contains_key(*n))
        .filter_map(|(n, t)| gone.get(place(t)).map(|from| (*from, *n)))
        .collect()
}

fn kind_word(kind: &str) -> &'static str {
    match kind {
        "struct" => "struct",
        "enum" => "enum",
        "alias" => "type alias",
        _ => "union",
    }
}

/// The pointer of a member: a JSON body property of a struct is under
/// `properties`; anything else is cited by its type's pointer.
fn member_pointer(t: &TypeItem, m: &Member) -> String {
    match (&m.wire, t.kind.as_str(), &m.location) {
        (Some(wire), "struct", None) => format!("{}/properties/{}", t.pointer, wire.replace('~', "~0").replace('/', "~1")),
        _ => t.pointer.clone(),
    }
}

/// A feature gate's change: narrower is major, wider minor. An empty gate
/// means always compiled.
fn gate_change(old: &[String], new: &[String]) -> Option<(Severity, String)> {
    let (old, new): (BTreeSet<&String>, BTreeSet<&String>) = (old.iter().collect(), new.iter().collect());
    if old == new {
        return None;
    }
    let show = |g: &BTreeSet<&String>| {
        if g.is_empty() {
            "always compiled".to_owned()
        } else {
            format!("features {}", g.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", "))
        }
    };
    let wider = new.is_empty() || (!old.is_empty() && old.is_subset(&new));
    let severity = if wider { Severity::Minor } else { Severity::Major };
    Some((severity, format!("feature gate {}: {} → {}", if wider { "widened" } else { "narrowed" }, show(&old), show(&new))))
}

fn type_changes(o: &TypeItem, n: &TypeItem, push: &mut impl FnMut(Severity, String, &str, String)) {
    let item = format!("types::{}", n.name);
    if o.kind != n.kind {
        push(Severity::Major, item.clone(), &n.pointer, format!("kind changed: {} → {}", o.kind, n.kind));
        return;
    }
    if o.target != n.target {
        let show = |t: &Option<String>| t.clone().unwrap_or_default();
        push(Severity::Major, item.clone(), &n.pointer, format!("aliased type changed: `{}` → `{}`", show(&o.target), show(&n.target)));
    }
    for d in o.derives.iter().filter(|d| !n.derives.contains(d)) {
        push(Severity::Major, item.clone(), &n.pointer, format!("no longer derives `{d}`"));
    }
    for d in n.derives.iter().filter(|d| !o.derives.contains(d)) {
        push(Severity::Minor, item.clone(), &n.pointer, format!("now derives `{d}`"));
    }
    if let Some((severity, change)) = gate_change(&o.features, &n.features) {
        push(severity, item.clone(), &n.pointer, change);
    }
    match (&o.constructor, &n.constructor) {
        (Some(a), Some(b)) if a != b => {
            push(Severity::Major, format!("{item}::new"), &n.pointer, format!("arguments changed: `({})` → `({})`", a.join(", "), b.join(", ")))
        }
        (Some(_), None) => push(Severity::Major, format!("{item}::new"), &n.pointer, "constructor and setters removed".to_owned()),
        (None, Some(_)) => push(Severity::Minor, format!("{item}::new"), &n.pointer, "constructor and setters added".to_owned()),
        _ => {}
    }
    let what = if o.kind == "struct" { "field" } else { "variant" };
    let old_members: BTreeMap<&str, &Member> = o.members.iter().map(|m| (m.name.as_str(), m)).collect();
    let new_members: BTreeMap<&str, &Member> = n.members.iter().map(|m| (m.name.as_str(), m)).collect();
    for m in &o.members {
        let member = format!("{item}::{}", m.name);
        let Some(nm) = new_members.get(m.name.as_str()) else {
            push(Severity::Major, member, &member_pointer(o, m), format!("{what} removed"));
            continue;
        };
        let pointer = member_pointer(n, nm);
        if m.ty != nm.ty {
            let show = |t: &Option<String>| t.clone().unwrap_or_else(|| "()".to_owned());
            push(Severity::Major, member.clone(), &pointer, format!("type changed: `{}` → `{}`", show(&m.ty), show(&nm.ty)));
        }
        if m.wire != nm.wire {
            let show = |t: &Option<String>| t.clone().unwrap_or_default();
            push(Severity::Major, member.clone(), &pointer, format!("wire name changed: `{}` → `{}`", show(&m.wire), show(&nm.wire)));
        }
        if m.location != nm.location {
            let show = |t: &Option<String>| t.clone().unwrap_or_else(|| "body".to_owned());
            push(Severity::Major, member.clone(), &pointer, format!("sent elsewhere: {} → {}", show(&m.location), show(&nm.location)));
        }
        if m.docs != nm.docs {
            push(Severity::Patch, member, &pointer, "docs changed".to_owned());
        }
    }
    for m in n.members.iter().filter(|m| !old_members.contains_key(m.name.as_str())) {
        push(Severity::Minor, format!("{item}::{}", m.name), &member_pointer(n, m), format!("{what} added"));
    }
    if o.docs != n.docs {
        push(Severity::Patch, item, &n.pointer, "docs changed".to_owned());
    }
}

fn method_changes(o: &MethodItem, n: &MethodItem, push: &mut impl FnMut(Severity, String, &str, String)) {
    let item = n.name.clone();
    let pointer = n.pointer.as_str();
    if o.http != n.http {
        push(Severity::Major, item.clone(), pointer, format!("request changed: `{}` → `{}`", o.http, n.http));
    }
    if o.arguments != n.arguments {
        push(Severity::Major, item.clone(), pointer, format!("arguments changed: `({})` → `({})`", o.arguments.join(", "), n.arguments.join(", ")));
    }
    if o.returns != n.returns || o.is_async != n.is_async {
        let show = |m: &MethodItem| format!("{}{}", if m.is_async { "async " } else { "" }, m.returns);
        push(Severity::Major, item.clone(), pointer, format!("return type changed: `{}` → `{}`", show(o), show(n)));
    }
    if let Some((severity, change)) = gate_change(&o.features, &n.features) {
        push(severity, item.clone(), pointer, change);
    }
    match (o.deprecated, n.deprecated) {
        (false, true) => push(Severity::Minor, item.clone(), pointer, "deprecated".to_owned()),
        (true, false) => push(Severity::Patch, item.clone(), pointer, "no longer deprecated".to_owned()),
        _ => {}
    }
    if o.operation_id != n.operation_id {
        push(Severity::Patch, item.clone(), pointer, format!("operationId changed: `{}` → `{}`", o.operation_id, n.operation_id));
    }
    if o.docs != n.docs {
        push(Severity::Patch, item, pointer, "docs changed".to_owned());
    }
}

/// The highest class among `changes`, and how many of each (major, minor, patch).
pub fn verdict(changes: &[Change]) -> (Option<Severity>, [usize; 3]) {
    let count = |s| changes.iter().filter(|c| c.severity == s).count();
    let counts = [count(Severity::Major), count(Severity::Minor), count(Severity::Patch)];
    (changes.iter().map(|c| c.severity).max(), counts)
}

/// The summary line: `semver: major (2 major, 3 minor, 0 patch)`, or
/// `semver: none (...)` when nothing changed.
pub fn summary_line(changes: &[Change]) -> String {
    let (top, [major, minor, patch]) = verdict(changes);
    format!("semver: {} ({major} major, {minor} minor, {patch} patch)", top.map_or("none", Severity::as_str))
}

/// One line per change (`major  types::Lead::score  type changed: ... (pointer)`),
/// then [`summary_line`].
pub fn to_text(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let at = if c.pointer.is_empty() { String::new() } else { format!("  ({})", c.pointer) };
        out.push_str(&format!("{:<5}  {}  {}{at}\n", c.severity.as_str(), c.rust_item, c.change));
    }
    out.push_str(&summary_line(changes));
    out
}

/// The changes as a JSON array of `{severity, change, rust_item, pointer}`.
pub fn to_json(changes: &[Change]) -> String {
    serde_json::to_string_pretty(changes).unwrap_or_default()
}

/// A CHANGELOG section in the Keep a Changelog style, grouped by class
/// (breaking changes, additions, documentation), ready to paste under the
/// file's title.
pub fn to_changelog(changes: &[Change]) -> String {
    let mut out = String::from("## [Unreleased]\n");
    let groups = [
        (Severity::Major, "Breaking changes"),
        (Severity::Minor, "Added"),
        (Severity::Patch, "Documentation"),
    ];
    for (severity, title) in groups {
        let lines: Vec<String> =
            changes.iter().filter(|c| c.severity == severity).map(|c| format!("- `{}`: {}", c.rust_item, c.change)).collect();
        if !lines.is_empty() {
            out.push_str(&format!("\n### {title} ({})\n\n{}\n", severity.as_str(), lines.join("\n")));
        }
    }
    if changes.is_empty() {
        out.push_str("\nNo change to the Rust API.\n");
    }
    out
}

/// The version a release with changes of class `severity` needs after
/// `current`, by Cargo's rules: below 1.0.0 a breaking change bumps the
/// minor number and anything else the patch number.
///
/// ```
/// use clientgen::diff::{next_version, Severity};
/// assert_eq!(next_version("1.4.2", Severity::Minor).as_deref(), Some("1.5.0"));
/// assert_eq!(next_version("0.3.1", Severity::Major).as_deref(), Some("0.4.0"));
/// assert_eq!(next_version("0.3.1", Severity::Minor).as_deref(), Some("0.3.2"));
/// assert_eq!(next_version("not a version", Severity::Patch), None);
/// ```
pub fn next_version(current: &str, severity: Severity) -> Option<String> {
    let v = semver::Version::parse(current).ok()?;
    let (major, minor, patch) = match (v.major, severity) {
        (0, Severity::Major) => (0, v.minor + 1, 0),
        (0, _) => (0, v.minor, v.patch + 1),
        (_, Severity::Major) => (v.major + 1, 0, 0),
        (_, Severity::Minor) => (v.major, v.minor + 1, 0),
        (_, Severity::Patch) => (v.major, v.minor, v.patch + 1),
    };
    Some(format!("{major}.{minor}.{patch}"))
}
