//! Errors and warnings, each naming the input file and a JSON pointer.
//!
//! Every stage reports problems through these two types: an [`Error`] stops
//! generation, a [`Warning`] records something the generator could not carry
//! into the output (so nothing is ever dropped silently).

use std::fmt;
use std::path::{Path, PathBuf};

/// A fatal problem with the input, or with writing the output.
///
/// `Display` gives `file: pointer: message` (or `file:line: message` when the
/// problem is a syntax error), which is what the CLI prints before exiting 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file the problem is in (the spec, or an output file).
    pub file: PathBuf,
    /// Where in the document: a JSON pointer such as `/paths/~1leads/get`.
    pub pointer: Option<String>,
    /// 1-based line number, when the loader knows it.
    pub line: Option<usize>,
    /// What is wrong, in words.
    pub message: String,
}

impl Error {
    /// An error about `file` at JSON `pointer`.
    pub fn at(file: &Path, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Error { file: file.to_path_buf(), pointer: Some(pointer.into()), line: None, message: message.into() }
    }

    /// An error about `file` as a whole (I/O, syntax without position).
    pub fn file(file: &Path, message: impl Into<String>) -> Self {
        Error { file: file.to_path_buf(), pointer: None, line: None, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(pointer) = &self.pointer {
            let shown = if pointer.is_empty() { "(document root)" } else { pointer };
            write!(f, ": at {shown}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Error {}

/// Something in the input that the generator understood but could not fully
/// express, with the JSON pointer of the construct.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Warning {
    /// JSON pointer of the construct, e.g. `/components/schemas/Lead/properties/x/not`.
    pub pointer: String,
    /// What was not carried over and what the generator did instead.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: at {}: {}", self.pointer, self.message)
    }
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/`
/// as RFC 6901 requires.
///
/// ```
/// assert_eq!(clientgen::diagnostics::push_pointer("/paths", "/leads/{id}"), "/paths/~1leads~1{id}");
/// ```
pub fn push_pointer(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// Decodes one RFC 6901 reference token (`~1` → `/`, `~0` → `~`).
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}
