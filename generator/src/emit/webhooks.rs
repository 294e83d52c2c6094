//! Tokens for webhook events: one enum over every `webhooks.<name>` payload
//! of a 3.1 document, decoded by the payload's `type`, with an unknown-event
//! fallback, and `Client::unwrap_webhook` that verifies before decoding.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use super::types::rust_type;
use crate::ir::{Ir, Webhook};

/// What the webhook payload enum derives (`Deserialize` is written out: it
/// dispatches on the payload's `type`).
pub(crate) const PAYLOAD_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq", "Serialize"];

/// The events that can be told apart by a const `type` property.
pub(crate) fn typed_events(ir: &Ir) -> Vec<(&Webhook, &str)> {
    ir.webhooks
        .iter()
        .filter(|w| w.payload.is_some())
        .filter_map(|w| w.event_type.as_deref().map(|t| (w, t)))
        .collect()
}

/// Whether `types.rs` gets the webhook payload enum ([`event_enum`]).
pub(crate) fn has_event_enum(ir: &Ir) -> bool {
    ir.webhook_payload_type.is_some() && !typed_events(ir).is_empty()
}

/// The webhook payload enum for `types.rs`, or nothing when the spec has no typed webhooks.
pub(crate) fn event_enum(ir: &Ir) -> TokenStream {
    let events = typed_events(ir);
    let Some(name) = ir.webhook_payload_type.as_ref().filter(|_| !events.is_empty()) else { return quote!() };
    let enum_ident = format_ident!("{}", name);
    let variants = events.iter().map(|(w, event_type)| {
        let ident = format_ident!("{}", w.ident);
        let ty = rust_type(w.payload.as_ref().expect("filtered on payload"), &quote!());
        let doc = docs::attrs_with(w.doc.as_deref().unwrap_or(""), &format!("`type: \"{event_type}\"`."));
        quote!(#doc #ident(#ty),)
    });
    let arms = events.iter().map(|(w, event_type)| {
        let ident = format_ident!("{}", w.ident);
        quote!(Some(#event_type) => serde_json::from_value(value).map(Self::#ident).map_err(serde::de::Error::custom),)
    });
    let type_arms = events.iter().map(|(w, event_type)| {
        let ident = format_ident!("{}", w.ident);
        quote!(Self::#ident(_) => #event_type,)
    });
    let derives = PAYLOAD_DERIVES.iter().map(|d| format_ident!("{d}"));
    let count = events.len();
    let doc = format!(
        " A webhook delivery's payload, decoded by its `type` ({count} event types from the spec's `webhooks`).\n\n \
         Verify and decode a delivery with [`crate::Client::unwrap_webhook`]. An event type this version of\n \
         the client does not know decodes to [`{name}::Unknown`] instead of failing."
    );
    let doc_lines = doc.lines().map(str::to_owned);
    quote! {
        #(#[doc = #doc_lines])*
        #[derive(#(#derives),*)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #enum_ident {
            #(#variants)*
            /// An event type this version of the client does not know; the payload is kept as JSON.
            Unknown(serde_json::Value),
        }

        impl #enum_ident {
            /// The event's `type`, e.g. `invoice.created`.
            pub fn event_type(&self) -> &str {
                match self {
                    #(#type_arms)*
                    Self::Unknown(value) => value.get("type").and_then(serde_json::Value::as_str).unwrap_or(""),
                }
            }
        }

        impl<'de> Deserialize<'de> for #enum_ident {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let event_type = value.get("type").and_then(serde_json::Value::as_str).map(str::to_owned);
                match event_type.as_deref() {
                    #(#arms)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    }
}

/// `Client::unwrap_webhook` for `lib.rs`; `lib` is the crate's Rust name (for the example).
pub(crate) fn unwrap_method(ir: &Ir, lib: &str) -> TokenStream {
    let Some(name) = &ir.webhook_payload_type else { return quote!() };
    if typed_events(ir).is_empty() {
        return quote!();
    }
    let payload = format_ident!("{}", name);
    let doc = format!(
        " Verifies a webhook delivery's Standard Webhooks signature with the
 client's webhook secret (`webhook-id`, `webhook-timestamp` and
 `webhook-signature` headers; 5-minute tolerance), then decodes the
 payload into a [`types::{name}`].

 ```no_run
 # fn handle(client: &{lib}::Client, body: &[u8], headers: &reqwest::header::HeaderMap) {{
 match client.unwrap_webhook(body, headers) {{
     Ok(event) => println!(\"received {{}}\", event.event_type()),
     Err(e) => eprintln!(\"rejected webhook: {{e}}\"),
 }}
 # }}
 ```

 # Errors
 [`runtime::WebhookError`] when no secret is configured, a header is
 missing, the timestamp is outside the tolerance, no signature
 matches, or the verified payload does not decode."
    );
    let doc_lines = doc.lines().map(str::to_owned);
    quote! {
        #(#[doc = #doc_lines])*
        pub fn unwrap_webhook(
            &self,
            payload: &[u8],
            headers: &reqwest::header::HeaderMap,
        ) -> std::result::Result<types::#payload, runtime::WebhookError> {
            self.parse_webhook(payload, headers)
        }
    }
}
