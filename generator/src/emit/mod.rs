//! Stage 5: turn the [`Ir`] into the files of a Rust crate.
//!
//! Each module is built as tokens with `quote`, parsed into a `syn::File`
//! (which proves it is valid Rust) and printed with `prettyplease`, on
//! worker threads (`types.rs`, the largest file, in several parts); in the
//! [`Layout::Compact`] layout the tokens are printed as they are. The
//! hand-written runtime (`generator/runtime/*.rs`) is copied in verbatim.

mod auth;
mod contract;
mod crate_files;
mod docs;
mod event_stream;
mod features;
mod readme;
mod resources;
mod surface;
mod types;
mod webhooks;

pub use types::derives;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;

use crate::diagnostics::Warning;
use crate::ir::{Ir, Operation, Resource};

/// A generated crate held in memory: relative path (with `/`) → contents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeneratedCrate {
    /// Every file the generator owns, e.g. `Cargo.toml`, `src/lib.rs`,
    /// `src/types.rs`: rewritten by every generation and compared by the
    /// drift check.
    pub files: BTreeMap<String, String>,
    /// Files the maintainer owns once they exist (`CHANGELOG.md`): written
    /// only when missing, then left alone by generation and the drift check.
    pub seeds: BTreeMap<String, String>,
    /// Warnings from every stage, each with its JSON pointer.
    pub warnings: Vec<Warning>,
    /// The crate's cargo features (resource groups, then `webhook-events`),
    /// all on by default; empty when the spec names no groups.
    pub features: Vec<String>,
    /// The public surface, also written as `api.json` (see [`crate::manifest`]).
    pub manifest: crate::manifest::Manifest,
    /// How the Rust files in [`Self::files`] are laid out; the
    /// [single file](Self::single_file) is laid out the same way.
    pub layout: Layout,
}

/// The crate's cargo feature names, in `Cargo.toml` order.
fn features_of(ir: &Ir) -> Vec<String> {
    ir.features.iter().map(|f| f.name.clone()).collect()
}

/// How the generated Rust files are laid out.
///
/// ```no_run
/// // A build script that only `include!`s the client needs no formatting:
/// let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
/// clientgen::Generator::new("openapi.yml")
///     .layout(clientgen::emit::Layout::Compact)
///     .generate()?
///     .write_single_file(out.join("client.rs"))?;
/// # Ok::<(), clientgen::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// Parsed with `syn` (which proves each file is valid Rust) and printed
    /// with `prettyplease`, a blank line after each item: files to read,
    /// commit and review. The default.
    #[default]
    Formatted,
    /// The tokens printed as they are ([`compact_text`]: unindented, a
    /// line break after each `;` and block), neither checked nor formatted
    /// here: the same items (`prettyplease` makes the formatted file of it,
    /// byte for byte) at a fraction of the cost, for a file only the
    /// compiler reads (an
    /// `include!`d [single file](GeneratedCrate::write_single_file), which
    /// parses every module once anyway). The runtime files are copied as
    /// they are either way. The compact single file puts
    /// `#[allow(clippy::all)]` on each top-level item: clippy's formatting
    /// lints (`possible_missing_else`, ...) read a layout it does not have,
    /// and the same items pass clippy in the formatted layout.
    Compact,
}

impl Layout {
    /// Lays out tokens as a Rust source file.
    ///
    /// # Errors
    /// [`Layout::Formatted`] only: the tokens are not a valid Rust file (a
    /// generator bug); the message names `what` and the parser's complaint.
    pub(crate) fn file(self, what: &str, tokens: TokenStream) -> Result<String, String> {
        match self {
            Layout::Formatted => {
                let file: syn::File =
                    syn::parse2(tokens).map_err(|e| format!("internal error: generated {what} is not valid Rust: {e}"))?;
                Ok(separate_items(&prettyplease::unparse(&file)))
            }
            Layout::Compact => Ok(compact_text(tokens)),
        }
    }
}

/// Prints tokens for [`Layout::Compact`]: single spaces between tokens
/// (none after a joint punctuation such as the first `:` of `::`), and a
/// line break after each `;` and each `{ ... }` block. The lines keep
/// rustc fast: with one line per file, every span's column (for debug
/// info and diagnostics) is counted from the start of a megabyte-long line.
pub(crate) fn compact_text(tokens: TokenStream) -> String {
    fn print(tokens: TokenStream, out: &mut String) {
        use proc_macro2::{Delimiter, Spacing, TokenTree};
        use std::fmt::Write;
        for tree in tokens {
            match tree {
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::Brace => ("{ ", "}"),
                        Delimiter::None => ("", ""),
                    };
                    out.push_str(open);
                    print(g.stream(), out);
                    out.push_str(close);
                    out.push(if g.delimiter() == Delimiter::Brace { '\n' } else { ' ' });
                }
                TokenTree::Punct(p) => {
                    out.push(p.as_char());
                    match (p.as_char(), p.spacing()) {
                        (';', _) => out.push('\n'),
                        (_, Spacing::Alone) => out.push(' '),
                        (_, Spacing::Joint) => {}
                    }
                }
                TokenTree::Ident(i) => {
                    let _ = write!(out, "{i} ");
                }
                TokenTree::Literal(l) => {
                    let _ = write!(out, "{l} ");
                }
            }
        }
    }
    let mut out = String::new();
    print(tokens, &mut out);
    out.push('\n');
    out
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

/// `types.rs` and `contract/cases.rs`, the largest files, are emitted in
/// this many parts each (plus a header), so their formatting spreads over
/// the worker threads.
const PARTS: usize = 16;

