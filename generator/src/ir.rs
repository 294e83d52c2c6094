//! The intermediate representation: what the client is, independent of how
//! it is spelled in Rust tokens.
//!
//! [`crate::lower`] builds an [`Ir`] from the parsed document; [`crate::emit`]
//! turns it into source files. The IR derives `Serialize` so tests can
//! snapshot it and `clientgen ir` can print it. Names in the IR are already
//! valid, collision-free Rust identifiers.

use serde::Serialize;

/// The whole API, lowered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ir {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The first `servers[].url`, the client's default base URL.
    pub base_url: Option<String>,
    /// Every named type, in a deterministic order: component schemas in
    /// document order, then inline schemas in discovery order.
    pub types: Vec<TypeDef>,
    /// Every operation, in document order (paths, then methods).
    pub operations: Vec<Operation>,
    /// Every webhook event of a 3.1 document.
    pub webhooks: Vec<Webhook>,
    /// The name of the enum over every typed webhook payload (`WebhookPayload`,
    /// unless a schema already has that name), when there are webhooks.
    pub webhook_payload_type: Option<String>,
    /// The type of the error body shared by all error responses, if the spec
    /// has one (Whop: `{"error": {type, message, code, param}}`).
    pub error_type: Option<TypeRef>,
    /// The generated crate's cargo features, all on by default: one per
    /// resource group (the operations' `x-group-title`), in order of first
    /// appearance, then [`Ir::webhook_feature`]. Empty when no operation
    /// names a group (then nothing is gated).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<Feature>,
    /// The feature gating the typed webhook payloads (`webhook-events`),
    /// when there are both features and typed webhooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_feature: Option<String>,
    /// The usable `components.securitySchemes`, in document order (schemes
    /// the generator cannot use, e.g. `mutualTLS`, are left out with a
    /// warning). Emitted as `crate::SECURITY_SCHEMES`, one builder method
    /// each and the environment variables read by `Client::from_env`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_schemes: Vec<SecurityScheme>,
    /// How the client is constructed and named its credentials, decided from
    /// [`Ir::security_schemes`] (see `ARCHITECTURE.md`, "Authentication").
    pub auth_shape: AuthShape,
}

/// One security scheme (`#/components/securitySchemes/<name>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityScheme {
    /// The key in `components.securitySchemes`, exactly as in the spec
    /// (what `security` requirements name), e.g. `bearerAuth`.
    pub name: String,
    /// The client builder method that sets this scheme's credential
    /// (`snake_case`, unique among the builder's methods), e.g. `bearer_auth`;
    /// `api_key` in the [`AuthShape::SingleToken`] shape.
    pub ident: String,
    /// How the credential travels.
    pub kind: SecuritySchemeKind,
    /// The scheme's `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// JSON pointer of the scheme, e.g. `/components/securitySchemes/bearerAuth`.
    pub source: String,
    /// The environment variables that supply the credential, without the
    /// crate's prefix (the generated name is `<PREFIX>_<suffix>`, e.g.
    /// `WHOP_API_KEY`): one for a token or key, two (`…_USERNAME`,
    /// `…_PASSWORD`) for HTTP basic.
    pub env_suffixes: Vec<String>,
}

/// How a [`SecurityScheme`]'s credential is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SecuritySchemeKind {
    /// `type: http, scheme: bearer`: `Authorization: Bearer <token>`.
    HttpBearer {
        /// `bearerFormat` (documentation only).
        #[serde(skip_serializing_if = "Option::is_none")]
        bearer_format: Option<String>,
    },
    /// `type: http, scheme: basic`: `Authorization: Basic base64(username:password)`.
    HttpBasic,
    /// `type: apiKey`: the key as a header, query parameter or cookie.
    ApiKey {
        /// `in`.
        location: ApiKeyLocation,
        /// `name`: the header, query parameter or cookie name.
        param: String,
    },
    /// `type: oauth2`: a token the user obtained, sent as
    /// `Authorization: Bearer <token>` (the client runs no token flow).
    OAuth2,
    /// `type: openIdConnect`: like [`SecuritySchemeKind::OAuth2`].
    OpenIdConnect {
        /// `openIdConnectUrl` (documentation only).
        url: String,
    },
}

