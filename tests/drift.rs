//! Drift and determinism: generating twice gives identical bytes, equal to
//! the checked-in `generated-client/` (the CI spec-drift check), and the
//! single-file form used by `build.rs` is deterministic too, and the same
//! items in either layout.

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

/// The compact layout `build.rs` uses is the formatted crate without the
/// formatting: formatting the compact single file gives the formatted one,
/// byte for byte, but for the `#[allow(clippy::all)]` on each top-level
/// item (clippy's formatting lints read a layout it does not have).
#[test]
fn the_compact_single_file_formats_to_the_formatted_one() {
    let generator = clientgen::Generator::new(common::whop_spec()).crate_name("whop-client");
    let formatted = generator.clone().generate().expect("the Whop spec generates");
    let compact = generator.layout(clientgen::emit::Layout::Compact).generate().expect("the Whop spec generates");
    assert_eq!(formatted.files["Cargo.toml"], compact.files["Cargo.toml"]);
    let (formatted, compact) = (formatted.single_file().expect("single file"), compact.single_file().expect("single file"));
    // Unindented, but in lines (rustc counts a span's column from its line's start).
    let longest = compact.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 100_000, "a compact line of {longest} bytes");
    assert!(!compact.contains("\n    pub fn "), "compact is not indented");
    assert!(formatted.len() > 1_000_000 && compact.len() < formatted.len());
    let compact: syn::File = syn::parse_str(&compact).expect("the compact single file parses");
    // Less the lint allowance the compact file puts on each top-level item.
    let compact = prettyplease::unparse(&compact).replace("#[allow(clippy::all)]\n", "");
    if let Some(at) = formatted.bytes().zip(compact.bytes()).position(|(a, b)| a != b) {
        let around = |text: &str| text.get(at.saturating_sub(300)..(at + 300).min(text.len())).unwrap_or_default().to_owned();
        panic!("the layouts differ:\nformatted: ...{}...\ncompact, formatted: ...{}...", around(&formatted), around(&compact));
    }
    assert_eq!(formatted.len(), compact.len(), "one layout has items the other lacks at its end");
}
