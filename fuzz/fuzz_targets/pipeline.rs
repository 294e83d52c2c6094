//! Bytes in, no panic out: load → normalize → parse → lower → emit.
//! Any `Err` is fine (bad input must be refused clearly); a panic, an
//! abort or a hang is a bug, and each one found becomes a regression test
//! in `generator/tests/broken.rs`.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = Path::new("fuzz-input.yml");
    let Ok(value) = clientgen::load::load_bytes(file, data) else { return };
    let Ok(normalized) = clientgen::normalize::normalize(file, value) else { return };
    let Ok(parsed) = clientgen::parse::parse(file, normalized) else { return };
    let Ok(lowered) = clientgen::lower::lower(file, &parsed) else { return };
    let options = clientgen::emit::EmitOptions { contract_cases: true };
    let _ = clientgen::emit::emit(&lowered.ir, "fuzz-client", &options);
});