/// One unit of emitting work; each builds its tokens and formats them on
/// whichever worker thread takes it (tokens cannot cross threads).
enum Job<'a> {
    TypesHeader,
    Types(&'a [crate::ir::TypeDef]),
    TypesWebhooks,
    Resource(&'a Resource, &'a [&'a Operation]),
    ContractHeader,
    Contract(&'a [Operation]),
    CrateFiles,
}

/// What to emit besides the crate itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmitOptions {
    /// Also emit `contract/cases.rs`: one contract case per operation, for a
    /// suite that runs them against a mock server built from the spec (this
    /// repository's `tests/contract.rs` does, for the Whop client). Off by
    /// default: without such a suite the file is unused.
    pub contract_cases: bool,
    /// The crate's `version` in `Cargo.toml`; `None` is `0.1.0`. A valid
    /// semantic version (checked by [`crate::Generator::generate`]).
    pub crate_version: Option<String>,
    /// How the Rust files are laid out (formatted by default).
    pub layout: Layout,
}

/// The version of a crate generated without [`EmitOptions::crate_version`].
pub const DEFAULT_CRATE_VERSION: &str = "0.1.0";

impl EmitOptions {
    /// The version `Cargo.toml` gets.
    pub fn version(&self) -> &str {
        self.crate_version.as_deref().unwrap_or(DEFAULT_CRATE_VERSION)
    }
}

/// Emits the crate for `ir` with package name `crate_name`.
///
/// Files are built and formatted on [`worker_threads`] threads; the output
/// does not depend on the thread count or on scheduling.
///
/// # Errors
/// Only on a generator bug (tokens that do not parse), as a message.
pub fn emit(ir: &Ir, crate_name: &str, options: &EmitOptions) -> Result<GeneratedCrate, String> {
    let groups = resources::grouped(ir);
    let space = types::TypeSpace::new(ir);
    // Largest first, so the last job to finish is a small one.
    let mut jobs = vec![Job::TypesHeader];
    jobs.extend(ir.types.chunks(ir.types.len().div_ceil(PARTS).max(1)).map(Job::Types));
    if options.contract_cases {
        jobs.push(Job::ContractHeader);
        jobs.extend(ir.operations.chunks(ir.operations.len().div_ceil(PARTS).max(1)).map(Job::Contract));
    }
    jobs.push(Job::TypesWebhooks);
    jobs.push(Job::CrateFiles);
    jobs.extend(groups.iter().map(|(r, ops)| Job::Resource(r, ops.as_slice())));

    let run = |job: &Job| -> Result<Vec<(String, String)>, String> {
        let layout = options.layout;
        let types_rs = |tokens| Ok(vec![("src/types.rs".to_owned(), layout.file("src/types.rs", tokens)?)]);
        let cases_rs = |tokens| Ok(vec![("contract/cases.rs".to_owned(), layout.file("contract/cases.rs", tokens)?)]);
        match job {
            Job::TypesHeader => types_rs(types::header(ir)),
            Job::Types(part) => types_rs(space.items(part)),
            Job::TypesWebhooks => types_rs(types::webhook_items(ir)),
            Job::Resource(resource, ops) => {
                let path = format!("src/resources/{}.rs", resource.module);
                let text = layout.file(&path, resources::module(ir, &space, resource, ops))?;
                Ok(vec![(path, text)])
            }
            Job::ContractHeader => cases_rs(contract::header(ir, crate_name)),
            Job::Contract(ops) => cases_rs(contract::case_functions(ir, crate_name, ops)),
            Job::CrateFiles => {
                let mut files = BTreeMap::new();
                crate_files::add(ir, crate_name, options, &groups, &mut files)?;
                Ok(files.into_iter().collect())
            }
        }
    };
    let outputs = parallel_map(&jobs, run);

    // Parts of one file arrive in job order and are joined in that order.
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for output in outputs {
        for (path, text) in output? {
            files.entry(path).or_default().push_str(&text);
        }
    }
    for joined in ["src/types.rs", "contract/cases.rs"].into_iter().filter(|_| options.layout == Layout::Formatted) {
        if let Some(text) = files.get_mut(joined) {
            // The blank line between the last item of one part and the first of the next.
            *text = separate_items(text);
        }
    }
    let manifest = surface::manifest(ir, crate_name, options.version());
    files.insert(crate::manifest::MANIFEST_FILE.to_owned(), manifest.to_json());
    let features = features_of(ir);
    let seeds = BTreeMap::from([("CHANGELOG.md".to_owned(), readme::changelog(ir, crate_name, options.version()))]);
    Ok(GeneratedCrate { files, seeds, warnings: Vec::new(), features, manifest, layout: options.layout })
}

/// How many threads emit (and parse) use: `CLIENTGEN_THREADS` when it is set to a
/// positive number (`1` emits on the calling thread only, e.g. for
/// instruction-count profiles), otherwise `available_parallelism()`.
pub fn worker_threads() -> usize {
    std::env::var("CLIENTGEN_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `f` over `items` on up to [`worker_threads`] scoped threads, results in
/// the order of `items`. A panic in `f` (a generator bug) is passed on to
/// the caller unchanged.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = worker_threads().min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { return done };
            done.push((i, f(item)));
        }
    };
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(worker)).collect();
        let mut all = worker();
        for helper in helpers {
            match helper.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (i, r) in all {
            slots[i] = Some(r);
        }
    });
    slots.into_iter().flatten().collect()
}
