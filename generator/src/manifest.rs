//! The API manifest: `api.json` in every generated crate.
//!
//! It records the crate's public Rust surface as the generator decided it
//! (every type with its fields or variants, derives and feature gate, every
//! method with its signature, HTTP method and path), each item with the
//! JSON pointer of the spec place it came from. [`crate::diff`] compares
//! two manifests, so `clientgen diff` and the drift check can tell what a
//! spec change does to the Rust API without the old spec.
//!
//! Documentation is recorded as a fingerprint (a 64-bit FNV-1a hash of the
//! text, in hex), enough to tell a docs-only change.
//!
//! ```
//! use clientgen::manifest::Manifest;
//! let json = r#"{"manifest": 1, "crate_name": "pets", "crate_version": "1.0.0",
//!     "features": [], "types": [], "methods": [], "client": []}"#;
//! let manifest = Manifest::from_json(json).unwrap();
//! assert_eq!(manifest.crate_version, "1.0.0");
//! ```

use serde::{Deserialize, Serialize};

/// The manifest's file name inside a generated crate.
pub const MANIFEST_FILE: &str = "api.json";

/// This generator's manifest format; [`Manifest::from_json`] refuses others.
pub const FORMAT: u32 = 1;

/// The public surface of one generated crate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The manifest format, [`FORMAT`].
    pub manifest: u32,
    /// The package name.
    pub crate_name: String,
    /// The package version.
    pub crate_version: String,
    /// The cargo features, in `Cargo.toml` order (all on by default).
    pub features: Vec<String>,
    /// Every type of `types.rs`, by name.
    pub types: Vec<TypeItem>,
    /// Every public method of the resource handles, by `Resource::method`.
    pub methods: Vec<MethodItem>,
    /// The client's credential setters and `Client::new`, by name.
    #[serde(default)]
    pub client: Vec<ClientItem>,
}

/// One type of `types.rs`: `types::<name>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeItem {
    /// The Rust name, e.g. `Lead`.
    pub name: String,
    /// The JSON pointer of the schema it was lowered from.
    pub pointer: String,
    /// `struct`, `enum` (a string enum), `tagged_union`, `untagged_union`,
    /// `webhook_payload` or `alias`.
    pub kind: String,
    /// The traits it derives, e.g. `["Debug", "Clone", "PartialEq", "Serialize", "Deserialize"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derives: Vec<String>,
    /// The cargo features any of which compiles it; empty when always compiled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// The aliased type of an `alias`, e.g. `String`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The arguments of `new(...)`, e.g. `business_id: impl Into<String>`,
    /// for a struct that is sent (it also has one setter per optional field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constructor: Option<Vec<String>>,
    /// Fields (structs) or variants (enums and unions), in declaration order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// Fingerprint of the type's docs; empty when it has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
}

/// A struct field or an enum variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The Rust name: a field (`score`) or a variant (`Xts`).
    pub name: String,
    /// The name on the wire: the JSON key, the query parameter, the enum
    /// value or the discriminator value; absent for untagged variants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wire: Option<String>,
    /// The field's Rust type (`Option<i64>`) or the variant's payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
    /// For a field that is not a property of the JSON body: where it
    /// travels (`query`, `header`, `form`, or `whole_body`, a non-object
    /// body sent as is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Fingerprint of the member's docs; empty when it has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
}

/// One method of a resource handle: `<Resource>::<method>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodItem {
    /// `Leads::create`.
    pub name: String,
    /// The JSON pointer of the operation, e.g. `/paths/~1leads/post`.
    pub pointer: String,
    /// The spec's `operationId` (or the synthesized one).
    pub operation_id: String,
    /// `POST /leads`.
    pub http: String,
    /// The arguments after `&self`, e.g. `["id: &str", "params: types::UpdateLeadParams"]`.
    pub arguments: Vec<String>,
    /// What it returns, e.g. `RequestBuilder<types::Lead>`.
    pub returns: String,
    /// `true` for an `async fn` (event streams, uploads).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_async: bool,
    /// The cargo features any of which compiles it; empty when always compiled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// Marked `#[deprecated]`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Fingerprint of the method's docs; empty when it has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
}

