//! Authentication items of the generated crate: `SECURITY_SCHEMES`,
//! `CREDENTIALS_REQUIRED`, one `ENV_*` constant per credential variable,
//! one `ClientBuilder` method per scheme, `Client::new` (for the shapes that
//! have it), each operation's `OperationMeta::security`, and the README's
//! "Authentication" section. See `ARCHITECTURE.md`, "Authentication".

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::ir::{ApiKeyLocation, AuthShape, Ir, Operation, SecurityScheme, SecuritySchemeKind};

/// The full environment variable names of `scheme`: `<PREFIX>_<suffix>`.
pub(crate) fn env_vars(prefix: &str, scheme: &SecurityScheme) -> Vec<String> {
    scheme.env_suffixes.iter().map(|s| format!("{prefix}_{s}")).collect()
}

/// `text` safe inside a Markdown code span.
fn code(text: &str) -> String {
    text.replace('`', "'")
}

/// `#/components/securitySchemes/<name>`: the scheme's JSON pointer as a URI fragment.
fn fragment(scheme: &SecurityScheme) -> String {
    code(&format!("#{}", scheme.source))
}

/// How the credential travels, in words (Markdown).
fn carried(scheme: &SecurityScheme) -> String {
    match &scheme.kind {
        SecuritySchemeKind::HttpBearer { bearer_format: Some(f) } => {
            format!("`Authorization: Bearer <token>` (token format: `{}`)", code(&docs::one_line(f)))
        }
        SecuritySchemeKind::HttpBearer { bearer_format: None } => "`Authorization: Bearer <token>`".to_owned(),
        SecuritySchemeKind::OAuth2 => {
            "`Authorization: Bearer <token>`, an OAuth 2.0 access token you obtained (the client runs no token flow)"
                .to_owned()
        }
        SecuritySchemeKind::OpenIdConnect { .. } => {
            "`Authorization: Bearer <token>`, an OpenID Connect token you obtained (the client runs no token flow)"
                .to_owned()
        }
        SecuritySchemeKind::HttpBasic => "`Authorization: Basic <base64(username:password)>`".to_owned(),
        SecuritySchemeKind::ApiKey { location, param } => {
            let param = param.replace('`', "'");
            match location {
                ApiKeyLocation::Header => format!("the header `{param}: <key>`"),
                ApiKeyLocation::Query => format!("the query parameter `{param}=<key>`"),
                ApiKeyLocation::Cookie => format!("the cookie `{param}=<key>` (in the `Cookie` header)"),
            }
        }
    }
}

/// `.api_key("my api key")`: the builder call setting `scheme`, for examples.
pub(crate) fn example_call(scheme: &SecurityScheme) -> String {
    if scheme.kind.is_token() {
        format!(".{}(\"my {}\")", scheme.ident, scheme.ident.replace('_', " "))
    } else {
        format!(".{}(\"my user name\", \"my password\")", scheme.ident)
    }
}

/// The first scheme's builder call (empty without schemes), for examples.
pub(crate) fn example_credentials(ir: &Ir) -> String {
    ir.security_schemes.first().map(example_call).unwrap_or_default()
}

/// True when every operation needs a credential (none is public or has an
/// empty alternative) and the API has a scheme.
fn credentials_required(ir: &Ir) -> bool {
    !ir.security_schemes.is_empty()
        && ir.operations.iter().all(|o| !o.security.is_empty() && o.security.iter().all(|r| !r.schemes.is_empty()))
}

