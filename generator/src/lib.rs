//! `clientgen`: generate an async Rust API client from an OpenAPI 3.0/3.1 document.
//!
//! The pipeline, one module per stage (see `ARCHITECTURE.md`):
//!
//! ```text
//! load ─▶ normalize ─▶ parse ─▶ lower ─▶ emit ─▶ write
//! (YAML/JSON   (3.1 → 3.0     (openapiv3)  (IR)     (quote → syn   (only changed
//!  → Value)     shape)                              → prettyplease)  files)
//! ```
//!
//! # Use from a `build.rs`
//!
//! ```no_run
//! let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
//! let generated = clientgen::Generator::new("spec/openapi.yml")
//!     .crate_name("whop_client")
//!     // Only the compiler reads the included file: skip formatting it.
//!     .layout(clientgen::emit::Layout::Compact)
//!     .generate()
//!     .expect("the spec generates");
//! generated.write_single_file(&out.join("client.rs")).expect("OUT_DIR is writable");
//! // then, in src/lib.rs: include!(concat!(env!("OUT_DIR"), "/client.rs"));
//! ```

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod hoist;
pub mod ir;
pub mod load;
pub mod manifest;
pub mod lower;
pub mod naming;
pub mod normalize;
pub mod parse;
mod select;
pub mod write;

use std::path::{Path, PathBuf};

pub use diagnostics::{Error, Warning};
pub use emit::GeneratedCrate;
pub use ir::Ir;

/// Configures one generation run: the input spec and the crate it becomes.
///
/// ```no_run
/// let krate = clientgen::Generator::new("spec/openapi.documented.yml").crate_name("whop-client").generate()?;
/// krate.write_to("generated-client")?;
/// # Ok::<(), clientgen::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Generator {
    spec: PathBuf,
    crate_name: String,
    options: emit::EmitOptions,
    /// Type names of an earlier generation, by the JSON pointer of their place.
    kept_names: std::collections::BTreeMap<String, Vec<String>>,
}

