//! The Whop client's cargo features (one per `x-group-title` resource
//! group, plus `webhook-events`): the crate must compile with no feature
//! and with each feature alone, its tests included, without a single
//! warning, since unused code behind a gate is exactly what a wrong gate
//! produces. (All features on is the checked-in `generated-client`, which
//! the workspace builds, lints and tests.)

mod support;

use std::path::Path;
use std::time::Instant;

use support::{cargo_in, first_error_lines, prepare_crate_dir, rustc_warning_count, shared_target_dir, tmp_dir};

#[test]
fn whop_client_compiles_warning_free_with_each_feature_alone() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.documented.yml");
    let krate = clientgen::Generator::new(&spec).crate_name("whop-client").generate().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        krate.features,
        [
            "payins", "cards", "payouts", "identity", "crm", "engagement", "courses", "developer", "ai", "bounties", "stats", "ads",
            "webhook-events"
        ],
        "the spec's x-group-title groups, in order of first appearance, then webhook-events"
    );
    let dir = tmp_dir().join("features").join("whop-client");
    prepare_crate_dir(&krate, &dir);
    let target = shared_target_dir();

    let mut combinations: Vec<Vec<&str>> = vec![vec![]];
    combinations.extend(krate.features.iter().map(|f| vec![f.as_str()]));
    let mut failures = Vec::new();
    eprintln!("| features | cargo check --all-targets | warnings |");
    for features in &combinations {
        let list = features.join(",");
        let mut args = vec!["check", "--all-targets", "--no-default-features"];
        if !features.is_empty() {
            args.extend(["--features", list.as_str()]);
        }
        let started = Instant::now();
        let out = cargo_in(&dir, &target, &args);
        let warnings = rustc_warning_count(&out.stderr);
        let label = if list.is_empty() { "(none)" } else { list.as_str() };
        eprintln!("| {label} | {:.1} s | {warnings} |", started.elapsed().as_secs_f64());
        if !out.success || warnings > 0 {
            failures.push(format!("--features [{label}]: {} warnings\n{}", warnings, first_error_lines(&out.stderr, 30)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