/// A function of the client that the spec's security schemes shape:
/// `ClientBuilder::bearer_auth`, `Client::new`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientItem {
    /// `ClientBuilder::api_key`.
    pub name: String,
    /// The JSON pointer of the security scheme (`/components/securitySchemes/...`),
    /// or `/components/securitySchemes` for `Client::new`.
    pub pointer: String,
    /// The arguments, e.g. `["token: impl Into<String>"]`.
    pub arguments: Vec<String>,
}

/// Why a manifest could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestError {
    /// Not JSON of the manifest's shape; the message is serde's.
    Malformed(String),
    /// Written by a generator with another manifest format.
    Format(u32),
}

impl std::fmt::Display for ManifestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ManifestError::Malformed(e) => write!(f, "not an API manifest: {e}"),
            ManifestError::Format(n) => write!(f, "API manifest format {n}, but this generator reads format {FORMAT}"),
        }
    }
}

impl std::error::Error for ManifestError {}

impl Manifest {
    /// Reads a manifest from the text of an `api.json`.
    ///
    /// # Errors
    /// [`ManifestError::Malformed`] when the text is not a manifest,
    /// [`ManifestError::Format`] when it has another format number.
    pub fn from_json(text: &str) -> Result<Manifest, ManifestError> {
        let manifest: Manifest = serde_json::from_str(text).map_err(|e| ManifestError::Malformed(e.to_string()))?;
        if manifest.manifest != FORMAT {
            return Err(ManifestError::Format(manifest.manifest));
        }
        Ok(manifest)
    }

    /// The `api.json` text: one line per type, method, client function and
    /// member, so that a change reads as a small diff in review.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n");
        out.push_str(&format!("  \"manifest\": {},\n", self.manifest));
        out.push_str(&format!("  \"crate_name\": {},\n", line(&self.crate_name)));
        out.push_str(&format!("  \"crate_version\": {},\n", line(&self.crate_version)));
        out.push_str(&format!("  \"features\": {},\n", line(&self.features)));
        let types: Vec<String> = self
            .types
            .iter()
            .map(|t| {
                let head = line(&TypeItem { members: Vec::new(), ..t.clone() });
                if t.members.is_empty() {
                    return format!("    {head}");
                }
                let members: Vec<String> = t.members.iter().map(|m| format!("      {}", line(m))).collect();
                // `{...}` without its closing brace, then the members.
                let open = head.strip_suffix('}').unwrap_or(&head);
                format!("    {open},\"members\":[\n{}\n    ]}}", members.join(",\n"))
            })
            .collect();
        out.push_str(&format!("  \"types\": [\n{}\n  ],\n", types.join(",\n")));
        let methods: Vec<String> = self.methods.iter().map(|m| format!("    {}", line(m))).collect();
        out.push_str(&format!("  \"methods\": [\n{}\n  ],\n", methods.join(",\n")));
        let client: Vec<String> = self.client.iter().map(|c| format!("    {}", line(c))).collect();
        out.push_str(&format!("  \"client\": [\n{}\n  ]\n}}\n", client.join(",\n")));
        out
    }
}

/// One line of JSON.
fn line<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The fingerprint of a doc text: 16 hex digits of its 64-bit FNV-1a hash
/// (surrounding whitespace ignored), or empty for no text.
///
/// ```
/// use clientgen::manifest::fingerprint;
/// assert_eq!(fingerprint(" A lead. "), fingerprint("A lead."));
/// assert_ne!(fingerprint("A lead."), fingerprint("A member."));
/// assert_eq!(fingerprint("  "), "");
/// ```
pub fn fingerprint(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let hash = text.trim().bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}
