//! Stage 6: write a [`GeneratedCrate`] to disk, touching only files whose
//! bytes changed, and compare a crate with what is on disk (the drift check).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostics::Error;
use crate::emit::{GeneratedCrate, Layout};

/// Directories of the generated crate that the generator owns entirely
/// (`contract/` holds the generated contract cases):
/// files there that it did not generate are stale and removed.
const OWNED_DIRS: &[&str] = &["src", "tests", "contract"];

/// What [`GeneratedCrate::write_to`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or rewritten (relative paths).
    pub written: Vec<String>,
    /// Files already up to date.
    pub unchanged: usize,
    /// Stale files removed from the owned directories.
    pub removed: Vec<String>,
}

fn io_err(path: &Path, what: &str, e: std::io::Error) -> Error {
    Error::file(path, format!("cannot {what}: {e}"))
}

/// Relative paths (with `/`) of every file under `dir/sub`, sorted.
fn existing_files(dir: &Path, sub: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.join(sub)];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(rel) = p.strip_prefix(dir) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// The `version` of the crate whose `Cargo.toml` is in `dir`, if there is
/// one: what a regeneration keeps when no `--crate-version` is given, so a
/// maintainer's release survives it. The manifest is the generated one, so
/// the first `version = "..."` line after `[package]` is the crate's.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("clientgen-doc-version-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"x\"\nversion = \"1.4.0\"\n").unwrap();
/// assert_eq!(clientgen::write::crate_version_in(&dir).as_deref(), Some("1.4.0"));
/// assert_eq!(clientgen::write::crate_version_in(dir.join("nowhere")), None);
/// ```
pub fn crate_version_in(dir: impl AsRef<Path>) -> Option<String> {
    let text = std::fs::read_to_string(dir.as_ref().join("Cargo.toml")).ok()?;
    let package = text.split_once("[package]")?.1;
    let package = package.split("\n[").next().unwrap_or(package);
    package.lines().find_map(|line| {
        let value = line.trim().strip_prefix("version")?.trim_start().strip_prefix('=')?.trim();
        Some(value.strip_prefix('"')?.strip_suffix('"')?.to_owned())
    })
}

