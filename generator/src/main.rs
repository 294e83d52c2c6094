//! The `clientgen` command line: `cargo run` at the workspace root
//! regenerates `generated-client/` from `spec/openapi.documented.yml`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Generation allocates on several threads, where glibc's `malloc` pays for
/// atomic operations on every call; mimalloc keeps per-thread heaps.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate a Rust API client from an OpenAPI 3.0/3.1 document.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate (the default: the Whop spec into generated-client/).
    Generate {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long, default_value = DEFAULT_SPEC)]
        spec: PathBuf,
        /// The crate directory to write.
        #[arg(long, default_value = DEFAULT_OUT)]
        out: PathBuf,
        /// The generated crate's package name.
        #[arg(long, default_value = DEFAULT_CRATE)]
        crate_name: String,
        /// The crate's version (e.g. `1.2.0`). Default: the version of the
        /// crate already in the output directory, else 0.1.0.
        #[arg(long, value_name = "X.Y.Z")]
        crate_version: Option<String>,
        #[command(flatten)]
        contract: ContractCases,
    },
    /// Exit 1 with a unified diff when the crate on disk differs from a fresh generation.
    Check {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long, default_value = DEFAULT_SPEC)]
        spec: PathBuf,
        /// The crate directory to compare.
        #[arg(long, default_value = DEFAULT_OUT)]
        out: PathBuf,
        /// The generated crate's package name.
        #[arg(long, default_value = DEFAULT_CRATE)]
        crate_name: String,
        /// The crate's version (e.g. `1.2.0`). Default: the version of the
        /// crate already in the output directory, else 0.1.0.
        #[arg(long, value_name = "X.Y.Z")]
        crate_version: Option<String>,
        #[command(flatten)]
        contract: ContractCases,
    },
    /// List what changes in the Rust API from OLD to NEW, each change classed
    /// major, minor or patch. Exits 1 when a change reaches `--fail-on`, 2 on an error.
    Diff {
        /// The old side: a spec (YAML or JSON), a generated crate's directory, or its api.json.
        #[arg(long)]
        old: PathBuf,
        /// The new side, like `--old`.
        #[arg(long)]
        new: PathBuf,
        /// `text` (one line per change, then the semver summary) or `json`.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Exit 1 when some change is of this class or higher.
        #[arg(long, value_name = "major|minor|patch")]
        fail_on: Option<clientgen::diff::Severity>,
        /// Print a CHANGELOG section (Keep a Changelog style) instead.
        #[arg(long)]
        changelog: bool,
    },
    /// Print the intermediate representation as JSON.
    Ir {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long, default_value = DEFAULT_SPEC)]
        spec: PathBuf,
    },
}

/// How `clientgen diff` prints the changes.
#[derive(Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

/// Whether to generate `contract/cases.rs`.
#[derive(clap::Args)]
struct ContractCases {
    /// Also generate contract/cases.rs, one case per operation for a contract
    /// suite against a mock server (`--contract-cases=false` to leave it out).
    /// Default: on for the default spec (this repository's contract suite runs
    /// the Whop cases), off for any other.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    contract_cases: Option<bool>,
}

impl ContractCases {
    fn resolve(&self, spec: &Path) -> bool {
        self.contract_cases.unwrap_or(spec == Path::new(DEFAULT_SPEC))
    }
}

const DEFAULT_SPEC: &str = "spec/openapi.documented.yml";
const DEFAULT_OUT: &str = "generated-client";
const DEFAULT_CRATE: &str = "whop-client";

