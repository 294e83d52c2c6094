//! Generation time per stage: load → normalize → parse → lower → emit → write,
//! on the Whop spec and the largest corpus specs, next to the floor (bare
//! `serde_yaml`/`serde_json` parsing of the same file into a
//! `serde_json::Value`) measured in the same run.
//!
//! A `harness = false` binary rather than criterion: the floor and the
//! pipeline are measured *interleaved* (one floor sample, one pipeline
//! sample, one end-to-end sample, repeat), so load from concurrent builds
//! hits both sides of the ratio alike; criterion measures one benchmark
//! after the other. Each row reports the median and the minimum.
//!
//! ```sh
//! CARGO_TARGET_DIR=/tmp/bench-target cargo bench -p clientgen --bench stages
//! CARGO_TARGET_DIR=/tmp/bench-target cargo bench -p clientgen --bench stages --profile dev   # what `cargo run`/build.rs get
//! BENCH_SAMPLES=5 BENCH_SPECS=whop cargo bench -p clientgen --bench stages
//! ```
//!
//! Environment:
//! - `BENCH_SAMPLES`: samples per spec (default 15 for specs over 1 MB, 30 otherwise).
//! - `BENCH_SPECS`: comma-separated subset of `whop,conductor,nexus`.
//! - `BENCH_ONCE=1`: run the floor and each stage exactly once, no timing
//!   loop and no end-to-end run; for `valgrind --tool=callgrind` (see
//!   `bench/stages.sh`), where the `bench_*` functions below carry the
//!   inclusive instruction counts.

//!
//! The binary runs on the CLI's allocator (mimalloc, `src/main.rs`), the
//! floor as well as the stages; a `build.rs` calling the library gets the
//! system allocator unless it sets one.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clientgen::{emit, load, lower, normalize, parse, GeneratedCrate, Generator};

/// The CLI's allocator (`src/main.rs`).
#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Spec {
    key: &'static str,
    path: PathBuf,
    crate_name: &'static str,
}

fn specs() -> Vec<Spec> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = root.join("../shared/specs/corpus");
    let all = vec![
        Spec { key: "whop", path: root.join("spec/openapi.documented.yml"), crate_name: "whop-client" },
        Spec {
            key: "conductor",
            path: corpus.join("conductor-3.1.documented.yml"),
            crate_name: "conductor-client",
        },
        Spec { key: "nexus", path: corpus.join("progenitor-nexus.json"), crate_name: "nexus-client" },
    ];
    let wanted = std::env::var("BENCH_SPECS").ok();
    all.into_iter()
        .filter(|s| wanted.as_deref().is_none_or(|w| w.split(',').any(|k| k.trim() == s.key)))
        .collect()
}

// Each measured step is its own non-inlined function, so a callgrind
// profile attributes inclusive instruction counts to it by name.

#[inline(never)]
fn bench_floor(text: &str, json: bool) -> serde_json::Value {
    if json {
        serde_json::from_str(text).expect("the spec is JSON")
    } else {
        serde_yaml::from_str(text).expect("the spec is YAML")
    }
}

#[inline(never)]
fn bench_load(path: &Path) -> serde_json::Value {
    load::load_file(path).unwrap_or_else(|e| panic!("{e}"))
}

#[inline(never)]
fn bench_normalize(path: &Path, value: serde_json::Value) -> normalize::Normalized {
    normalize::normalize(path, value).unwrap_or_else(|e| panic!("{e}"))
}

#[inline(never)]
fn bench_parse(path: &Path, normalized: normalize::Normalized) -> parse::Parsed {
    parse::parse(path, normalized).unwrap_or_else(|e| panic!("{e}"))
}

/// Lowering, plus dropping the parsed document (the library drops it there too).
#[inline(never)]
fn bench_lower(path: &Path, parsed: parse::Parsed) -> lower::Lowered {
    let lowered = lower::lower(path, &parsed).unwrap_or_else(|e| panic!("{e}"));
    drop(parsed);
    lowered
}

