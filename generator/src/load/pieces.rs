//! A large YAML document parsed on several threads.
//!
//! An OpenAPI document in YAML is a block mapping whose entries start at
//! column 0 (`openapi:`, `info:`, `paths:`, `components:`, ...), and the
//! large ones are block mappings again (`paths:` holds one entry per path).
//! [`split`] cuts the text at those entry lines into a few [`Piece`]s of
//! about equal size, each a YAML document of its own; [`parse_pieces`]
//! parses them on scoped threads and [`merge`] joins the values in order.
//!
//! The result is the value the whole document gives, or nothing:
//! [`split`] declines a document whose column-0 lines are not all plain
//! mapping keys, comments or blank (a `---`, a flow collection, a complex
//! key), and any piece that does not parse alone (an alias whose anchor is
//! in another piece, a quoted scalar running over an entry line) or a key
//! that two pieces both define makes the caller parse the whole text
//! instead, so errors keep the line numbers of the whole document.

use serde_json::{Map, Value};

/// Documents smaller than this are parsed whole: threads would cost more
/// than they save.
pub(super) const MIN_SPLIT_BYTES: usize = 256 * 1024;

/// One part of the document, parsed alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Piece<'a> {
    /// The column-0 key line of the entry this piece holds part of (e.g.
    /// `paths:`), put in front of [`Piece::body`] when it is parsed; `None`
    /// when the piece holds whole top-level entries.
    pub(super) parent: Option<&'a str>,
    /// The lines of the piece, as in the document.
    pub(super) body: &'a str,
}

impl Piece<'_> {
    /// The YAML document this piece is parsed as.
    fn text(&self) -> std::borrow::Cow<'_, str> {
        match self.parent {
            None => self.body.into(),
            Some(parent) => format!("{parent}\n{}", self.body).into(),
        }
    }
}

/// A line of the document with its byte offset.
#[derive(Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start_matches(' ').len()
    }

    /// Blank or a comment: belongs to whichever piece it falls in.
    fn is_neutral(&self) -> bool {
        let t = self.text.trim_start_matches(' ').trim_end();
        t.is_empty() || t.starts_with('#')
    }
}

/// Whether `text` (without indentation) starts a mapping entry `key:`
/// with a plain key: its first character cannot start anything else (a
/// quote, flow collection, anchor, alias, tag, complex key, sequence entry,
/// block scalar or document marker), and no comment comes before the
/// colon.
fn is_key_line(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    if !(first.is_ascii_alphanumeric() || matches!(first, '_' | '/' | '$' | '.')) || text.starts_with("...") {
        return false;
    }
    // The first `: ` (or a `:` ending the line) closes the key.
    let Some(colon) = text.find(": ").or_else(|| text.trim_end().strip_suffix(':').map(str::len)) else { return false };
    !text[..colon].contains(" #")
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        out.push(Line { start, text: line.trim_end_matches(['\n', '\r']) });
        start += line.len();
    }
    out
}

