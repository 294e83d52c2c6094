//! `components.securitySchemes` → [`SecurityScheme`]s, and each
//! operation's `security` (or the document's) → resolved alternatives.
//!
//! A scheme the client cannot use (an `http` scheme other than `bearer` or
//! `basic`, a `$ref` that does not lead to a scheme) is left out with a
//! warning; unknown `type`s such as `mutualTLS` are already taken out by
//! `normalize`. A requirement naming a scheme that is not there (or was left
//! out) is skipped with a warning.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme as OaScheme};

use super::Lowerer;
use crate::diagnostics::push_pointer;
use crate::ir::{ApiKeyLocation, AuthShape, SchemeUse, SecurityRequirement, SecurityScheme, SecuritySchemeKind};
use crate::naming::{field_name, Namespace};

/// Methods of the runtime's `ClientBuilder` (and names it must keep free):
/// a scheme's builder method never takes one of these.
const BUILDER_METHODS: &[&str] = &[
    "new", "build", "build_unvalidated", "base_url", "timeout", "no_timeout", "max_retries",
    "retry_non_idempotent", "retry_policy", "user_agent", "default_header", "http_client", "webhook_secret",
    "credential", "clone", "default", "fmt",
];

/// Environment variable suffixes the runtime already uses.
const ENV_RESERVED: &[&str] = &["BASE_URL", "WEBHOOK_SECRET"];

