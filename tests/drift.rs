//! Drift and determinism: generating twice gives identical bytes, equal to
//! the checked-in `generated-client/` (the CI spec-drift check), and the
//! single-file form used by `build.rs` is deterministic too.

mod common;

#[test]
fn generation_is_deterministic_and_matches_the_checked_in_client() {
    let generator = clientgen::Generator::new(common::whop_spec())
        .crate_name("whop-client")
        .contract_cases(true)
        .keep_crate_version_of(common::generated_dir())
        .keep_names_of(common::generated_dir());
    let first = generator.generate().expect("the Whop spec generates");
    let second = generator.generate().expect("the Whop spec generates");
    assert_eq!(first.files, second.files, "two generations differ");
    assert_eq!(first.single_file(), second.single_file(), "two single-file renderings differ");
    if let Some(diff) = first.diff_against(common::generated_dir()) {
        panic!("generated-client/ is stale; run `cargo run` and commit:\n{}", &diff[..diff.len().min(20_000)]);
    }
}
