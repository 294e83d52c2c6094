//! Which resource an operation belongs to, and its method name there.
//!
//! A tagged operation belongs to its first tag's resource, and its method
//! is the `operationId` without the tag's noun. An operation without tags
//! is placed by what it says itself, never by the other operations (so
//! adding one never moves another), with the first rule that applies
//! ([`Grouping`]):
//!
//! 1. **Action**: the path has no literal segment of its own and names its
//!    action in the fragment or query, as converted RPC-style specs do
//!    (`/#X-Amz-Target=AWSEvents.CreateEventBus`, `/#Action=AssumeRole`,
//!    `/?Action=DescribeInstances`). The action's last dotted part is split
//!    into its verb and noun: the resource is the noun in the singular
//!    (`EventBus`, `Role`, `Instance`), the method the verb (`create`).
//! 2. **operationId prefix**: `Group_Operation`, the convention of
//!    AutoRest-generated specs (`UserAssignedIdentities_ListBySubscription`
//!    → `user_assigned_identities().list_by_subscription()`).
//! 3. **Path segment**: the first literal segment that is not a version
//!    prefix (`v1`, `v2beta1`, `2017-01-11`, `api`):
//!    `/v1/accounts/{account}/bank_accounts` → `accounts`. The method is
//!    the `operationId` without that noun (`GetAccountsAccountBankAccounts`
//!    → `get_account_bank_accounts`).
//! 4. Otherwise (only `/` or parameters): the `Default` resource.
//!
//! A method name already taken in its resource falls back to the whole
//! `operationId` (`lower/operation.rs`), so short names stay unique.

use indexmap::IndexMap;

use crate::ir::{Grouping, Resource};
use crate::naming::{field_name, type_name};

/// The resource of an operation and its preferred method name.
pub(super) fn place(
    tag: Option<&String>,
    operation_id: &str,
    synthesized: bool,
    path: &str,
    tag_docs: &IndexMap<String, Option<String>>,
) -> (Resource, String) {
    if let Some(tag) = tag {
        return (resource(tag, Grouping::Tag, tag_docs.get(tag).cloned().flatten()), method_name(operation_id, tag));
    }
    let (group, grouping, method) = untagged(operation_id, synthesized, path);
    (resource(&group, grouping, None), method)
}

fn resource(name: &str, grouping: Grouping, doc: Option<String>) -> Resource {
    Resource { tag: name.to_owned(), grouping, module: resource_module(name), type_name: resource_type(name), doc }
}

/// The group, how it was found, and the method name of an operation without tags.
fn untagged(operation_id: &str, synthesized: bool, path: &str) -> (String, Grouping, String) {
    let (proper, selector) = match path.find(['#', '?']) {
        Some(at) => (&path[..at], Some(&path[at + 1..])),
        None => (path, None),
    };
    let first_literal = proper.split('/').find(|s| !s.is_empty() && !s.contains('{') && !is_version_prefix(s));
    if first_literal.is_none() {
        if let Some((noun, verb)) = selector.and_then(action) {
            return (noun, Grouping::Action, verb);
        }
    }
    if !synthesized {
        if let Some((group, op)) = operation_id.split_once('_') {
            let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
            if group.starts_with(|c: char| c.is_ascii_uppercase()) && word(group) && word(op) {
                return (group.to_owned(), Grouping::OperationIdPrefix, field_name(op));
            }
        }
    }
    match first_literal {
        Some(segment) => (segment.to_owned(), Grouping::PathSegment, strip_noun(operation_id, segment)),
        None => ("Default".to_owned(), Grouping::Ungrouped, field_name(operation_id)),
    }
}

/// Whether a path segment only versions the API or prefixes it: `v1`,
/// `v2.1`, `v1beta2`, `v20180820`, `1.0`, `2017-01-11`, `api`.
fn is_version_prefix(segment: &str) -> bool {
    let s = segment.to_ascii_lowercase();
    if s == "api" {
        return true;
    }
    let numeric = |t: &str| t.starts_with(|c: char| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
    match s.strip_prefix('v') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            // `v1`, `v2.1`, then an optional pre-release tag: `v1beta2`.
            let tag_at = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')).unwrap_or(rest.len());
            let (number, tag) = rest.split_at(tag_at);
            numeric(number) && ["", "alpha", "beta", "preview", "rc"].contains(&tag.trim_end_matches(|c: char| c.is_ascii_digit()))
        }
        _ => numeric(&s),
    }
}

