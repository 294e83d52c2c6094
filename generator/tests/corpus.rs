//! The real-world corpus: every third-party spec in `/work/shared/specs/corpus`
//! either generates a crate that passes `cargo check`, or is refused with a
//! clear message, exactly as `tests/corpus-expected.tsv` says.
//!
//! Each spec goes through the generator *library*; the crate is written to
//! `<CARGO_TARGET_TMPDIR>/corpus/<file name>/` and checked with one
//! `cargo check --quiet` against a shared target dir
//! (`<CARGO_TARGET_TMPDIR>/corpus-target`), so the dependencies build once.
//! The result table is printed (see it with `-- --nocapture`) and written to
//! `<CARGO_TARGET_TMPDIR>/corpus-report.md`. Slow (minutes): it runs in CI.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

/// At most this many corpus specs may be refused.
const MAX_REFUSED: usize = 2;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/corpus")
}

fn expected_table_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus-expected.tsv")
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Expected {
    Compiles,
    Refused(String),
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expected::Compiles => f.write_str("compiles"),
            Expected::Refused(words) => write!(f, "refused: {words}"),
        }
    }
}

/// Parses `file<TAB>outcome<TAB>note` rows; `#` lines, blank lines and the
/// header row (`file`, `outcome`, `note`) are skipped.
fn expected_table() -> BTreeMap<String, (Expected, String)> {
    let path = expected_table_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut rows = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("file\toutcome") {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let file = cols.next().unwrap_or_default().trim().to_owned();
        let outcome = cols.next().unwrap_or_else(|| panic!("{}:{}: missing outcome column", path.display(), i + 1)).trim();
        let note = cols.next().unwrap_or_default().trim().to_owned();
        let expected = if outcome == "compiles" {
            Expected::Compiles
        } else if let Some(words) = outcome.strip_prefix("refused:") {
            let words = words.trim();
            assert!(!words.is_empty(), "{}:{}: `refused:` needs the words the error must contain", path.display(), i + 1);
            Expected::Refused(words.to_owned())
        } else {
            panic!("{}:{}: outcome must be `compiles` or `refused: <words>`, found {outcome:?}", path.display(), i + 1);
        };
        assert!(rows.insert(file.clone(), (expected, note)).is_none(), "{}: {file} is listed twice", path.display());
    }
    rows
}

/// Every file of the corpus except its `MANIFEST.md`.
fn corpus_files() -> Vec<String> {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("the corpus is missing at {}: {e}", dir.display()));
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "MANIFEST.md")
        .collect();
    files.sort();
    files
}

/// A valid Cargo package name for a spec: `corpus-` + the file stem with
/// everything but ASCII letters and digits turned into `-`
/// (`oai-petstore-3.0.yaml` → `corpus-oai-petstore-3-0`).
fn crate_name_for(file: &str) -> String {
    let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let cleaned: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("corpus-{}", cleaned.trim_matches('-'))
}

#[derive(Debug)]
struct Row {
    file: String,
    expected: Expected,
    /// `Err(message)` when the generator refused the spec.
    generated: Result<(), String>,
    generator_warnings: usize,
    /// `None` when not generated; `Some(Ok(()))` when `cargo check` passed.
    compiled: Option<Result<(), String>>,
    rustc_warnings: usize,
    generate_time: Duration,
    check_time: Duration,
}

impl Row {
    fn actual(&self) -> String {
        match (&self.generated, &self.compiled) {
            (Err(msg), _) => format!("refused: {msg}"),
            (Ok(()), Some(Ok(()))) => "compiles".to_owned(),
            (Ok(()), Some(Err(_))) => "does not compile".to_owned(),
            (Ok(()), None) => "not checked".to_owned(),
        }
    }

    /// `None` when the row matches the expected outcome, else why not.
    fn mismatch(&self) -> Option<String> {
        match (&self.expected, &self.generated, &self.compiled) {
            (Expected::Compiles, Ok(()), Some(Ok(()))) => None,
            (Expected::Compiles, Ok(()), Some(Err(errors))) => Some(format!("expected `compiles`; the generated crate does not compile:\n{errors}")),
            (Expected::Compiles, Err(msg), _) => Some(format!("expected `compiles`; the generator refused it: {msg}")),
            (Expected::Refused(words), Err(msg), _) if msg.contains(words.as_str()) => None,
            (Expected::Refused(words), Err(msg), _) => Some(format!("expected a refusal containing {words:?}; the error was: {msg}")),
            (Expected::Refused(words), Ok(()), _) => {
                Some(format!("expected a refusal containing {words:?}; the generator accepted it ({})", self.actual()))
            }
            (_, Ok(()), None) => Some("not checked".to_owned()),
        }
    }
}

fn one_line(s: &str) -> String {
    s.replace('|', "\\|").lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ⏎ ")
}