impl SecuritySchemeKind {
    /// True when the credential is one secret string (everything but HTTP basic).
    pub fn is_token(&self) -> bool {
        !matches!(self, SecuritySchemeKind::HttpBasic)
    }
}

/// Where an `apiKey` scheme's key is sent (`in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie (in the `Cookie` header).
    Cookie,
}

/// The constructors and credential names of the generated client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthShape {
    /// No security scheme: `Client::new()` takes no argument.
    None,
    /// Exactly one scheme, carrying one secret (bearer, apiKey, oauth2,
    /// openIdConnect), like Whop's `bearerAuth`: `Client::new(api_key)`,
    /// builder method `api_key`, environment variable `<PREFIX>_API_KEY`.
    SingleToken,
    /// Several schemes, or one HTTP basic scheme: no `Client::new`; one
    /// builder method per scheme, named after it.
    PerScheme,
}

/// One alternative of an operation's `security`: every listed scheme is
/// needed (AND).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityRequirement {
    /// The schemes, in the requirement's order.
    pub schemes: Vec<SchemeUse>,
}

/// One scheme named by a [`SecurityRequirement`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemeUse {
    /// The scheme's [`SecurityScheme::name`].
    pub scheme: String,
    /// The scopes listed for it (OAuth2 scopes, or Whop's permissions).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
}

/// A cargo feature of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feature {
    /// The feature name (`kebab-case`), e.g. `payins`.
    pub name: String,
    /// What it enables, for `Cargo.toml` and the docs: the group's
    /// `x-group-title` (e.g. `Payins`), or `typed webhook events`.
    pub title: String,
}

/// One named Rust type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeDef {
    /// The Rust type name (`UpperCamelCase`, unique).
    pub name: String,
    /// JSON pointer of the schema this type was lowered from.
    pub source: String,
    /// Further places whose structurally identical inline schema shares this type.
    #[serde(skip_serializing_if = "is_zero")]
    pub shared_by: usize,
    /// The schema's `description` (and `title` if there is no description).
    pub doc: Option<String>,
    /// True when the type is (transitively) part of a request: such structs
    /// get a constructor and one setter per optional field.
    pub in_request: bool,
    /// True when every place that defines the type is in a request: a
    /// params struct, or an inline schema under a request body or a
    /// parameter. Such a type derives `Serialize` alone. It depends only on
    /// the type's own places, so a spec change elsewhere can only clear it
    /// (a new response place sharing the type adds `Deserialize`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub sent_only: bool,
    /// The cargo features that need this type: those of the operations and
    /// webhooks that reach it. Empty when it is always compiled (it is
    /// needed by every feature, by ungated operations or by the runtime, or
    /// by nothing at all).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// The shape.
    pub kind: TypeKind,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The shape of a [`TypeDef`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with known properties.
    Struct {
        /// The properties, in schema order.
        fields: Vec<Field>,
        /// The schema's `minProperties` when it asks for more than the
        /// required fields give (e.g. "an `accountId`, a `domain` or both":
        /// two optional fields and `minProperties: 1`), else 0. Documented
        /// on the type; the contract cases set that many fields.
        #[serde(skip_serializing_if = "is_zero")]
        min_properties: usize,
    },
    /// A string enum. Emitted with an `Unknown(String)` fallback variant.
    Enum {
        /// The members, in schema order.
        values: Vec<EnumValue>,
        /// True when the schema was a `const` (a single member).
        from_const: bool,
    },
    /// `oneOf` with a discriminator: an internally tagged enum.
    Tagged {
        /// The discriminator's `propertyName`.
        tag: String,
        /// One variant per branch.
        variants: Vec<Variant>,
    },
    /// `oneOf`/`anyOf` without a discriminator: an untagged enum, tried in order.
    Untagged {
        /// One variant per branch.
        variants: Vec<Variant>,
    },
    /// A named alias for another type (a component schema that is not an
    /// object, enum or union, e.g. `type: string`).
    Alias {
        /// The aliased type.
        target: TypeRef,
        /// The single value of a component that is a `const` (e.g. Whop's
        /// `AppValidScopes: {type: string, const: read_user}`).
        #[serde(skip_serializing_if = "Option::is_none")]
        constant: Option<String>,
    },
}