/// The (noun, verb) of the action a path's fragment or query names: the
/// first `name=value` pair with a literal value; its last dotted part in
/// words, the first word being the verb and the others, the last one in
/// the singular, the noun. `AWSEvents.ListEventSources` → (`event_source`, `list`).
/// `None` when the value is a template, or a single word.
fn action(selector: &str) -> Option<(String, String)> {
    let value = selector.split('&').find_map(|pair| pair.split_once('=').map(|(_, v)| v))?;
    if value.is_empty() || value.contains('{') {
        return None;
    }
    let name = field_name(value.rsplit('.').next().unwrap_or(value));
    let (verb, noun) = name.trim_end_matches('_').split_once('_')?;
    let (head, last) = match noun.rsplit_once('_') {
        Some((head, last)) => (format!("{head}_"), last),
        None => (String::new(), noun),
    };
    Some((format!("{head}{}", singularize(last)), field_name(verb)))
}

/// The `operationId` in snake case without the resource's noun, as whole
/// words: as written anywhere, else in the singular after the first word:
/// `GetCustomersCustomerSources` in `customers` → `get_customer_sources`,
/// `post_call_phone_number_auth` in `call_phone_number_auth` → `post`.
/// The whole id when the noun is not in it, or is all of it.
fn strip_noun(operation_id: &str, noun: &str) -> String {
    let op = field_name(operation_id);
    let words: Vec<&str> = op.trim_end_matches('_').split('_').collect();
    let noun = field_name(noun).trim_end_matches('_').to_owned();
    // The singular only after the verb: `tag_resource` under `tags` keeps its verb.
    for (candidate, from) in [(noun.clone(), 0), (singularize(&noun), 1)] {
        let noun_words: Vec<&str> = candidate.split('_').collect();
        let Some(at) = words.windows(noun_words.len()).skip(from).position(|w| w == noun_words.as_slice()).map(|at| at + from) else {
            continue;
        };
        let rest: Vec<&str> = words[..at].iter().chain(&words[at + noun_words.len()..]).copied().collect();
        if !rest.is_empty() {
            return field_name(&rest.join("_"));
        }
    }
    op
}
/// The method name on the resource: the `operationId` without the tag's
/// noun (`createLead` on `Leads` → `create`, `listOverridesAffiliate` on
/// `Affiliates` → `list_overrides`), or the whole id in snake case.
fn method_name(operation_id: &str, tag: &str) -> String {
    let op = field_name(operation_id);
    let tag_snake = field_name(tag).trim_end_matches('_').to_owned();
    let singular = singularize(&tag_snake);
    for noun in [tag_snake.as_str(), singular.as_str()] {
        if noun.is_empty() {
            continue;
        }
        if let Some(rest) = op.strip_suffix(&format!("_{noun}")) {
            if !rest.is_empty() {
                return field_name(rest);
            }
        }
    }
    op
}

/// An English plural in the singular, by its ending: `policies` → `policy`,
/// `addresses` → `address`, `boxes` → `box`, `batches` → `batch`, `rules` → `rule`;
/// a word that does not end in `s`, or ends in `ss`, `us` or `is` (`bus`, `status`, `analysis`), stays as it is.
fn singularize(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = word.strip_suffix("sses") {
        format!("{stem}ss")
    } else if let Some(stem) = ["xes", "ches", "shes"].iter().find_map(|end| word.strip_suffix(end).map(|s| (s, &end[..end.len() - 2]))) {
        format!("{}{}", stem.0, stem.1)
    } else if ["ss", "us", "is"].iter().any(|end| word.ends_with(end)) {
        word.to_owned()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_owned()
    } else {
        word.to_owned()
    }
}

/// Names `Client` already has: its own methods, which a resource accessor
/// (`client.<module>()`) must not shadow.
const CLIENT_METHODS: &[&str] = &[
    "new", "from_env", "builder", "base_url", "timeout", "retry_policy", "webhook_secret", "request",
    "verify_webhook", "parse_webhook", "unwrap_webhook", "clone", "fmt",
];