impl Lowerer<'_> {
    /// Lowers `components.securitySchemes` in document order and decides the
    /// [`AuthShape`].
    pub(crate) fn security_schemes(&mut self) -> (Vec<SecurityScheme>, AuthShape) {
        let mut found = Vec::new();
        let Some(components) = &self.api.components else { return (Vec::new(), AuthShape::None) };
        for (name, scheme) in &components.security_schemes {
            let source = push_pointer("/components/securitySchemes", name);
            let scheme = match scheme {
                ReferenceOr::Item(s) => s,
                ReferenceOr::Reference { reference } => {
                    let target = reference
                        .strip_prefix("#/components/securitySchemes/")
                        .map(crate::diagnostics::unescape_token)
                        .and_then(|t| components.security_schemes.get(&t));
                    match target {
                        Some(ReferenceOr::Item(s)) => s,
                        _ => {
                            self.warn(
                                &source,
                                format!("$ref `{reference}` does not lead to a security scheme; the scheme is left out"),
                            );
                            continue;
                        }
                    }
                }
            };
            let (kind, doc) = match scheme {
                OaScheme::HTTP { scheme, bearer_format, description, .. } => {
                    if scheme == crate::normalize::UNUSABLE_SCHEME {
                        continue; // warned about by normalize
                    }
                    let kind = match scheme.to_ascii_lowercase().as_str() {
                        "bearer" => SecuritySchemeKind::HttpBearer { bearer_format: bearer_format.clone() },
                        "basic" => SecuritySchemeKind::HttpBasic,
                        other => {
                            self.warn(
                                &push_pointer(&source, "scheme"),
                                format!(
                                    "HTTP authentication scheme `{other}` is not supported (only `bearer` and `basic`); \
                                     the scheme is left out and requirements naming it are skipped"
                                ),
                            );
                            continue;
                        }
                    };
                    (kind, description.clone())
                }
                OaScheme::APIKey { location, name: param, description, .. } => {
                    let location = match location {
                        APIKeyLocation::Header => ApiKeyLocation::Header,
                        APIKeyLocation::Query => ApiKeyLocation::Query,
                        APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                    };
                    if param.is_empty() {
                        self.warn(&push_pointer(&source, "name"), "apiKey scheme with an empty `name`; the scheme is left out");
                        continue;
                    }
                    (SecuritySchemeKind::ApiKey { location, param: param.clone() }, description.clone())
                }
                OaScheme::OAuth2 { description, .. } => (SecuritySchemeKind::OAuth2, description.clone()),
                OaScheme::OpenIDConnect { open_id_connect_url, description, .. } => {
                    (SecuritySchemeKind::OpenIdConnect { url: open_id_connect_url.clone() }, description.clone())
                }
            };
            found.push((name.clone(), kind, doc, source));
        }
        let shape = match found.as_slice() {
            [] => AuthShape::None,
            [(_, kind, _, _)] if kind.is_token() => AuthShape::SingleToken,
            _ => AuthShape::PerScheme,
        };
        let mut methods = Namespace::with_reserved(BUILDER_METHODS);
        let mut env = Namespace::with_reserved(ENV_RESERVED);
        let schemes = found
            .into_iter()
            .map(|(name, kind, doc, source)| {
                let (ident, env_suffixes) = if shape == AuthShape::SingleToken {
                    (methods.claim("api_key"), vec![env.claim("API_KEY")])
                } else {
                    let ident = methods.claim(&field_name(&name));
                    let base = ident.trim_end_matches('_').to_ascii_uppercase();
                    let env_suffixes = if kind.is_token() {
                        vec![env.claim(&base)]
                    } else {
                        vec![env.claim(&format!("{base}_USERNAME")), env.claim(&format!("{base}_PASSWORD"))]
                    };
                    (ident, env_suffixes)
                };
                SecurityScheme { name, ident, kind, doc, source, env_suffixes }
            })
            .collect();
        (schemes, shape)
    }

    /// The operation's resolved security alternatives (see
    /// [`crate::ir::Operation::security`]). `pointer` is the operation's.
    pub(crate) fn operation_security(
        &mut self,
        op: &openapiv3::Operation,
        pointer: &str,
        schemes: &[SecurityScheme],
    ) -> Vec<SecurityRequirement> {
        let (requirements, base) = match (&op.security, &self.api.security) {
            (Some(own), _) => (own, push_pointer(pointer, "security")),
            (None, Some(document)) => (document, "/security".to_owned()),
            (None, None) => {
                // Nothing declared: any configured scheme, or none.
                let mut any: Vec<SecurityRequirement> = schemes
                    .iter()
                    .map(|s| SecurityRequirement { schemes: vec![SchemeUse { scheme: s.name.clone(), scopes: Vec::new() }] })
                    .collect();
                if !any.is_empty() {
                    any.push(SecurityRequirement { schemes: Vec::new() });
                }
                return any;
            }
        };
        let mut out: Vec<SecurityRequirement> = Vec::new();
        for (i, requirement) in requirements.iter().enumerate() {
            let at = push_pointer(&base, &i.to_string());
            let mut uses = Vec::new();
            let mut usable = true;
            for (name, scopes) in requirement {
                if schemes.iter().any(|s| &s.name == name) {
                    uses.push(SchemeUse { scheme: name.clone(), scopes: scopes.clone() });
                } else {
                    let why = match self.api.components.as_ref().map(|c| c.security_schemes.contains_key(name)) {
                        Some(true) => "is not usable (see the warning at its definition)",
                        _ => "is not defined in components.securitySchemes",
                    };
                    self.warn(
                        &push_pointer(&at, name),
                        format!("security scheme `{name}` {why}; this alternative is skipped"),
                    );
                    usable = false;
                }
            }
            if !usable {
                continue;
            }
            let empty = uses.is_empty();
            out.push(SecurityRequirement { schemes: uses });
            if empty {
                // Always satisfied: nothing after it is ever used.
                break;
            }
        }
        if out.is_empty() && !requirements.is_empty() && requirements.iter().all(|r| !r.is_empty()) {
            self.warn(&base, "no alternative of this `security` is usable; the operation is sent without credentials");
        }
        if out.iter().all(|r| r.schemes.is_empty()) {
            // `[]`, `[{}]`, or nothing usable left: public.
            out.clear();
        }
        out
    }
}
