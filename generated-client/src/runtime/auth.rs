//! Authentication: the API's security schemes, the credentials configured
//! for them, and how one request carries them.
//!
//! The generated crate lists its schemes in `crate::SECURITY_SCHEMES` (from
//! the spec's `components.securitySchemes`) and gives every operation its
//! security alternatives in [`OperationMeta::security`](super::OperationMeta).
//! When a request is sent, the first alternative whose schemes all have a
//! credential is used; an empty alternative (and an empty list: a public
//! operation) sends no credential. When no alternative can be satisfied the
//! call fails with [`Error::InvalidRequest`] before anything is sent, naming
//! the schemes, their builder methods and their environment variables.
//!
//! Credentials are held as [`Secret`]s (whose `Debug` is `***`), header
//! values carrying them are marked sensitive, and no error message or
//! tracing field ever contains one.

use std::fmt;

use base64::Engine as _;
use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, COOKIE};

use super::error::{Error, Result};

/// A credential string. `Debug` prints `***`; read it with [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The credential itself (only for sending it).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How a scheme sends its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (`http` `bearer`, `oauth2`, `openIdConnect`).
    Bearer,
    /// `Authorization: Basic <base64(username:password)>` (`http` `basic`).
    Basic,
    /// `apiKey` `in: header`: the key as the value of this header.
    ApiKeyHeader(&'static str),
    /// `apiKey` `in: query`: the key as this query parameter.
    ApiKeyQuery(&'static str),
    /// `apiKey` `in: cookie`: the key as this cookie, in the `Cookie` header.
    ApiKeyCookie(&'static str),
}

/// One security scheme of the API, as generated into `crate::SECURITY_SCHEMES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's key in the spec's `components.securitySchemes`.
    pub name: &'static str,
    /// How its credential is sent.
    pub kind: SchemeKind,
    /// The `ClientBuilder` method that sets its credential.
    pub builder_method: &'static str,
    /// The environment variables [`Client::from_env`](super::Client::from_env)
    /// reads it from: one for a token or key, username and password for basic.
    pub env: &'static [&'static str],
}

/// The API's security schemes, `crate::SECURITY_SCHEMES`. The runtime's own
/// unit tests authenticate with one bearer scheme of their own instead
/// (`test_support::TEST_SCHEMES`), so they run in every generated crate,
/// whatever its API's schemes are.
pub(crate) fn schemes() -> &'static [SecurityScheme] {
    #[cfg(not(test))]
    return crate::SECURITY_SCHEMES;
    #[cfg(test)]
    return super::test_support::TEST_SCHEMES;
}

/// Whether every operation needs a credential (`crate::CREDENTIALS_REQUIRED`;
/// always, in the runtime's unit tests, as for [`schemes`]).
pub(crate) fn credentials_required() -> bool {
    cfg!(test) || crate::CREDENTIALS_REQUIRED
}

/// An operation's security alternatives (OR), each a list of scheme names
/// needed together (AND). `&[]` is a public operation.
pub type Security = &'static [&'static [&'static str]];

/// A credential for one scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// A bearer token or API key.
    Token(Secret),
    /// HTTP basic credentials.
    Basic {
        /// The user name.
        username: Secret,
        /// The password.
        password: Secret,
    },
}

impl Credential {
    /// A bearer token or API key.
    pub fn token(token: impl Into<String>) -> Credential {
        Credential::Token(Secret::new(token))
    }

    /// HTTP basic credentials.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Credential {
        Credential::Basic { username: Secret::new(username), password: Secret::new(password) }
    }

    /// An empty token (or an empty basic user name) counts as not configured.
    fn is_set(&self) -> bool {
        match self {
            Credential::Token(t) => !t.expose().trim().is_empty(),
            Credential::Basic { username, .. } => !username.expose().is_empty(),
        }
    }
}

/// The credentials configured on a client, by scheme name. `Debug` shows
/// only the scheme names.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Credentials {
    entries: Vec<(&'static str, Credential)>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.entries.iter().map(|(name, _)| (name, "***"))).finish()
    }
}

impl Credentials {
    /// Sets (or replaces) the credential of scheme `name`.
    pub(crate) fn set(&mut self, name: &'static str, credential: Credential) {
        self.entries.retain(|(n, _)| *n != name);
        self.entries.push((name, credential));
    }

    /// The usable credential of scheme `name`, if configured.
    pub(crate) fn get(&self, name: &str) -> Option<&Credential> {
        self.entries.iter().find(|(n, _)| *n == name).map(|(_, c)| c).filter(|c| c.is_set())
    }