/// Cuts `text` into at most `count` pieces of about equal size (each cut at
/// the entry line nearest to its share of the bytes), or `None`
/// when it is not a block mapping of plain keys (see the module docs).
pub(super) fn split(text: &str, count: usize) -> Option<Vec<Piece<'_>>> {
    if count < 2 {
        return None;
    }
    let lines = lines(text);
    // The top-level entries: each starts at a column-0 key line.
    let mut entries: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_neutral() || line.indent() > 0 {
            continue;
        }
        if !is_key_line(line.text) {
            return None;
        }
        entries.push(i);
    }
    // Anything before the first key other than comments makes it not a mapping of ours.
    let first = *entries.first()?;
    if lines[..first].iter().any(|l| !l.is_neutral()) {
        return None;
    }
    let offset = |i: usize| lines.get(i).map_or(text.len(), |l| l.start);
    let share = text.len().div_ceil(count);

    // Where a piece may start: at a top-level entry, or inside a large
    // entry at one of its children after the first (that piece then gets
    // the entry's key line as its parent).
    let mut candidates: Vec<(usize, Option<&str>)> = Vec::new();
    for (n, &entry) in entries.iter().enumerate() {
        candidates.push((entry, None));
        let end = entries.get(n + 1).copied().unwrap_or(lines.len());
        if offset(end) - offset(entry) > share {
            if let Some(children) = child_starts(&lines[entry + 1..end]) {
                candidates.extend(children.into_iter().skip(1).map(|c| (c + entry + 1, Some(lines[entry].text))));
            }
        }
    }
    // Cut at the candidate nearest to each k-th share of the text.
    let mut cuts: Vec<(usize, Option<&str>)> = vec![(first, None)];
    for k in 1..count {
        let boundary = k * share;
        let previous = cuts[cuts.len() - 1].0;
        let nearest = candidates
            .iter()
            .filter(|c| c.0 > previous)
            .min_by_key(|c| offset(c.0).abs_diff(boundary));
        if let Some(&cut) = nearest {
            cuts.push(cut);
        }
    }
    let mut pieces = Vec::with_capacity(cuts.len());
    for (k, &(line, parent)) in cuts.iter().enumerate() {
        // The first piece also holds the comments before the first entry.
        let start = if k == 0 { 0 } else { offset(line) };
        let end = cuts.get(k + 1).map_or(text.len(), |c| offset(c.0));
        pieces.push(Piece { parent, body: &text[start..end] });
    }
    (pieces.len() > 1).then_some(pieces)
}

/// The indices in `block` (the lines of one entry's value) where its
/// children start, or `None` when the value is not a block mapping of
/// plain keys.
fn child_starts(block: &[Line<'_>]) -> Option<Vec<usize>> {
    let indent = block.iter().find(|l| !l.is_neutral())?.indent();
    if indent == 0 {
        return None;
    }
    let mut starts = Vec::new();
    for (i, line) in block.iter().enumerate() {
        if line.is_neutral() || line.indent() > indent {
            continue;
        }
        if line.indent() < indent || !is_key_line(&line.text[indent..]) {
            return None;
        }
        starts.push(i);
    }
    Some(starts)
}

/// Parses every piece with `parse`, the first on the calling thread and the
/// others on scoped threads; `None` if any piece fails.
pub(super) fn parse_pieces<E: Send>(pieces: &[Piece<'_>], parse: impl Fn(&str) -> Result<Value, E> + Sync) -> Option<Vec<Value>> {
    let parse = &parse;
    let results: Vec<Result<Value, E>> = std::thread::scope(|scope| {
        let helpers: Vec<_> = pieces[1..].iter().map(|piece| scope.spawn(move || parse(&piece.text()))).collect();
        let mut results = vec![parse(&pieces[0].text())];
        // A panicking parser is a bug of its own; it is passed on.
        results.extend(helpers.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))));
        results
    });
    results.into_iter().map(Result::ok).collect()
}