fn render_table(rows: &[Row], total: Duration) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# clientgen corpus report\n");
    let _ = writeln!(out, "Corpus: `{}`; total time {:.1}s.\n", corpus_dir().display(), total.as_secs_f64());
    let _ = writeln!(
        out,
        "| spec | generated | generator warnings | compiled | rustc warnings | expected | matches | refused because / first errors | generate s | check s |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|---|");
    for row in rows {
        let generated = if row.generated.is_ok() { "yes" } else { "refused" };
        let compiled = match &row.compiled {
            Some(Ok(())) => "yes",
            Some(Err(_)) => "no",
            None => "-",
        };
        let why = match (&row.generated, &row.compiled) {
            (Err(msg), _) => one_line(msg),
            (Ok(()), Some(Err(errors))) => one_line(errors),
            _ => String::new(),
        };
        let matches = if row.mismatch().is_none() { "ok" } else { "**MISMATCH**" };
        let _ = writeln!(
            out,
            "| {} | {generated} | {} | {compiled} | {} | {} | {matches} | {why} | {:.2} | {:.1} |",
            row.file,
            row.generator_warnings,
            row.rustc_warnings,
            row.expected,
            row.generate_time.as_secs_f64(),
            row.check_time.as_secs_f64()
        );
    }
    let refused = rows.iter().filter(|r| r.generated.is_err()).count();
    let compiled = rows.iter().filter(|r| matches!(r.compiled, Some(Ok(())))).count();
    let _ = writeln!(out, "\n{} specs: {compiled} compile, {refused} refused, {} mismatches.", rows.len(), rows.iter().filter(|r| r.mismatch().is_some()).count());
    out
}

#[test]
fn corpus_generates_and_compiles_or_is_refused_as_expected() {
    let started = Instant::now();
    let table = expected_table();
    let files = corpus_files();

    let missing_from_table: Vec<&String> = files.iter().filter(|f| !table.contains_key(*f)).collect();
    let missing_from_corpus: Vec<&String> = table.keys().filter(|f| !files.contains(f)).collect();
    assert!(
        missing_from_table.is_empty() && missing_from_corpus.is_empty(),
        "{} and the corpus disagree: in the corpus but not the table: {missing_from_table:?}; in the table but not the corpus: {missing_from_corpus:?}",
        expected_table_path().display()
    );
    let expected_refusals = table.values().filter(|(e, _)| matches!(e, Expected::Refused(_))).count();
    assert!(expected_refusals <= MAX_REFUSED, "the table expects {expected_refusals} refusals; at most {MAX_REFUSED} are allowed");

    let crates_root = tmp_dir().join("corpus");
    let target = shared_target_dir();
    let mut rows = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let (expected, _note) = table[file].clone();
        let spec = corpus_dir().join(file);
        let crate_name = crate_name_for(file);
        println!("[{}/{}] {file} → {crate_name}", i + 1, files.len());
        // Leave a trace in the report in case the generator takes the process down (a stack overflow aborts).
        let partial = format!(
            "{}\n**Incomplete:** the run stopped at `{file}`: the generator panicked or aborted on it, or the run was interrupted.\n",
            render_table(&rows, started.elapsed())
        );
        let _ = std::fs::write(tmp_dir().join("corpus-report.md"), partial);

        // Called directly: a panic here fails the test, as it should.
        let t = Instant::now();
        let result = clientgen::Generator::new(&spec).crate_name(&crate_name).generate();
        let generate_time = t.elapsed();
        let mut row = Row {
            file: file.clone(),
            expected,
            generated: Ok(()),
            generator_warnings: 0,
            compiled: None,
            rustc_warnings: 0,
            generate_time,
            check_time: Duration::ZERO,
        };
        match result {
            Err(e) => {
                let msg = e.to_string();
                println!("    refused: {msg}");
                row.generated = Err(msg);
            }
            Ok(krate) => {
                row.generator_warnings = krate.warnings.len();
                let dir = crates_root.join(file);
                prepare_crate_dir(&krate, &dir);
                let t = Instant::now();
                let output = cargo_in(&dir, &target, &["check", "--quiet"]);
                row.check_time = t.elapsed();
                row.rustc_warnings = rustc_warning_count(&output.stderr);
                row.compiled = Some(if output.success { Ok(()) } else { Err(first_error_lines(&output.stderr, 12)) });
                println!(
                    "    generated ({} warnings), cargo check {} in {:.1}s ({} rustc warnings)",
                    row.generator_warnings,
                    if output.success { "ok" } else { "FAILED" },
                    row.check_time.as_secs_f64(),
                    row.rustc_warnings
                );
            }
        }
        rows.push(row);
    }

    let report = render_table(&rows, started.elapsed());
    println!("\n{report}");
    let report_path = tmp_dir().join("corpus-report.md");
    std::fs::write(&report_path, &report).unwrap_or_else(|e| panic!("cannot write {}: {e}", report_path.display()));
    println!("(written to {})", report_path.display());

    let mut failures: Vec<String> = rows.iter().filter_map(|r| r.mismatch().map(|m| format!("{}: {m}", r.file))).collect();
    let refused = rows.iter().filter(|r| r.generated.is_err()).count();
    if refused > MAX_REFUSED {
        failures.push(format!("{refused} specs were refused; at most {MAX_REFUSED} may be"));
    }
    assert!(failures.is_empty(), "{} corpus failure(s):\n\n{}\n\n{report}", failures.len(), failures.join("\n\n"));
}