/// One property of a struct.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Field {
    /// The name on the wire (JSON key, query parameter name).
    pub name: String,
    /// The Rust field name (`snake_case`, keywords escaped with a trailing `_`).
    pub ident: String,
    /// The property's `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The type, without the optional/nullable wrapper.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// Admits `null`.
    pub nullable: bool,
    /// The single value of a `const` property, if it was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constant: Option<String>,
    /// A valid value of this property or parameter, as JSON text, for the
    /// generated contract cases: the spec's `example`, else one built to
    /// satisfy the schema's constraints (`pattern`, lengths, bounds,
    /// `format`); `None` when the schema has neither.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Where the value travels in a request; `Body` for ordinary properties.
    pub location: Location,
    /// Must be boxed to break a cycle of direct containment.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub boxed: bool,
    /// The field's own properties are inlined into the parent (`#[serde(flatten)]`):
    /// used for a non-object request body beside query parameters.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub flatten: bool,
    /// Which way the property travels (`readOnly`, `writeOnly`).
    #[serde(skip_serializing_if = "Access::is_read_write")]
    pub access: Access,
}

/// Which way a property travels, from the schema's `readOnly` and
/// `writeOnly`.
///
/// OpenAPI says a read-only property is sent only in responses and a
/// write-only one only in requests, and that `required` binds a property
/// only in the direction it travels. So a required read-only field of a
/// type that is sent is optional, and so is a required write-only field of
/// a type that is decoded (`passes::relax_one_way_fields`).
///
/// ```
/// use clientgen::ir::Access;
/// assert!(Access::default().is_read_write());
/// assert!(!Access::ReadOnly.is_read_write());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Travels both ways (neither keyword is set).
    #[default]
    ReadWrite,
    /// `readOnly: true`: set by the server, returned in responses.
    ReadOnly,
    /// `writeOnly: true`: sent in requests, never returned.
    WriteOnly,
}

impl Access {
    /// Neither `readOnly` nor `writeOnly`.
    pub fn is_read_write(&self) -> bool {
        *self == Access::ReadWrite
    }
}

impl Field {
    /// A required, non-nullable body field of type `ty`, without a constant
    /// or example: the base the other shapes of field are built from.
    ///
    /// ```
    /// use clientgen::ir::{Field, Location, TypeRef};
    /// let f = Field::required("id", "id", TypeRef::String, None);
    /// assert!(f.required && !f.nullable && !f.flatten && f.location == Location::Body);
    /// ```
    pub fn required(name: impl Into<String>, ident: impl Into<String>, ty: TypeRef, doc: Option<String>) -> Field {
        Field {
            name: name.into(),
            ident: ident.into(),
            doc,
            ty,
            required: true,
            nullable: false,
            constant: None,
            example: None,
            location: Location::Body,
            boxed: false,
            flatten: false,
            access: Access::ReadWrite,
        }
    }

    /// A required field whose value's own properties are inlined into the
    /// parent (`#[serde(flatten)]`): a whole request body beside query
    /// parameters, or a component an `allOf` merge meets inside itself.
    ///
    /// ```
    /// use clientgen::ir::{Field, TypeRef};
    /// let f = Field::flattened("body", "body", TypeRef::Named("Pet".into()), None);
    /// assert!(f.flatten && f.required && !f.nullable);
    /// ```
    pub fn flattened(name: impl Into<String>, ident: impl Into<String>, ty: TypeRef, doc: Option<String>) -> Field {
        Field { flatten: true, ..Field::required(name, ident, ty, doc) }
    }
}

