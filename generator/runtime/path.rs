//! Percent-encoding of path parameters.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Every byte except the RFC 3986 "unreserved" characters
/// (`A-Z a-z 0-9 - . _ ~`) is percent-encoded.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes `s` so it can be placed in a single URL path segment.
///
/// Everything outside the RFC 3986 unreserved set is encoded as UTF-8
/// `%XX` escapes, including `/`, `?`, `#`, `%` and spaces, so a value can
/// never change the shape of the path: `"a/b c"` becomes `"a%2Fb%20c"`.
///
/// The dot segments `.` and `..` consist of unreserved characters and are
/// returned unchanged; URL parsers resolve them even when percent-encoded, so
/// the request layer rejects such paths with
/// [`Error::InvalidRequest`](crate::runtime::Error::InvalidRequest) instead.
pub fn encode_path_segment(s: &str) -> String {
    utf8_percent_encode(s, PATH_SEGMENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::encode_path_segment;

    #[test]
    fn encodes_slash_and_space() {
        assert_eq!(encode_path_segment("a/b c"), "a%2Fb%20c");
    }

    #[test]
    fn keeps_unreserved_characters() {
        assert_eq!(encode_path_segment("lead_1-A.b~"), "lead_1-A.b~");
    }

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(encode_path_segment("?#%+&é"), "%3F%23%25%2B%26%C3%A9");
    }
}