    /// True when no scheme has a usable credential.
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.iter().all(|(_, c)| !c.is_set())
    }

    /// Checks that every configured credential can be sent (header-safe
    /// characters), without echoing any of them.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] naming the scheme whose credential cannot be sent.
    pub(crate) fn validate(&self, schemes: &[SecurityScheme]) -> Result<()> {
        for (name, credential) in &self.entries {
            if let Some(scheme) = schemes.iter().find(|s| s.name == *name) {
                if credential.is_set() {
                    let mut applied = Applied::default();
                    applied.add(scheme, credential)?;
                    applied.finish()?;
                }
            }
        }
        Ok(())
    }

    /// What a request for `operation_id` with `security` carries: the first
    /// alternative whose schemes are all configured.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when no alternative is satisfied (naming the
    /// schemes, builder methods and environment variables that would
    /// supply them), when a credential cannot be sent in a header, or when
    /// `security` names a scheme missing from `schemes` (a generator bug).
    pub(crate) fn apply(&self, schemes: &[SecurityScheme], operation_id: &str, security: Security) -> Result<Applied> {
        let Some(alternative) = security.iter().find(|alt| alt.iter().all(|name| self.get(name).is_some())) else {
            if security.is_empty() {
                return Ok(Applied::default());
            }
            return Err(missing(schemes, operation_id, security));
        };
        let mut applied = Applied::default();
        for name in *alternative {
            let scheme = schemes.iter().find(|s| s.name == *name).ok_or_else(|| {
                Error::InvalidRequest(format!("internal error: `{operation_id}` names unknown security scheme `{name}`"))
            })?;
            if let Some(credential) = self.get(name) {
                applied.add(scheme, credential)?;
            }
        }
        applied.finish()
    }
}

/// The error for a call none of whose alternatives is configured.
fn missing(schemes: &[SecurityScheme], operation_id: &str, security: Security) -> Error {
    let describe = |name: &str| match schemes.iter().find(|s| s.name == name) {
        Some(s) => {
            let vars = s.env.join(" and ");
            format!("`{name}` (ClientBuilder::{}, or {vars})", s.builder_method)
        }
        None => format!("`{name}`"),
    };
    let alternatives: Vec<String> =
        security.iter().map(|alt| alt.iter().map(|n| describe(n)).collect::<Vec<_>>().join(" together with ")).collect();
    Error::InvalidRequest(format!(
        "`{operation_id}` needs credentials that are not configured: {}",
        alternatives.join("; or ")
    ))
}

/// The error when a client needs some credential and has none.
pub(crate) fn none_configured(schemes: &[SecurityScheme]) -> Error {
    let all: Vec<String> = schemes
        .iter()
        .map(|s| format!("`{}` (ClientBuilder::{}, or {})", s.name, s.builder_method, s.env.join(" and ")))
        .collect();
    Error::InvalidRequest(format!("no credentials configured; set one of: {}", all.join("; ")))
}

/// The credentials of one request: headers (marked sensitive) and query
/// pairs. The `Cookie` header is assembled from every cookie credential.
#[derive(Default)]
pub(crate) struct Applied {
    /// Credential headers, values marked sensitive.
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    /// Credential query parameters (the URL then holds a secret).
    pub(crate) query: Vec<(String, String)>,
    cookies: Vec<String>,
}

impl fmt::Debug for Applied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        let query: Vec<&str> = self.query.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("Applied").field("headers", &headers).field("query", &query).finish_non_exhaustive()
    }
}

impl Applied {
    fn add(&mut self, scheme: &SecurityScheme, credential: &Credential) -> Result<()> {
        let invalid = || {
            Error::InvalidRequest(format!(
                "the credential for security scheme `{}` contains characters that are not allowed in an HTTP request",
                scheme.name
            ))
        };
        let token = match (scheme.kind, credential) {
            (SchemeKind::Basic, Credential::Basic { username, password }) => {
                let raw = format!("{}:{}", username.expose(), password.expose());
                let encoded = base64::engine::general_purpose::STANDARD.encode(raw);
                return self.header(AUTHORIZATION, &format!("Basic {encoded}")).map_err(|_| invalid());
            }
            // A credential of the wrong kind for the scheme.
            (SchemeKind::Basic, Credential::Token(_)) | (_, Credential::Basic { .. }) => return Err(invalid()),
            (_, Credential::Token(t)) => t.expose(),
        };
        match scheme.kind {
            SchemeKind::Bearer => self.header(AUTHORIZATION, &format!("Bearer {token}")).map_err(|_| invalid()),
            SchemeKind::ApiKeyHeader(name) => {
                let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
                self.header(name, token).map_err(|_| invalid())
            }
            SchemeKind::ApiKeyQuery(name) => {
                self.query.push((name.to_owned(), token.to_owned()));
                Ok(())
            }
            SchemeKind::ApiKeyCookie(name) => {
                if token.contains([';', ',', ' ', '"', '\\']) || token.chars().any(|c| c.is_control()) {
                    return Err(invalid());
                }
                self.cookies.push(format!("{name}={token}"));
                Ok(())
            }
            SchemeKind::Basic => Err(invalid()),
        }
    }