/// Emitting, plus dropping the IR.
#[inline(never)]
fn bench_emit(lowered: lower::Lowered, crate_name: &str) -> GeneratedCrate {
    let krate = emit::emit(&lowered.ir, crate_name, &emit::EmitOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    drop(lowered);
    krate
}

/// Writing into an empty directory (every file is new).
#[inline(never)]
fn bench_write(krate: &GeneratedCrate, dir: &Path) {
    krate.write_to(dir).unwrap_or_else(|e| panic!("{e}"));
}

/// The whole library path, as the CLI and a `build.rs` call it.
#[inline(never)]
fn bench_end_to_end(path: &Path, crate_name: &str, dir: &Path) -> GeneratedCrate {
    let krate = Generator::new(path).crate_name(crate_name).generate().unwrap_or_else(|e| panic!("{e}"));
    krate.write_to(dir).unwrap_or_else(|e| panic!("{e}"));
    krate
}

const STAGES: [&str; 6] = ["load", "normalize", "parse", "lower", "emit", "write"];

/// One pass through the stages; returns each stage's duration.
fn staged(spec: &Spec, dir: &Path) -> [Duration; 6] {
    let p = spec.path.as_path();
    let mut t = [Duration::ZERO; 6];
    let start = Instant::now();
    let value = bench_load(p);
    t[0] = start.elapsed();
    let start = Instant::now();
    let normalized = bench_normalize(p, value);
    t[1] = start.elapsed();
    let start = Instant::now();
    let parsed = bench_parse(p, normalized);
    t[2] = start.elapsed();
    let start = Instant::now();
    let lowered = bench_lower(p, parsed);
    t[3] = start.elapsed();
    let start = Instant::now();
    let krate = bench_emit(lowered, spec.crate_name);
    t[4] = start.elapsed();
    let start = Instant::now();
    bench_write(&krate, dir);
    t[5] = start.elapsed();
    drop(black_box(krate));
    t
}

fn fresh_dir(base: &Path, n: usize) -> PathBuf {
    let dir = base.join(n.to_string());
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn min(xs: &[f64]) -> f64 {
    xs.iter().copied().fold(f64::INFINITY, f64::min)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects specs too.
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let once = std::env::var("BENCH_ONCE").is_ok_and(|v| v == "1");
    let tmp = std::env::temp_dir().join(format!("clientgen-bench-{}", std::process::id()));
    let profile = if cfg!(debug_assertions) { "dev (debug-assertions on)" } else { "release/bench" };

    if !once {
        println!("clientgen per-stage benchmark, profile: {profile}; times in ms, median (min)\n");
    }
    for spec in specs() {
        if !filter.is_empty() && !filter.iter().any(|f| spec.key.contains(f.as_str())) {
            continue;
        }
        if !spec.path.exists() {
            println!("{}: {} not found, skipped\n", spec.key, spec.path.display());
            continue;
        }
        let text = std::fs::read_to_string(&spec.path).expect("the spec is UTF-8");
        let json = text.trim_start().starts_with('{');
        let dir_base = tmp.join(spec.key);

        if once {
            // Each step once, so every function under a `bench_*` step is
            // counted exactly once (except serde_yaml/serde_json, shared by
            // the floor and `load`).
            drop(black_box(bench_floor(&text, json)));
            let _ = staged(&spec, &fresh_dir(&dir_base, 0));
            let _ = std::fs::remove_dir_all(&dir_base);
            continue;
        }

        let samples: usize = std::env::var("BENCH_SAMPLES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(if text.len() > 1_000_000 { 15 } else { 30 });
        // Warm-up: page cache, allocator, lazy statics.
        drop(black_box(bench_floor(&text, json)));
        let _ = staged(&spec, &fresh_dir(&dir_base, 0));

        let mut floor = Vec::new();
        let mut stages: Vec<Vec<f64>> = vec![Vec::new(); STAGES.len()];
        let mut sums = Vec::new();
        let mut e2e = Vec::new();
        let mut ratio = Vec::new();
        for i in 0..samples {
            let start = Instant::now();
            let v = bench_floor(&text, json);
            let f = ms(start.elapsed());
            drop(black_box(v));
            floor.push(f);

            let t = staged(&spec, &fresh_dir(&dir_base, i));
            for (k, d) in t.iter().enumerate() {
                stages[k].push(ms(*d));
            }
            sums.push(t.iter().map(|d| ms(*d)).sum::<f64>());

            let dir = fresh_dir(&dir_base, i + samples);
            let start = Instant::now();
            let krate = bench_end_to_end(&spec.path, spec.crate_name, &dir);
            let e = ms(start.elapsed());
            drop(black_box(krate));
            e2e.push(e);
            ratio.push(e / f);
            let _ = std::fs::remove_dir_all(&dir);
            let _ = std::fs::remove_dir_all(dir_base.join(i.to_string()));
        }
        let _ = std::fs::remove_dir_all(&dir_base);

        let floor_name = if json { "serde_json::from_str::<Value>" } else { "serde_yaml::from_str::<Value>" };
        println!(
            "## {} — {} ({:.2} MB {}), {samples} samples",
            spec.key,
            spec.path.file_name().unwrap().to_string_lossy(),
            text.len() as f64 / 1e6,
            if json { "JSON" } else { "YAML" }
        );
        println!("| step | median ms | min ms | × floor (median) |");
        println!("|---|---:|---:|---:|");
        let fm = median(&floor);
        println!("| floor: {floor_name} | {fm:.1} | {:.1} | 1.00 |", min(&floor));
        for (k, name) in STAGES.iter().enumerate() {
            let m = median(&stages[k]);
            println!("| {name} | {m:.1} | {:.1} | {:.2} |", min(&stages[k]), m / fm);
        }
        let sm = median(&sums);
        println!("| sum of stages | {sm:.1} | {:.1} | {:.2} |", min(&sums), sm / fm);
        let em = median(&e2e);
        println!("| end to end (Generator::generate + write_to) | {em:.1} | {:.1} | {:.2} |", min(&e2e), em / fm);
        println!(
            "\nend to end / floor: {:.2}× (median of per-round ratios), {:.2}× (min/min)\n",
            median(&ratio),
            min(&e2e) / min(&floor)
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