impl Generator {
    /// A generator for the spec at `spec` (YAML or JSON). The crate name
    /// defaults to `api-client`.
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Generator {
            spec: spec.into(),
            crate_name: "api-client".to_owned(),
            options: emit::EmitOptions::default(),
            kept_names: std::collections::BTreeMap::new(),
        }
    }

    /// Sets the generated crate's package name (e.g. `whop-client`).
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = name.into();
        self
    }

    /// Sets the generated crate's `version` (default `0.1.0`): a semantic
    /// version such as `1.2.0` or `2.0.0-beta.1`, checked by [`Self::generate`].
    ///
    /// ```no_run
    /// let krate = clientgen::Generator::new("openapi.yml").crate_version("1.2.0").generate()?;
    /// assert!(krate.files["Cargo.toml"].contains("version = \"1.2.0\""));
    /// # Ok::<(), clientgen::Error>(())
    /// ```
    pub fn crate_version(mut self, version: impl Into<String>) -> Self {
        self.options.crate_version = Some(version.into());
        self
    }

    /// Keeps the version of the crate already in `dir` (its `Cargo.toml`)
    /// unless [`Self::crate_version`] set one: what `clientgen generate`
    /// and `check` do, so a maintainer's release survives regeneration.
    pub fn keep_crate_version_of(mut self, dir: impl AsRef<Path>) -> Self {
        if self.options.crate_version.is_none() {
            self.options.crate_version = write::crate_version_in(dir);
        }
        self
    }

    /// Keeps the type names of the crate already in `dir`, read from its
    /// API manifest (`api.json`; nothing is kept when there is none): what
    /// `clientgen generate` and `check` do, so a spec change cannot rename
    /// an existing type, the newcomer gets the suffix instead (see
    /// [`lower::lower_keeping`]).
    pub fn keep_names_of(self, dir: impl AsRef<Path>) -> Self {
        let path = dir.as_ref().join(manifest::MANIFEST_FILE);
        match std::fs::read_to_string(path).ok().and_then(|text| manifest::Manifest::from_json(&text).ok()) {
            Some(manifest) => self.keep_names_from(&manifest),
            None => self,
        }
    }

    /// Keeps the type names `manifest` records (see [`Self::keep_names_of`]).
    ///
    /// ```no_run
    /// let old = clientgen::surface_of("generated-client")?;
    /// let krate = clientgen::Generator::new("new-openapi.yml").keep_names_from(&old).generate()?;
    /// # Ok::<(), clientgen::Error>(())
    /// ```
    pub fn keep_names_from(mut self, manifest: &manifest::Manifest) -> Self {
        for t in &manifest.types {
            // Types that share a place (a component response's schema,
            // lowered once per operation name) keep their names in manifest order.
            self.kept_names.entry(t.pointer.clone()).or_default().push(t.name.clone());
        }
        self
    }

    /// Also generates `contract/cases.rs` (off by default; see
    /// [`emit::EmitOptions::contract_cases`]).
    pub fn contract_cases(mut self, on: bool) -> Self {
        self.options.contract_cases = on;
        self
    }

    /// Sets how the Rust files are laid out (formatted by default). A
    /// build script that only `include!`s the [single
    /// file](GeneratedCrate::write_single_file) can take
    /// [`emit::Layout::Compact`]: the same items, unformatted, for about a
    /// fifth fewer instructions (`BENCHMARKS.md`, "The build.rs path").
    ///
    /// ```no_run
    /// let krate = clientgen::Generator::new("openapi.yml").layout(clientgen::emit::Layout::Compact).generate()?;
    /// assert_eq!(krate.layout, clientgen::emit::Layout::Compact);
    /// # Ok::<(), clientgen::Error>(())
    /// ```
    pub fn layout(mut self, layout: emit::Layout) -> Self {
        self.options.layout = layout;
        self
    }

    /// The spec path.
    pub fn spec(&self) -> &Path {
        &self.spec
    }

    /// Runs load → normalize → parse → lower and returns the IR with all warnings.
    ///
    /// # Errors
    /// Any stage's [`Error`], naming the spec file and a JSON pointer.
    pub fn lower(&self) -> Result<lower::Lowered, Error> {
        let value = load::load_file(&self.spec)?;
        let normalized = normalize::normalize(&self.spec, value)?;
        let mut warnings = normalized.warnings.clone();
        // Problems inside a hoisted copy are reported where the user wrote them.
        let hoisted = normalized.hoisted.clone();
        let relocate = |mut e: Error| {
            e.pointer = e.pointer.map(|p| hoist::original_pointer(&p, &hoisted));
            e
        };
        // Kept names are cited by the pointers the user wrote; lowering sees hoisted copies.
        // Only places that still exist keep their names (a removed place
        // must not hold a name a newcomer could have).
        let kept: std::collections::BTreeMap<String, Vec<String>> = self
            .kept_names
            .iter()
            .flat_map(|(pointer, names)| hoist::hoisted_pointers(pointer, &hoisted).into_iter().map(move |p| (p, names.clone())))
            .filter(|(pointer, _)| {
                // Webhooks are kept apart from the document (OpenAPI 3.0 has none).
                let webhooks = pointer.strip_prefix("/webhooks").and_then(|rest| normalized.webhooks.as_ref().and_then(|w| w.pointer(rest)));
                normalized.document.pointer(pointer).is_some() || webhooks.is_some()
            })
            .collect();
        let parsed = parse::parse(&self.spec, normalized).map_err(relocate)?;
        let mut lowered = lower::lower_keeping(&self.spec, &parsed, &kept).map_err(relocate)?;
        warnings.append(&mut lowered.warnings);
        for w in &mut warnings {
            w.pointer = hoist::original_pointer(&w.pointer, &hoisted);
        }
        // So are the types defined inside one (their docs name this pointer).
        for t in &mut lowered.ir.types {
            t.source = hoist::original_pointer(&t.source, &hoisted);
        }
        warnings.sort();
        warnings.dedup();
        lowered.warnings = warnings;
        Ok(lowered)
    }

    /// Runs the whole pipeline and returns the generated crate in memory.
    ///
    /// # Errors
    /// Any stage's [`Error`]; emitting fails only on a generator bug, which is
    /// also reported as an [`Error`] rather than a panic.
    pub fn generate(&self) -> Result<GeneratedCrate, Error> {
        let valid = self.crate_name.starts_with(|c: char| c.is_ascii_alphabetic())
            && self.crate_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(Error::file(
                &self.spec,
                format!(
                    "invalid crate name `{}`: use ASCII letters, digits, `-` and `_`, starting with a letter",
                    self.crate_name
                ),
            ));
        }
        if let Some(version) = &self.options.crate_version {
            if let Err(e) = semver::Version::parse(version) {
                return Err(Error::file(&self.spec, format!("invalid crate version `{version}`: {e} (expected e.g. `1.2.0`)")));
            }
        }
        let lowered = self.lower()?;
        let mut krate = emit::emit(&lowered.ir, &self.crate_name, &self.options).map_err(|e| Error::file(&self.spec, e))?;
        krate.warnings = lowered.warnings;
        Ok(krate)
    }
}

/// The Rust API surface at `path`, for [`diff`]: the [`manifest`] of a
/// generated crate (its directory, or its `api.json`), or else the
/// manifest of the crate a spec (YAML or JSON) generates.
///
/// ```no_run
/// let old = clientgen::surface_of("generated-client")?;
/// let new = clientgen::surface_of("spec/openapi.documented.yml")?;
/// println!("{}", clientgen::diff::to_text(&clientgen::diff::diff(&old, &new)));
/// # Ok::<(), clientgen::Error>(())
/// ```
///
/// # Errors
/// A directory without `api.json`, a manifest of another format, or any
/// error of generating from the spec.
pub fn surface_of(path: impl AsRef<Path>) -> Result<manifest::Manifest, Error> {
    let path = path.as_ref();
    let manifest_path = if path.is_dir() { path.join(manifest::MANIFEST_FILE) } else { path.to_path_buf() };
    if path.is_dir() && !manifest_path.is_file() {
        return Err(Error::file(
            path,
            format!("no {} here: a crate generated by clientgen 0.1 or later has one (regenerate it)", manifest::MANIFEST_FILE),
        ));
    }
    let is_json = manifest_path.extension().is_some_and(|e| e == "json");
    if is_json {
        let text = std::fs::read_to_string(&manifest_path).map_err(|e| Error::file(&manifest_path, e.to_string()))?;
        let looks_like_manifest = serde_json::from_str::<serde_json::Value>(&text).is_ok_and(|v| v.get("manifest").is_some());
        if looks_like_manifest {
            return manifest::Manifest::from_json(&text).map_err(|e| Error::file(&manifest_path, e.to_string()));
        }
    }
    Ok(Generator::new(path).generate()?.manifest)
}