/// Resolves one of the built-in defaults ([`DEFAULT_SPEC`], [`DEFAULT_OUT`])
/// against the workspace root when the current directory is elsewhere (e.g.
/// `cargo run` from `generator/`). Any other path is the user's and is used
/// as given, relative to the current directory.
fn locate(path: &Path) -> PathBuf {
    let is_default = path == Path::new(DEFAULT_SPEC) || path == Path::new(DEFAULT_OUT);
    if !is_default || path.exists() {
        return path.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// Prints to stdout; a closed pipe (`clientgen ir | head`) is not an error.
fn print_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}

fn print_warnings(warnings: &[clientgen::Warning]) {
    let shown = 20;
    for w in warnings.iter().take(shown) {
        eprintln!("{w}");
    }
    if warnings.len() > shown {
        eprintln!("... and {} more warnings (`clientgen ir` lists them all)", warnings.len() - shown);
    }
}

/// The generator for `generate` and `check`: without `--crate-version`, the
/// crate keeps the version it has on disk, and its inline types keep the
/// names its API manifest records.
fn generator(spec: &Path, out: &Path, crate_name: String, crate_version: Option<String>, contract_cases: bool) -> clientgen::Generator {
    let generator = clientgen::Generator::new(spec).crate_name(crate_name).contract_cases(contract_cases);
    let generator = match crate_version {
        Some(version) => generator.crate_version(version),
        None => generator,
    };
    generator.keep_crate_version_of(out).keep_names_of(out)
}

/// What the stale crate's API manifest says about the fresh generation:
/// the changes, the semver summary and the release the change needs.
fn api_change_summary(out: &Path, fresh: &clientgen::manifest::Manifest) -> String {
    let on_disk = match clientgen::surface_of(out) {
        Ok(manifest) => manifest,
        Err(e) => return format!("no API change summary: {e}"),
    };
    let changes = clientgen::diff::diff(&on_disk, fresh);
    let mut text = format!("API changes against {}:\n{}", out.join(clientgen::manifest::MANIFEST_FILE).display(), clientgen::diff::to_text(&changes));
    let (top, _) = clientgen::diff::verdict(&changes);
    let version = &on_disk.crate_version;
    match top.and_then(|s| clientgen::diff::next_version(version, s).map(|next| (s, next))) {
        Some((severity, next)) => text.push_str(&format!(
            "\nthis is a {} change: release it as {next} (the crate is at {version}; `--crate-version {next}`)",
            severity.as_str()
        )),
        None => text.push_str("\nthe Rust API is unchanged: the generated code changed without changing the API"),
    }
    text
}

fn run(cli: Cli) -> Result<ExitCode, clientgen::Error> {
    let command = cli.command.unwrap_or(Command::Generate {
        spec: DEFAULT_SPEC.into(),
        out: DEFAULT_OUT.into(),
        crate_name: DEFAULT_CRATE.into(),
        crate_version: None,
        contract: ContractCases { contract_cases: None },
    });
    match command {
        Command::Generate { spec, out, crate_name, crate_version, contract } => {
            let contract_cases = contract.resolve(&spec);
            let (spec, out) = (locate(&spec), locate(&out));
            let krate = generator(&spec, &out, crate_name, crate_version, contract_cases).generate()?;
            print_warnings(&krate.warnings);
            let report = krate.write_to(&out)?;
            eprintln!(
                "generated {} from {}: {} files written, {} unchanged, {} stale removed, {} warnings",
                out.display(),
                spec.display(),
                report.written.len(),
                report.unchanged,
                report.removed.len(),
                krate.warnings.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { spec, out, crate_name, crate_version, contract } => {
            let contract_cases = contract.resolve(&spec);
            let (spec, out) = (locate(&spec), locate(&out));
            let krate = generator(&spec, &out, crate_name, crate_version, contract_cases).generate()?;
            match krate.diff_against(&out) {
                None => {
                    eprintln!("{} is up to date with {}", out.display(), spec.display());
                    Ok(ExitCode::SUCCESS)
                }
                Some(diff) => {
                    print_stdout(&diff);
                    eprintln!("{} differs from a fresh generation of {}: run `cargo run` and commit", out.display(), spec.display());
                    eprintln!("{}", api_change_summary(&out, &krate.manifest));
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Diff { old, new, format, fail_on, changelog } => {
            let changes = clientgen::diff::diff(&clientgen::surface_of(&old)?, &clientgen::surface_of(&new)?);
            let text = match (changelog, format) {
                (true, _) => clientgen::diff::to_changelog(&changes),
                (false, DiffFormat::Json) => clientgen::diff::to_json(&changes),
                (false, DiffFormat::Text) => clientgen::diff::to_text(&changes),
            };
            print_stdout(&text);
            let failed = fail_on.is_some_and(|bar| changes.iter().any(|c| c.severity >= bar));
            Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Ir { spec } => {
            let spec = locate(&spec);
            let lowered = clientgen::Generator::new(&spec).lower()?;
            let json = serde_json::json!({ "ir": lowered.ir, "warnings": lowered.warnings });
            print_stdout(&serde_json::to_string_pretty(&json).unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `diff` follows diff(1): 1 means "differences found", so errors are 2.
    let error_code = if matches!(cli.command, Some(Command::Diff { .. })) { 2 } else { 1 };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(error_code)
        }
    }
}