/// Names a resource struct must not take: what its module imports or the
/// prelude provides.
const RESERVED_RESOURCE_TYPES: &[&str] =
    &["Client", "RequestBuilder", "Error", "Result", "Option", "Some", "None", "Ok", "Err", "Vec", "String", "Box"];

/// The module and `Client` accessor of a tag (`Pet Store` → `pet_store`),
/// with `_resource` appended when it would shadow a method of `Client`.
fn resource_module(tag: &str) -> String {
    let module = field_name(tag);
    if CLIENT_METHODS.contains(&module.as_str()) {
        format!("{}_resource", module.trim_end_matches('_'))
    } else {
        module
    }
}

/// The resource struct of a tag (`Pet Store` → `PetStore`), with
/// `Resource` appended when the name is taken in its module (`Client`).
fn resource_type(tag: &str) -> String {
    let name = type_name(tag);
    if RESERVED_RESOURCE_TYPES.contains(&name.as_str()) {
        format!("{name}Resource")
    } else {
        name
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_names_drop_the_tag_noun() {
        assert_eq!(method_name("createLead", "Leads"), "create");
        assert_eq!(method_name("listOverridesAffiliate", "Affiliates"), "list_overrides");
        assert_eq!(method_name("retrieveDisputeAlert", "Dispute alerts"), "retrieve");
        assert_eq!(method_name("listBounty", "Bounties"), "list");
        assert_eq!(method_name("describeStats", "Stats"), "describe");
        assert_eq!(method_name("checkAccess", "Users"), "check_access");
        assert_eq!(method_name("key.get", "Default"), "key_get");
    }

    #[test]
    fn untagged_operations_are_grouped_by_action_operation_id_prefix_or_path() {
        let cases = [
            ("CreateEventBus", false, "/#X-Amz-Target=AWSEvents.CreateEventBus", ("event_bus", Grouping::Action, "create")),
            ("ListRules", false, "/#X-Amz-Target=AWSEvents.ListRules", ("rule", Grouping::Action, "list")),
            ("GET_AssumeRole", false, "/#Action=AssumeRole", ("role", Grouping::Action, "assume")),
            ("DescribeInstances", false, "/?Action=DescribeInstances&Version=2016-11-15", ("instance", Grouping::Action, "describe")),
            ("Operations_List", false, "/providers/Microsoft.Compute/operations", ("Operations", Grouping::OperationIdPrefix, "list")),
            ("GetAccountsAccountBankAccounts", false, "/v1/accounts/{account}/bank_accounts", ("accounts", Grouping::PathSegment, "get_account_bank_accounts")),
            ("PostCustomers", false, "/v1/customers", ("customers", Grouping::PathSegment, "post")),
            ("post_call_phone_number_auth", true, "/call_phone_number_auth", ("call_phone_number_auth", Grouping::PathSegment, "post")),
            ("get_users", false, "/api/v2beta1/users", ("users", Grouping::PathSegment, "get")),
            ("TagResource", false, "/tags#operation=tag-resource", ("tags", Grouping::PathSegment, "tag_resource")),
            ("BoxScoresByDate", false, "/{format}/BoxScores/{date}", ("BoxScores", Grouping::PathSegment, "by_date")),
            ("get_root", true, "/", ("Default", Grouping::Ungrouped, "get_root")),
            ("Query", false, "/#Action=Query", ("Default", Grouping::Ungrouped, "query")),
        ];
        for (id, synthesized, path, (group, grouping, method)) in cases {
            assert_eq!(untagged(id, synthesized, path), (group.to_owned(), grouping, method.to_owned()), "{id} at {path}");
        }
    }

    #[test]
    fn version_prefixes() {
        for s in ["v1", "V2", "v2.1", "v1beta2", "v20180820", "1.0", "2017-01-11", "api"] {
            assert!(is_version_prefix(s), "{s}");
        }
        for s in ["users", "v", "vendors", "v1users", "apis", "2fa-codes"] {
            assert!(!is_version_prefix(s), "{s}");
        }
    }
}
