//! Generates the Whop client from `spec/` into `OUT_DIR` with the generator
//! *library*, exactly as a downstream crate's `build.rs` would; `src/lib.rs`
//! then `include!`s it. This proves the library path works on every build.

use std::path::PathBuf;

fn main() {
    let spec = PathBuf::from("spec/openapi.documented.yml");
    println!("cargo:rerun-if-changed={}", spec.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // Only the compiler reads the included file, so it is not formatted
    // (`Layout::Compact`: the same tokens, generated in about half the time).
    let generator = clientgen::Generator::new(&spec).crate_name("whop-client").layout(clientgen::emit::Layout::Compact);
    let generated = match generator.generate() {
        Ok(generated) => generated,
        Err(e) => {
            // A build script reports failure by exiting non-zero with a message.
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = generated.write_single_file(out.join("whop_client.rs")) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