/// The crate-root items (inside `src/lib.rs`).
pub(crate) fn lib_items(ir: &Ir, prefix: &str) -> TokenStream {
    let entries = ir.security_schemes.iter().map(|s| {
        let name = &s.name;
        let method = &s.ident;
        let env = env_vars(prefix, s);
        let kind = match &s.kind {
            SecuritySchemeKind::HttpBasic => quote!(runtime::SchemeKind::Basic),
            SecuritySchemeKind::ApiKey { location, param } => {
                let variant = format_ident!(
                    "{}",
                    match location {
                        ApiKeyLocation::Header => "ApiKeyHeader",
                        ApiKeyLocation::Query => "ApiKeyQuery",
                        ApiKeyLocation::Cookie => "ApiKeyCookie",
                    }
                );
                quote!(runtime::SchemeKind::#variant(#param))
            }
            _ => quote!(runtime::SchemeKind::Bearer),
        };
        quote! {
            runtime::SecurityScheme { name: #name, kind: #kind, builder_method: #method, env: &[#(#env),*] }
        }
    });
    let required = credentials_required(ir);
    let env_consts = ir.security_schemes.iter().flat_map(|s| {
        s.env_suffixes.iter().map(move |suffix| {
            let ident = format_ident!("ENV_{}", suffix);
            let value = format!("{prefix}_{suffix}");
            let doc = format!(
                " Environment variable holding the credential of security scheme `{}` ([`ClientBuilder::{}`]), read by [`Client::from_env`].",
                code(&s.name), s.ident
            );
            quote! { #[doc = #doc] pub const #ident: &str = #value; }
        })
    });
    let methods = ir.security_schemes.iter().map(|s| builder_method(s, prefix));
    let new = client_new(ir);
    let schemes_doc = docs::attrs_with(
        "",
        if ir.security_schemes.is_empty() {
            "The API's security schemes: none (the spec declares no `components.securitySchemes`)."
        } else {
            "The API's security schemes (`components.securitySchemes`), each with the builder method and\n\
             environment variables that supply its credential."
        },
    );
    quote! {
        #schemes_doc
        pub const SECURITY_SCHEMES: &[runtime::SecurityScheme] = &[#(#entries),*];

        /// True when every operation needs a credential: then [`ClientBuilder::build`] and
        /// [`Client::from_env`] fail when none is configured.
        pub const CREDENTIALS_REQUIRED: bool = #required;

        #(#env_consts)*

        impl ClientBuilder {
            #(#methods)*
        }

        #new
    }
}

fn builder_method(s: &SecurityScheme, prefix: &str) -> TokenStream {
    let ident = format_ident!("{}", s.ident);
    let name = &s.name;
    let shown = code(name);
    let env = env_vars(prefix, s);
    let consts = s.env_suffixes.iter().map(|x| format!("[`ENV_{x}`]")).collect::<Vec<_>>();
    let env_text = env.iter().zip(&consts).map(|(v, c)| format!("`{v}` ({c})")).collect::<Vec<_>>().join(" and ");
    let facts = format!(
        "Sets the credential of security scheme `{shown}` (`{}`), sent as {}. [`Client::from_env`] reads it from {env_text}.\n\n\
         Operations that need this scheme fail with [`Error::InvalidRequest`] before sending when it is not set; \
         [`ClientBuilder::build`] fails when the value cannot be sent in a request. `Debug` output never shows it.",
        fragment(s),
        carried(s),
    );
    let doc = docs::attrs_with(s.doc.as_deref().unwrap_or(""), &facts);
    let args = credential_arguments(s);
    let credential = if s.kind.is_token() {
        quote!(runtime::Credential::token(token))
    } else {
        quote!(runtime::Credential::basic(username, password))
    };
    quote! {
        #doc
        pub fn #ident(self, #(#args),*) -> Self {
            self.credential(#name, #credential)
        }
    }
}

/// The arguments of a scheme's `ClientBuilder` method: `token` for a
/// secret, `username` and `password` for HTTP basic.
pub(crate) fn credential_arguments(s: &SecurityScheme) -> Vec<TokenStream> {
    if s.kind.is_token() {
        vec![quote!(token: impl Into<String>)]
    } else {
        vec![quote!(username: impl Into<String>), quote!(password: impl Into<String>)]
    }
}

/// `Client::new`: without argument when there is no scheme, with the token
/// for a single token scheme, absent otherwise.
fn client_new(ir: &Ir) -> TokenStream {
    let panics = quote! {
        ///
        /// # Panics
        ///
        /// Like `reqwest::Client::new`, panics if the TLS backend cannot be
        /// initialised.
    };
    match (ir.auth_shape, ir.security_schemes.first()) {
        (AuthShape::None, _) => quote! {
            impl Client {
                /// Creates a client with default settings (base URL [`DEFAULT_BASE_URL`], 60 s timeout,
                /// 2 retries). The API declares no security scheme, so no credential is sent.
                #panics
                pub fn new() -> Client {
                    match Client::builder().build_unvalidated() {
                        Ok(client) => client,
                        Err(e) => panic!("failed to initialise the client: {e}"),
                    }
                }
            }

            impl Default for Client {
                /// [`Client::new`].
                fn default() -> Self {
                    Client::new()
                }
            }
        },
        (AuthShape::SingleToken, Some(s)) => {
            let ident = format_ident!("{}", s.ident);
            let doc = docs::attrs_with("", &format!(
                "Creates a client with the given credential for security scheme `{}` (see\n\
                 [`ClientBuilder::{}`]) and default settings (base URL [`DEFAULT_BASE_URL`], 60 s\n\
                 timeout, 2 retries).\n\n\
                 A value that cannot be sent in a request is reported as [`Error::InvalidRequest`] by\n\
                 every call; use [`Client::builder`] to get that error up front.",
                code(&s.name), s.ident
            ));
            quote! {
                impl Client {
                    #doc
                    #panics
                    pub fn new(#ident: impl Into<String>) -> Client {
                        match Client::builder().#ident(#ident).build_unvalidated() {
                            Ok(client) => client,
                            Err(e) => panic!("failed to initialise the client: {e}"),
                        }
                    }
                }
            }
        }
        _ => quote!(),
    }
}

/// `OperationMeta::security` of `op`: `&[&["a", "b"], &[]]`.
pub(crate) fn meta_security(op: &Operation) -> TokenStream {
    let alternatives = op.security.iter().map(|r| {
        let names = r.schemes.iter().map(|u| &u.scheme);
        quote!(&[#(#names),*])
    });
    quote!(&[#(#alternatives),*])
}

/// What the method docs say about credentials (Markdown), or nothing for
/// the common case of a single scheme every operation needs.
pub(crate) fn method_doc(ir: &Ir, op: &Operation) -> Option<String> {
    let describe = |name: &str| match ir.security_schemes.iter().find(|s| s.name == name) {
        Some(s) => format!("`{}` ([`crate::ClientBuilder::{}`])", code(name), s.ident),
        None => format!("`{}`", code(name)),
    };
    if op.security.is_empty() {
        return (!ir.security_schemes.is_empty()).then(|| "Public: sent without credentials.".to_owned());
    }
    if ir.security_schemes.len() == 1 && op.security.len() == 1 {
        return None;
    }
    let alternatives: Vec<String> = op
        .security
        .iter()
        .map(|r| {
            if r.schemes.is_empty() {
                "none".to_owned()
            } else {
                r.schemes.iter().map(|u| describe(&u.scheme)).collect::<Vec<_>>().join(" and ")
            }
        })
        .collect();
    Some(format!(
        "Credentials: {} (the first alternative that is configured is sent).",
        alternatives.join(", or ")
    ))
}

/// The README's "Authentication" section.
pub(crate) fn readme_section(ir: &Ir, prefix: &str) -> String {
    let mut out = String::from("\n## Authentication\n\n");
    if ir.security_schemes.is_empty() {
        out.push_str("The API declares no security scheme: requests carry no credentials.\n");
        return out;
    }
    out.push_str(
        "Each security scheme of the spec has a builder method and environment variables, read by\n\
         `Client::from_env()`. Each operation sends the first of its security alternatives whose\n\
         credentials are configured, and fails before sending (`Error::InvalidRequest`, naming what\n\
         is missing) when none is. Credentials never appear in `Debug` output, errors or traces.\n\n\
         | scheme | sent as | builder method | environment |\n|---|---|---|---|\n",
    );
    for s in &ir.security_schemes {
        let env = env_vars(prefix, s).iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ");
        let args = if s.kind.is_token() { "token" } else { "username, password" };
        out.push_str(&format!(
            "| `{}` (`{}`) | {} | `{}({args})` | {env} |\n",
            code(&s.name).replace('|', "\\|"),
            fragment(s).replace('|', "\\|"),
            carried(s).replace('|', "\\|"),
            s.ident
        ));
    }
    out
}