impl GeneratedCrate {
    /// Writes the crate under `dir`: only files whose bytes differ are
    /// written, and files in `src/` and `tests/` that were not generated are
    /// removed. A [seed](GeneratedCrate::seeds) is written only when it is
    /// missing. Generating twice writes nothing the second time.
    ///
    /// # Errors
    /// A file or directory cannot be created, written or removed.
    pub fn write_to(&self, dir: impl AsRef<Path>) -> Result<WriteReport, Error> {
        let dir = dir.as_ref();
        let mut report = WriteReport::default();
        for (rel, contents) in &self.files {
            let path = dir.join(rel);
            if std::fs::read(&path).ok().as_deref() == Some(contents.as_bytes()) {
                report.unchanged += 1;
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| io_err(parent, "create the directory", e))?;
            }
            std::fs::write(&path, contents).map_err(|e| io_err(&path, "write the file", e))?;
            report.written.push(rel.clone());
        }
        for (rel, contents) in &self.seeds {
            let path = dir.join(rel);
            if path.exists() {
                report.unchanged += 1;
                continue;
            }
            std::fs::write(&path, contents).map_err(|e| io_err(&path, "write the file", e))?;
            report.written.push(rel.clone());
        }
        for stale in self.stale_files(dir) {
            let path = dir.join(&stale);
            std::fs::remove_file(&path).map_err(|e| io_err(&path, "remove the stale file", e))?;
            report.removed.push(stale);
        }
        Ok(report)
    }

    fn stale_files(&self, dir: &Path) -> Vec<String> {
        OWNED_DIRS
            .iter()
            .flat_map(|sub| existing_files(dir, sub))
            .filter(|rel| !self.files.contains_key(rel))
            .collect()
    }

    /// Compares the crate with the files under `dir`: `None` when they are
    /// identical, otherwise a unified diff (`a/` on disk, `b/` generated),
    /// listing missing and stale files too. A [seed](GeneratedCrate::seeds)
    /// only has to exist: its contents are the maintainer's.
    pub fn diff_against(&self, dir: impl AsRef<Path>) -> Option<String> {
        let dir = dir.as_ref();
        let mut out = String::new();
        for (rel, generated) in &self.files {
            let on_disk = std::fs::read_to_string(dir.join(rel)).unwrap_or_default();
            if on_disk != *generated {
                let diff = similar::TextDiff::from_lines(on_disk.as_str(), generated.as_str());
                out.push_str(
                    &diff.unified_diff().context_radius(3).header(&format!("a/{rel}"), &format!("b/{rel}")).to_string(),
                );
            }
        }
        for rel in self.seeds.keys().filter(|rel| !dir.join(rel).exists()) {
            out.push_str(&format!("missing file (written once, then maintained by hand): {rel}\n"));
        }
        for stale in self.stale_files(dir) {
            out.push_str(&format!("stale file (not generated): {stale}\n"));
        }
        (!out.is_empty()).then_some(out)
    }

    /// Writes the whole crate's Rust code as one file, for `include!` from a
    /// downstream crate's `build.rs` output: every `mod x;` becomes an inline
    /// module and the crate-level attributes of `lib.rs` are left out (an
    /// included file cannot carry them). Every cargo feature of the crate is
    /// on (see [`Self::write_single_file_with_features`]). Laid out as the
    /// crate's [`layout`](Self::layout) says: formatted by default, unformatted
    /// for [`Layout::Compact`]. Written only if its bytes changed.
    ///
    /// # Errors
    /// The generated code does not parse (a generator bug) or the file cannot be written.
    pub fn write_single_file(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let all: Vec<&str> = self.features.iter().map(String::as_str).collect();
        self.write_single_file_with_features(path, &all)
    }

    /// Like [`Self::write_single_file`], with only `features` on: the
    /// resources of other groups, and the types only they use, are left out
    /// (an `include!`d file cannot use the generated crate's own cargo
    /// features, so they are decided here).
    ///
    /// ```no_run
    /// # let krate: clientgen::GeneratedCrate = unimplemented!();
    /// krate.write_single_file_with_features("out/whop_client.rs", &["payins", "webhook-events"])?;
    /// # Ok::<(), clientgen::Error>(())
    /// ```
    ///
    /// # Errors
    /// A name in `features` is not one of [`GeneratedCrate::features`]; the
    /// generated code does not parse (a generator bug); the file cannot be written.
    pub fn write_single_file_with_features(&self, path: impl AsRef<Path>, features: &[&str]) -> Result<(), Error> {
        let path = path.as_ref();
        let text = self.single_file_with_features(features).map_err(|e| Error::file(path, e))?;
        if std::fs::read(path).ok().as_deref() == Some(text.as_bytes()) {
            return Ok(());
        }
        std::fs::write(path, text).map_err(|e| io_err(path, "write the file", e))
    }

    /// The single-file form described at [`Self::write_single_file`], every feature on.
    ///
    /// # Errors
    /// A module file is missing or does not parse (a generator bug).
    pub fn single_file(&self) -> Result<String, String> {
        let all: Vec<&str> = self.features.iter().map(String::as_str).collect();
        self.single_file_with_features(&all)
    }

    /// The single-file form with only `features` on.
    ///
    /// # Errors
    /// An unknown feature name; a module file is missing or does not parse (a generator bug).
    pub fn single_file_with_features(&self, features: &[&str]) -> Result<String, String> {
        if let Some(unknown) = features.iter().find(|f| !self.features.iter().any(|k| k == *f)) {
            return Err(if self.features.is_empty() {
                format!("unknown feature `{unknown}`: this crate has no cargo features (its spec names no x-group-title)")
            } else {
                format!("unknown feature `{unknown}`; the crate's features are: {}", self.features.join(", "))
            });
        }
        let lib = self.files.get("src/lib.rs").ok_or("internal error: no src/lib.rs generated")?;
        let mut file: syn::File = syn::parse_str(lib).map_err(|e| format!("internal error: src/lib.rs: {e}"))?;
        file.attrs.clear();
        self.inline_modules(&mut file.items, &PathBuf::from("src"), &mut BTreeSet::new())?;
        crate::select::resolve(&mut file.items, &features.iter().map(|f| (*f).to_owned()).collect());
        Ok(match self.layout {
            Layout::Formatted => prettyplease::unparse(&file),
            Layout::Compact => {
                // Clippy's formatting lints (`possible_missing_else`, ...)
                // read the layout, which this file does not have; the items
                // themselves pass clippy in the formatted layout.
                for item in &mut file.items {
                    if let Some(attrs) = crate::select::item_attrs(item) {
                        attrs.insert(0, syn::parse_quote!(#[allow(clippy::all)]));
                    }
                }
                crate::emit::compact_text(quote::ToTokens::to_token_stream(&file))
            }
        })
    }

    fn inline_modules(&self, items: &mut [syn::Item], dir: &Path, seen: &mut BTreeSet<String>) -> Result<(), String> {
        for item in items {
            let syn::Item::Mod(m) = item else { continue };
            if m.content.is_some() {
                continue;
            }
            let name = m.ident.to_string();
            let flat = dir.join(format!("{name}.rs")).to_string_lossy().replace('\\', "/");
            let nested = dir.join(&name).join("mod.rs").to_string_lossy().replace('\\', "/");
            let (rel, text) = self
                .files
                .get_key_value(&flat)
                .or_else(|| self.files.get_key_value(&nested))
                .ok_or_else(|| format!("internal error: module `{name}` has no file ({flat} or {nested})"))?;
            if !seen.insert(rel.clone()) {
                return Err(format!("internal error: module file {rel} included twice"));
            }
            let mut child: syn::File = syn::parse_str(text).map_err(|e| format!("internal error: {rel}: {e}"))?;
            self.inline_modules(&mut child.items, &dir.join(&name), seen)?;
            m.attrs.extend(child.attrs);
            m.content = Some((Default::default(), child.items));
            m.semi = None;
        }
        Ok(())
    }
}