    fn header(&mut self, name: HeaderName, value: &str) -> std::result::Result<(), ()> {
        let mut value = HeaderValue::from_str(value).map_err(|_| ())?;
        value.set_sensitive(true);
        self.headers.push((name, value));
        Ok(())
    }

    /// Adds the `Cookie` header from the cookie credentials.
    fn finish(mut self) -> Result<Applied> {
        if !self.cookies.is_empty() {
            let joined = std::mem::take(&mut self.cookies).join("; ");
            self.header(COOKIE, &joined).map_err(|_| {
                Error::InvalidRequest("a cookie credential contains characters that are not allowed in a header".to_owned())
            })?;
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMES: &[SecurityScheme] = &[
        SecurityScheme { name: "bearer", kind: SchemeKind::Bearer, builder_method: "bearer", env: &["X_BEARER"] },
        SecurityScheme {
            name: "basic",
            kind: SchemeKind::Basic,
            builder_method: "basic",
            env: &["X_BASIC_USERNAME", "X_BASIC_PASSWORD"],
        },
        SecurityScheme { name: "hdr", kind: SchemeKind::ApiKeyHeader("X-Key"), builder_method: "hdr", env: &["X_HDR"] },
        SecurityScheme { name: "q", kind: SchemeKind::ApiKeyQuery("key"), builder_method: "q", env: &["X_Q"] },
        SecurityScheme { name: "c1", kind: SchemeKind::ApiKeyCookie("a"), builder_method: "c1", env: &["X_C1"] },
        SecurityScheme { name: "c2", kind: SchemeKind::ApiKeyCookie("b"), builder_method: "c2", env: &["X_C2"] },
    ];

    fn creds(pairs: &[(&'static str, Credential)]) -> Credentials {
        let mut c = Credentials::default();
        for (n, cred) in pairs {
            c.set(n, cred.clone());
        }
        c
    }

    #[test]
    fn each_kind_is_carried_as_the_spec_says() {
        let c = creds(&[
            ("bearer", Credential::token("t0k")),
            ("basic", Credential::basic("user", "pa:ss")),
            ("hdr", Credential::token("h1")),
            ("q", Credential::token("q1")),
            ("c1", Credential::token("v1")),
            ("c2", Credential::token("v2")),
        ]);
        let a = c.apply(SCHEMES, "op", &[&["bearer"]]).unwrap();
        assert_eq!(a.headers[0].0, AUTHORIZATION);
        assert_eq!(a.headers[0].1, "Bearer t0k");
        assert!(a.headers[0].1.is_sensitive());
        let a = c.apply(SCHEMES, "op", &[&["basic"]]).unwrap();
        assert_eq!(a.headers[0].1, "Basic dXNlcjpwYTpzcw==");
        let a = c.apply(SCHEMES, "op", &[&["hdr", "q"]]).unwrap();
        assert_eq!(a.headers[0].0.as_str(), "x-key");
        assert_eq!(a.query, vec![("key".to_owned(), "q1".to_owned())]);
        let a = c.apply(SCHEMES, "op", &[&["c1", "c2"]]).unwrap();
        assert_eq!(a.headers[0].0, COOKIE);
        assert_eq!(a.headers[0].1, "a=v1; b=v2");
        assert!(c.apply(SCHEMES, "op", &[]).unwrap().headers.is_empty());
    }

    #[test]
    fn first_satisfied_alternative_wins_and_missing_names_the_env_vars() {
        let c = creds(&[("hdr", Credential::token("h1")), ("bearer", Credential::token(" "))]);
        let a = c.apply(SCHEMES, "op", &[&["bearer"], &["basic"], &["hdr"], &[]]).unwrap();
        assert_eq!(a.headers.len(), 1);
        assert_eq!(a.headers[0].0.as_str(), "x-key");
        let a = c.apply(SCHEMES, "op", &[&["bearer"], &[], &["hdr"]]).unwrap();
        assert!(a.headers.is_empty(), "the empty alternative comes first");
        let err = c.apply(SCHEMES, "getThing", &[&["bearer"], &["basic", "hdr"]]).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::InvalidRequest(_)));
        for expected in ["getThing", "X_BEARER", "X_BASIC_USERNAME", "X_BASIC_PASSWORD", "ClientBuilder::basic"] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }

    #[test]
    fn bad_credentials_are_refused_without_echoing_them() {
        for (name, cred) in [
            ("bearer", Credential::token("bad\nsecret")),
            ("c1", Credential::token("bad;secret")),
            ("basic", Credential::token("secret")),
        ] {
            let c = creds(&[(name, cred)]);
            let err = c.validate(SCHEMES).unwrap_err();
            assert!(!err.to_string().contains("secret"), "{err}");
            assert!(err.to_string().contains(name), "{err}");
        }
        let c = creds(&[("basic", Credential::basic("u", "secret"))]);
        assert_eq!(format!("{c:?}"), r#"{"basic": "***"}"#);
        assert_eq!(format!("{:?}", Credential::basic("u", "secret")), "Basic { username: ***, password: *** }");
    }
}
