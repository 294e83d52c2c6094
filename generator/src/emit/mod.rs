//! Stage 5: turn the [`Ir`] into the files of a Rust crate.
//!
//! Each module is built as tokens with `quote`, parsed into a `syn::File`
//! (which proves it is valid Rust) and printed with `prettyplease`. The
//! hand-written runtime (`generator/runtime/*.rs`) is copied in verbatim.

mod contract;
mod crate_files;
mod docs;
mod features;
mod readme;
mod resources;
mod types;
mod webhooks;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;

use crate::diagnostics::Warning;
use crate::ir::Ir;

/// A generated crate held in memory: relative path (with `/`) → contents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeneratedCrate {
    /// Every file of the crate, e.g. `Cargo.toml`, `src/lib.rs`, `src/types.rs`.
    pub files: BTreeMap<String, String>,
    /// Warnings from every stage, each with its JSON pointer.
    pub warnings: Vec<Warning>,
    /// The crate's cargo features (resource groups, then `webhook-events`),
    /// all on by default; empty when the spec names no groups.
    pub features: Vec<String>,
}

/// Formats tokens as a Rust source file.
///
/// # Errors
/// The tokens are not a valid Rust file (a generator bug); the message
/// names `what` and the parser's complaint.
pub(crate) fn format_file(what: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("internal error: generated {what} is not valid Rust: {e}"))?;
    Ok(separate_items(&prettyplease::unparse(&file)))
}

/// Puts a blank line after every top-level item that ends with a `}` line,
/// which `prettyplease` does not do, so the files read like hand-written code.
fn separate_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if (line == "}" || line == "};") && lines.peek().is_some_and(|next| !next.is_empty()) {
            out.push('\n');
        }
    }
    out
}

/// Emits the crate for `ir` with package name `crate_name`.
///
/// # Errors
/// Only on a generator bug (tokens that do not parse), as a message.
pub fn emit(ir: &Ir, crate_name: &str) -> Result<GeneratedCrate, String> {
    let mut files = BTreeMap::new();
    files.insert("src/types.rs".to_owned(), format_file("src/types.rs", types::module(ir))?);
    let groups = resources::grouped(ir);
    for (resource, ops) in &groups {
        let path = format!("src/resources/{}.rs", resource.module);
        let tokens = resources::module(ir, resource, ops);
        files.insert(path.clone(), format_file(&path, tokens)?);
    }
    crate_files::add(ir, crate_name, &groups, &mut files)?;
    files.insert("contract/cases.rs".to_owned(), format_file("contract/cases.rs", contract::cases(ir, crate_name))?);
    let features = ir.features.iter().map(|f| f.name.clone()).collect();
    Ok(GeneratedCrate { files, warnings: Vec::new(), features })
}
