//! The `clientgen` command line: `cargo run` at the workspace root
//! regenerates `generated-client/` from `spec/openapi.documented.yml`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    },
    /// Print the intermediate representation as JSON.
    Ir {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long, default_value = DEFAULT_SPEC)]
        spec: PathBuf,
    },
}

const DEFAULT_SPEC: &str = "spec/openapi.documented.yml";
const DEFAULT_OUT: &str = "generated-client";
const DEFAULT_CRATE: &str = "whop-client";

/// Resolves a default path against the workspace root when the current
/// directory is elsewhere (e.g. `cargo run` from `generator/`).
fn locate(path: &Path) -> PathBuf {
    if path.is_absolute() || path.exists() {
        return path.to_path_buf();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let candidate = root.join(path);
    if candidate.exists() || candidate.parent().is_some_and(Path::exists) {
        candidate
    } else {
        path.to_path_buf()
    }
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

fn run(cli: Cli) -> Result<ExitCode, clientgen::Error> {
    let command = cli.command.unwrap_or(Command::Generate {
        spec: DEFAULT_SPEC.into(),
        out: DEFAULT_OUT.into(),
        crate_name: DEFAULT_CRATE.into(),
    });
    match command {
        Command::Generate { spec, out, crate_name } => {
            let (spec, out) = (locate(&spec), locate(&out));
            let krate = clientgen::Generator::new(&spec).crate_name(crate_name).generate()?;
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
        Command::Check { spec, out, crate_name } => {
            let (spec, out) = (locate(&spec), locate(&out));
            let krate = clientgen::Generator::new(&spec).crate_name(crate_name).generate()?;
            match krate.diff_against(&out) {
                None => {
                    eprintln!("{} is up to date with {}", out.display(), spec.display());
                    Ok(ExitCode::SUCCESS)
                }
                Some(diff) => {
                    print_stdout(&diff);
                    eprintln!("{} differs from a fresh generation of {}: run `cargo run` and commit", out.display(), spec.display());
                    Ok(ExitCode::from(1))
                }
            }
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
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
