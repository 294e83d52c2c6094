//! Embeds the hand-written runtime (`runtime/*.rs`) into the generator, so
//! every generated crate gets a verbatim copy.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time: cargo may reuse one build-script binary for two
    // checkouts of this workspace that share a target dir.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest_dir).join("runtime");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("generator/runtime exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    names.sort();
    let mut out = String::from("/// The runtime's files: (file name, contents).\npub(crate) const RUNTIME_FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
        let _ = writeln!(out, "    ({name:?}, include_str!({:?})),", dir.join(name).display().to_string());
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("runtime_files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
