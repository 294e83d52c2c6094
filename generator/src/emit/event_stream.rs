//! What an API with `text/event-stream` operations adds to its crate: the
//! runtime's `sse.rs` (left out of every other crate, so their runtime copy
//! and `Cargo.toml` stay as they are), the two lines that declare and
//! re-export it, and its dependency.

use crate::ir::{Ir, ResponseFormat};

/// The runtime file that only crates with event streams get.
pub(super) const MODULE_FILE: &str = "sse.rs";

/// Appended to the runtime's `request.rs`: `sse` is a child of `request`
/// (the file goes to `src/runtime/request/sse.rs`), so it opens the stream
/// with the request's own (private) preparation.
const REQUEST_TAIL: &str = "\n// Added by clientgen: this API has `text/event-stream` responses.\npub mod sse;\n";

/// Appended to the runtime's `mod.rs`.
const MOD_TAIL: &str = "\n// Added by clientgen: this API has `text/event-stream` responses.\npub use request::sse::{Event, EventStream};\n";

/// Whether any operation returns a stream of server-sent events.
pub(super) fn needed(ir: &Ir) -> bool {
    ir.operations.iter().any(|o| o.response_format == ResponseFormat::EventStream)
}

/// The runtime file `name` as this crate gets it (its path under
/// `src/runtime/` and its contents), or `None` when the crate leaves it out.
pub(super) fn runtime_file(needed: bool, name: &str, contents: &str) -> Option<(String, String)> {
    match name {
        MODULE_FILE if !needed => None,
        MODULE_FILE => Some((format!("request/{MODULE_FILE}"), contents.to_owned())),
        "request.rs" if needed => Some((name.to_owned(), format!("{contents}{REQUEST_TAIL}"))),
        "mod.rs" if needed => Some((name.to_owned(), format!("{contents}{MOD_TAIL}"))),
        _ => Some((name.to_owned(), contents.to_owned())),
    }
}

/// `base` (TOML with `[section]` headers) with the entries of `extra`
/// appended to the end of their sections; sections `base` lacks are added
/// at the end.
///
/// ```text
/// [dependencies]        [dependencies]        [dependencies]
/// a = "1"           +   c = "3"           =   a = "1"
///                                             c = "3"
/// [dev-dependencies]                          
/// b = "2"                                     [dev-dependencies]
///                                             b = "2"
/// ```
pub(super) fn merge_toml(base: &str, extra: &str) -> String {
    let parse = |text: &str| {
        let mut sections: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines() {
            if line.starts_with('[') {
                sections.push((line.trim().to_owned(), Vec::new()));
            } else if let Some((_, lines)) = sections.last_mut() {
                lines.push(line.to_owned());
            } else if !line.trim().is_empty() {
                sections.push((String::new(), vec![line.to_owned()]));
            }
        }
        for (_, lines) in &mut sections {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
        }
        sections
    };
    let mut sections = parse(base);
    for (header, lines) in parse(extra) {
        match sections.iter_mut().find(|(h, _)| *h == header) {
            Some((_, existing)) => existing.extend(lines),
            None => sections.push((header, lines)),
        }
    }
    let mut out = String::new();
    for (i, (header, lines)) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !header.is_empty() {
            out.push_str(header);
            out.push('\n');
        }
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_appends_to_sections_and_adds_missing_ones() {
        let base = "[dependencies]\na = \"1\"\n\n[dev-dependencies]\nb = \"2\"\n";
        let merged = merge_toml(base, "[dependencies]\nc = \"3\"\n\n[build-dependencies]\nd = \"4\"\n");
        assert_eq!(merged, "[dependencies]\na = \"1\"\nc = \"3\"\n\n[dev-dependencies]\nb = \"2\"\n\n[build-dependencies]\nd = \"4\"\n");
        assert_eq!(merge_toml(base, ""), base);
    }

    #[test]
    fn sse_is_left_out_unless_needed() {
        let file = |needed, name| runtime_file(needed, name, "x\n");
        assert_eq!(file(false, MODULE_FILE), None);
        assert_eq!(file(false, "request.rs"), Some(("request.rs".into(), "x\n".into())));
        let (_, request) = file(true, "request.rs").unwrap_or_default();
        assert!(request.ends_with("\npub mod sse;\n"), "{request}");
        assert_eq!(file(true, MODULE_FILE), Some(("request/sse.rs".into(), "x\n".into())));
    }
}