/// Where a request field is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// A JSON body property (and every response property).
    Body,
    /// A query parameter, with its `style` and `explode`.
    Query(Encoding),
    /// A request header (`style: simple`).
    Header,
    /// A request header declared with `content: application/json`: its
    /// value is sent as JSON text.
    HeaderJson,
    /// A field of a `application/x-www-form-urlencoded` or
    /// `multipart/form-data` body: `Some` when the media type's `encoding`
    /// gives the property a `style` or `explode`, `None` otherwise (scalars
    /// and lists of scalars are then sent as `form`, objects with the
    /// bracket convention, see `ARCHITECTURE.md`).
    Form(Option<Encoding>),
    /// The whole JSON request body when it is not an object (an array, a
    /// scalar) beside query or header parameters: sent as the body itself,
    /// as an object body would be flattened into the params.
    WholeBody,
}

impl Location {
    /// A query parameter with `style: form, explode: true` (the default).
    pub const QUERY: Location = Location::Query(Encoding { style: Style::Form, explode: true });

    /// True for query parameters.
    pub fn is_query(&self) -> bool {
        matches!(self, Location::Query(_))
    }

    /// True for form and multipart body fields.
    pub fn is_form(&self) -> bool {
        matches!(self, Location::Form(_))
    }
}

/// How a query parameter or form field is serialized (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Encoding {
    /// `style`.
    pub style: Style,
    /// `explode` (default `true` for `form`, `false` for the other styles).
    pub explode: bool,
}

/// An OpenAPI `style` for query parameters and form fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Style {
    /// `form`: `name=a&name=b` (exploded) or `name=a,b`.
    Form,
    /// `spaceDelimited`: `name=a b`.
    SpaceDelimited,
    /// `pipeDelimited`: `name=a|b`.
    PipeDelimited,
    /// `deepObject`: `name[key]=value`.
    DeepObject,
}

/// One member of a string enum.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct EnumValue {
    /// The exact wire value.
    pub value: String,
    /// The Rust variant name.
    pub ident: String,
}

/// One branch of a union.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Variant {
    /// The Rust variant name.
    pub ident: String,
    /// The discriminator value (tagged unions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_value: Option<String>,
    /// The payload type.
    pub ty: TypeRef,
    /// The branch's description or title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A reference to a type, as used by fields, variants and operations.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "type", content = "of", rename_all = "snake_case")]
pub enum TypeRef {
    /// `String`.
    String,
    /// `i64` (any `integer`, unless a format says otherwise).
    Integer,
    /// `u64` (`format: uint64`/`uint32`/...).
    UnsignedInteger,
    /// `f64`.
    Number,
    /// `bool`.
    Boolean,
    /// `chrono::DateTime<chrono::Utc>` (`format: date-time`), RFC 3339 on the wire.
    DateTime,
    /// `chrono::NaiveDate` (`format: date`).
    Date,
    /// Raw bytes (`format: binary`), sent as the body itself.
    Bytes,
    /// Any JSON value (`serde_json::Value`).
    Json,
    /// A free-form JSON object (`serde_json::Map<String, Value>`).
    JsonObject,
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// A map with string keys (`std::collections::BTreeMap<String, T>`).
    Map(Box<TypeRef>),
    /// `Option<T>` inside an [`Array`](TypeRef::Array) or [`Map`](TypeRef::Map):
    /// a nullable item or map value (`items: {type: [X, 'null']}`,
    /// `additionalProperties: {nullable: true, ...}`), `null` on the wire
    /// for `None`. Never `Nullable(Json)`: any JSON already holds `null`.
    /// (A nullable *field* is [`Field::nullable`] instead.)
    Nullable(Box<TypeRef>),
    /// A [`TypeDef`] by name.
    Named(String),
}

