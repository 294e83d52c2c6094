//! Turning spec descriptions into rustdoc that passes `-D warnings`.
//!
//! Spec prose is Markdown written for a website: it has bare URLs, `[x]`
//! that rustdoc would take for intra-doc links, `<string>` that looks like
//! HTML, and code fences that rustdoc would compile as doctests. This
//! module makes it inert while keeping the text readable.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for `text`, one per line, each line starting
/// with a space so `prettyplease` prints `/// text`.
pub(crate) fn attrs(text: &str) -> TokenStream {
    let lines = sanitize(text);
    let lines = lines.iter().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    quote! { #( #[doc = #lines] )* }
}

/// Like [`attrs`] for spec prose followed by generator-written text
/// (`own`), which is trusted Markdown and may contain intra-doc links.
pub(crate) fn attrs_with(spec: &str, own: &str) -> TokenStream {
    let mut lines = sanitize(spec);
    if !lines.is_empty() && !own.is_empty() {
        lines.push(String::new());
    }
    lines.extend(own.lines().map(str::to_owned));
    let lines = lines.iter().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    quote! { #( #[doc = #lines] )* }
}

/// `text` on one line: every run of white space (line breaks of any kind,
/// tabs, spaces) becomes one space, for a list item's description.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first paragraph of `text` (up to the first blank line), for docs
/// that repeat a longer description in brief.
///
/// ```ignore
/// assert_eq!(summary("The plan.\n\nMore about plans."), "The plan.");
/// ```
pub(crate) fn summary(text: &str) -> &str {
    let text = text.trim();
    let end = text.lines().take_while(|l| !l.trim().is_empty()).map(|l| l.len() + 1).sum::<usize>();
    text.get(..end).unwrap_or(text).trim_end()
}

/// Joins paragraphs (skipping empty ones) with a blank line between them.
pub(crate) fn paragraphs<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    parts
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Rewrites Markdown prose line by line (see the module docs).
pub(crate) fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    // A lone `\r` (old Mac line ends, or `\r\r\n`) is a line break too:
    // rustdoc refuses a bare CR in a doc comment.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for raw in text.trim().lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                let _lang = rest.trim();
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
            continue;
        }
        // Indented blocks would become (compiled) code blocks: unindent them.
        out.push(escape_inline(if line.starts_with("    ") || line.starts_with('\t') { trimmed } else { line }));
    }
    if in_fence {
        out.push("```".to_owned());
    }
    out
}

/// Escapes `[`, `]`, `<`, `>` outside code spans and wraps bare URLs in `<...>`.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        if !in_code {
            if let Some(len) = url_len(rest) {
                let url = rest[..len].trim_end_matches(['.', ',', ')', ';', ':', '\'', '"']);
                out.push('<');
                out.push_str(url);
                out.push('>');
                rest = &rest[url.len()..];
                continue;
            }
            match c {
                '[' | ']' | '<' | '>' => {
                    out.push('\\');
                    out.push(c);
                    rest = &rest[1..];
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if in_code {
        // An unclosed code span would swallow the next line's text.
        out.push('`');
    }
    out
}

fn url_len(s: &str) -> Option<usize> {
    if !(s.starts_with("https://") || s.starts_with("http://")) {
        return None;
    }
    Some(s.find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '`').unwrap_or(s.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_links_html_and_urls() {
        assert_eq!(sanitize("See [x] <string> at https://a.b/c."), ["See \\[x\\] \\<string\\> at <https://a.b/c>."]);
        assert_eq!(sanitize("keep `a[0] <b>` as is"), ["keep `a[0] <b>` as is"]);
    }

    #[test]
    fn fences_become_text() {
        assert_eq!(sanitize("```js\nx()\n```"), ["```text", "x()", "```"]);
        assert_eq!(sanitize("```\nopen"), ["```text", "open", "```"]);
    }

    #[test]
    fn one_line_folds_every_kind_of_white_space() {
        assert_eq!(one_line(" a\r\n  b\rc\t d "), "a b c d");
    }

    #[test]
    fn every_line_ending_breaks_a_line_and_no_bare_cr_survives() {
        assert_eq!(sanitize("a\r\nb\rc\r\r\nd"), ["a", "b", "c", "", "d"]);
    }
}