/// Joins the values of the pieces in order; `None` when two pieces define
/// the same key (the whole document then decides what that means).
pub(super) fn merge(pieces: &[Piece<'_>], values: Vec<Value>) -> Option<Value> {
    let mut out = Map::new();
    for (piece, value) in pieces.iter().zip(values) {
        let Value::Object(map) = value else { return None };
        let mut entries = map.into_iter();
        if piece.parent.is_some() {
            // The first key is the parent, holding this piece's children.
            let (key, Value::Object(children)) = entries.next()? else { return None };
            let Value::Object(into) = out.get_mut(&key)? else { return None };
            insert_new(into, children)?;
        }
        insert_new(&mut out, entries)?;
    }
    Some(Value::Object(out))
}

/// Inserts `entries` into `map`; `None` at a key `map` already has.
fn insert_new(map: &mut Map<String, Value>, entries: impl IntoIterator<Item = (String, Value)>) -> Option<()> {
    for (key, value) in entries {
        if map.contains_key(&key) {
            return None;
        }
        map.insert(key, value);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Value {
        super::super::load_bytes(std::path::Path::new("whole.yml"), text.as_bytes()).unwrap()
    }

    /// The pieces' merged value, or `None` when any step declines.
    fn in_pieces(text: &str, count: usize) -> Option<Value> {
        let pieces = split(text, count)?;
        let values = parse_pieces(&pieces, |t| serde_yaml::from_str::<Value>(t))?;
        merge(&pieces, values)
    }

    const DOC: &str = "\
# A comment before the first key
openapi: 3.1.0
info:
  title: T
  description: |
    Text with a line that looks like a key:
    paths: no
paths:
  /a:
    get:
      summary: a
  # a comment between paths

  /b:
    get:
      summary: 'b: quoted'
  /c/{id}:
    post: {summary: c}
  /d:
    get:
      summary: >
        folded
        text
components:
  schemas:
    A:
      type: object
";

    #[test]
    fn pieces_give_the_whole_documents_value() {
        for count in 2..=6 {
            let pieces = split(DOC, count).expect("a block mapping of plain keys splits");
            assert!(pieces.len() > 1, "{count}: {pieces:?}");
            assert_eq!(in_pieces(DOC, count), Some(whole(DOC)), "{count} pieces: {pieces:?}");
        }
    }

    #[test]
    fn a_large_entry_is_cut_at_its_children() {
        let pieces = split(DOC, 4).unwrap();
        assert!(pieces.iter().any(|p| p.parent == Some("paths:")), "{pieces:?}");
        assert!(pieces.len() <= 4, "{pieces:?}");
        // In order: the pieces' bodies are the document.
        assert_eq!(pieces.iter().map(|p| p.body).collect::<String>(), DOC);
    }

    #[test]
    fn documents_that_are_not_plain_block_mappings_are_not_split() {
        for text in ["---\na: 1\nb: 2\n", "a: 1\n? complex\n: 2\n", "{a: 1,\nb: 2}\n", "a: [1,\n]\nb: 2\n", "\"a\": 1\nb: 2\n", "- 1\n- 2\n", "a: 1\n&x b: 2\n"] {
            assert_eq!(split(text, 2), None, "{text:?}");
        }
    }

    #[test]
    fn an_alias_to_another_piece_or_a_repeated_key_declines() {
        // The alias's anchor is in the other piece: that piece fails alone.
        let text = "a: &x\n  k: 1\nb: *x\n";
        assert!(split(text, 2).is_some());
        assert_eq!(in_pieces(text, 2), None);
        // A key both pieces define: the whole document decides.
        let text = "a: 1\nb: 2\na: 3\n";
        assert_eq!(in_pieces(text, 3), None);
        let text = "p:\n  x: 1\n  y: 2\n  x: 3\n";
        assert_eq!(in_pieces(text, 3), None);
    }

    #[test]
    fn a_quoted_scalar_over_an_entry_line_declines() {
        // `b: two"` continues the quoted scalar of `a`, but looks like an entry.
        let text = "a: \"one\nb: two\"\nc: 3\n";
        assert_eq!(whole(text)["a"], "one b: two");
        // Cut before `b`, the first piece does not parse alone.
        assert_eq!(split(text, 3).map(|p| p.len()), Some(3));
        assert_eq!(in_pieces(text, 3), None);
        // Whichever the cut: the whole document's value, or none.
        for count in 2..=4 {
            if let Some(value) = in_pieces(text, count) {
                assert_eq!(value, whole(text), "{count} pieces");
            }
        }
    }

    #[test]
    fn the_corpus_yaml_specs_load_the_same_in_pieces() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs");
        let mut files = vec![dir.join("whop/openapi.documented.yml")];
        files.extend(std::fs::read_dir(dir.join("corpus")).into_iter().flatten().flatten().map(|e| e.path()));
        let mut compared = 0;
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "yml" || e == "yaml")) {
            let Ok(text) = std::fs::read_to_string(file) else { continue };
            for count in [2, 3, 8] {
                if let Some(value) = in_pieces(&text, count) {
                    assert_eq!(value, whole(&text), "{} in {count} pieces", file.display());
                    compared += 1;
                }
            }
        }
        assert!(compared >= 3, "only {compared} corpus documents split (is ../shared beside the checkout?)");
    }
}