/// One API operation: exactly one method on one resource.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// The spec's `operationId` (or a synthesized one, see `id_synthesized`).
    pub operation_id: String,
    /// True when the spec had no `operationId` and one was made from method + path.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub id_synthesized: bool,
    /// `GET`, `POST`, ... (upper case).
    pub method: String,
    /// The path template exactly as in the spec, e.g. `/leads/{id}`.
    pub path: String,
    /// JSON pointer of the operation.
    pub source: String,
    /// The resource (module) the method lives on, from the first tag.
    pub resource: Resource,
    /// The cargo feature that gates this operation: its `x-group-title`
    /// as a feature name (see [`Ir::features`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// The method name on the resource (`snake_case`).
    pub method_name: String,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// Path parameters, in template order: the method's arguments.
    pub path_params: Vec<PathParam>,
    /// The params type: query parameters and body fields together.
    pub params: Option<TypeRef>,
    /// True when the params type is required (it has a required field or the body is required).
    pub params_required: bool,
    /// How the body is encoded, if there is one.
    pub body: Option<BodyKind>,
    /// The decoded success response; `None` when it has no content. For a
    /// [`ResponseFormat::EventStream`] operation, the type of each event's
    /// `data` (the stream's item type).
    pub response: Option<TypeRef>,
    /// How the success response is decoded.
    pub response_format: ResponseFormat,
    /// The `Accept` header when the success response's JSON media type is
    /// not `application/json` (a vendor type such as
    /// `application/vnd.api+json`, which a server may insist on); `None`
    /// sends the format's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept: Option<String>,
    /// The status code of the success response (`200`, `201`, `2XX`, ...).
    pub success_status: Option<String>,
    /// Security scopes required, from `security`.
    pub scopes: Vec<String>,
    /// The security alternatives (OR) of this operation, each a set of
    /// schemes needed together (AND): the operation's `security`, or the
    /// document's when it has none. At send time the first alternative
    /// whose credentials are all configured is used. Empty means public
    /// (`security: []`, `[{}]`, or no usable alternative left). An empty
    /// requirement (`{}`) is always satisfied and sends nothing, so the
    /// alternatives after it are dropped, and `[{key: []}, {}]` sends the key
    /// only when it is configured.
    /// When neither the operation nor the document says anything and the
    /// spec has schemes, every scheme is an alternative followed by `{}`:
    /// the first configured credential is sent, and none is needed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security: Vec<SecurityRequirement>,
    /// Cursor pagination (`after`/`before`/`first`/`last` + `page_info`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    /// `deprecated: true`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// A top-level string body field the API deduplicates requests on
    /// (named like `idempotency_key`, or documented as deduplicating). The
    /// client fills it with a fresh UUID when empty, which makes the
    /// operation safe to retry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_field: Option<String>,
    /// The response carries a presigned `upload_url` and `upload_headers`
    /// (Whop's `createFile`): the resource also gets a
    /// `<method>_and_upload` helper that creates the record and uploads the bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presigned_upload: Option<PresignedUpload>,
}

/// How to read a presigned upload target from a response struct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PresignedUpload {
    /// `upload_url` may be absent or null.
    pub url_optional: bool,
    /// `upload_headers` may be absent or null.
    pub headers_optional: bool,
}

/// A group of operations: a module and an accessor on the client. Tagged
/// operations are grouped by their first tag, the others by the rule of
/// [`Grouping`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Resource {
    /// The tag as written (`Dispute alerts`), or for an untagged operation
    /// the name its [`Grouping`] found (`accounts`, `UserAssignedIdentities`, `EventBus`).
    pub tag: String,
    /// Where the grouping comes from.
    #[serde(skip_serializing_if = "Grouping::is_tag")]
    pub grouping: Grouping,
    /// Module and accessor name, e.g. `dispute_alerts`.
    pub module: String,
    /// Handle type name, e.g. `DisputeAlerts`.
    pub type_name: String,
    /// The tag's description, if the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// How an operation found its [`Resource`] (see `lower/resources.rs` and
/// ARCHITECTURE.md, "Resources"). The rule reads only the operation itself,
/// so adding an operation never moves another one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    /// The operation's first tag.
    Tag,
    /// An untagged operation whose path names its action in the fragment
    /// or query and has no literal segment of its own
    /// (`/#X-Amz-Target=AWSEvents.CreateEventBus`, `/#Action=AssumeRole`):
    /// the action's noun (`EventBus`, `Role`), its verb the method.
    Action,
    /// An untagged operation whose `operationId` is `Group_Operation`
    /// (`UserAssignedIdentities_ListBySubscription`): the group.
    OperationIdPrefix,
    /// An untagged operation grouped by the first literal segment of its
    /// path that is not a version prefix (`/v1/accounts/{account}/bank_accounts` → `accounts`).
    PathSegment,
    /// An untagged operation no rule places (its path is `/` or only
    /// parameters): the `Default` resource.
    Ungrouped,
}

impl Grouping {
    /// True for [`Grouping::Tag`] (not written out in the IR's JSON).
    pub fn is_tag(&self) -> bool {
        *self == Grouping::Tag
    }
}

/// A path parameter: an argument of the operation's method.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathParam {
    /// The name in the path template.
    pub name: String,
    /// The Rust argument name.
    pub ident: String,
    /// The parameter's type (usually `String`).
    pub ty: TypeRef,
    /// `description`.
    pub doc: Option<String>,
    /// A valid value, as JSON text: as [`Field::example`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// How a request body is encoded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "encoding", rename_all = "snake_case")]
pub enum BodyKind {
    /// `application/json` (or `+json`): the params' body fields as JSON.
    Json,
    /// `application/x-www-form-urlencoded`: the params' [`Location::Form`]
    /// fields, encoded like `form`-style query parameters.
    Form,
    /// `multipart/form-data`: one part per [`Location::Form`] field; binary
    /// fields are file parts.
    Multipart,
    /// Any other media type (`application/octet-stream`, `image/png`, ...):
    /// the body is raw bytes, an argument of the method.
    Binary {
        /// The media type sent as `Content-Type`.
        content_type: String,
    },
}

/// How a success response body is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseFormat {
    /// JSON into the response type (or no body at all).
    #[default]
    Json,
    /// `text/*` (but `text/event-stream`): the body as a `String`.
    Text,
    /// Anything else (`application/octet-stream`, `image/png`, ...): the
    /// body as bytes.
    Binary,
    /// `text/event-stream` (and no JSON media type beside it): a stream of
    /// server-sent events, the method returns the runtime's `EventStream`.
    /// [`Operation::response`] is the type of each event's `data`: the
    /// media type's `schema` lowered like a JSON response (each `data` is
    /// decoded as JSON), or [`TypeRef::String`] when the schema is absent
    /// or `type: string` (the idiom for "each event's data is text"; the
    /// data is then handed over as is).
    EventStream,
}

/// Facts about a paginated list operation: the response type implements
/// the runtime's page trait, so the request builder can stream pages/items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pagination {
    /// The paginated response type.
    pub page_type: String,
    /// The item type of `data`.
    pub item: TypeRef,
    /// `data` is optional in the response (`Option<Vec<T>>`).
    pub items_optional: bool,
    /// How the next page is requested.
    pub style: PaginationStyle,
}

/// The two cursor schemes the generator recognises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "style", rename_all = "snake_case")]
pub enum PaginationStyle {
    /// Relay-style: `after`/`before`/`first`/`last` query parameters and a
    /// required `page_info` object with `end_cursor`, `start_cursor`,
    /// `has_next_page`, `has_previous_page` (53 Whop list operations).
    PageInfo,
    /// A `cursor` query parameter and `<container>.next_cursor` in the
    /// response (Whop's `rawStats` and `sqlStats`).
    NextCursor {
        /// The response field holding `next_cursor` (e.g. `pagination`).
        container: String,
        /// That field is optional or nullable.
        container_optional: bool,
    },
}

/// One webhook event (`webhooks.<name>` of a 3.1 document).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Webhook {
    /// The event name, e.g. `invoice.created`.
    pub name: String,
    /// The Rust variant name, e.g. `InvoiceCreated`.
    pub ident: String,
    /// The payload type.
    pub payload: Option<TypeRef>,
    /// The value of the payload's `type` property, when it is a const.
    pub event_type: Option<String>,
    /// `summary` / `description`.
    pub doc: Option<String>,
}
