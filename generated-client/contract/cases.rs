//! Generated contract cases: one per operation, each calling the
//! generated method with only the required parameters, or with every
//! optional parameter and body field set. `include!`d by a contract
//! suite, which runs them against a mock server built from the spec
//! (Prism) and compares what each response decoded to with the body.
//! A suite uses the items it needs.
#![allow(dead_code)]
/// The future of one call: the response, or the error the call
/// returned (a strict decode failure is an `Error::Decode`).
pub type CaseFuture = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Outcome, whop_client::Error>> + Send>,
>;
/// One operation's contract case.
pub struct Case {
    /// The spec's operationId.
    pub operation_id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template as in the spec.
    pub path: &'static str,
    /// Names of the query parameters the "all" call sets.
    pub all_query: &'static [&'static str],
    /// Names of the top-level body fields the "all" call sets.
    pub all_body: &'static [&'static str],
    /// A GET: safe to call repeatedly against the dynamic mock.
    pub read_only: bool,
    /// The body field the API deduplicates on, if any (such POSTs are retried).
    pub idempotency_field: Option<&'static str>,
    /// Runs the call; `true` sets every optional parameter.
    pub run: fn(whop_client::Client, bool) -> CaseFuture,
}

/// What a successful (2xx) call returned.
#[derive(Debug)]
pub struct Outcome {
    /// The response status.
    pub status: u16,
    /// The `sl-violations` header, which Prism sets when the request
    /// or its own response breaks the spec.
    pub violations: Option<String>,
    /// How the body was read: `json`, `text`, `binary` or
    /// `event-stream` (opened, its events not read).
    pub format: &'static str,
    /// The body as JSON; `None` for a body that is not JSON (text,
    /// bytes, an event stream).
    pub body: Option<serde_json::Value>,
    /// The body decoded strictly (no `Unknown` or `Other` fallback)
    /// into the response type and encoded again, to compare with
    /// [`Outcome::body`]; `None` when `body` is.
    pub reencoded: Option<serde_json::Value>,
    /// Why the body did not decode, when the mock's own response
    /// breaks the spec (its `sl-violations` header has response
    /// entries): the mock's fault, so not an error of the call.
    pub mock_fault: Option<String>,
}

impl Outcome {
    /// Where [`Outcome::reencoded`] differs from [`Outcome::body`],
    /// as a JSON pointer with what differs; `None` when they agree
    /// (see [`first_difference`]).
    pub fn reencoding_difference(&self) -> Option<String> {
        match (&self.body, &self.reencoded) {
            (Some(body), Some(reencoded)) => first_difference(body, reencoded, ""),
            _ => None,
        }
    }
}

fn violations<T>(response: &whop_client::UndecodedResponse<T>) -> Option<String> {
    response
        .headers()
        .get("sl-violations")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// A JSON response: decoded strictly, then encoded again.
fn json_outcome<T: serde::de::DeserializeOwned + serde::Serialize>(
    response: whop_client::UndecodedResponse<T>,
) -> Result<Outcome, whop_client::Error> {
    let body = if response.body().iter().all(u8::is_ascii_whitespace) {
        serde_json::Value::Null
    } else {
        serde_json::from_slice(response.body()).unwrap_or(serde_json::Value::Null)
    };
    let violations = violations(&response);
    let mut outcome = Outcome {
        status: response.status().as_u16(),
        violations,
        format: "json",
        body: Some(body),
        reencoded: None,
        mock_fault: None,
    };
    match response.decode_strict() {
        Ok(_) if outcome.body == Some(serde_json::Value::Null) => {
            outcome.reencoded = Some(serde_json::Value::Null);
        }
        Ok(decoded) => {
            let reencoded = serde_json::to_value(&decoded)
                .unwrap_or_else(|e| serde_json::Value::String(
                    format!("(not encodable: {e})"),
                ));
            outcome.reencoded = Some(reencoded);
        }
        Err(
            error,
        ) if outcome
            .violations
            .as_deref()
            .is_some_and(|v| v.contains(r#""location":["response""#)) => {
            outcome.mock_fault = Some(error.to_string());
        }
        Err(error) => return Err(error),
    }
    Ok(outcome)
}

/// Where `actual` (a decoded body encoded again) differs from
/// `expected` (the body), as `<JSON pointer>: <what>`; `None` when
/// they agree. Equal means equal JSON, except that numbers compare
/// by value (`1` and `1.0`), strings that are both RFC 3339
/// timestamps compare as instants, an object member that is `null`
/// on one side may be absent on the other, and a member of the body
/// that the decoded value lacks is taken for a property the schema
/// does not declare (a mock adds such members wherever
/// `additionalProperties` allows them; that every declared property
/// has its field is the generator's own fidelity check).
pub fn first_difference(
    expected: &serde_json::Value,
    actual: &serde_json::Value,
    at: &str,
) -> Option<String> {
    use serde_json::Value;
    match (expected, actual) {
        (Value::Number(a), Value::Number(b)) => {
            let same = a == b || a.as_f64().zip(b.as_f64()).is_some_and(|(x, y)| x == y);
            (!same)
                .then(|| {
                    format!("{at}: the body has {a}, the decoded value encodes as {b}")
                })
        }
        (Value::String(a), Value::String(b)) => {
            let instant = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
            let same = a == b || instant(a).zip(instant(b)).is_some_and(|(x, y)| x == y);
            (!same)
                .then(|| {
                    format!(
                        "{at}: the body has {a:?}, the decoded value encodes as {b:?}"
                    )
                })
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(
                    format!(
                        "{at}: the body has {} items, the decoded value {}", a.len(), b
                        .len()
                    ),
                );
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| first_difference(x, y, &format!("{at}/{i}")))
        }
        (Value::Object(a), Value::Object(b)) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            keys.into_iter()
                .find_map(|key| {
                    let inner = format!(
                        "{at}/{}", key.replace('~', "~0").replace('/', "~1")
                    );
                    match (a.get(key), b.get(key)) {
                        (Some(x), Some(y)) => first_difference(x, y, &inner),
                        (Some(_), None) | (None, Some(Value::Null)) | (None, None) => {
                            None
                        }
                        (None, Some(_)) => {
                            Some(
                                format!(
                                    "{inner}: not in the body, added by the decoded value"
                                ),
                            )
                        }
                    }
                })
        }
        _ if expected == actual => None,
        _ => {
            Some(
                format!(
                    "{at}: the body has {expected}, the decoded value encodes as {actual}"
                ),
            )
        }
    }
}

/// A client builder with a test credential for each of the spec's
/// security schemes; add the mock server's base URL.
pub fn client_builder() -> whop_client::ClientBuilder {
    whop_client::Client::builder()
        .credential(
            "bearerAuth",
            whop_client::Credential::token("contract-test-credential"),
        )
}

/// Every operation's case, in spec order.
pub static CASES: &[Case] = &[
    Case {
        operation_id: "listProduct",
        method: "GET",
        path: "/products",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "product_types",
            "visibilities",
            "order",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_products_list,
    },
    Case {
        operation_id: "createProduct",
        method: "POST",
        path: "/products",
        all_query: &[],
        all_body: &[
            "collect_shipping_address",
            "company_id",
            "custom_cta",
            "custom_cta_url",
            "custom_statement_descriptor",
            "description",
            "experience_ids",
            "global_affiliate_percentage",
            "global_affiliate_status",
            "headline",
            "member_affiliate_percentage",
            "member_affiliate_status",
            "plan_options",
            "product_tax_code_id",
            "redirect_purchase_url",
            "route",
            "send_welcome_message",
            "title",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_products_create,
    },
    Case {
        operation_id: "retrieveProduct",
        method: "GET",
        path: "/products/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_products_retrieve,
    },
    Case {
        operation_id: "deleteProduct",
        method: "DELETE",
        path: "/products/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_products_delete,
    },
    Case {
        operation_id: "updateProduct",
        method: "PATCH",
        path: "/products/{id}",
        all_query: &[],
        all_body: &[
            "collect_shipping_address",
            "custom_cta",
            "custom_cta_url",
            "custom_statement_descriptor",
            "description",
            "gallery_images",
            "global_affiliate_percentage",
            "global_affiliate_status",
            "headline",
            "member_affiliate_percentage",
            "member_affiliate_status",
            "product_tax_code_id",
            "redirect_purchase_url",
            "route",
            "send_welcome_message",
            "store_page_config",
            "title",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_products_update,
    },
    Case {
        operation_id: "listPlan",
        method: "GET",
        path: "/plans",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "release_methods",
            "visibilities",
            "plan_types",
            "product_ids",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_plans_list,
    },
    Case {
        operation_id: "createPlan",
        method: "POST",
        path: "/plans",
        all_query: &[],
        all_body: &[
            "adaptive_pricing_enabled",
            "billing_period",
            "company_id",
            "currency",
            "custom_fields",
            "description",
            "expiration_days",
            "image",
            "initial_price",
            "internal_notes",
            "legacy_payment_method_controls",
            "override_tax_type",
            "payment_method_configuration",
            "plan_type",
            "product_id",
            "release_method",
            "renewal_price",
            "split_pay_required_payments",
            "stock",
            "title",
            "trial_period_days",
            "unlimited_stock",
            "visibility",
            "checkout_styling",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_plans_create,
    },
    Case {
        operation_id: "retrievePlan",
        method: "GET",
        path: "/plans/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_plans_retrieve,
    },
    Case {
        operation_id: "deletePlan",
        method: "DELETE",
        path: "/plans/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_plans_delete,
    },
    Case {
        operation_id: "updatePlan",
        method: "PATCH",
        path: "/plans/{id}",
        all_query: &[],
        all_body: &[
            "adaptive_pricing_enabled",
            "billing_period",
            "currency",
            "custom_fields",
            "description",
            "expiration_days",
            "image",
            "initial_price",
            "internal_notes",
            "legacy_payment_method_controls",
            "offer_cancel_discount",
            "override_tax_type",
            "payment_method_configuration",
            "renewal_price",
            "stock",
            "strike_through_initial_price",
            "strike_through_renewal_price",
            "title",
            "trial_period_days",
            "unlimited_stock",
            "visibility",
            "checkout_styling",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_plans_update,
    },
    Case {
        operation_id: "listPayment",
        method: "GET",
        path: "/payments",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "product_ids",
            "billing_reasons",
            "currencies",
            "plan_ids",
            "statuses",
            "substatuses",
            "include_free",
            "created_before",
            "created_after",
            "updated_before",
            "updated_after",
            "query",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payments_list,
    },
    Case {
        operation_id: "createPayment",
        method: "POST",
        path: "/payments",
        all_query: &[],
        all_body: &["company_id", "member_id", "metadata", "payment_method_id", "plan"],
        read_only: false,
        idempotency_field: None,
        run: run_payments_create,
    },
    Case {
        operation_id: "retrievePayment",
        method: "GET",
        path: "/payments/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payments_retrieve,
    },
    Case {
        operation_id: "feesPayment",
        method: "GET",
        path: "/payments/{id}/fees",
        all_query: &["after", "before", "first", "last"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payments_fees,
    },
    Case {
        operation_id: "listRefund",
        method: "GET",
        path: "/refunds",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "payment_id",
            "company_id",
            "user_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_refunds_list,
    },
    Case {
        operation_id: "retrieveRefund",
        method: "GET",
        path: "/refunds/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_refunds_retrieve,
    },
    Case {
        operation_id: "listDispute",
        method: "GET",
        path: "/disputes",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_disputes_list,
    },
    Case {
        operation_id: "retrieveDispute",
        method: "GET",
        path: "/disputes/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_disputes_retrieve,
    },
    Case {
        operation_id: "listDisputeAlert",
        method: "GET",
        path: "/dispute_alerts",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dispute_alerts_list,
    },
    Case {
        operation_id: "retrieveDisputeAlert",
        method: "GET",
        path: "/dispute_alerts/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dispute_alerts_retrieve,
    },
    Case {
        operation_id: "listResolutionCenterCase",
        method: "GET",
        path: "/resolution_center_cases",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "statuses",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_resolution_center_cases_list,
    },
    Case {
        operation_id: "retrieveResolutionCenterCase",
        method: "GET",
        path: "/resolution_center_cases/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_resolution_center_cases_retrieve,
    },
    Case {
        operation_id: "listCheckoutConfiguration",
        method: "GET",
        path: "/checkout_configurations",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "plan_id",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_checkout_configurations_list,
    },
    Case {
        operation_id: "createCheckoutConfiguration",
        method: "POST",
        path: "/checkout_configurations",
        all_query: &[],
        all_body: &[
            "plan",
            "affiliate_code",
            "allow_promo_codes",
            "checkout_styling",
            "currency",
            "metadata",
            "mode",
            "payment_method_configuration",
            "redirect_url",
            "source_url",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_checkout_configurations_create,
    },
    Case {
        operation_id: "retrieveCheckoutConfiguration",
        method: "GET",
        path: "/checkout_configurations/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_checkout_configurations_retrieve,
    },
    Case {
        operation_id: "listSetupIntent",
        method: "GET",
        path: "/setup_intents",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_setup_intents_list,
    },
    Case {
        operation_id: "retrieveSetupIntent",
        method: "GET",
        path: "/setup_intents/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_setup_intents_retrieve,
    },
    Case {
        operation_id: "listPaymentMethod",
        method: "GET",
        path: "/payment_methods",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "member_id",
            "company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payment_methods_list,
    },
    Case {
        operation_id: "retrievePaymentMethod",
        method: "GET",
        path: "/payment_methods/{id}",
        all_query: &["company_id", "member_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payment_methods_retrieve,
    },
    Case {
        operation_id: "listInvoice",
        method: "GET",
        path: "/invoices",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "product_ids",
            "collection_methods",
            "statuses",
            "order",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_invoices_list,
    },
    Case {
        operation_id: "createInvoice",
        method: "POST",
        path: "/invoices",
        all_query: &[],
        all_body: &[
            "company_id",
            "product",
            "customer_name",
            "email_address",
            "member_id",
            "plan",
            "collection_method",
            "due_date",
            "automatically_finalizes_at",
            "billing_address",
            "charge_buyer_fee",
            "line_items",
            "mailing_address_id",
            "payment_method_id",
            "payment_token_id",
            "save_as_draft",
            "subscription_billing_anchor_at",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_create,
    },
    Case {
        operation_id: "retrieveInvoice",
        method: "GET",
        path: "/invoices/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_invoices_retrieve,
    },
    Case {
        operation_id: "deleteInvoice",
        method: "DELETE",
        path: "/invoices/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_delete,
    },
    Case {
        operation_id: "updateInvoice",
        method: "PATCH",
        path: "/invoices/{id}",
        all_query: &[],
        all_body: &[
            "automatically_finalizes_at",
            "billing_address",
            "charge_buyer_fee",
            "collection_method",
            "customer_name",
            "due_date",
            "email_address",
            "line_items",
            "mailing_address_id",
            "member_id",
            "payment_method_id",
            "plan",
            "product_id",
            "subscription_billing_anchor_at",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_update,
    },
    Case {
        operation_id: "listPromoCode",
        method: "GET",
        path: "/promo_codes",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "product_ids",
            "plan_ids",
            "status",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_promo_codes_list,
    },
    Case {
        operation_id: "createPromoCode",
        method: "POST",
        path: "/promo_codes",
        all_query: &[],
        all_body: &[
            "amount_off",
            "base_currency",
            "churned_users_only",
            "code",
            "company_id",
            "existing_memberships_only",
            "expires_at",
            "new_users_only",
            "one_per_customer",
            "plan_ids",
            "product_id",
            "promo_duration_months",
            "promo_type",
            "stock",
            "unlimited_stock",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_promo_codes_create,
    },
    Case {
        operation_id: "retrievePromoCode",
        method: "GET",
        path: "/promo_codes/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_promo_codes_retrieve,
    },
    Case {
        operation_id: "deletePromoCode",
        method: "DELETE",
        path: "/promo_codes/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_promo_codes_delete,
    },
    Case {
        operation_id: "listCardTransaction",
        method: "GET",
        path: "/card_transactions",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "card_id",
            "company_id",
            "created_after",
            "created_before",
            "direction",
            "status",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_card_transactions_list,
    },
    Case {
        operation_id: "retrieveCardTransaction",
        method: "GET",
        path: "/card_transactions/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_card_transactions_retrieve,
    },
    Case {
        operation_id: "retrieveLedgerAccount",
        method: "GET",
        path: "/ledger_accounts/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ledger_accounts_retrieve,
    },
    Case {
        operation_id: "listTransfer",
        method: "GET",
        path: "/transfers",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "origin_id",
            "destination_id",
            "order",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_transfers_list,
    },
    Case {
        operation_id: "createTransfer",
        method: "POST",
        path: "/transfers",
        all_query: &[],
        all_body: &[
            "amount",
            "currency",
            "destination_id",
            "idempotence_key",
            "metadata",
            "notes",
            "origin_id",
        ],
        read_only: false,
        idempotency_field: Some("idempotence_key"),
        run: run_transfers_create,
    },
    Case {
        operation_id: "retrieveTransfer",
        method: "GET",
        path: "/transfers/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_transfers_retrieve,
    },
    Case {
        operation_id: "listWithdrawal",
        method: "GET",
        path: "/withdrawals",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_withdrawals_list,
    },
    Case {
        operation_id: "createWithdrawal",
        method: "POST",
        path: "/withdrawals",
        all_query: &[],
        all_body: &[
            "amount",
            "company_id",
            "currency",
            "payout_method_id",
            "platform_covers_fees",
            "statement_descriptor",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_withdrawals_create,
    },
    Case {
        operation_id: "retrieveWithdrawal",
        method: "GET",
        path: "/withdrawals/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_withdrawals_retrieve,
    },
    Case {
        operation_id: "listPayoutMethod",
        method: "GET",
        path: "/payout_methods",
        all_query: &["after", "before", "first", "last", "company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payout_methods_list,
    },
    Case {
        operation_id: "retrievePayoutMethod",
        method: "GET",
        path: "/payout_methods/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payout_methods_retrieve,
    },
    Case {
        operation_id: "listVerification",
        method: "GET",
        path: "/verifications",
        all_query: &["after", "before", "first", "last", "payout_account_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_verifications_list,
    },
    Case {
        operation_id: "retrieveVerification",
        method: "GET",
        path: "/verifications/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_verifications_retrieve,
    },
    Case {
        operation_id: "retrievePayoutAccount",
        method: "GET",
        path: "/payout_accounts/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_payout_accounts_retrieve,
    },
    Case {
        operation_id: "listUser",
        method: "GET",
        path: "/users",
        all_query: &["after", "before", "first", "last", "query"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_users_list,
    },
    Case {
        operation_id: "retrieveUser",
        method: "GET",
        path: "/users/{id}",
        all_query: &["company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_users_retrieve,
    },
    Case {
        operation_id: "updateUser",
        method: "PATCH",
        path: "/users/{id}",
        all_query: &[],
        all_body: &["bio", "company_id", "name", "profile_picture", "username"],
        read_only: false,
        idempotency_field: None,
        run: run_users_update,
    },
    Case {
        operation_id: "checkAccess",
        method: "GET",
        path: "/users/{id}/access/{resource_id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_users_check_access,
    },
    Case {
        operation_id: "listCompany",
        method: "GET",
        path: "/companies",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "parent_company_id",
            "direction",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_companies_list,
    },
    Case {
        operation_id: "createCompany",
        method: "POST",
        path: "/companies",
        all_query: &[],
        all_body: &[
            "description",
            "email",
            "logo",
            "metadata",
            "parent_company_id",
            "send_customer_emails",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_companies_create,
    },
    Case {
        operation_id: "retrieveCompany",
        method: "GET",
        path: "/companies/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_companies_retrieve,
    },
    Case {
        operation_id: "updateCompany",
        method: "PATCH",
        path: "/companies/{id}",
        all_query: &[],
        all_body: &[
            "affiliate_application_required",
            "affiliate_instructions",
            "banner_image",
            "description",
            "featured_affiliate_product_id",
            "logo",
            "route",
            "send_customer_emails",
            "social_links",
            "target_audience",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_companies_update,
    },
    Case {
        operation_id: "listAuthorizedUser",
        method: "GET",
        path: "/authorized_users",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "user_id",
            "role",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_authorized_users_list,
    },
    Case {
        operation_id: "createAuthorizedUser",
        method: "POST",
        path: "/authorized_users",
        all_query: &[],
        all_body: &["company_id", "role", "send_emails", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: run_authorized_users_create,
    },
    Case {
        operation_id: "retrieveAuthorizedUser",
        method: "GET",
        path: "/authorized_users/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_authorized_users_retrieve,
    },
    Case {
        operation_id: "deleteAuthorizedUser",
        method: "DELETE",
        path: "/authorized_users/{id}",
        all_query: &["company_id"],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_authorized_users_delete,
    },
    Case {
        operation_id: "listFeeMarkup",
        method: "GET",
        path: "/fee_markups",
        all_query: &["after", "before", "first", "last", "company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_fee_markups_list,
    },
    Case {
        operation_id: "createFeeMarkup",
        method: "POST",
        path: "/fee_markups",
        all_query: &[],
        all_body: &[
            "company_id",
            "fee_type",
            "fixed_fee_usd",
            "metadata",
            "notes",
            "percentage_fee",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_fee_markups_create,
    },
    Case {
        operation_id: "listMember",
        method: "GET",
        path: "/members",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "created_before",
            "created_after",
            "access_level",
            "product_ids",
            "plan_ids",
            "user_ids",
            "statuses",
            "promo_code_ids",
            "most_recent_actions",
            "query",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_members_list,
    },
    Case {
        operation_id: "retrieveMember",
        method: "GET",
        path: "/members/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_members_retrieve,
    },
    Case {
        operation_id: "listMembership",
        method: "GET",
        path: "/memberships",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "product_ids",
            "statuses",
            "cancel_options",
            "plan_ids",
            "user_ids",
            "promo_code_ids",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_memberships_list,
    },
    Case {
        operation_id: "retrieveMembership",
        method: "GET",
        path: "/memberships/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_memberships_retrieve,
    },
    Case {
        operation_id: "updateMembership",
        method: "PATCH",
        path: "/memberships/{id}",
        all_query: &[],
        all_body: &["metadata"],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_update,
    },
    Case {
        operation_id: "listLead",
        method: "GET",
        path: "/leads",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "created_after",
            "created_before",
            "product_ids",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_leads_list,
    },
    Case {
        operation_id: "createLead",
        method: "POST",
        path: "/leads",
        all_query: &[],
        all_body: &["company_id", "metadata", "product_id", "referrer", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: run_leads_create,
    },
    Case {
        operation_id: "retrieveLead",
        method: "GET",
        path: "/leads/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_leads_retrieve,
    },
    Case {
        operation_id: "updateLead",
        method: "PATCH",
        path: "/leads/{id}",
        all_query: &[],
        all_body: &["metadata", "referrer"],
        read_only: false,
        idempotency_field: None,
        run: run_leads_update,
    },
    Case {
        operation_id: "listEntry",
        method: "GET",
        path: "/entries",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "product_ids",
            "plan_ids",
            "statuses",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_entries_list,
    },
    Case {
        operation_id: "retrieveEntry",
        method: "GET",
        path: "/entries/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_entries_retrieve,
    },
    Case {
        operation_id: "listShipment",
        method: "GET",
        path: "/shipments",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "payment_id",
            "company_id",
            "user_id",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_shipments_list,
    },
    Case {
        operation_id: "createShipment",
        method: "POST",
        path: "/shipments",
        all_query: &[],
        all_body: &["company_id", "payment_id", "tracking_code"],
        read_only: false,
        idempotency_field: None,
        run: run_shipments_create,
    },
    Case {
        operation_id: "retrieveShipment",
        method: "GET",
        path: "/shipments/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_shipments_retrieve,
    },
    Case {
        operation_id: "listReview",
        method: "GET",
        path: "/reviews",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "product_id",
            "min_stars",
            "max_stars",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_reviews_list,
    },
    Case {
        operation_id: "retrieveReview",
        method: "GET",
        path: "/reviews/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_reviews_retrieve,
    },
    Case {
        operation_id: "listCompanyTokenTransaction",
        method: "GET",
        path: "/company_token_transactions",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "user_id",
            "transaction_type",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_company_token_transactions_list,
    },
    Case {
        operation_id: "createCompanyTokenTransaction",
        method: "POST",
        path: "/company_token_transactions",
        all_query: &[],
        all_body: &[
            "amount",
            "company_id",
            "description",
            "destination_user_id",
            "idempotency_key",
            "transaction_type",
            "user_id",
        ],
        read_only: false,
        idempotency_field: Some("idempotency_key"),
        run: run_company_token_transactions_create,
    },
    Case {
        operation_id: "retrieveCompanyTokenTransaction",
        method: "GET",
        path: "/company_token_transactions/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_company_token_transactions_retrieve,
    },
    Case {
        operation_id: "listAffiliate",
        method: "GET",
        path: "/affiliates",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "direction",
            "order",
            "query",
            "status",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_affiliates_list,
    },
    Case {
        operation_id: "createAffiliate",
        method: "POST",
        path: "/affiliates",
        all_query: &[],
        all_body: &["company_id", "user_identifier"],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_create,
    },
    Case {
        operation_id: "retrieveAffiliate",
        method: "GET",
        path: "/affiliates/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_affiliates_retrieve,
    },
    Case {
        operation_id: "listOverridesAffiliate",
        method: "GET",
        path: "/affiliates/{id}/overrides",
        all_query: &["after", "before", "first", "last", "override_type"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_affiliates_list_overrides,
    },
    Case {
        operation_id: "createOverrideAffiliate",
        method: "POST",
        path: "/affiliates/{id}/overrides",
        all_query: &[],
        all_body: &[
            "applies_to_payments",
            "commission_type",
            "commission_value",
            "id",
            "override_type",
            "plan_id",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_create_override,
    },
    Case {
        operation_id: "retrieveOverrideAffiliate",
        method: "GET",
        path: "/affiliates/{id}/overrides/{override_id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_affiliates_retrieve_override,
    },
    Case {
        operation_id: "deleteOverrideAffiliate",
        method: "DELETE",
        path: "/affiliates/{id}/overrides/{override_id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_delete_override,
    },
    Case {
        operation_id: "updateOverrideAffiliate",
        method: "PATCH",
        path: "/affiliates/{id}/overrides/{override_id}",
        all_query: &[],
        all_body: &[
            "applies_to_payments",
            "commission_type",
            "commission_value",
            "revenue_basis",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_update_override,
    },
    Case {
        operation_id: "listExperience",
        method: "GET",
        path: "/experiences",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "product_id",
            "app_id",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_experiences_list,
    },
    Case {
        operation_id: "createExperience",
        method: "POST",
        path: "/experiences",
        all_query: &[],
        all_body: &["app_id", "company_id", "is_public", "logo", "name", "section_id"],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_create,
    },
    Case {
        operation_id: "retrieveExperience",
        method: "GET",
        path: "/experiences/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_experiences_retrieve,
    },
    Case {
        operation_id: "deleteExperience",
        method: "DELETE",
        path: "/experiences/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_delete,
    },
    Case {
        operation_id: "updateExperience",
        method: "PATCH",
        path: "/experiences/{id}",
        all_query: &[],
        all_body: &["access_level", "is_public", "logo", "name", "order", "section_id"],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_update,
    },
    Case {
        operation_id: "listForum",
        method: "GET",
        path: "/forums",
        all_query: &["after", "before", "first", "last", "company_id", "product_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_forums_list,
    },
    Case {
        operation_id: "retrieveForum",
        method: "GET",
        path: "/forums/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_forums_retrieve,
    },
    Case {
        operation_id: "updateForum",
        method: "PATCH",
        path: "/forums/{id}",
        all_query: &[],
        all_body: &[
            "banned_words",
            "banner_image",
            "email_notification_preference",
            "who_can_comment",
            "who_can_post",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_forums_update,
    },
    Case {
        operation_id: "listForumPost",
        method: "GET",
        path: "/forum_posts",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "experience_id",
            "include_bounty_anchors",
            "parent_id",
            "pinned",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_forum_posts_list,
    },
    Case {
        operation_id: "createForumPost",
        method: "POST",
        path: "/forum_posts",
        all_query: &[],
        all_body: &[
            "company_id",
            "experience_id",
            "content",
            "rich_content",
            "title",
            "attachments",
            "poll",
            "parent_id",
            "pinned",
            "paywall_amount",
            "paywall_currency",
            "is_mention",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_forum_posts_create,
    },
    Case {
        operation_id: "retrieveForumPost",
        method: "GET",
        path: "/forum_posts/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_forum_posts_retrieve,
    },
    Case {
        operation_id: "updateForumPost",
        method: "PATCH",
        path: "/forum_posts/{id}",
        all_query: &[],
        all_body: &["attachments", "content", "is_pinned", "title", "visibility"],
        read_only: false,
        idempotency_field: None,
        run: run_forum_posts_update,
    },
    Case {
        operation_id: "listChatChannel",
        method: "GET",
        path: "/chat_channels",
        all_query: &["after", "before", "first", "last", "company_id", "product_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_chat_channels_list,
    },
    Case {
        operation_id: "retrieveChatChannel",
        method: "GET",
        path: "/chat_channels/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_chat_channels_retrieve,
    },
    Case {
        operation_id: "updateChatChannel",
        method: "PATCH",
        path: "/chat_channels/{id}",
        all_query: &[],
        all_body: &[
            "ban_media",
            "ban_urls",
            "banned_words",
            "user_posts_cooldown_seconds",
            "who_can_post",
            "who_can_react",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_chat_channels_update,
    },
    Case {
        operation_id: "listSupportChannel",
        method: "GET",
        path: "/support_channels",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "view",
            "open",
            "direction",
            "order",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_support_channels_list,
    },
    Case {
        operation_id: "createSupportChannel",
        method: "POST",
        path: "/support_channels",
        all_query: &[],
        all_body: &["company_id", "custom_name", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: run_support_channels_create,
    },
    Case {
        operation_id: "retrieveSupportChannel",
        method: "GET",
        path: "/support_channels/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_support_channels_retrieve,
    },
    Case {
        operation_id: "listMessage",
        method: "GET",
        path: "/messages",
        all_query: &["after", "before", "first", "last", "channel_id", "direction"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_messages_list,
    },
    Case {
        operation_id: "createMessage",
        method: "POST",
        path: "/messages",
        all_query: &[],
        all_body: &[
            "channel_id",
            "content",
            "attachments",
            "auto_detect_links",
            "poll",
            "replying_to_message_id",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_messages_create,
    },
    Case {
        operation_id: "retrieveMessage",
        method: "GET",
        path: "/messages/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_messages_retrieve,
    },
    Case {
        operation_id: "deleteMessage",
        method: "DELETE",
        path: "/messages/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_messages_delete,
    },
    Case {
        operation_id: "updateMessage",
        method: "PATCH",
        path: "/messages/{id}",
        all_query: &[],
        all_body: &["attachments", "content", "is_pinned"],
        read_only: false,
        idempotency_field: None,
        run: run_messages_update,
    },
    Case {
        operation_id: "listReaction",
        method: "GET",
        path: "/reactions",
        all_query: &["after", "before", "first", "last", "resource_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_reactions_list,
    },
    Case {
        operation_id: "createReaction",
        method: "POST",
        path: "/reactions",
        all_query: &[],
        all_body: &["emoji", "poll_option_id", "resource_id"],
        read_only: false,
        idempotency_field: None,
        run: run_reactions_create,
    },
    Case {
        operation_id: "retrieveReaction",
        method: "GET",
        path: "/reactions/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_reactions_retrieve,
    },
    Case {
        operation_id: "deleteReaction",
        method: "DELETE",
        path: "/reactions/{id}",
        all_query: &["emoji"],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_reactions_delete,
    },
    Case {
        operation_id: "listDmMember",
        method: "GET",
        path: "/dm_members",
        all_query: &["after", "before", "first", "last", "channel_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dm_members_list,
    },
    Case {
        operation_id: "createDmMember",
        method: "POST",
        path: "/dm_members",
        all_query: &[],
        all_body: &["channel_id", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: run_dm_members_create,
    },
    Case {
        operation_id: "retrieveDmMember",
        method: "GET",
        path: "/dm_members/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dm_members_retrieve,
    },
    Case {
        operation_id: "deleteDmMember",
        method: "DELETE",
        path: "/dm_members/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_dm_members_delete,
    },
    Case {
        operation_id: "updateDmMember",
        method: "PATCH",
        path: "/dm_members/{id}",
        all_query: &[],
        all_body: &["notification_preference", "status"],
        read_only: false,
        idempotency_field: None,
        run: run_dm_members_update,
    },
    Case {
        operation_id: "listDmChannel",
        method: "GET",
        path: "/dm_channels",
        all_query: &["after", "before", "first", "last", "company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dm_channels_list,
    },
    Case {
        operation_id: "createDmChannel",
        method: "POST",
        path: "/dm_channels",
        all_query: &[],
        all_body: &["company_id", "custom_name", "with_user_ids"],
        read_only: false,
        idempotency_field: None,
        run: run_dm_channels_create,
    },
    Case {
        operation_id: "retrieveDmChannel",
        method: "GET",
        path: "/dm_channels/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_dm_channels_retrieve,
    },
    Case {
        operation_id: "deleteDmChannel",
        method: "DELETE",
        path: "/dm_channels/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_dm_channels_delete,
    },
    Case {
        operation_id: "updateDmChannel",
        method: "PATCH",
        path: "/dm_channels/{id}",
        all_query: &[],
        all_body: &["custom_name"],
        read_only: false,
        idempotency_field: None,
        run: run_dm_channels_update,
    },
    Case {
        operation_id: "listCourse",
        method: "GET",
        path: "/courses",
        all_query: &["after", "before", "first", "last", "experience_id", "company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_courses_list,
    },
    Case {
        operation_id: "createCourse",
        method: "POST",
        path: "/courses",
        all_query: &[],
        all_body: &[
            "certificate_after_completion_enabled",
            "experience_id",
            "order",
            "require_completing_lessons_in_order",
            "tagline",
            "thumbnail",
            "title",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_courses_create,
    },
    Case {
        operation_id: "retrieveCourse",
        method: "GET",
        path: "/courses/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_courses_retrieve,
    },
    Case {
        operation_id: "deleteCourse",
        method: "DELETE",
        path: "/courses/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_courses_delete,
    },
    Case {
        operation_id: "updateCourse",
        method: "PATCH",
        path: "/courses/{id}",
        all_query: &[],
        all_body: &[
            "certificate_after_completion_enabled",
            "chapters",
            "description",
            "language",
            "order",
            "require_completing_lessons_in_order",
            "tagline",
            "thumbnail",
            "title",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_courses_update,
    },
    Case {
        operation_id: "listCourseChapter",
        method: "GET",
        path: "/course_chapters",
        all_query: &["after", "before", "first", "last", "course_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_chapters_list,
    },
    Case {
        operation_id: "createCourseChapter",
        method: "POST",
        path: "/course_chapters",
        all_query: &[],
        all_body: &["course_id", "title"],
        read_only: false,
        idempotency_field: None,
        run: run_course_chapters_create,
    },
    Case {
        operation_id: "retrieveCourseChapter",
        method: "GET",
        path: "/course_chapters/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_chapters_retrieve,
    },
    Case {
        operation_id: "deleteCourseChapter",
        method: "DELETE",
        path: "/course_chapters/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_course_chapters_delete,
    },
    Case {
        operation_id: "updateCourseChapter",
        method: "PATCH",
        path: "/course_chapters/{id}",
        all_query: &[],
        all_body: &["title"],
        read_only: false,
        idempotency_field: None,
        run: run_course_chapters_update,
    },
    Case {
        operation_id: "listCourseLesson",
        method: "GET",
        path: "/course_lessons",
        all_query: &["after", "before", "first", "last", "course_id", "chapter_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_lessons_list,
    },
    Case {
        operation_id: "createCourseLesson",
        method: "POST",
        path: "/course_lessons",
        all_query: &[],
        all_body: &[
            "chapter_id",
            "content",
            "days_from_course_start_until_unlock",
            "embed_id",
            "embed_type",
            "lesson_type",
            "thumbnail",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_create,
    },
    Case {
        operation_id: "retrieveCourseLesson",
        method: "GET",
        path: "/course_lessons/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_lessons_retrieve,
    },
    Case {
        operation_id: "deleteCourseLesson",
        method: "DELETE",
        path: "/course_lessons/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_delete,
    },
    Case {
        operation_id: "updateCourseLesson",
        method: "PATCH",
        path: "/course_lessons/{id}",
        all_query: &[],
        all_body: &[
            "assessment_completion_requirement",
            "assessment_questions",
            "attachments",
            "content",
            "days_from_course_start_until_unlock",
            "embed_id",
            "embed_type",
            "lesson_type",
            "main_pdf",
            "max_attempts",
            "mux_asset_id",
            "thumbnail",
            "title",
            "visibility",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_update,
    },
    Case {
        operation_id: "listCourseStudent",
        method: "GET",
        path: "/course_students",
        all_query: &["after", "before", "first", "last", "course_id", "keyword"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_students_list,
    },
    Case {
        operation_id: "retrieveCourseStudent",
        method: "GET",
        path: "/course_students/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_students_retrieve,
    },
    Case {
        operation_id: "listCourseLessonInteraction",
        method: "GET",
        path: "/course_lesson_interactions",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "user_id",
            "lesson_id",
            "course_id",
            "completed",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_lesson_interactions_list,
    },
    Case {
        operation_id: "retrieveCourseLessonInteraction",
        method: "GET",
        path: "/course_lesson_interactions/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_course_lesson_interactions_retrieve,
    },
    Case {
        operation_id: "listApp",
        method: "GET",
        path: "/apps",
        all_query: &[
            "app_type",
            "company_id",
            "direction",
            "order",
            "query",
            "verified_apps_only",
            "view_type",
            "after",
            "before",
            "first",
            "last",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_apps_list,
    },
    Case {
        operation_id: "createApp",
        method: "POST",
        path: "/apps",
        all_query: &[],
        all_body: &["base_url", "company_id", "icon", "name", "redirect_uris"],
        read_only: false,
        idempotency_field: None,
        run: run_apps_create,
    },
    Case {
        operation_id: "retrieveApp",
        method: "GET",
        path: "/apps/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_apps_retrieve,
    },
    Case {
        operation_id: "updateApp",
        method: "PATCH",
        path: "/apps/{id}",
        all_query: &[],
        all_body: &[
            "app_store_description",
            "app_type",
            "base_url",
            "dashboard_path",
            "description",
            "discover_path",
            "experience_path",
            "icon",
            "name",
            "oauth_client_type",
            "openapi_path",
            "redirect_uris",
            "required_scopes",
            "skills_path",
            "status",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_apps_update,
    },
    Case {
        operation_id: "listWebhook",
        method: "GET",
        path: "/webhooks",
        all_query: &["after", "before", "first", "last", "company_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_webhooks_list,
    },
    Case {
        operation_id: "createWebhook",
        method: "POST",
        path: "/webhooks",
        all_query: &[],
        all_body: &[
            "api_version",
            "child_resource_events",
            "enabled",
            "events",
            "resource_id",
            "url",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_webhooks_create,
    },
    Case {
        operation_id: "retrieveWebhook",
        method: "GET",
        path: "/webhooks/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_webhooks_retrieve,
    },
    Case {
        operation_id: "deleteWebhook",
        method: "DELETE",
        path: "/webhooks/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_webhooks_delete,
    },
    Case {
        operation_id: "updateWebhook",
        method: "PATCH",
        path: "/webhooks/{id}",
        all_query: &[],
        all_body: &["api_version", "child_resource_events", "enabled", "events", "url"],
        read_only: false,
        idempotency_field: None,
        run: run_webhooks_update,
    },
    Case {
        operation_id: "listAppBuild",
        method: "GET",
        path: "/app_builds",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "app_id",
            "platform",
            "status",
            "created_before",
            "created_after",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_app_builds_list,
    },
    Case {
        operation_id: "createAppBuild",
        method: "POST",
        path: "/app_builds",
        all_query: &[],
        all_body: &[
            "ai_prompt_id",
            "app_id",
            "attachment",
            "checksum",
            "platform",
            "supported_app_view_types",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_app_builds_create,
    },
    Case {
        operation_id: "retrieveAppBuild",
        method: "GET",
        path: "/app_builds/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_app_builds_retrieve,
    },
    Case {
        operation_id: "retrieveFile",
        method: "GET",
        path: "/files/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_files_retrieve,
    },
    Case {
        operation_id: "listAiChat",
        method: "GET",
        path: "/ai_chats",
        all_query: &["after", "before", "first", "last", "only_active_crons"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ai_chats_list,
    },
    Case {
        operation_id: "createAiChat",
        method: "POST",
        path: "/ai_chats",
        all_query: &[],
        all_body: &[
            "current_company_id",
            "message_attachments",
            "message_source",
            "message_text",
            "suggestion_type",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ai_chats_create,
    },
    Case {
        operation_id: "retrieveAiChat",
        method: "GET",
        path: "/ai_chats/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ai_chats_retrieve,
    },
    Case {
        operation_id: "deleteAiChat",
        method: "DELETE",
        path: "/ai_chats/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_ai_chats_delete,
    },
    Case {
        operation_id: "updateAiChat",
        method: "PATCH",
        path: "/ai_chats/{id}",
        all_query: &[],
        all_body: &["current_company_id", "notification_preference", "title"],
        read_only: false,
        idempotency_field: None,
        run: run_ai_chats_update,
    },
    Case {
        operation_id: "listBounty",
        method: "GET",
        path: "/bounties",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "experience_id",
            "status",
            "direction",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_bounties_list,
    },
    Case {
        operation_id: "createBounty",
        method: "POST",
        path: "/bounties",
        all_query: &[],
        all_body: &[
            "accepted_submissions_limit",
            "allowed_country_codes",
            "base_unit_amount",
            "currency",
            "description",
            "experience_id",
            "origin_account_id",
            "post_markdown_content",
            "post_title",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_bounties_create,
    },
    Case {
        operation_id: "retrieveBounty",
        method: "GET",
        path: "/bounties/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_bounties_retrieve,
    },
    Case {
        operation_id: "describeStats",
        method: "GET",
        path: "/stats/describe",
        all_query: &["resource", "company_id", "user_id"],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_stats_describe,
    },
    Case {
        operation_id: "rawStats",
        method: "GET",
        path: "/stats/raw",
        all_query: &[
            "resource",
            "from",
            "to",
            "limit",
            "cursor",
            "sort",
            "sort_direction",
            "company_id",
            "user_id",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_stats_raw,
    },
    Case {
        operation_id: "sqlStats",
        method: "GET",
        path: "/stats/sql",
        all_query: &[
            "resource",
            "sql",
            "from",
            "to",
            "limit",
            "cursor",
            "sort",
            "sort_direction",
            "company_id",
            "user_id",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_stats_sql,
    },
    Case {
        operation_id: "metricStats",
        method: "GET",
        path: "/stats/metric",
        all_query: &[
            "resource",
            "granularity",
            "breakdowns",
            "filters",
            "time_zone",
            "from",
            "to",
            "company_id",
            "user_id",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_stats_metric,
    },
    Case {
        operation_id: "listAdCampaign",
        method: "GET",
        path: "/ad_campaigns",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "company_id",
            "status",
            "created_before",
            "created_after",
            "query",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ad_campaigns_list,
    },
    Case {
        operation_id: "createAdCampaign",
        method: "POST",
        path: "/ad_campaigns",
        all_query: &[],
        all_body: &[
            "ad_creative_set_ids",
            "budget",
            "budget_type",
            "company_id",
            "config",
            "daily_budget",
            "platform",
            "product_id",
            "target_country_codes",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ad_campaigns_create,
    },
    Case {
        operation_id: "retrieveAdCampaign",
        method: "GET",
        path: "/ad_campaigns/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ad_campaigns_retrieve,
    },
    Case {
        operation_id: "updateAdCampaign",
        method: "PATCH",
        path: "/ad_campaigns/{id}",
        all_query: &[],
        all_body: &[
            "ad_creative_set_ids",
            "budget",
            "budget_type",
            "config",
            "daily_budget",
            "product_id",
            "target_country_codes",
            "title",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ad_campaigns_update,
    },
    Case {
        operation_id: "listAdGroup",
        method: "GET",
        path: "/ad_groups",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "campaign_id",
            "company_id",
            "created_after",
            "created_before",
            "query",
            "status",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ad_groups_list,
    },
    Case {
        operation_id: "createAdGroup",
        method: "POST",
        path: "/ad_groups",
        all_query: &[],
        all_body: &[
            "budget",
            "budget_type",
            "campaign_id",
            "config",
            "daily_budget",
            "name",
            "platform_config",
            "status",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ad_groups_create,
    },
    Case {
        operation_id: "retrieveAdGroup",
        method: "GET",
        path: "/ad_groups/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ad_groups_retrieve,
    },
    Case {
        operation_id: "deleteAdGroup",
        method: "DELETE",
        path: "/ad_groups/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_ad_groups_delete,
    },
    Case {
        operation_id: "updateAdGroup",
        method: "PATCH",
        path: "/ad_groups/{id}",
        all_query: &[],
        all_body: &[
            "budget",
            "budget_type",
            "config",
            "daily_budget",
            "name",
            "platform_config",
            "status",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ad_groups_update,
    },
    Case {
        operation_id: "listAd",
        method: "GET",
        path: "/ads",
        all_query: &[
            "after",
            "before",
            "first",
            "last",
            "ad_group_id",
            "campaign_id",
            "company_id",
            "created_after",
            "created_before",
            "status",
        ],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ads_list,
    },
    Case {
        operation_id: "createAd",
        method: "POST",
        path: "/ads",
        all_query: &[],
        all_body: &[
            "ad_group_id",
            "creative_set_id",
            "existing_instagram_media_id",
            "existing_post_id",
            "platform_config",
            "status",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_ads_create,
    },
    Case {
        operation_id: "retrieveAd",
        method: "GET",
        path: "/ads/{id}",
        all_query: &[],
        all_body: &[],
        read_only: true,
        idempotency_field: None,
        run: run_ads_retrieve,
    },
    Case {
        operation_id: "refundPayment",
        method: "POST",
        path: "/payments/{id}/refund",
        all_query: &[],
        all_body: &["partial_amount"],
        read_only: false,
        idempotency_field: None,
        run: run_payments_refund,
    },
    Case {
        operation_id: "retryPayment",
        method: "POST",
        path: "/payments/{id}/retry",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_payments_retry,
    },
    Case {
        operation_id: "voidPayment",
        method: "POST",
        path: "/payments/{id}/void",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_payments_void,
    },
    Case {
        operation_id: "submitEvidenceDispute",
        method: "POST",
        path: "/disputes/{id}/submit_evidence",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_disputes_submit_evidence,
    },
    Case {
        operation_id: "updateEvidenceDispute",
        method: "POST",
        path: "/disputes/{id}/update_evidence",
        all_query: &[],
        all_body: &[
            "access_activity_log",
            "billing_address",
            "cancellation_policy_disclosure",
            "customer_email_address",
            "customer_name",
            "notes",
            "product_description",
            "refund_policy_disclosure",
            "refund_refusal_explanation",
            "service_date",
            "cancellation_policy_attachment",
            "customer_communication_attachment",
            "refund_policy_attachment",
            "uncategorized_attachment",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_disputes_update_evidence,
    },
    Case {
        operation_id: "markPaidInvoice",
        method: "POST",
        path: "/invoices/{id}/mark_paid",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_mark_paid,
    },
    Case {
        operation_id: "markUncollectibleInvoice",
        method: "POST",
        path: "/invoices/{id}/mark_uncollectible",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_mark_uncollectible,
    },
    Case {
        operation_id: "voidInvoice",
        method: "POST",
        path: "/invoices/{id}/void",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_invoices_void,
    },
    Case {
        operation_id: "createTopup",
        method: "POST",
        path: "/topups",
        all_query: &[],
        all_body: &["amount", "company_id", "currency", "payment_method_id"],
        read_only: false,
        idempotency_field: None,
        run: run_topups_create,
    },
    Case {
        operation_id: "createApiKeyCompany",
        method: "POST",
        path: "/companies/{parent_company_id}/api_keys",
        all_query: &[],
        all_body: &["child_company_id", "name", "permissions", "role"],
        read_only: false,
        idempotency_field: None,
        run: run_companies_create_api_key,
    },
    Case {
        operation_id: "cancelMembership",
        method: "POST",
        path: "/memberships/{id}/cancel",
        all_query: &[],
        all_body: &["cancellation_mode"],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_cancel,
    },
    Case {
        operation_id: "uncancelMembership",
        method: "POST",
        path: "/memberships/{id}/uncancel",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_uncancel,
    },
    Case {
        operation_id: "pauseMembership",
        method: "POST",
        path: "/memberships/{id}/pause",
        all_query: &[],
        all_body: &["void_payments"],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_pause,
    },
    Case {
        operation_id: "resumeMembership",
        method: "POST",
        path: "/memberships/{id}/resume",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_resume,
    },
    Case {
        operation_id: "addFreeDaysMembership",
        method: "POST",
        path: "/memberships/{id}/add_free_days",
        all_query: &[],
        all_body: &["free_days"],
        read_only: false,
        idempotency_field: None,
        run: run_memberships_add_free_days,
    },
    Case {
        operation_id: "approveEntry",
        method: "POST",
        path: "/entries/{id}/approve",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_entries_approve,
    },
    Case {
        operation_id: "denyEntry",
        method: "POST",
        path: "/entries/{id}/deny",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_entries_deny,
    },
    Case {
        operation_id: "archiveAffiliate",
        method: "POST",
        path: "/affiliates/{id}/archive",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_archive,
    },
    Case {
        operation_id: "unarchiveAffiliate",
        method: "POST",
        path: "/affiliates/{id}/unarchive",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_affiliates_unarchive,
    },
    Case {
        operation_id: "attachExperience",
        method: "POST",
        path: "/experiences/{id}/attach",
        all_query: &[],
        all_body: &["product_id"],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_attach,
    },
    Case {
        operation_id: "detachExperience",
        method: "POST",
        path: "/experiences/{id}/detach",
        all_query: &[],
        all_body: &["product_id"],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_detach,
    },
    Case {
        operation_id: "duplicateExperience",
        method: "POST",
        path: "/experiences/{id}/duplicate",
        all_query: &[],
        all_body: &["name"],
        read_only: false,
        idempotency_field: None,
        run: run_experiences_duplicate,
    },
    Case {
        operation_id: "createNotification",
        method: "POST",
        path: "/notifications",
        all_query: &[],
        all_body: &[
            "company_id",
            "user_ids",
            "content",
            "icon_user_id",
            "subtitle",
            "title",
            "rest_path",
        ],
        read_only: false,
        idempotency_field: None,
        run: run_notifications_create,
    },
    Case {
        operation_id: "markAsCompletedCourseLesson",
        method: "POST",
        path: "/course_lessons/{lesson_id}/mark_as_completed",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_mark_as_completed,
    },
    Case {
        operation_id: "startCourseLesson",
        method: "POST",
        path: "/course_lessons/{lesson_id}/start",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_start,
    },
    Case {
        operation_id: "submitAssessmentCourseLesson",
        method: "POST",
        path: "/course_lessons/{lesson_id}/submit_assessment",
        all_query: &[],
        all_body: &["answers"],
        read_only: false,
        idempotency_field: None,
        run: run_course_lessons_submit_assessment,
    },
    Case {
        operation_id: "promoteAppBuild",
        method: "POST",
        path: "/app_builds/{id}/promote",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_app_builds_promote,
    },
    Case {
        operation_id: "createAccessToken",
        method: "POST",
        path: "/access_tokens",
        all_query: &[],
        all_body: &["company_id", "expires_at", "scoped_actions", "user_id"],
        read_only: false,
        idempotency_field: None,
        run: run_access_tokens_create,
    },
    Case {
        operation_id: "createAccountLink",
        method: "POST",
        path: "/account_links",
        all_query: &[],
        all_body: &["company_id", "refresh_url", "return_url", "use_case"],
        read_only: false,
        idempotency_field: None,
        run: run_account_links_create,
    },
    Case {
        operation_id: "createFile",
        method: "POST",
        path: "/files",
        all_query: &[],
        all_body: &["filename", "visibility"],
        read_only: false,
        idempotency_field: None,
        run: run_files_create,
    },
    Case {
        operation_id: "pauseAdCampaign",
        method: "POST",
        path: "/ad_campaigns/{id}/pause",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_ad_campaigns_pause,
    },
    Case {
        operation_id: "unpauseAdCampaign",
        method: "POST",
        path: "/ad_campaigns/{id}/unpause",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_ad_campaigns_unpause,
    },
    Case {
        operation_id: "createConversion",
        method: "POST",
        path: "/conversions",
        all_query: &[],
        all_body: &[
            "action_source",
            "company_id",
            "context",
            "currency",
            "custom_name",
            "event_id",
            "event_name",
            "event_time",
            "plan_id",
            "product_id",
            "referrer_url",
            "url",
            "user",
            "value",
        ],
        read_only: false,
        idempotency_field: Some("event_id"),
        run: run_conversions_create,
    },
    Case {
        operation_id: "deleteFeeMarkup",
        method: "DELETE",
        path: "/fee_markups/{id}",
        all_query: &[],
        all_body: &[],
        read_only: false,
        idempotency_field: None,
        run: run_fee_markups_delete,
    },
];
fn run_products_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .products()
                .list(
                    whop_client::types::ListProductParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .product_types(
                            Vec::from([
                                whop_client::types::AccessPassTypes::from_wire("regular"),
                                whop_client::types::AccessPassTypes::from_wire("regular"),
                            ]),
                        )
                        .visibilities(
                            Vec::from([
                                whop_client::types::VisibilityFilter::from_wire("visible"),
                                whop_client::types::VisibilityFilter::from_wire("visible"),
                            ]),
                        )
                        .order(
                            whop_client::types::AccessPassOrder::from_wire(
                                "active_memberships_count",
                            ),
                        )
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .list(
                    whop_client::types::ListProductParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_products_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .products()
                .create(
                    whop_client::types::CreateProductParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                        )
                        .collect_shipping_address(true)
                        .custom_cta(
                            whop_client::types::CustomCtas::from_wire("get_access"),
                        )
                        .custom_cta_url("string".to_owned())
                        .custom_statement_descriptor_null()
                        .description("string".to_owned())
                        .experience_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .global_affiliate_percentage(6.9f64)
                        .global_affiliate_status(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        )
                        .headline("string".to_owned())
                        .member_affiliate_percentage_null()
                        .member_affiliate_status(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        )
                        .plan_options(
                            whop_client::types::CreateProductPlanOptions::new()
                                .base_currency(
                                    whop_client::types::Currencies::from_wire("usd"),
                                )
                                .billing_period_null()
                                .custom_fields(
                                    Vec::from([
                                        whop_client::types::CreatePlanCustomFieldsItem::new(
                                                "text".to_owned(),
                                                "string".to_owned(),
                                            )
                                            .id("string".to_owned())
                                            .order_null()
                                            .placeholder("string".to_owned())
                                            .required_null(),
                                    ]),
                                )
                                .initial_price_null()
                                .plan_type(
                                    whop_client::types::PlanTypes::from_wire("renewal"),
                                )
                                .release_method(
                                    whop_client::types::ReleaseMethod::from_wire("buy_now"),
                                )
                                .renewal_price(6.9f64)
                                .visibility(
                                    whop_client::types::Visibility::from_wire("visible"),
                                ),
                        )
                        .product_tax_code_id("ptc_xxxxxxxxxxxxxx".to_owned())
                        .redirect_purchase_url_null()
                        .route("string".to_owned())
                        .send_welcome_message_null()
                        .visibility(whop_client::types::Visibility::from_wire("visible")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .create(
                    whop_client::types::CreateProductParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_products_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .products()
            .retrieve("prod_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_products_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .products()
            .delete("prod_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_products_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .products()
                .update(
                    "prod_xxxxxxxxxxxxx",
                    whop_client::types::UpdateProductParams::new()
                        .collect_shipping_address(true)
                        .custom_cta(
                            whop_client::types::CustomCtas::from_wire("get_access"),
                        )
                        .custom_cta_url("string".to_owned())
                        .custom_statement_descriptor_null()
                        .description("string".to_owned())
                        .gallery_images(
                            Vec::from([
                                whop_client::types::UpdateProductGalleryImagesItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .global_affiliate_percentage(6.9f64)
                        .global_affiliate_status(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        )
                        .headline("string".to_owned())
                        .member_affiliate_percentage_null()
                        .member_affiliate_status(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        )
                        .product_tax_code_id_null()
                        .redirect_purchase_url("string".to_owned())
                        .route_null()
                        .send_welcome_message(true)
                        .store_page_config(
                            whop_client::types::UpdateProductStorePageConfig::new()
                                .custom_cta("string".to_owned())
                                .show_price_null(),
                        )
                        .title("string".to_owned())
                        .visibility(whop_client::types::Visibility::from_wire("visible")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .update(
                    "prod_xxxxxxxxxxxxx",
                    whop_client::types::UpdateProductParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_plans_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .plans()
                .list(
                    whop_client::types::ListPlanParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(whop_client::types::PlansOrder::from_wire("id"))
                        .release_methods(
                            Vec::from([
                                whop_client::types::ReleaseMethod::from_wire("buy_now"),
                                whop_client::types::ReleaseMethod::from_wire("buy_now"),
                            ]),
                        )
                        .visibilities(
                            Vec::from([
                                whop_client::types::VisibilityFilter::from_wire("visible"),
                                whop_client::types::VisibilityFilter::from_wire("visible"),
                            ]),
                        )
                        .plan_types(
                            Vec::from([
                                whop_client::types::PlanTypes::from_wire("renewal"),
                                whop_client::types::PlanTypes::from_wire("renewal"),
                            ]),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .list(
                    whop_client::types::ListPlanParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_plans_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .plans()
                .create(
                    whop_client::types::CreatePlanParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "prod_xxxxxxxxxxxxx".to_owned(),
                        )
                        .adaptive_pricing_enabled(true)
                        .billing_period_null()
                        .currency(whop_client::types::Currencies::from_wire("usd"))
                        .custom_fields(
                            Vec::from([
                                whop_client::types::CreatePlanCustomFieldsItem::new(
                                        "text".to_owned(),
                                        "string".to_owned(),
                                    )
                                    .id("string".to_owned())
                                    .order_null()
                                    .placeholder("string".to_owned())
                                    .required_null(),
                            ]),
                        )
                        .description("string".to_owned())
                        .expiration_days_null()
                        .image(
                            whop_client::types::CreatePlanImage::new("string".to_owned()),
                        )
                        .initial_price_null()
                        .internal_notes("string".to_owned())
                        .legacy_payment_method_controls_null()
                        .override_tax_type(
                            whop_client::types::TaxTypes::from_wire("inclusive"),
                        )
                        .payment_method_configuration(
                            whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                    Vec::from([
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                    ]),
                                    Vec::from([
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                    ]),
                                )
                                .include_platform_defaults(true),
                        )
                        .plan_type(whop_client::types::PlanTypes::from_wire("renewal"))
                        .release_method(
                            whop_client::types::ReleaseMethod::from_wire("buy_now"),
                        )
                        .renewal_price(6.9f64)
                        .split_pay_required_payments_null()
                        .stock(42i64)
                        .title_null()
                        .trial_period_days(42i64)
                        .unlimited_stock_null()
                        .visibility(whop_client::types::Visibility::from_wire("visible"))
                        .checkout_styling(
                            whop_client::types::CreatePlanCheckoutStyling::new()
                                .background_color("string".to_owned())
                                .border_style(
                                    whop_client::types::CheckoutShapes::from_wire("rounded"),
                                )
                                .button_color("string".to_owned())
                                .font_family(
                                    whop_client::types::CheckoutFonts::from_wire("system"),
                                ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .create(
                    whop_client::types::CreatePlanParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        "prod_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_plans_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .plans()
            .retrieve("plan_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_plans_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .plans()
            .delete("plan_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_plans_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .plans()
                .update(
                    "plan_xxxxxxxxxxxxx",
                    whop_client::types::UpdatePlanParams::new()
                        .adaptive_pricing_enabled(true)
                        .billing_period_null()
                        .currency(whop_client::types::Currencies::from_wire("usd"))
                        .custom_fields(
                            Vec::from([
                                whop_client::types::CreatePlanCustomFieldsItem::new(
                                        "text".to_owned(),
                                        "string".to_owned(),
                                    )
                                    .id("string".to_owned())
                                    .order_null()
                                    .placeholder("string".to_owned())
                                    .required_null(),
                            ]),
                        )
                        .description("string".to_owned())
                        .expiration_days_null()
                        .image(
                            whop_client::types::CreatePlanImage::new("string".to_owned()),
                        )
                        .initial_price_null()
                        .internal_notes("string".to_owned())
                        .legacy_payment_method_controls_null()
                        .offer_cancel_discount(true)
                        .override_tax_type(
                            whop_client::types::TaxTypes::from_wire("inclusive"),
                        )
                        .payment_method_configuration(
                            whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                    Vec::from([
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                    ]),
                                    Vec::from([
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                        whop_client::types::PaymentMethodTypes::from_wire(
                                            "acss_debit",
                                        ),
                                    ]),
                                )
                                .include_platform_defaults(true),
                        )
                        .renewal_price_null()
                        .stock(42i64)
                        .strike_through_initial_price_null()
                        .strike_through_renewal_price(6.9f64)
                        .title_null()
                        .trial_period_days(42i64)
                        .unlimited_stock_null()
                        .visibility(whop_client::types::Visibility::from_wire("visible"))
                        .checkout_styling(
                            whop_client::types::CreatePlanCheckoutStyling::new()
                                .background_color("string".to_owned())
                                .border_style(
                                    whop_client::types::CheckoutShapes::from_wire("rounded"),
                                )
                                .button_color("string".to_owned())
                                .font_family(
                                    whop_client::types::CheckoutFonts::from_wire("system"),
                                ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .update(
                    "plan_xxxxxxxxxxxxx",
                    whop_client::types::UpdatePlanParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payments_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payments()
                .list(
                    whop_client::types::ListPaymentParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::ReceiptV2Order::from_wire("final_amount"),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .billing_reasons(
                            Vec::from([
                                whop_client::types::BillingReasons::from_wire(
                                    "subscription_create",
                                ),
                                whop_client::types::BillingReasons::from_wire(
                                    "subscription_create",
                                ),
                            ]),
                        )
                        .currencies(
                            Vec::from([
                                whop_client::types::Currencies::from_wire("usd"),
                                whop_client::types::Currencies::from_wire("usd"),
                            ]),
                        )
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .statuses(
                            Vec::from([
                                whop_client::types::ReceiptStatus::from_wire("draft"),
                                whop_client::types::ReceiptStatus::from_wire("draft"),
                            ]),
                        )
                        .substatuses(
                            Vec::from([
                                whop_client::types::FriendlyReceiptStatus::from_wire(
                                    "succeeded",
                                ),
                                whop_client::types::FriendlyReceiptStatus::from_wire(
                                    "succeeded",
                                ),
                            ]),
                        )
                        .include_free(true)
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .updated_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .updated_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .query("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .list(whop_client::types::ListPaymentParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payments_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payments()
                .create(
                    whop_client::types::CreatePaymentParams::CreatePaymentInputWithPlan(
                        whop_client::types::CreatePaymentInputWithPlan::new(
                                "biz_xxxxxxxxxxxxxx".to_owned(),
                                "mber_xxxxxxxxxxxxx".to_owned(),
                                "payt_xxxxxxxxxxxxx".to_owned(),
                                whop_client::types::CreatePaymentInputWithPlanPlan::new(
                                        whop_client::types::Currencies::from_wire("usd"),
                                    )
                                    .application_fee_amount(6.9f64)
                                    .billing_period_null()
                                    .description("string".to_owned())
                                    .expiration_days_null()
                                    .force_create_new_plan(true)
                                    .initial_price_null()
                                    .internal_notes("string".to_owned())
                                    .plan_type(
                                        whop_client::types::PlanTypes::from_wire("renewal"),
                                    )
                                    .product(
                                        whop_client::types::CreatePaymentInputWithPlanPlanProduct::new(
                                                "string".to_owned(),
                                                "string".to_owned(),
                                            )
                                            .collect_shipping_address(true)
                                            .custom_statement_descriptor_null()
                                            .description("string".to_owned())
                                            .global_affiliate_percentage_null()
                                            .global_affiliate_status(
                                                whop_client::types::GlobalAffiliateStatuses::from_wire(
                                                    "enabled",
                                                ),
                                            )
                                            .headline_null()
                                            .product_tax_code_id("ptc_xxxxxxxxxxxxxx".to_owned())
                                            .redirect_purchase_url_null()
                                            .route("string".to_owned())
                                            .visibility(
                                                whop_client::types::Visibility::from_wire("visible"),
                                            ),
                                    )
                                    .product_id_null()
                                    .renewal_price(6.9f64)
                                    .title_null()
                                    .trial_period_days(42i64)
                                    .visibility(
                                        whop_client::types::Visibility::from_wire("visible"),
                                    ),
                            )
                            .metadata(
                                serde_json::Map::from_iter([
                                    (
                                        "additionalProp1".to_owned(),
                                        serde_json::Value::from("value"),
                                    ),
                                ]),
                            ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .create(
                    whop_client::types::CreatePaymentParams::CreatePaymentInputWithPlan(
                        whop_client::types::CreatePaymentInputWithPlan::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "mber_xxxxxxxxxxxxx".to_owned(),
                            "payt_xxxxxxxxxxxxx".to_owned(),
                            whop_client::types::CreatePaymentInputWithPlanPlan::new(
                                whop_client::types::Currencies::from_wire("usd"),
                            ),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payments_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .payments()
            .retrieve("pay_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payments_fees(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payments()
                .fees(
                    "pay_xxxxxxxxxxxxxx",
                    whop_client::types::FeesPaymentParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .fees("pay_xxxxxxxxxxxxxx", whop_client::types::FeesPaymentParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_refunds_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .refunds()
                .list(
                    whop_client::types::ListRefundParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .payment_id("pay_xxxxxxxxxxxxxx".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .refunds()
                .list(whop_client::types::ListRefundParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_refunds_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .refunds()
            .retrieve("rf_xxxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_disputes_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .disputes()
                .list(
                    whop_client::types::ListDisputeParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .disputes()
                .list(
                    whop_client::types::ListDisputeParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_disputes_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .disputes()
            .retrieve("dspt_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dispute_alerts_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dispute_alerts()
                .list(
                    whop_client::types::ListDisputeAlertParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dispute_alerts()
                .list(
                    whop_client::types::ListDisputeAlertParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dispute_alerts_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dispute_alerts()
            .retrieve("dspa_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_resolution_center_cases_list(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .resolution_center_cases()
                .list(
                    whop_client::types::ListResolutionCenterCaseParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .statuses(
                            Vec::from([
                                whop_client::types::ResolutionCenterCaseStatuses::from_wire(
                                    "merchant_response_needed",
                                ),
                                whop_client::types::ResolutionCenterCaseStatuses::from_wire(
                                    "merchant_response_needed",
                                ),
                            ]),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .resolution_center_cases()
                .list(whop_client::types::ListResolutionCenterCaseParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_resolution_center_cases_retrieve(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .resolution_center_cases()
            .retrieve("reso_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_checkout_configurations_list(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .checkout_configurations()
                .list(
                    whop_client::types::ListCheckoutConfigurationParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .plan_id("plan_xxxxxxxxxxxxx".to_owned())
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .checkout_configurations()
                .list(
                    whop_client::types::ListCheckoutConfigurationParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_checkout_configurations_create(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .checkout_configurations()
                .create(
                    whop_client::types::CreateCheckoutConfigurationParams::CreateCheckoutSessionInputModePaymentWithPlan(
                        whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlan::new(
                                whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlanPlan::new(
                                        "biz_xxxxxxxxxxxxxx".to_owned(),
                                        whop_client::types::Currencies::from_wire("usd"),
                                    )
                                    .adaptive_pricing_enabled(true)
                                    .application_fee_amount_null()
                                    .billing_period(42i64)
                                    .custom_fields(
                                        Vec::from([
                                            whop_client::types::CreatePlanCustomFieldsItem::new(
                                                "text".to_owned(),
                                                "string".to_owned(),
                                            ),
                                        ]),
                                    )
                                    .description("string".to_owned())
                                    .expiration_days_null()
                                    .force_create_new_plan(true)
                                    .image(
                                        whop_client::types::CreatePlanImage::new(
                                            "string".to_owned(),
                                        ),
                                    )
                                    .initial_price(6.9f64)
                                    .internal_notes_null()
                                    .override_tax_type(
                                        whop_client::types::TaxTypes::from_wire("inclusive"),
                                    )
                                    .payment_method_configuration(
                                        whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                                Vec::from([
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                ]),
                                                Vec::from([
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                ]),
                                            )
                                            .include_platform_defaults(true),
                                    )
                                    .plan_type(
                                        whop_client::types::PlanTypes::from_wire("renewal"),
                                    )
                                    .product(
                                        whop_client::types::CreatePaymentInputWithPlanPlanProduct::new(
                                                "string".to_owned(),
                                                "string".to_owned(),
                                            )
                                            .collect_shipping_address(true)
                                            .custom_statement_descriptor_null()
                                            .description("string".to_owned())
                                            .global_affiliate_percentage_null()
                                            .global_affiliate_status(
                                                whop_client::types::GlobalAffiliateStatuses::from_wire(
                                                    "enabled",
                                                ),
                                            )
                                            .headline_null()
                                            .product_tax_code_id("ptc_xxxxxxxxxxxxxx".to_owned())
                                            .redirect_purchase_url_null()
                                            .route("string".to_owned())
                                            .visibility(
                                                whop_client::types::Visibility::from_wire("visible"),
                                            ),
                                    )
                                    .product_id("prod_xxxxxxxxxxxxx".to_owned())
                                    .release_method(
                                        whop_client::types::ReleaseMethod::from_wire("buy_now"),
                                    )
                                    .renewal_price(6.9f64)
                                    .split_pay_required_payments_null()
                                    .stock(42i64)
                                    .title_null()
                                    .trial_period_days(42i64)
                                    .visibility(
                                        whop_client::types::Visibility::from_wire("visible"),
                                    ),
                            )
                            .affiliate_code("string".to_owned())
                            .allow_promo_codes_null()
                            .checkout_styling(
                                whop_client::types::CreatePlanCheckoutStyling::new()
                                    .background_color("string".to_owned())
                                    .border_style(
                                        whop_client::types::CheckoutShapes::from_wire("rounded"),
                                    )
                                    .button_color("string".to_owned())
                                    .font_family(
                                        whop_client::types::CheckoutFonts::from_wire("system"),
                                    ),
                            )
                            .currency(whop_client::types::Currencies::from_wire("usd"))
                            .metadata(
                                serde_json::Map::from_iter([
                                    (
                                        "additionalProp1".to_owned(),
                                        serde_json::Value::from("value"),
                                    ),
                                ]),
                            )
                            .mode("payment")
                            .payment_method_configuration(
                                whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                        Vec::from([
                                            whop_client::types::PaymentMethodTypes::from_wire(
                                                "acss_debit",
                                            ),
                                            whop_client::types::PaymentMethodTypes::from_wire(
                                                "acss_debit",
                                            ),
                                        ]),
                                        Vec::from([
                                            whop_client::types::PaymentMethodTypes::from_wire(
                                                "acss_debit",
                                            ),
                                            whop_client::types::PaymentMethodTypes::from_wire(
                                                "acss_debit",
                                            ),
                                        ]),
                                    )
                                    .include_platform_defaults(true),
                            )
                            .redirect_url("string".to_owned())
                            .source_url_null(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .checkout_configurations()
                .create(
                    whop_client::types::CreateCheckoutConfigurationParams::CreateCheckoutSessionInputModePaymentWithPlan(
                        whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlan::new(
                            whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlanPlan::new(
                                "biz_xxxxxxxxxxxxxx".to_owned(),
                                whop_client::types::Currencies::from_wire("usd"),
                            ),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_checkout_configurations_retrieve(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .checkout_configurations()
            .retrieve("ch_xxxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_setup_intents_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .setup_intents()
                .list(
                    whop_client::types::ListSetupIntentParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .setup_intents()
                .list(
                    whop_client::types::ListSetupIntentParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_setup_intents_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .setup_intents()
            .retrieve("sint_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payment_methods_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payment_methods()
                .list(
                    whop_client::types::ListPaymentMethodParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .member_id("mber_xxxxxxxxxxxxx".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payment_methods()
                .list(whop_client::types::ListPaymentMethodParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payment_methods_retrieve(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payment_methods()
                .retrieve(
                    "payt_xxxxxxxxxxxxx",
                    whop_client::types::RetrievePaymentMethodParams::new()
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .member_id("mber_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payment_methods()
                .retrieve(
                    "payt_xxxxxxxxxxxxx",
                    whop_client::types::RetrievePaymentMethodParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_invoices_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .invoices()
                .list(
                    whop_client::types::ListInvoiceParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .collection_methods(
                            Vec::from([
                                whop_client::types::InvoiceCollectionMethods::from_wire(
                                    "send_invoice",
                                ),
                                whop_client::types::InvoiceCollectionMethods::from_wire(
                                    "send_invoice",
                                ),
                            ]),
                        )
                        .statuses(
                            Vec::from([
                                whop_client::types::InvoiceStatuses::from_wire("draft"),
                                whop_client::types::InvoiceStatuses::from_wire("draft"),
                            ]),
                        )
                        .order(
                            whop_client::types::InvoicesSortableColumns::from_wire("id"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .list(whop_client::types::ListInvoiceParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_invoices_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .invoices()
                .create(
                    whop_client::types::CreateInvoiceParams::CreateInvoiceInputWithProduct(
                        whop_client::types::CreateInvoiceInputWithProduct::new(
                                "biz_xxxxxxxxxxxxxx".to_owned(),
                                whop_client::types::CreateInvoiceInputWithProductProduct::new(
                                        "string".to_owned(),
                                    )
                                    .product_tax_code_id("ptc_xxxxxxxxxxxxxx".to_owned()),
                                whop_client::types::UpdateInvoicePlan::new()
                                    .billing_period(42i64)
                                    .custom_fields(
                                        Vec::from([
                                            whop_client::types::CreatePlanCustomFieldsItem::new(
                                                "text".to_owned(),
                                                "string".to_owned(),
                                            ),
                                        ]),
                                    )
                                    .description("string".to_owned())
                                    .expiration_days_null()
                                    .initial_price(6.9f64)
                                    .internal_notes_null()
                                    .legacy_payment_method_controls(true)
                                    .payment_method_configuration(
                                        whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                                Vec::from([
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                ]),
                                                Vec::from([
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                    whop_client::types::PaymentMethodTypes::from_wire(
                                                        "acss_debit",
                                                    ),
                                                ]),
                                            )
                                            .include_platform_defaults(true),
                                    )
                                    .plan_type(
                                        whop_client::types::PlanTypes::from_wire("renewal"),
                                    )
                                    .release_method(
                                        whop_client::types::ReleaseMethod::from_wire("buy_now"),
                                    )
                                    .renewal_price(6.9f64)
                                    .stock_null()
                                    .trial_period_days(42i64)
                                    .unlimited_stock_null()
                                    .visibility(
                                        whop_client::types::Visibility::from_wire("visible"),
                                    ),
                                whop_client::types::InvoiceCollectionMethods::from_wire(
                                    "send_invoice",
                                ),
                            )
                            .customer_name("string".to_owned())
                            .email_address_null()
                            .member_id("mber_xxxxxxxxxxxxx".to_owned())
                            .due_date(
                                chrono::DateTime::<
                                    chrono::Utc,
                                >::from_timestamp(1_701_406_800, 401_000_000)
                                    .expect("a valid timestamp"),
                            )
                            .automatically_finalizes_at(
                                chrono::DateTime::<
                                    chrono::Utc,
                                >::from_timestamp(1_701_406_800, 401_000_000)
                                    .expect("a valid timestamp"),
                            )
                            .billing_address(
                                whop_client::types::UpdateInvoiceBillingAddress::new()
                                    .city("string".to_owned())
                                    .country_null()
                                    .line1("string".to_owned())
                                    .line2_null()
                                    .name("string".to_owned())
                                    .phone_null()
                                    .postal_code("string".to_owned())
                                    .state_null()
                                    .tax_id_type(
                                        whop_client::types::TaxIdentifierTypes::from_wire("ad_nrt"),
                                    )
                                    .tax_id_value_null(),
                            )
                            .charge_buyer_fee(true)
                            .line_items(
                                Vec::from([
                                    whop_client::types::UpdateInvoiceLineItemsItem::new(
                                            "string".to_owned(),
                                            6.9f64,
                                        )
                                        .quantity(6.9f64),
                                ]),
                            )
                            .mailing_address_id("ma_xxxxxxxxxxxxxxx".to_owned())
                            .payment_method_id_null()
                            .payment_token_id("payt_xxxxxxxxxxxxx".to_owned())
                            .save_as_draft_null()
                            .subscription_billing_anchor_at(
                                chrono::DateTime::<
                                    chrono::Utc,
                                >::from_timestamp(1_701_406_800, 401_000_000)
                                    .expect("a valid timestamp"),
                            ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .create(
                    whop_client::types::CreateInvoiceParams::CreateInvoiceInputWithProduct(
                        whop_client::types::CreateInvoiceInputWithProduct::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::CreateInvoiceInputWithProductProduct::new(
                                "string".to_owned(),
                            ),
                            whop_client::types::UpdateInvoicePlan::new(),
                            whop_client::types::InvoiceCollectionMethods::from_wire(
                                "send_invoice",
                            ),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_invoices_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .invoices()
            .retrieve("inv_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_invoices_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .invoices()
            .delete("inv_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_invoices_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .invoices()
                .update(
                    "inv_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateInvoiceParams::new()
                        .automatically_finalizes_at(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .billing_address(
                            whop_client::types::UpdateInvoiceBillingAddress::new()
                                .city("string".to_owned())
                                .country_null()
                                .line1("string".to_owned())
                                .line2_null()
                                .name("string".to_owned())
                                .phone_null()
                                .postal_code("string".to_owned())
                                .state_null()
                                .tax_id_type(
                                    whop_client::types::TaxIdentifierTypes::from_wire("ad_nrt"),
                                )
                                .tax_id_value_null(),
                        )
                        .charge_buyer_fee(true)
                        .collection_method(
                            whop_client::types::InvoiceCollectionMethods::from_wire(
                                "send_invoice",
                            ),
                        )
                        .customer_name("string".to_owned())
                        .due_date(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .email_address("string".to_owned())
                        .line_items(
                            Vec::from([
                                whop_client::types::UpdateInvoiceLineItemsItem::new(
                                        "string".to_owned(),
                                        6.9f64,
                                    )
                                    .quantity(6.9f64),
                            ]),
                        )
                        .mailing_address_id("ma_xxxxxxxxxxxxxxx".to_owned())
                        .member_id_null()
                        .payment_method_id("payt_xxxxxxxxxxxxx".to_owned())
                        .plan(
                            whop_client::types::UpdateInvoicePlan::new()
                                .billing_period(42i64)
                                .custom_fields(
                                    Vec::from([
                                        whop_client::types::CreatePlanCustomFieldsItem::new(
                                                "text".to_owned(),
                                                "string".to_owned(),
                                            )
                                            .id("string".to_owned())
                                            .order_null()
                                            .placeholder("string".to_owned())
                                            .required_null(),
                                    ]),
                                )
                                .description("string".to_owned())
                                .expiration_days_null()
                                .initial_price(6.9f64)
                                .internal_notes_null()
                                .legacy_payment_method_controls(true)
                                .payment_method_configuration(
                                    whop_client::types::CreatePlanPaymentMethodConfiguration::new(
                                            Vec::from([
                                                whop_client::types::PaymentMethodTypes::from_wire(
                                                    "acss_debit",
                                                ),
                                                whop_client::types::PaymentMethodTypes::from_wire(
                                                    "acss_debit",
                                                ),
                                            ]),
                                            Vec::from([
                                                whop_client::types::PaymentMethodTypes::from_wire(
                                                    "acss_debit",
                                                ),
                                                whop_client::types::PaymentMethodTypes::from_wire(
                                                    "acss_debit",
                                                ),
                                            ]),
                                        )
                                        .include_platform_defaults(true),
                                )
                                .plan_type(
                                    whop_client::types::PlanTypes::from_wire("renewal"),
                                )
                                .release_method(
                                    whop_client::types::ReleaseMethod::from_wire("buy_now"),
                                )
                                .renewal_price(6.9f64)
                                .stock_null()
                                .trial_period_days(42i64)
                                .unlimited_stock_null()
                                .visibility(
                                    whop_client::types::Visibility::from_wire("visible"),
                                ),
                        )
                        .product_id("prod_xxxxxxxxxxxxx".to_owned())
                        .subscription_billing_anchor_at(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .update(
                    "inv_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateInvoiceParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_promo_codes_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .promo_codes()
                .list(
                    whop_client::types::ListPromoCodeParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .status(whop_client::types::PromoCodeStatus::from_wire("active"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .promo_codes()
                .list(
                    whop_client::types::ListPromoCodeParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_promo_codes_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .promo_codes()
                .create(
                    whop_client::types::CreatePromoCodeParams::new(
                            6.9f64,
                            whop_client::types::Currencies::from_wire("usd"),
                            "string".to_owned(),
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            true,
                            42i64,
                            whop_client::types::PromoTypes::from_wire("percentage"),
                        )
                        .churned_users_only(true)
                        .existing_memberships_only_null()
                        .expires_at(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .one_per_customer_null()
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .product_id_null()
                        .stock(42i64)
                        .unlimited_stock_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .promo_codes()
                .create(
                    whop_client::types::CreatePromoCodeParams::new(
                        6.9f64,
                        whop_client::types::Currencies::from_wire("usd"),
                        "string".to_owned(),
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        true,
                        42i64,
                        whop_client::types::PromoTypes::from_wire("percentage"),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_promo_codes_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .promo_codes()
            .retrieve("promo_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_promo_codes_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .promo_codes()
            .delete("promo_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_card_transactions_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .card_transactions()
                .list(
                    whop_client::types::ListCardTransactionParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .card_id("string".to_owned())
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .status(
                            whop_client::types::CardIssuingTransactionStatus::from_wire(
                                "pending",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .card_transactions()
                .list(
                    whop_client::types::ListCardTransactionParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_card_transactions_retrieve(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .card_transactions()
            .retrieve("citx_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ledger_accounts_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ledger_accounts()
            .retrieve("ldgr_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_transfers_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .transfers()
                .list(
                    whop_client::types::ListTransferParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .origin_id("string".to_owned())
                        .destination_id("string".to_owned())
                        .order(
                            whop_client::types::CreditTransactionTransfersSortableColumns::from_wire(
                                "amount",
                            ),
                        )
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .transfers()
                .list(whop_client::types::ListTransferParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_transfers_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .transfers()
                .create(
                    whop_client::types::CreateTransferParams::new(
                            6.9f64,
                            whop_client::types::Currencies::from_wire("usd"),
                            "string".to_owned(),
                            "string".to_owned(),
                        )
                        .idempotence_key("string".to_owned())
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .notes("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .transfers()
                .create(
                    whop_client::types::CreateTransferParams::new(
                        6.9f64,
                        whop_client::types::Currencies::from_wire("usd"),
                        "string".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_transfers_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .transfers()
            .retrieve("ctt_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_withdrawals_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .withdrawals()
                .list(
                    whop_client::types::ListWithdrawalParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .withdrawals()
                .list(
                    whop_client::types::ListWithdrawalParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_withdrawals_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .withdrawals()
                .create(
                    whop_client::types::CreateWithdrawalParams::new(
                            6.9f64,
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::Currencies::from_wire("usd"),
                        )
                        .payout_method_id("string".to_owned())
                        .platform_covers_fees_null()
                        .statement_descriptor("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .withdrawals()
                .create(
                    whop_client::types::CreateWithdrawalParams::new(
                        6.9f64,
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        whop_client::types::Currencies::from_wire("usd"),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_withdrawals_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .withdrawals()
            .retrieve("wdrl_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payout_methods_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payout_methods()
                .list(
                    whop_client::types::ListPayoutMethodParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payout_methods()
                .list(
                    whop_client::types::ListPayoutMethodParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payout_methods_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .payout_methods()
            .retrieve("potk_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_verifications_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .verifications()
                .list(
                    whop_client::types::ListVerificationParams::new(
                            "poact_xxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .verifications()
                .list(
                    whop_client::types::ListVerificationParams::new(
                        "poact_xxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_verifications_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .verifications()
            .retrieve("verf_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payout_accounts_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .payout_accounts()
            .retrieve("poact_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_users_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .users()
                .list(
                    whop_client::types::ListUserParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .query("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .list(whop_client::types::ListUserParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_users_retrieve(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .users()
                .retrieve(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::RetrieveUserParams::new()
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .retrieve(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::RetrieveUserParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_users_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .users()
                .update(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::UpdateUserParams::new()
                        .bio("string".to_owned())
                        .company_id_null()
                        .name("string".to_owned())
                        .profile_picture(
                            whop_client::types::UpdateUserProfilePicture::new(
                                "string".to_owned(),
                            ),
                        )
                        .username("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .update(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::UpdateUserParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_users_check_access(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .users()
            .check_access("user_xxxxxxxxxxxxx", "prod_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_companies_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .companies()
                .list(
                    whop_client::types::ListCompanyParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .parent_company_id("string".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .list(whop_client::types::ListCompanyParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_companies_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .companies()
                .create(
                    whop_client::types::CreateCompanyParams::new("string".to_owned())
                        .description("string".to_owned())
                        .email_null()
                        .logo(
                            whop_client::types::CreateCompanyLogo::new(
                                "string".to_owned(),
                            ),
                        )
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .parent_company_id("string".to_owned())
                        .send_customer_emails_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .create(
                    whop_client::types::CreateCompanyParams::new("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_companies_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .companies()
            .retrieve("biz_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_companies_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .companies()
                .update(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateCompanyParams::new()
                        .affiliate_application_required(true)
                        .affiliate_instructions_null()
                        .banner_image(
                            whop_client::types::UpdateForumBannerImage::new(
                                "string".to_owned(),
                            ),
                        )
                        .description_null()
                        .featured_affiliate_product_id("string".to_owned())
                        .logo(
                            whop_client::types::CreateCompanyLogo::new(
                                "string".to_owned(),
                            ),
                        )
                        .route("string".to_owned())
                        .send_customer_emails_null()
                        .social_links(
                            Vec::from([
                                whop_client::types::UpdateCompanySocialLinksItem::new(
                                        "https://example.com/path".to_owned(),
                                        whop_client::types::SocialLinkWebsites::from_wire("x"),
                                    )
                                    .image(
                                        whop_client::types::CreatePlanImage::new(
                                            "string".to_owned(),
                                        ),
                                    )
                                    .order_null()
                                    .title("string".to_owned())
                                    .website_order_null(),
                            ]),
                        )
                        .target_audience_null()
                        .title("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .update(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateCompanyParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_authorized_users_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .authorized_users()
                .list(
                    whop_client::types::ListAuthorizedUserParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned())
                        .role(
                            whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .list(whop_client::types::ListAuthorizedUserParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_authorized_users_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .authorized_users()
                .create(
                    whop_client::types::CreateAuthorizedUserParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                            "user_xxxxxxxxxxxxx".to_owned(),
                        )
                        .send_emails(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .create(
                    whop_client::types::CreateAuthorizedUserParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                        "user_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_authorized_users_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .authorized_users()
            .retrieve("ausr_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_authorized_users_delete(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .authorized_users()
                .delete(
                    "ausr_xxxxxxxxxxxxx",
                    whop_client::types::DeleteAuthorizedUserParams::new()
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .delete(
                    "ausr_xxxxxxxxxxxxx",
                    whop_client::types::DeleteAuthorizedUserParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_fee_markups_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .fee_markups()
                .list(
                    whop_client::types::ListFeeMarkupParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .fee_markups()
                .list(
                    whop_client::types::ListFeeMarkupParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_fee_markups_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .fee_markups()
                .create(
                    whop_client::types::CreateFeeMarkupParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::FeeMarkupTypes::from_wire(
                                "crypto_withdrawal_markup",
                            ),
                        )
                        .fixed_fee_usd(6.9f64)
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .notes("string".to_owned())
                        .percentage_fee_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .fee_markups()
                .create(
                    whop_client::types::CreateFeeMarkupParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        whop_client::types::FeeMarkupTypes::from_wire(
                            "crypto_withdrawal_markup",
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_members_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .members()
                .list(
                    whop_client::types::ListMemberParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::MembersSortableColumns::from_wire("id"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .access_level(
                            whop_client::types::AccessLevel::from_wire("no_access"),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .user_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .statuses(
                            Vec::from([
                                whop_client::types::MemberStatuses::from_wire("drafted"),
                                whop_client::types::MemberStatuses::from_wire("drafted"),
                            ]),
                        )
                        .promo_code_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .most_recent_actions(
                            Vec::from([
                                whop_client::types::MemberMostRecentActions::from_wire(
                                    "canceling",
                                ),
                                whop_client::types::MemberMostRecentActions::from_wire(
                                    "canceling",
                                ),
                            ]),
                        )
                        .query("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .members()
                .list(whop_client::types::ListMemberParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_members_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .members()
            .retrieve("mber_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_memberships_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .memberships()
                .list(
                    whop_client::types::ListMembershipParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::MembershipsSortableColumns::from_wire(
                                "id",
                            ),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .statuses(
                            Vec::from([
                                whop_client::types::MembershipStatus::from_wire("trialing"),
                                whop_client::types::MembershipStatus::from_wire("trialing"),
                            ]),
                        )
                        .cancel_options(
                            Vec::from([
                                whop_client::types::CancelOptions::from_wire(
                                    "too_expensive",
                                ),
                                whop_client::types::CancelOptions::from_wire(
                                    "too_expensive",
                                ),
                            ]),
                        )
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .user_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .promo_code_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .list(whop_client::types::ListMembershipParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_memberships_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .memberships()
            .retrieve("mem_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_memberships_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .memberships()
                .update(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateMembershipParams::new()
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .update(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateMembershipParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_leads_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .leads()
                .list(
                    whop_client::types::ListLeadParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .list(
                    whop_client::types::ListLeadParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_leads_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .leads()
                .create(
                    whop_client::types::CreateLeadParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .product_id_null()
                        .referrer("string".to_owned())
                        .user_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .create(
                    whop_client::types::CreateLeadParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_leads_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .leads()
            .retrieve("lead_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_leads_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .leads()
                .update(
                    "lead_xxxxxxxxxxxxx",
                    whop_client::types::UpdateLeadParams::new()
                        .metadata(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .referrer_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .update(
                    "lead_xxxxxxxxxxxxx",
                    whop_client::types::UpdateLeadParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_entries_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .entries()
                .list(
                    whop_client::types::ListEntryParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::EntriesSortableColumns::from_wire("id"),
                        )
                        .product_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .plan_ids(Vec::from(["string".to_owned(), "string".to_owned()]))
                        .statuses(
                            Vec::from([
                                whop_client::types::EntryStatus::from_wire("drafted"),
                                whop_client::types::EntryStatus::from_wire("drafted"),
                            ]),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .entries()
                .list(
                    whop_client::types::ListEntryParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_entries_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .entries()
            .retrieve("entry_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_shipments_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .shipments()
                .list(
                    whop_client::types::ListShipmentParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .payment_id("pay_xxxxxxxxxxxxxx".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .shipments()
                .list(whop_client::types::ListShipmentParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_shipments_create(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .shipments()
            .create(
                whop_client::types::CreateShipmentParams::new(
                    "biz_xxxxxxxxxxxxxx".to_owned(),
                    "pay_xxxxxxxxxxxxxx".to_owned(),
                    "string".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_shipments_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .shipments()
            .retrieve("ship_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_reviews_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .reviews()
                .list(
                    whop_client::types::ListReviewParams::new(
                            "prod_xxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .min_stars(1i64)
                        .max_stars(5i64)
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reviews()
                .list(
                    whop_client::types::ListReviewParams::new(
                        "prod_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_reviews_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .reviews()
            .retrieve("rev_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_company_token_transactions_list(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .company_token_transactions()
                .list(
                    whop_client::types::ListCompanyTokenTransactionParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .user_id("user_xxxxxxxxxxxxx".to_owned())
                        .transaction_type(
                            whop_client::types::CompanyTokenTransactionTypes::from_wire(
                                "add",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .company_token_transactions()
                .list(
                    whop_client::types::ListCompanyTokenTransactionParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_company_token_transactions_create(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .company_token_transactions()
                .create(
                    whop_client::types::CreateCompanyTokenTransactionParams::CreateCompanyTokenTransactionInputTransactionTypeTransfer(
                        whop_client::types::CreateCompanyTokenTransactionInputTransactionTypeTransfer::new(
                                6.9f64,
                                "biz_xxxxxxxxxxxxxx".to_owned(),
                                "string".to_owned(),
                                "user_xxxxxxxxxxxxx".to_owned(),
                            )
                            .description("string".to_owned())
                            .idempotency_key_null(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .company_token_transactions()
                .create(
                    whop_client::types::CreateCompanyTokenTransactionParams::CreateCompanyTokenTransactionInputTransactionTypeTransfer(
                        whop_client::types::CreateCompanyTokenTransactionInputTransactionTypeTransfer::new(
                            6.9f64,
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                            "user_xxxxxxxxxxxxx".to_owned(),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_company_token_transactions_retrieve(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .company_token_transactions()
            .retrieve("ctt_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .affiliates()
                .list(
                    whop_client::types::ListAffiliateParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::AffiliatesSortableColumns::from_wire(
                                "id",
                            ),
                        )
                        .query("string".to_owned())
                        .status(whop_client::types::Status::from_wire("active")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .list(
                    whop_client::types::ListAffiliateParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_affiliates_create(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .create(
                whop_client::types::CreateAffiliateParams::new(
                    "biz_xxxxxxxxxxxxxx".to_owned(),
                    "string".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .retrieve("aff_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_list_overrides(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .affiliates()
                .list_overrides(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::ListOverridesAffiliateParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .override_type(
                            whop_client::types::AffiliateOverrideRoles::from_wire(
                                "standard",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .list_overrides(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::ListOverridesAffiliateParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_affiliates_create_override(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .affiliates()
                .create_override(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::CreateOverrideAffiliateParams::CreateAffiliateOverrideInputOverrideTypeStandard(
                        whop_client::types::CreateOverrideAffiliateCreateAffiliateOverrideInputOverrideTypeStandard::new(
                                6.9f64,
                                "string".to_owned(),
                                "plan_xxxxxxxxxxxxx".to_owned(),
                            )
                            .applies_to_payments(
                                whop_client::types::AffiliateAppliesToPayments::from_wire(
                                    "first_payment",
                                ),
                            )
                            .commission_type(
                                whop_client::types::AffiliatePayoutTypes::from_wire(
                                    "percentage",
                                ),
                            ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .create_override(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::CreateOverrideAffiliateParams::CreateAffiliateOverrideInputOverrideTypeStandard(
                        whop_client::types::CreateOverrideAffiliateCreateAffiliateOverrideInputOverrideTypeStandard::new(
                            6.9f64,
                            "string".to_owned(),
                            "plan_xxxxxxxxxxxxx".to_owned(),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_affiliates_retrieve_override(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .retrieve_override("aff_xxxxxxxxxxxxxx", "affov_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_delete_override(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .delete_override("aff_xxxxxxxxxxxxxx", "affov_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_update_override(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .affiliates()
                .update_override(
                    "aff_xxxxxxxxxxxxxx",
                    "affov_xxxxxxxxxxxx",
                    whop_client::types::UpdateOverrideAffiliateParams::new()
                        .applies_to_payments(
                            whop_client::types::AffiliateAppliesToPayments::from_wire(
                                "first_payment",
                            ),
                        )
                        .commission_type(
                            whop_client::types::AffiliatePayoutTypes::from_wire(
                                "percentage",
                            ),
                        )
                        .commission_value(6.9f64)
                        .revenue_basis(
                            whop_client::types::AffiliateRevenueBases::from_wire(
                                "pre_fees",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .update_override(
                    "aff_xxxxxxxxxxxxxx",
                    "affov_xxxxxxxxxxxx",
                    whop_client::types::UpdateOverrideAffiliateParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_experiences_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .experiences()
                .list(
                    whop_client::types::ListExperienceParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .product_id("prod_xxxxxxxxxxxxx".to_owned())
                        .app_id("app_xxxxxxxxxxxxxx".to_owned())
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .list(
                    whop_client::types::ListExperienceParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_experiences_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .experiences()
                .create(
                    whop_client::types::CreateExperienceParams::new(
                            "app_xxxxxxxxxxxxxx".to_owned(),
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .is_public(true)
                        .logo(
                            whop_client::types::CreateCompanyLogo::new(
                                "string".to_owned(),
                            ),
                        )
                        .name("string".to_owned())
                        .section_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .create(
                    whop_client::types::CreateExperienceParams::new(
                        "app_xxxxxxxxxxxxxx".to_owned(),
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_experiences_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .experiences()
            .retrieve("exp_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_experiences_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .experiences()
            .delete("exp_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_experiences_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .experiences()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateExperienceParams::new()
                        .access_level(
                            whop_client::types::ExperienceAccessLevels::from_wire(
                                "public",
                            ),
                        )
                        .is_public_null()
                        .logo(
                            whop_client::types::CreateCompanyLogo::new(
                                "string".to_owned(),
                            ),
                        )
                        .name_null()
                        .order("1727606400000".to_owned())
                        .section_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateExperienceParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_forums_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .forums()
                .list(
                    whop_client::types::ListForumParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .product_id("prod_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forums()
                .list(
                    whop_client::types::ListForumParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_forums_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .forums()
            .retrieve("exp_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_forums_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .forums()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateForumParams::new()
                        .banned_words(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .banner_image(
                            whop_client::types::UpdateForumBannerImage::new(
                                "string".to_owned(),
                            ),
                        )
                        .email_notification_preference(
                            whop_client::types::ForumEmailNotificationPreferences::from_wire(
                                "all_admin_posts",
                            ),
                        )
                        .who_can_comment(
                            whop_client::types::ForumWhoCanCommentTypes::from_wire(
                                "everyone",
                            ),
                        )
                        .who_can_post(
                            whop_client::types::ForumWhoCanPostTypes::from_wire(
                                "everyone",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forums()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateForumParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_forum_posts_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .forum_posts()
                .list(
                    whop_client::types::ListForumPostParams::new(
                            "exp_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .include_bounty_anchors(true)
                        .parent_id("string".to_owned())
                        .pinned(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .list(
                    whop_client::types::ListForumPostParams::new(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_forum_posts_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .forum_posts()
                .create(
                    whop_client::types::CreateForumPostParams::new(
                            "exp_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .content_null()
                        .rich_content("string".to_owned())
                        .title_null()
                        .attachments(
                            Vec::from([
                                whop_client::types::CreateMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .poll(
                            whop_client::types::CreateMessagePoll::new(
                                Vec::from([
                                    whop_client::types::MessagePollOptionsItem::new(
                                        "string".to_owned(),
                                        "string".to_owned(),
                                    ),
                                ]),
                            ),
                        )
                        .parent_id("string".to_owned())
                        .pinned_null()
                        .paywall_amount(6.9f64)
                        .paywall_currency(
                            whop_client::types::Currencies::from_wire("usd"),
                        )
                        .is_mention(true)
                        .visibility(
                            whop_client::types::ForumPostVisibilityTypes::from_wire(
                                "members_only",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .create(
                    whop_client::types::CreateForumPostParams::new(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_forum_posts_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .forum_posts()
            .retrieve("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_forum_posts_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .forum_posts()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateForumPostParams::new()
                        .attachments(
                            Vec::from([
                                whop_client::types::CreateMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .content_null()
                        .is_pinned(true)
                        .title_null()
                        .visibility(
                            whop_client::types::ForumPostVisibilityTypes::from_wire(
                                "members_only",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .update("id_xxxxxxxx", whop_client::types::UpdateForumPostParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_chat_channels_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .chat_channels()
                .list(
                    whop_client::types::ListChatChannelParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .product_id("prod_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .chat_channels()
                .list(
                    whop_client::types::ListChatChannelParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_chat_channels_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .chat_channels()
            .retrieve("exp_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_chat_channels_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .chat_channels()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateChatChannelParams::new()
                        .ban_media(true)
                        .ban_urls_null()
                        .banned_words(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .user_posts_cooldown_seconds_null()
                        .who_can_post(
                            whop_client::types::WhoCanPostTypes::from_wire("everyone"),
                        )
                        .who_can_react(
                            whop_client::types::WhoCanReactTypes::from_wire("everyone"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .chat_channels()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateChatChannelParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_support_channels_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .support_channels()
                .list(
                    whop_client::types::ListSupportChannelParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .view(whop_client::types::SupportChannelView::from_wire("all"))
                        .open(true)
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(
                            whop_client::types::MessageChannelOrder::from_wire(
                                "created_at",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .support_channels()
                .list(whop_client::types::ListSupportChannelParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_support_channels_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .support_channels()
                .create(
                    whop_client::types::CreateSupportChannelParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "user_xxxxxxxxxxxxx".to_owned(),
                        )
                        .custom_name("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .support_channels()
                .create(
                    whop_client::types::CreateSupportChannelParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        "user_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_support_channels_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .support_channels()
            .retrieve("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_messages_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .messages()
                .list(
                    whop_client::types::ListMessageParams::new(
                            "exp_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .direction(whop_client::types::Direction::from_wire("asc")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .list(
                    whop_client::types::ListMessageParams::new(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_messages_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .messages()
                .create(
                    whop_client::types::CreateMessageParams::new(
                            "exp_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                        )
                        .attachments(
                            Vec::from([
                                whop_client::types::CreateMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .auto_detect_links_null()
                        .poll(
                            whop_client::types::CreateMessagePoll::new(
                                Vec::from([
                                    whop_client::types::MessagePollOptionsItem::new(
                                        "string".to_owned(),
                                        "string".to_owned(),
                                    ),
                                ]),
                            ),
                        )
                        .replying_to_message_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .create(
                    whop_client::types::CreateMessageParams::new(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_messages_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .messages()
            .retrieve("msg_xxxxxxxxxxxxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_messages_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .messages()
            .delete("msg_xxxxxxxxxxxxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_messages_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .messages()
                .update(
                    "msg_xxxxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::UpdateMessageParams::new()
                        .attachments(
                            Vec::from([
                                whop_client::types::CreateMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .content_null()
                        .is_pinned(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .update(
                    "msg_xxxxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::UpdateMessageParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_reactions_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .reactions()
                .list(
                    whop_client::types::ListReactionParams::new(
                            "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .list(
                    whop_client::types::ListReactionParams::new(
                        "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_reactions_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .reactions()
                .create(
                    whop_client::types::CreateReactionParams::new(
                            "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                        )
                        .emoji("string".to_owned())
                        .poll_option_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .create(
                    whop_client::types::CreateReactionParams::new(
                        "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_reactions_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .reactions()
            .retrieve("reac_xxxxxxxxxxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_reactions_delete(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .reactions()
                .delete(
                    "reac_xxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::DeleteReactionParams::new()
                        .emoji("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .delete(
                    "reac_xxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::DeleteReactionParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dm_members_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dm_members()
                .list(
                    whop_client::types::ListDmMemberParams::new("string".to_owned())
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_members()
                .list(whop_client::types::ListDmMemberParams::new("string".to_owned()))
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dm_members_create(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dm_members()
            .create(
                whop_client::types::CreateDmMemberParams::new(
                    "string".to_owned(),
                    "user_xxxxxxxxxxxxx".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dm_members_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dm_members()
            .retrieve("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dm_members_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dm_members()
            .delete("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dm_members_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dm_members()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateDmMemberParams::new()
                        .notification_preference(
                            whop_client::types::DmsFeedMemberNotificationPreferences::from_wire(
                                "all",
                            ),
                        )
                        .status(
                            whop_client::types::DmsFeedMemberStatuses::from_wire(
                                "requested",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_members()
                .update("id_xxxxxxxx", whop_client::types::UpdateDmMemberParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dm_channels_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dm_channels()
                .list(
                    whop_client::types::ListDmChannelParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .list(whop_client::types::ListDmChannelParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dm_channels_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dm_channels()
                .create(
                    whop_client::types::CreateDmChannelParams::new(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .custom_name_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .create(
                    whop_client::types::CreateDmChannelParams::new(
                        Vec::from(["string".to_owned(), "string".to_owned()]),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_dm_channels_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dm_channels()
            .retrieve("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dm_channels_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .dm_channels()
            .delete("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_dm_channels_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .dm_channels()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateDmChannelParams::new()
                        .custom_name("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .update("id_xxxxxxxx", whop_client::types::UpdateDmChannelParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_courses_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .courses()
                .list(
                    whop_client::types::ListCourseParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .experience_id("exp_xxxxxxxxxxxxxx".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .list(whop_client::types::ListCourseParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_courses_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .courses()
                .create(
                    whop_client::types::CreateCourseParams::new(
                            "exp_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                        )
                        .certificate_after_completion_enabled(true)
                        .order_null()
                        .require_completing_lessons_in_order(true)
                        .tagline_null()
                        .thumbnail(
                            whop_client::types::CreateCourseThumbnail::new(
                                "string".to_owned(),
                            ),
                        )
                        .visibility(
                            whop_client::types::CourseVisibilities::from_wire("visible"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .create(
                    whop_client::types::CreateCourseParams::new(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_courses_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .courses()
            .retrieve("cors_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_courses_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .courses()
            .delete("cors_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_courses_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .courses()
                .update(
                    "cors_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseParams::new()
                        .certificate_after_completion_enabled(true)
                        .chapters(
                            Vec::from([
                                whop_client::types::UpdateCourseChaptersItem::new(
                                        "string".to_owned(),
                                        42i64,
                                        "string".to_owned(),
                                    )
                                    .lessons(
                                        Vec::from([
                                            whop_client::types::UpdateCourseChaptersItemLessonsItem::new(
                                                "chap_xxxxxxxxxxxxx".to_owned(),
                                                "string".to_owned(),
                                                42i64,
                                                "string".to_owned(),
                                            ),
                                        ]),
                                    ),
                            ]),
                        )
                        .description("string".to_owned())
                        .language(whop_client::types::Languages::from_wire("en"))
                        .order("1727606400000".to_owned())
                        .require_completing_lessons_in_order_null()
                        .tagline("string".to_owned())
                        .thumbnail(
                            whop_client::types::CreateCourseThumbnail::new(
                                "string".to_owned(),
                            ),
                        )
                        .title("string".to_owned())
                        .visibility(
                            whop_client::types::CourseVisibilities::from_wire("visible"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .update(
                    "cors_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_chapters_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_chapters()
                .list(
                    whop_client::types::ListCourseChapterParams::new(
                            "cors_xxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_chapters()
                .list(
                    whop_client::types::ListCourseChapterParams::new(
                        "cors_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_chapters_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_chapters()
                .create(
                    whop_client::types::CreateCourseChapterParams::new(
                            "cors_xxxxxxxxxxxxx".to_owned(),
                        )
                        .title("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_chapters()
                .create(
                    whop_client::types::CreateCourseChapterParams::new(
                        "cors_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_chapters_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_chapters()
            .retrieve("chap_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_chapters_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_chapters()
            .delete("chap_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_chapters_update(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_chapters()
            .update(
                "chap_xxxxxxxxxxxxx",
                whop_client::types::UpdateCourseChapterParams::new("string".to_owned()),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lessons_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_lessons()
                .list(
                    whop_client::types::ListCourseLessonParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .course_id("cors_xxxxxxxxxxxxx".to_owned())
                        .chapter_id("chap_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .list(whop_client::types::ListCourseLessonParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_lessons_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_lessons()
                .create(
                    whop_client::types::CreateCourseLessonParams::new(
                            "chap_xxxxxxxxxxxxx".to_owned(),
                            whop_client::types::LessonTypes::from_wire("text"),
                        )
                        .content("string".to_owned())
                        .days_from_course_start_until_unlock_null()
                        .embed_id("string".to_owned())
                        .embed_type(whop_client::types::EmbedTypes::from_wire("youtube"))
                        .thumbnail(
                            whop_client::types::CreateCourseThumbnail::new(
                                "string".to_owned(),
                            ),
                        )
                        .title_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .create(
                    whop_client::types::CreateCourseLessonParams::new(
                        "chap_xxxxxxxxxxxxx".to_owned(),
                        whop_client::types::LessonTypes::from_wire("text"),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_lessons_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_lessons()
            .retrieve("lesn_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lessons_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_lessons()
            .delete("lesn_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lessons_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_lessons()
                .update(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseLessonParams::new()
                        .assessment_completion_requirement(
                            whop_client::types::UpdateCourseLessonAssessmentCompletionRequirement::new()
                                .minimum_grade_percent(6.9f64)
                                .minimum_questions_correct_null(),
                        )
                        .assessment_questions(
                            Vec::from([
                                whop_client::types::UpdateCourseLessonAssessmentQuestionsItem::new(
                                        "string".to_owned(),
                                        "string".to_owned(),
                                        whop_client::types::CoursesAssessmentQuestionTypes::from_wire(
                                            "short_answer",
                                        ),
                                    )
                                    .id("string".to_owned())
                                    .image(
                                        whop_client::types::CreatePlanImage::new(
                                            "string".to_owned(),
                                        ),
                                    )
                                    .options(
                                        Vec::from([
                                            whop_client::types::UpdateCourseLessonAssessmentQuestionsItemOptionsItem::new(
                                                true,
                                                "string".to_owned(),
                                            ),
                                        ]),
                                    ),
                            ]),
                        )
                        .attachments(
                            Vec::from([
                                whop_client::types::CreateMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .content_null()
                        .days_from_course_start_until_unlock(42i64)
                        .embed_id_null()
                        .embed_type(whop_client::types::EmbedTypes::from_wire("youtube"))
                        .lesson_type(whop_client::types::LessonTypes::from_wire("text"))
                        .main_pdf(
                            whop_client::types::UpdateCourseLessonMainPdf::new(
                                "string".to_owned(),
                            ),
                        )
                        .max_attempts_null()
                        .mux_asset_id("mux_xxxxxxxxxxxxxx".to_owned())
                        .thumbnail(
                            whop_client::types::CreateCourseThumbnail::new(
                                "string".to_owned(),
                            ),
                        )
                        .title("string".to_owned())
                        .visibility(
                            whop_client::types::LessonVisibilities::from_wire("visible"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .update(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseLessonParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_students_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_students()
                .list(
                    whop_client::types::ListCourseStudentParams::new(
                            "cors_xxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .keyword("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_students()
                .list(
                    whop_client::types::ListCourseStudentParams::new(
                        "cors_xxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_students_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_students()
            .retrieve("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lesson_interactions_list(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_lesson_interactions()
                .list(
                    whop_client::types::ListCourseLessonInteractionParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .user_id("user_xxxxxxxxxxxxx".to_owned())
                        .lesson_id("lesn_xxxxxxxxxxxxx".to_owned())
                        .course_id("cors_xxxxxxxxxxxxx".to_owned())
                        .completed(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lesson_interactions()
                .list(whop_client::types::ListCourseLessonInteractionParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_lesson_interactions_retrieve(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .course_lesson_interactions()
            .retrieve("crsli_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_apps_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .apps()
                .list(
                    whop_client::types::ListAppParams::new()
                        .app_type(whop_client::types::AppTypes::from_wire("b2b_app"))
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .direction(whop_client::types::Direction::from_wire("asc"))
                        .order(whop_client::types::AppOrder::from_wire("created_at"))
                        .query("string".to_owned())
                        .verified_apps_only(true)
                        .view_type(whop_client::types::AppViewTypes::from_wire("hub"))
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .list(whop_client::types::ListAppParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_apps_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .apps()
                .create(
                    whop_client::types::CreateAppParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                        )
                        .base_url("string".to_owned())
                        .icon(
                            whop_client::types::CreateAppIcon::new("string".to_owned()),
                        )
                        .redirect_uris(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .create(
                    whop_client::types::CreateAppParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_apps_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .apps()
            .retrieve("app_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_apps_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .apps()
                .update(
                    "app_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateAppParams::new()
                        .app_store_description("string".to_owned())
                        .app_type(whop_client::types::AppTypes::from_wire("b2b_app"))
                        .base_url("https://example.com/path".to_owned())
                        .dashboard_path_null()
                        .description("string".to_owned())
                        .discover_path_null()
                        .experience_path("string".to_owned())
                        .icon(
                            whop_client::types::CreateAppIcon::new("string".to_owned()),
                        )
                        .name("string".to_owned())
                        .oauth_client_type(
                            whop_client::types::AppOauthClientTypes::from_wire("public"),
                        )
                        .openapi_path("string".to_owned())
                        .redirect_uris(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .required_scopes(
                            Vec::from(["read_user".to_owned(), "read_user".to_owned()]),
                        )
                        .skills_path_null()
                        .status(whop_client::types::AppStatuses::from_wire("live")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .update("app_xxxxxxxxxxxxxx", whop_client::types::UpdateAppParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_webhooks_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .webhooks()
                .list(
                    whop_client::types::ListWebhookParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .list(
                    whop_client::types::ListWebhookParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_webhooks_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .webhooks()
                .create(
                    whop_client::types::CreateWebhookParams::new(
                            "https://example.com/path".to_owned(),
                        )
                        .api_version(whop_client::types::ApiVersion::from_wire("v1"))
                        .child_resource_events_null()
                        .enabled(true)
                        .events(
                            Vec::from([
                                whop_client::types::WebhookEvent::from_wire(
                                    "invoice.created",
                                ),
                                whop_client::types::WebhookEvent::from_wire(
                                    "invoice.created",
                                ),
                            ]),
                        )
                        .resource_id("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .create(
                    whop_client::types::CreateWebhookParams::new(
                        "https://example.com/path".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_webhooks_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .webhooks()
            .retrieve("hook_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_webhooks_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .webhooks()
            .delete("hook_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_webhooks_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .webhooks()
                .update(
                    "hook_xxxxxxxxxxxxx",
                    whop_client::types::UpdateWebhookParams::new()
                        .api_version(whop_client::types::ApiVersion::from_wire("v1"))
                        .child_resource_events_null()
                        .enabled(true)
                        .events(
                            Vec::from([
                                whop_client::types::WebhookEvent::from_wire(
                                    "invoice.created",
                                ),
                                whop_client::types::WebhookEvent::from_wire(
                                    "invoice.created",
                                ),
                            ]),
                        )
                        .url("https://example.com/path".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .update(
                    "hook_xxxxxxxxxxxxx",
                    whop_client::types::UpdateWebhookParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_app_builds_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .app_builds()
                .list(
                    whop_client::types::ListAppBuildParams::new(
                            "app_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .platform(
                            whop_client::types::AppBuildPlatforms::from_wire("ios"),
                        )
                        .status(whop_client::types::AppBuildStatuses::from_wire("draft"))
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .app_builds()
                .list(
                    whop_client::types::ListAppBuildParams::new(
                        "app_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_app_builds_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .app_builds()
                .create(
                    whop_client::types::CreateAppBuildParams::new(
                            whop_client::types::CreateAppBuildAttachment::new(
                                "string".to_owned(),
                            ),
                            "string".to_owned(),
                            whop_client::types::AppBuildPlatforms::from_wire("ios"),
                        )
                        .ai_prompt_id("prmt_xxxxxxxxxxxxx".to_owned())
                        .app_id_null()
                        .supported_app_view_types(
                            Vec::from([
                                whop_client::types::AppViewTypes::from_wire("hub"),
                                whop_client::types::AppViewTypes::from_wire("hub"),
                            ]),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .app_builds()
                .create(
                    whop_client::types::CreateAppBuildParams::new(
                        whop_client::types::CreateAppBuildAttachment::new(
                            "string".to_owned(),
                        ),
                        "string".to_owned(),
                        whop_client::types::AppBuildPlatforms::from_wire("ios"),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_app_builds_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .app_builds()
            .retrieve("apbu_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_files_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .files()
            .retrieve("file_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ai_chats_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ai_chats()
                .list(
                    whop_client::types::ListAiChatParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .only_active_crons(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .list(whop_client::types::ListAiChatParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ai_chats_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ai_chats()
                .create(
                    whop_client::types::CreateAiChatParams::new("string".to_owned())
                        .current_company_id("string".to_owned())
                        .message_attachments(
                            Vec::from([
                                whop_client::types::CreateAiChatMessageAttachmentsItem::new(
                                    "string".to_owned(),
                                ),
                            ]),
                        )
                        .message_source(
                            whop_client::types::AiChatMessageSourceTypes::from_wire(
                                "manual",
                            ),
                        )
                        .suggestion_type_null()
                        .title("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .create(whop_client::types::CreateAiChatParams::new("string".to_owned()))
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ai_chats_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ai_chats()
            .retrieve("aich_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ai_chats_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ai_chats()
            .delete("aich_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ai_chats_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ai_chats()
                .update(
                    "aich_xxxxxxxxxxxxx",
                    whop_client::types::UpdateAiChatParams::new()
                        .current_company_id("string".to_owned())
                        .notification_preference(
                            whop_client::types::AiChatNotificationPreferences::from_wire(
                                "all",
                            ),
                        )
                        .title("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .update(
                    "aich_xxxxxxxxxxxxx",
                    whop_client::types::UpdateAiChatParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_bounties_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .bounties()
                .list(
                    whop_client::types::ListBountyParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .experience_id("exp_xxxxxxxxxxxxxx".to_owned())
                        .status(whop_client::types::Statuses::from_wire("published"))
                        .direction(whop_client::types::Direction::from_wire("asc")),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .bounties()
                .list(whop_client::types::ListBountyParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_bounties_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .bounties()
                .create(
                    whop_client::types::CreateBountyParams::new(
                            6.9f64,
                            whop_client::types::Currencies::from_wire("usd"),
                            "string".to_owned(),
                            "string".to_owned(),
                        )
                        .accepted_submissions_limit(42i64)
                        .allowed_country_codes(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .experience_id("exp_xxxxxxxxxxxxxx".to_owned())
                        .origin_account_id_null()
                        .post_markdown_content("string".to_owned())
                        .post_title_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .bounties()
                .create(
                    whop_client::types::CreateBountyParams::new(
                        6.9f64,
                        whop_client::types::Currencies::from_wire("usd"),
                        "string".to_owned(),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_bounties_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .bounties()
            .retrieve("bnty_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_stats_describe(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .stats()
                .describe(
                    whop_client::types::DescribeStatsParams::new()
                        .resource("string".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .describe(whop_client::types::DescribeStatsParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_stats_raw(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .stats()
                .raw(
                    whop_client::types::RawStatsParams::new("members".to_owned())
                        .from(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .to(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .limit(42i64)
                        .cursor("string".to_owned())
                        .sort("string".to_owned())
                        .sort_direction(whop_client::types::Direction::from_wire("asc"))
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .raw(whop_client::types::RawStatsParams::new("members".to_owned()))
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_stats_sql(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .stats()
                .sql(
                    whop_client::types::SqlStatsParams::new(
                            "payments:membership".to_owned(),
                            "SELECT * FROM SCOPED_DATA LIMIT 10".to_owned(),
                        )
                        .from(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .to(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .limit(42i64)
                        .cursor("string".to_owned())
                        .sort("string".to_owned())
                        .sort_direction(whop_client::types::Direction::from_wire("asc"))
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .sql(
                    whop_client::types::SqlStatsParams::new(
                        "payments:membership".to_owned(),
                        "SELECT * FROM SCOPED_DATA LIMIT 10".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_stats_metric(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .stats()
                .metric(
                    whop_client::types::MetricStatsParams::new(
                            "receipts:gross_revenue".to_owned(),
                        )
                        .granularity("string".to_owned())
                        .breakdowns(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .filters(
                            serde_json::Map::from_iter([
                                (
                                    "additionalProp1".to_owned(),
                                    serde_json::Value::from("value"),
                                ),
                            ]),
                        )
                        .time_zone("string".to_owned())
                        .from(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .to(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .user_id("user_xxxxxxxxxxxxx".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .metric(
                    whop_client::types::MetricStatsParams::new(
                        "receipts:gross_revenue".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_campaigns_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_campaigns()
                .list(
                    whop_client::types::ListAdCampaignParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                        )
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .status(
                            whop_client::types::AdCampaignStatuses::from_wire("active"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .query("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .list(
                    whop_client::types::ListAdCampaignParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_campaigns_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_campaigns()
                .create(
                    whop_client::types::CreateAdCampaignParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::CreateAdCampaignConfig::new()
                                .objective(
                                    whop_client::types::CampaignConfigObjective::from_wire(
                                        "awareness",
                                    ),
                                )
                                .bid_strategy(
                                    whop_client::types::CampaignConfigBidStrategy::from_wire(
                                        "lowest_cost",
                                    ),
                                )
                                .bid_amount(42i64)
                                .status(
                                    whop_client::types::CampaignConfigStatus::from_wire(
                                        "active",
                                    ),
                                )
                                .special_categories(
                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                )
                                .budget_optimization_null()
                                .lifetime_budget(42i64)
                                .start_time_null()
                                .end_time("string".to_owned()),
                            whop_client::types::AdCampaignPlatforms::from_wire("meta"),
                            "string".to_owned(),
                        )
                        .ad_creative_set_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .budget_null()
                        .budget_type(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        )
                        .daily_budget_null()
                        .product_id("prod_xxxxxxxxxxxxx".to_owned())
                        .target_country_codes(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .create(
                    whop_client::types::CreateAdCampaignParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        whop_client::types::CreateAdCampaignConfig::new(),
                        whop_client::types::AdCampaignPlatforms::from_wire("meta"),
                        "string".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_campaigns_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ad_campaigns()
            .retrieve("adcamp_xxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ad_campaigns_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_campaigns()
                .update(
                    "adcamp_xxxxxxxxxxx",
                    whop_client::types::UpdateAdCampaignParams::new()
                        .ad_creative_set_ids(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .budget_null()
                        .budget_type(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        )
                        .config(
                            whop_client::types::CreateAdCampaignConfig::new()
                                .objective(
                                    whop_client::types::CampaignConfigObjective::from_wire(
                                        "awareness",
                                    ),
                                )
                                .bid_strategy(
                                    whop_client::types::CampaignConfigBidStrategy::from_wire(
                                        "lowest_cost",
                                    ),
                                )
                                .bid_amount(42i64)
                                .status(
                                    whop_client::types::CampaignConfigStatus::from_wire(
                                        "active",
                                    ),
                                )
                                .special_categories(
                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                )
                                .budget_optimization_null()
                                .lifetime_budget(42i64)
                                .start_time_null()
                                .end_time("string".to_owned()),
                        )
                        .daily_budget(6.9f64)
                        .product_id_null()
                        .target_country_codes(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .title_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .update(
                    "adcamp_xxxxxxxxxxx",
                    whop_client::types::UpdateAdCampaignParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_groups_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_groups()
                .list(
                    whop_client::types::ListAdGroupParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .campaign_id("string".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .query("string".to_owned())
                        .status(
                            whop_client::types::ExternalAdGroupStatuses::from_wire(
                                "active",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .list(whop_client::types::ListAdGroupParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_groups_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_groups()
                .create(
                    whop_client::types::CreateAdGroupParams::new("string".to_owned())
                        .budget(6.9f64)
                        .budget_type(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        )
                        .config(
                            whop_client::types::CreateAdGroupConfig::new()
                                .bid_strategy(
                                    whop_client::types::AdGroupConfigBidStrategy::from_wire(
                                        "lowest_cost",
                                    ),
                                )
                                .bid_amount_null()
                                .optimization_goal(
                                    whop_client::types::AdGroupConfigOptimizationGoal::from_wire(
                                        "conversions",
                                    ),
                                )
                                .billing_event(
                                    whop_client::types::AdGroupConfigBillingEvent::from_wire(
                                        "impressions",
                                    ),
                                )
                                .start_time("string".to_owned())
                                .end_time_null()
                                .pacing(
                                    whop_client::types::AdGroupConfigPacing::from_wire(
                                        "standard",
                                    ),
                                )
                                .frequency_cap_null()
                                .frequency_cap_interval_days(42i64)
                                .targeting(
                                    whop_client::types::CreateAdGroupConfigTargeting::new()
                                        .age_max(42i64)
                                        .age_min_null()
                                        .countries(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .device_platforms(
                                            Vec::from([
                                                whop_client::types::TargetingDevicePlatforms::from_wire(
                                                    "mobile",
                                                ),
                                                whop_client::types::TargetingDevicePlatforms::from_wire(
                                                    "mobile",
                                                ),
                                            ]),
                                        )
                                        .exclude_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .genders(
                                            Vec::from([
                                                whop_client::types::TargetingGenders::from_wire("male"),
                                                whop_client::types::TargetingGenders::from_wire("male"),
                                            ]),
                                        )
                                        .include_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .interest_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .languages(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .placement_type(
                                            whop_client::types::TargetingPlacementTypes::from_wire(
                                                "automatic",
                                            ),
                                        ),
                                ),
                        )
                        .daily_budget_null()
                        .name("string".to_owned())
                        .platform_config(
                            whop_client::types::CreateAdGroupPlatformConfig::new()
                                .meta(
                                    whop_client::types::CreateAdGroupPlatformConfigMeta::new()
                                        .status(
                                            whop_client::types::MetaAdGroupPlatformConfigStatus::from_wire(
                                                "ACTIVE",
                                            ),
                                        )
                                        .bid_strategy(
                                            whop_client::types::MetaAdGroupPlatformConfigBidStrategy::from_wire(
                                                "LOWEST_COST_WITHOUT_CAP",
                                            ),
                                        )
                                        .bid_amount(42i64)
                                        .daily_budget_null()
                                        .daily_min_spend_target("string".to_owned())
                                        .daily_spend_cap_null()
                                        .lifetime_budget(42i64)
                                        .lifetime_min_spend_target_null()
                                        .lifetime_spend_cap("string".to_owned())
                                        .budget_remaining_null()
                                        .start_time("string".to_owned())
                                        .end_time_null()
                                        .optimization_goal(
                                            whop_client::types::MetaAdGroupPlatformConfigOptimizationGoal::from_wire(
                                                "NONE",
                                            ),
                                        )
                                        .billing_event(
                                            whop_client::types::MetaAdGroupPlatformConfigBillingEvent::from_wire(
                                                "APP_INSTALLS",
                                            ),
                                        )
                                        .attribution_spec(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem::new(
                                                    "string".to_owned(),
                                                    42i64,
                                                ),
                                            ]),
                                        )
                                        .attribution_setting_null()
                                        .destination_type(
                                            whop_client::types::MetaAdGroupPlatformConfigDestinationType::from_wire(
                                                "UNDEFINED",
                                            ),
                                        )
                                        .promoted_object(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaPromotedObject::new()
                                                .custom_conversion_id("string".to_owned())
                                                .custom_event_str_null()
                                                .custom_event_type("string".to_owned())
                                                .page_id_null()
                                                .pixel_id("string".to_owned())
                                                .whatsapp_phone_number_null(),
                                        )
                                        .whatsapp_phone_number("string".to_owned())
                                        .page_id_null()
                                        .instagram_actor_id("string".to_owned())
                                        .audience_type_null()
                                        .publisher_platforms(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .facebook_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .instagram_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .messenger_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .audience_network_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .threads_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .whatsapp_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .user_os(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .user_device(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .ios_devices(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .android_devices(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .geo_regions(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem::new(
                                                    "string".to_owned(),
                                                ),
                                            ]),
                                        )
                                        .geo_cities(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem::new(
                                                    "string".to_owned(),
                                                ),
                                            ]),
                                        )
                                        .geo_zips(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .location_types(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_geo_locations(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaExcludedGeoLocations::new()
                                                .cities(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .countries(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .location_types(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .regions(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .zips(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                ),
                                        )
                                        .geo_locations(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocations::new()
                                                .cities(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .countries(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .location_types(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .regions(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .zips(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                ),
                                        )
                                        .targeting_automation(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaTargetingAutomation::new()
                                                .advantage_audience(42i64),
                                        )
                                        .brand_safety_content_filter_levels(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .is_dynamic_creative_null()
                                        .dsa_beneficiary("string".to_owned())
                                        .dsa_payor_null()
                                        .pixel_id("string".to_owned())
                                        .lead_conversion_location(
                                            whop_client::types::MetaAdGroupPlatformConfigLeadConversionLocation::from_wire(
                                                "website",
                                            ),
                                        )
                                        .cost_per_result_goal(6.9f64)
                                        .frequency_control_type_null()
                                        .frequency_control_count(42i64)
                                        .frequency_control_days_null()
                                        .lead_gen_form_id("string".to_owned())
                                        .lead_form_config(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfig::new(
                                                    "string".to_owned(),
                                                    "string".to_owned(),
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .background_image_source("string".to_owned())
                                                .background_image_url_null()
                                                .conditional_logic_enabled(true)
                                                .context_card_button_text_null()
                                                .context_card_content(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .context_card_style_null()
                                                .context_card_title("string".to_owned())
                                                .custom_disclaimer_body_null()
                                                .custom_disclaimer_checkboxes(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem::new(
                                                            "string".to_owned(),
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .custom_disclaimer_title_null()
                                                .form_type("string".to_owned())
                                                .messenger_enabled_null()
                                                .phone_verification_enabled(true)
                                                .privacy_policy_link_text_null()
                                                .question_page_custom_headline("string".to_owned())
                                                .rich_creative_headline_null()
                                                .rich_creative_overview("string".to_owned())
                                                .rich_creative_url_null()
                                                .thank_you_pages(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem::new(),
                                                    ]),
                                                ),
                                        )
                                        .source_adset_id("string".to_owned())
                                        .created_time_null()
                                        .updated_time("string".to_owned()),
                                )
                                .tiktok(
                                    whop_client::types::CreateAdGroupPlatformConfigTiktok::new()
                                        .budget_mode(
                                            whop_client::types::TiktokAdGroupPlatformConfigBudgetMode::from_wire(
                                                "BUDGET_MODE_DAY",
                                            ),
                                        )
                                        .schedule_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigScheduleType::from_wire(
                                                "SCHEDULE_START_END",
                                            ),
                                        )
                                        .schedule_start_time("string".to_owned())
                                        .schedule_end_time_null()
                                        .dayparting("string".to_owned())
                                        .optimization_goal(
                                            whop_client::types::TiktokAdGroupPlatformConfigOptimizationGoal::from_wire(
                                                "CLICK",
                                            ),
                                        )
                                        .billing_event(
                                            whop_client::types::TiktokAdGroupPlatformConfigBillingEvent::from_wire(
                                                "CPC",
                                            ),
                                        )
                                        .bid_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigBidType::from_wire(
                                                "BID_TYPE_NO_BID",
                                            ),
                                        )
                                        .bid_price(6.9f64)
                                        .conversion_bid_price_null()
                                        .pacing(
                                            whop_client::types::TiktokAdGroupPlatformConfigPacing::from_wire(
                                                "PACING_MODE_SMOOTH",
                                            ),
                                        )
                                        .placement_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigPlacementType::from_wire(
                                                "PLACEMENT_TYPE_AUTOMATIC",
                                            ),
                                        )
                                        .placements(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .tiktok_subplacements(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .frequency(42i64)
                                        .frequency_schedule_null()
                                        .location_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_location_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pixel_id("string".to_owned())
                                        .optimization_event_null()
                                        .app_id("app_xxxxxxxxxxxxxx".to_owned())
                                        .promotion_type_null()
                                        .instant_form_id("string".to_owned())
                                        .instant_form_config(
                                            whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfig::new(
                                                    "string".to_owned(),
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .button_text("string".to_owned())
                                                .greeting_null()
                                                .name("string".to_owned()),
                                        )
                                        .identity_id("string".to_owned())
                                        .identity_type_null()
                                        .identity_authorized_bc_id("string".to_owned())
                                        .operation_status(
                                            whop_client::types::TiktokAdGroupPlatformConfigOperationStatus::from_wire(
                                                "ENABLE",
                                            ),
                                        )
                                        .creative_material_mode("string".to_owned())
                                        .age_groups(
                                            Vec::from([
                                                whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                                whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                            ]),
                                        )
                                        .gender(
                                            whop_client::types::TiktokAdGroupPlatformConfigGender::from_wire(
                                                "GENDER_UNLIMITED",
                                            ),
                                        )
                                        .languages(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .spending_power(
                                            whop_client::types::TiktokAdGroupPlatformConfigSpendingPower::from_wire(
                                                "ALL",
                                            ),
                                        )
                                        .audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .audience_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigAudienceType::from_wire(
                                                "NORMAL",
                                            ),
                                        )
                                        .audience_rule(
                                            serde_json::Map::from_iter([
                                                (
                                                    "additionalProp1".to_owned(),
                                                    serde_json::Value::from("value"),
                                                ),
                                            ]),
                                        )
                                        .interest_category_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .interest_keyword_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .actions(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem::new(),
                                            ]),
                                        )
                                        .video_user_actions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .operating_systems(
                                            Vec::from([
                                                whop_client::types::TiktokOperatingSystem::from_wire(
                                                    "ANDROID",
                                                ),
                                                whop_client::types::TiktokOperatingSystem::from_wire(
                                                    "ANDROID",
                                                ),
                                            ]),
                                        )
                                        .min_android_version("string".to_owned())
                                        .min_ios_version_null()
                                        .device_model_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .device_price_ranges(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .network_types(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .carrier_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .isp_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .ios14_targeting(
                                            whop_client::types::TiktokAdGroupPlatformConfigIos14Targeting::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .brand_safety_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigBrandSafetyType::from_wire(
                                                "NO_BRAND_SAFETY",
                                            ),
                                        )
                                        .category_exclusion_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .vertical_sensitivity_id("string".to_owned())
                                        .inventory_filter_enabled_null()
                                        .secondary_optimization_event("string".to_owned())
                                        .deep_funnel_optimization_status(
                                            whop_client::types::TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::from_wire(
                                                "ON",
                                            ),
                                        )
                                        .deep_funnel_event_source("string".to_owned())
                                        .deep_funnel_event_source_id_null()
                                        .click_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigClickAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .view_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigViewAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .engaged_view_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .attribution_event_count(
                                            whop_client::types::TiktokAdGroupPlatformConfigAttributionEventCount::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .pangle_block_app_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pangle_audience_package_include_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pangle_audience_package_exclude_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .shopping_ads_retargeting_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .shopping_ads_retargeting_actions_days(42i64)
                                        .product_source(
                                            whop_client::types::TiktokAdGroupPlatformConfigProductSource::from_wire(
                                                "CATALOG",
                                            ),
                                        )
                                        .product_set_id("string".to_owned())
                                        .comment_disabled_null()
                                        .video_download_disabled(true)
                                        .contextual_tag_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        ),
                                ),
                        )
                        .status(
                            whop_client::types::ExternalAdGroupStatuses::from_wire(
                                "active",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .create(
                    whop_client::types::CreateAdGroupParams::new("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_groups_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ad_groups()
            .retrieve("adgrp_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ad_groups_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ad_groups()
            .delete("adgrp_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ad_groups_update(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ad_groups()
                .update(
                    "adgrp_xxxxxxxxxxxx",
                    whop_client::types::UpdateAdGroupParams::new()
                        .budget(6.9f64)
                        .budget_type(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        )
                        .config(
                            whop_client::types::CreateAdGroupConfig::new()
                                .bid_strategy(
                                    whop_client::types::AdGroupConfigBidStrategy::from_wire(
                                        "lowest_cost",
                                    ),
                                )
                                .bid_amount_null()
                                .optimization_goal(
                                    whop_client::types::AdGroupConfigOptimizationGoal::from_wire(
                                        "conversions",
                                    ),
                                )
                                .billing_event(
                                    whop_client::types::AdGroupConfigBillingEvent::from_wire(
                                        "impressions",
                                    ),
                                )
                                .start_time("string".to_owned())
                                .end_time_null()
                                .pacing(
                                    whop_client::types::AdGroupConfigPacing::from_wire(
                                        "standard",
                                    ),
                                )
                                .frequency_cap_null()
                                .frequency_cap_interval_days(42i64)
                                .targeting(
                                    whop_client::types::CreateAdGroupConfigTargeting::new()
                                        .age_max(42i64)
                                        .age_min_null()
                                        .countries(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .device_platforms(
                                            Vec::from([
                                                whop_client::types::TargetingDevicePlatforms::from_wire(
                                                    "mobile",
                                                ),
                                                whop_client::types::TargetingDevicePlatforms::from_wire(
                                                    "mobile",
                                                ),
                                            ]),
                                        )
                                        .exclude_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .genders(
                                            Vec::from([
                                                whop_client::types::TargetingGenders::from_wire("male"),
                                                whop_client::types::TargetingGenders::from_wire("male"),
                                            ]),
                                        )
                                        .include_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .interest_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .languages(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .placement_type(
                                            whop_client::types::TargetingPlacementTypes::from_wire(
                                                "automatic",
                                            ),
                                        ),
                                ),
                        )
                        .daily_budget_null()
                        .name("string".to_owned())
                        .platform_config(
                            whop_client::types::CreateAdGroupPlatformConfig::new()
                                .meta(
                                    whop_client::types::CreateAdGroupPlatformConfigMeta::new()
                                        .status(
                                            whop_client::types::MetaAdGroupPlatformConfigStatus::from_wire(
                                                "ACTIVE",
                                            ),
                                        )
                                        .bid_strategy(
                                            whop_client::types::MetaAdGroupPlatformConfigBidStrategy::from_wire(
                                                "LOWEST_COST_WITHOUT_CAP",
                                            ),
                                        )
                                        .bid_amount(42i64)
                                        .daily_budget_null()
                                        .daily_min_spend_target("string".to_owned())
                                        .daily_spend_cap_null()
                                        .lifetime_budget(42i64)
                                        .lifetime_min_spend_target_null()
                                        .lifetime_spend_cap("string".to_owned())
                                        .budget_remaining_null()
                                        .start_time("string".to_owned())
                                        .end_time_null()
                                        .optimization_goal(
                                            whop_client::types::MetaAdGroupPlatformConfigOptimizationGoal::from_wire(
                                                "NONE",
                                            ),
                                        )
                                        .billing_event(
                                            whop_client::types::MetaAdGroupPlatformConfigBillingEvent::from_wire(
                                                "APP_INSTALLS",
                                            ),
                                        )
                                        .attribution_spec(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem::new(
                                                    "string".to_owned(),
                                                    42i64,
                                                ),
                                            ]),
                                        )
                                        .attribution_setting_null()
                                        .destination_type(
                                            whop_client::types::MetaAdGroupPlatformConfigDestinationType::from_wire(
                                                "UNDEFINED",
                                            ),
                                        )
                                        .promoted_object(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaPromotedObject::new()
                                                .custom_conversion_id("string".to_owned())
                                                .custom_event_str_null()
                                                .custom_event_type("string".to_owned())
                                                .page_id_null()
                                                .pixel_id("string".to_owned())
                                                .whatsapp_phone_number_null(),
                                        )
                                        .whatsapp_phone_number("string".to_owned())
                                        .page_id_null()
                                        .instagram_actor_id("string".to_owned())
                                        .audience_type_null()
                                        .publisher_platforms(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .facebook_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .instagram_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .messenger_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .audience_network_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .threads_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .whatsapp_positions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .user_os(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .user_device(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .ios_devices(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .android_devices(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .geo_regions(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem::new(
                                                    "string".to_owned(),
                                                ),
                                            ]),
                                        )
                                        .geo_cities(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem::new(
                                                    "string".to_owned(),
                                                ),
                                            ]),
                                        )
                                        .geo_zips(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .location_types(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_geo_locations(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaExcludedGeoLocations::new()
                                                .cities(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .countries(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .location_types(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .regions(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .zips(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                ),
                                        )
                                        .geo_locations(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocations::new()
                                                .cities(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .countries(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .location_types(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .regions(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .zips(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                ),
                                        )
                                        .targeting_automation(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaTargetingAutomation::new()
                                                .advantage_audience(42i64),
                                        )
                                        .brand_safety_content_filter_levels(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .is_dynamic_creative_null()
                                        .dsa_beneficiary("string".to_owned())
                                        .dsa_payor_null()
                                        .pixel_id("string".to_owned())
                                        .lead_conversion_location(
                                            whop_client::types::MetaAdGroupPlatformConfigLeadConversionLocation::from_wire(
                                                "website",
                                            ),
                                        )
                                        .cost_per_result_goal(6.9f64)
                                        .frequency_control_type_null()
                                        .frequency_control_count(42i64)
                                        .frequency_control_days_null()
                                        .lead_gen_form_id("string".to_owned())
                                        .lead_form_config(
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfig::new(
                                                    "string".to_owned(),
                                                    "string".to_owned(),
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .background_image_source("string".to_owned())
                                                .background_image_url_null()
                                                .conditional_logic_enabled(true)
                                                .context_card_button_text_null()
                                                .context_card_content(
                                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                                )
                                                .context_card_style_null()
                                                .context_card_title("string".to_owned())
                                                .custom_disclaimer_body_null()
                                                .custom_disclaimer_checkboxes(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem::new(
                                                            "string".to_owned(),
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .custom_disclaimer_title_null()
                                                .form_type("string".to_owned())
                                                .messenger_enabled_null()
                                                .phone_verification_enabled(true)
                                                .privacy_policy_link_text_null()
                                                .question_page_custom_headline("string".to_owned())
                                                .rich_creative_headline_null()
                                                .rich_creative_overview("string".to_owned())
                                                .rich_creative_url_null()
                                                .thank_you_pages(
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem::new(),
                                                    ]),
                                                ),
                                        )
                                        .source_adset_id("string".to_owned())
                                        .created_time_null()
                                        .updated_time("string".to_owned()),
                                )
                                .tiktok(
                                    whop_client::types::CreateAdGroupPlatformConfigTiktok::new()
                                        .budget_mode(
                                            whop_client::types::TiktokAdGroupPlatformConfigBudgetMode::from_wire(
                                                "BUDGET_MODE_DAY",
                                            ),
                                        )
                                        .schedule_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigScheduleType::from_wire(
                                                "SCHEDULE_START_END",
                                            ),
                                        )
                                        .schedule_start_time("string".to_owned())
                                        .schedule_end_time_null()
                                        .dayparting("string".to_owned())
                                        .optimization_goal(
                                            whop_client::types::TiktokAdGroupPlatformConfigOptimizationGoal::from_wire(
                                                "CLICK",
                                            ),
                                        )
                                        .billing_event(
                                            whop_client::types::TiktokAdGroupPlatformConfigBillingEvent::from_wire(
                                                "CPC",
                                            ),
                                        )
                                        .bid_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigBidType::from_wire(
                                                "BID_TYPE_NO_BID",
                                            ),
                                        )
                                        .bid_price(6.9f64)
                                        .conversion_bid_price_null()
                                        .pacing(
                                            whop_client::types::TiktokAdGroupPlatformConfigPacing::from_wire(
                                                "PACING_MODE_SMOOTH",
                                            ),
                                        )
                                        .placement_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigPlacementType::from_wire(
                                                "PLACEMENT_TYPE_AUTOMATIC",
                                            ),
                                        )
                                        .placements(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .tiktok_subplacements(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .frequency(42i64)
                                        .frequency_schedule_null()
                                        .location_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_location_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pixel_id("string".to_owned())
                                        .optimization_event_null()
                                        .app_id("app_xxxxxxxxxxxxxx".to_owned())
                                        .promotion_type_null()
                                        .instant_form_id("string".to_owned())
                                        .instant_form_config(
                                            whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfig::new(
                                                    "string".to_owned(),
                                                    Vec::from([
                                                        whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem::new(
                                                            "string".to_owned(),
                                                        ),
                                                    ]),
                                                )
                                                .button_text("string".to_owned())
                                                .greeting_null()
                                                .name("string".to_owned()),
                                        )
                                        .identity_id("string".to_owned())
                                        .identity_type_null()
                                        .identity_authorized_bc_id("string".to_owned())
                                        .operation_status(
                                            whop_client::types::TiktokAdGroupPlatformConfigOperationStatus::from_wire(
                                                "ENABLE",
                                            ),
                                        )
                                        .creative_material_mode("string".to_owned())
                                        .age_groups(
                                            Vec::from([
                                                whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                                whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                            ]),
                                        )
                                        .gender(
                                            whop_client::types::TiktokAdGroupPlatformConfigGender::from_wire(
                                                "GENDER_UNLIMITED",
                                            ),
                                        )
                                        .languages(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .spending_power(
                                            whop_client::types::TiktokAdGroupPlatformConfigSpendingPower::from_wire(
                                                "ALL",
                                            ),
                                        )
                                        .audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .excluded_audience_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .audience_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigAudienceType::from_wire(
                                                "NORMAL",
                                            ),
                                        )
                                        .audience_rule(
                                            serde_json::Map::from_iter([
                                                (
                                                    "additionalProp1".to_owned(),
                                                    serde_json::Value::from("value"),
                                                ),
                                            ]),
                                        )
                                        .interest_category_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .interest_keyword_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .actions(
                                            Vec::from([
                                                whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem::new(),
                                            ]),
                                        )
                                        .video_user_actions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .operating_systems(
                                            Vec::from([
                                                whop_client::types::TiktokOperatingSystem::from_wire(
                                                    "ANDROID",
                                                ),
                                                whop_client::types::TiktokOperatingSystem::from_wire(
                                                    "ANDROID",
                                                ),
                                            ]),
                                        )
                                        .min_android_version("string".to_owned())
                                        .min_ios_version_null()
                                        .device_model_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .device_price_ranges(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .network_types(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .carrier_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .isp_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .ios14_targeting(
                                            whop_client::types::TiktokAdGroupPlatformConfigIos14Targeting::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .brand_safety_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigBrandSafetyType::from_wire(
                                                "NO_BRAND_SAFETY",
                                            ),
                                        )
                                        .category_exclusion_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .vertical_sensitivity_id("string".to_owned())
                                        .inventory_filter_enabled_null()
                                        .secondary_optimization_event("string".to_owned())
                                        .deep_funnel_optimization_status(
                                            whop_client::types::TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::from_wire(
                                                "ON",
                                            ),
                                        )
                                        .deep_funnel_event_source("string".to_owned())
                                        .deep_funnel_event_source_id_null()
                                        .click_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigClickAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .view_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigViewAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .engaged_view_attribution_window(
                                            whop_client::types::TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .attribution_event_count(
                                            whop_client::types::TiktokAdGroupPlatformConfigAttributionEventCount::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .pangle_block_app_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pangle_audience_package_include_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .pangle_audience_package_exclude_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .shopping_ads_retargeting_type(
                                            whop_client::types::TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::from_wire(
                                                "OFF",
                                            ),
                                        )
                                        .shopping_ads_retargeting_actions_days(42i64)
                                        .product_source(
                                            whop_client::types::TiktokAdGroupPlatformConfigProductSource::from_wire(
                                                "CATALOG",
                                            ),
                                        )
                                        .product_set_id("string".to_owned())
                                        .comment_disabled_null()
                                        .video_download_disabled(true)
                                        .contextual_tag_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        ),
                                ),
                        )
                        .status(
                            whop_client::types::ExternalAdGroupStatuses::from_wire(
                                "active",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .update(
                    "adgrp_xxxxxxxxxxxx",
                    whop_client::types::UpdateAdGroupParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ads_list(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ads()
                .list(
                    whop_client::types::ListAdParams::new()
                        .after("string".to_owned())
                        .before("string".to_owned())
                        .first(42i64)
                        .last(42i64)
                        .ad_group_id("string".to_owned())
                        .campaign_id("string".to_owned())
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .created_after(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .created_before(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .status(
                            whop_client::types::ExternalAdStatuses::from_wire("active"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ads()
                .list(whop_client::types::ListAdParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ads_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .ads()
                .create(
                    whop_client::types::CreateAdParams::new("string".to_owned())
                        .creative_set_id("string".to_owned())
                        .existing_instagram_media_id_null()
                        .existing_post_id("string".to_owned())
                        .platform_config(
                            whop_client::types::CreateAdPlatformConfig::new()
                                .meta(
                                    whop_client::types::CreateAdPlatformConfigMeta::new()
                                        .name("string".to_owned())
                                        .link_url_null()
                                        .url_tags("string".to_owned())
                                        .primary_text_null()
                                        .headline("string".to_owned())
                                        .description_null()
                                        .primary_texts(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .headlines(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .descriptions(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .call_to_action_type(
                                            whop_client::types::MetaAdPlatformConfigCallToActionType::from_wire(
                                                "LEARN_MORE",
                                            ),
                                        )
                                        .page_id("string".to_owned())
                                        .instagram_actor_id_null()
                                        .existing_post_id("string".to_owned())
                                        .existing_instagram_media_id_null()
                                        .multi_advertiser_enrollment(
                                            whop_client::types::MetaAdPlatformConfigMultiAdvertiserEnrollment::from_wire(
                                                "OPT_IN",
                                            ),
                                        )
                                        .carousel_cards(
                                            Vec::from([
                                                whop_client::types::CreateAdPlatformConfigMetaCarouselCardsItem::new(),
                                            ]),
                                        )
                                        .lead_form_config(
                                            serde_json::Map::from_iter([
                                                (
                                                    "additionalProp1".to_owned(),
                                                    serde_json::Value::from("value"),
                                                ),
                                            ]),
                                        )
                                        .page_welcome_message(
                                            serde_json::Map::from_iter([
                                                (
                                                    "additionalProp1".to_owned(),
                                                    serde_json::Value::from("value"),
                                                ),
                                            ]),
                                        ),
                                )
                                .tiktok(
                                    whop_client::types::CreateAdPlatformConfigTiktok::new()
                                        .ad_name("string".to_owned())
                                        .access_pass_tag_null()
                                        .link_url("string".to_owned())
                                        .ad_format(
                                            whop_client::types::TiktokAdPlatformConfigAdFormat::from_wire(
                                                "SINGLE_IMAGE",
                                            ),
                                        )
                                        .identity_type(
                                            whop_client::types::TiktokAdPlatformConfigIdentityType::from_wire(
                                                "CUSTOMIZED_USER",
                                            ),
                                        )
                                        .identity_id_null()
                                        .identity_authorized_bc_id("string".to_owned())
                                        .video_id_null()
                                        .image_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .tiktok_item_id_null()
                                        .ad_text("string".to_owned())
                                        .ad_texts(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .call_to_action_enabled(true)
                                        .call_to_action_mode(
                                            whop_client::types::TiktokCallToActionMode::from_wire(
                                                "STANDARD",
                                            ),
                                        )
                                        .call_to_action(
                                            whop_client::types::TiktokCallToAction::from_wire(
                                                "LEARN_MORE",
                                            ),
                                        )
                                        .call_to_action_id_null()
                                        .landing_page_url("string".to_owned())
                                        .page_id_null()
                                        .deeplink("string".to_owned())
                                        .deeplink_type_null()
                                        .cpp_url("string".to_owned())
                                        .utm_params(
                                            Vec::from([
                                                serde_json::Map::from_iter([
                                                    (
                                                        "additionalProp1".to_owned(),
                                                        serde_json::Value::from("value"),
                                                    ),
                                                ]),
                                            ]),
                                        )
                                        .catalog_id("string".to_owned())
                                        .product_specific_type_null()
                                        .item_group_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .product_set_id_null()
                                        .sku_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .showcase_products(
                                            Vec::from([
                                                serde_json::Map::from_iter([
                                                    (
                                                        "additionalProp1".to_owned(),
                                                        serde_json::Value::from("value"),
                                                    ),
                                                ]),
                                            ]),
                                        )
                                        .shopping_ads_video_package_id("string".to_owned())
                                        .dark_post_status(
                                            whop_client::types::TiktokAdPlatformConfigDarkPostStatus::from_wire(
                                                "ON",
                                            ),
                                        )
                                        .promotional_music_disabled(true)
                                        .item_duet_status(
                                            whop_client::types::TiktokAdPlatformConfigItemDuetStatus::from_wire(
                                                "ENABLE",
                                            ),
                                        )
                                        .item_stitch_status(
                                            whop_client::types::TiktokAdPlatformConfigItemStitchStatus::from_wire(
                                                "ENABLE",
                                            ),
                                        )
                                        .music_id_null()
                                        .carousel_image_index(42i64)
                                        .card_id_null()
                                        .automate_creative_enabled(true)
                                        .creative_auto_enhancement_strategy_list(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .vertical_video_strategy("string".to_owned())
                                        .dynamic_format_null()
                                        .tracking_pixel_id("trpx_xxxxxxxxxxxxx".to_owned())
                                        .tracking_app_id_null()
                                        .tracking_offline_event_set_ids(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .tracking_message_event_set_id_null()
                                        .impression_tracking_url("string".to_owned())
                                        .click_tracking_url_null()
                                        .video_view_tracking_url("string".to_owned())
                                        .brand_safety_postbid_partner(
                                            whop_client::types::TiktokBrandSafetyPartner::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .brand_safety_vast_url("string".to_owned())
                                        .viewability_postbid_partner(
                                            whop_client::types::TiktokViewabilityPartner::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .viewability_vast_url("string".to_owned())
                                        .aigc_disclosure_type(
                                            whop_client::types::TiktokAigcDisclosure::from_wire("UNSET"),
                                        )
                                        .disclaimer_type(
                                            whop_client::types::TiktokDisclaimer::from_wire("NONE"),
                                        )
                                        .disclaimer_text_null()
                                        .disclaimer_clickable_texts(
                                            Vec::from([
                                                serde_json::Map::from_iter([
                                                    (
                                                        "additionalProp1".to_owned(),
                                                        serde_json::Value::from("value"),
                                                    ),
                                                ]),
                                            ]),
                                        )
                                        .auto_disclaimer_types(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .creative_authorized(true)
                                        .fallback_type(
                                            whop_client::types::TiktokFallback::from_wire("UNSET"),
                                        )
                                        .deeplink_format_type(
                                            whop_client::types::TiktokDeeplinkFormat::from_wire("UNSET"),
                                        )
                                        .deeplink_utm_params(
                                            Vec::from([
                                                serde_json::Map::from_iter([
                                                    (
                                                        "additionalProp1".to_owned(),
                                                        serde_json::Value::from("value"),
                                                    ),
                                                ]),
                                            ]),
                                        )
                                        .shopping_ads_fallback_type(
                                            whop_client::types::TiktokShoppingAdsFallback::from_wire(
                                                "UNSET",
                                            ),
                                        )
                                        .end_card_cta_null()
                                        .product_display_field_list(
                                            Vec::from(["string".to_owned(), "string".to_owned()]),
                                        )
                                        .dynamic_destination_null(),
                                ),
                        )
                        .status(
                            whop_client::types::ExternalAdStatuses::from_wire("active"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ads()
                .create(whop_client::types::CreateAdParams::new("string".to_owned()))
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ads_retrieve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ads()
            .retrieve("xad_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payments_refund(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .payments()
                .refund(
                    "pay_xxxxxxxxxxxxxx",
                    whop_client::types::RefundPaymentParams::new().partial_amount(6.9f64),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .refund(
                    "pay_xxxxxxxxxxxxxx",
                    whop_client::types::RefundPaymentParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_payments_retry(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .payments()
            .retry("pay_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_payments_void(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .payments()
            .void("pay_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_disputes_submit_evidence(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .disputes()
            .submit_evidence("dspt_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_disputes_update_evidence(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .disputes()
                .update_evidence(
                    "dspt_xxxxxxxxxxxxx",
                    whop_client::types::UpdateEvidenceDisputeParams::new()
                        .access_activity_log("string".to_owned())
                        .billing_address_null()
                        .cancellation_policy_disclosure("string".to_owned())
                        .customer_email_address_null()
                        .customer_name("string".to_owned())
                        .notes_null()
                        .product_description("string".to_owned())
                        .refund_policy_disclosure_null()
                        .refund_refusal_explanation("string".to_owned())
                        .service_date_null()
                        .cancellation_policy_attachment(
                            whop_client::types::UpdateEvidenceDisputeCancellationPolicyAttachment::new(
                                "string".to_owned(),
                            ),
                        )
                        .customer_communication_attachment(
                            whop_client::types::UpdateEvidenceDisputeCustomerCommunicationAttachment::new(
                                "string".to_owned(),
                            ),
                        )
                        .refund_policy_attachment(
                            whop_client::types::UpdateEvidenceDisputeRefundPolicyAttachment::new(
                                "string".to_owned(),
                            ),
                        )
                        .uncategorized_attachment(
                            whop_client::types::UpdateEvidenceDisputeUncategorizedAttachment::new(
                                "string".to_owned(),
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .disputes()
                .update_evidence(
                    "dspt_xxxxxxxxxxxxx",
                    whop_client::types::UpdateEvidenceDisputeParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_invoices_mark_paid(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .invoices()
            .mark_paid("inv_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_invoices_mark_uncollectible(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .invoices()
            .mark_uncollectible("inv_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_invoices_void(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .invoices()
            .void("inv_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_topups_create(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .topups()
            .create(
                whop_client::types::CreateTopupParams::new(
                    6.9f64,
                    "biz_xxxxxxxxxxxxxx".to_owned(),
                    whop_client::types::Currencies::from_wire("usd"),
                    "payt_xxxxxxxxxxxxx".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_companies_create_api_key(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .companies()
                .create_api_key(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::CreateApiKeyCompanyParams::new(
                            "biz_yyyyyyyyyyyyyy".to_owned(),
                        )
                        .name("string".to_owned())
                        .permissions(
                            Vec::from([
                                whop_client::types::CreateApiKeyCompanyPermissionsItem::new(
                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                    true,
                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                ),
                            ]),
                        )
                        .role(
                            whop_client::types::PermissionSystemRoles::from_wire("owner"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .create_api_key(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::CreateApiKeyCompanyParams::new(
                        "biz_yyyyyyyyyyyyyy".to_owned(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_memberships_cancel(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .memberships()
                .cancel(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::CancelMembershipParams::new()
                        .cancellation_mode(
                            whop_client::types::MembershipCancellationModes::from_wire(
                                "at_period_end",
                            ),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .cancel(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::CancelMembershipParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_memberships_uncancel(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .memberships()
            .uncancel("mem_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_memberships_pause(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .memberships()
                .pause(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::PauseMembershipParams::new().void_payments(true),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .pause(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::PauseMembershipParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_memberships_resume(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .memberships()
            .resume("mem_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_memberships_add_free_days(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .memberships()
            .add_free_days(
                "mem_xxxxxxxxxxxxxx",
                whop_client::types::AddFreeDaysMembershipParams::new(42i64),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_entries_approve(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .entries()
            .approve("entry_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_entries_deny(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .entries()
            .deny("entry_xxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_archive(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .archive("aff_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_affiliates_unarchive(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .affiliates()
            .unarchive("aff_xxxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_experiences_attach(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .experiences()
            .attach(
                "exp_xxxxxxxxxxxxxx",
                whop_client::types::AttachExperienceParams::new(
                    "prod_xxxxxxxxxxxxx".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_experiences_detach(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .experiences()
            .detach(
                "exp_xxxxxxxxxxxxxx",
                whop_client::types::DetachExperienceParams::new(
                    "prod_xxxxxxxxxxxxx".to_owned(),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_experiences_duplicate(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .experiences()
                .duplicate(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::DuplicateExperienceParams::new()
                        .name("string".to_owned()),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .duplicate(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::DuplicateExperienceParams::new(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_notifications_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .notifications()
                .create(
                    whop_client::types::CreateNotificationParams::SendNotificationV2InputWithCompanyId(
                        whop_client::types::CreateNotificationSendNotificationV2InputWithCompanyId::new(
                                "biz_xxxxxxxxxxxxxx".to_owned(),
                                "string".to_owned(),
                                "string".to_owned(),
                            )
                            .user_ids(
                                Vec::from(["string".to_owned(), "string".to_owned()]),
                            )
                            .icon_user_id_null()
                            .subtitle("string".to_owned())
                            .rest_path_null(),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .notifications()
                .create(
                    whop_client::types::CreateNotificationParams::SendNotificationV2InputWithCompanyId(
                        whop_client::types::CreateNotificationSendNotificationV2InputWithCompanyId::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            "string".to_owned(),
                            "string".to_owned(),
                        ),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_course_lessons_mark_as_completed(
    client: whop_client::Client,
    _all: bool,
) -> CaseFuture {
    Box::pin(async move {
        client
            .course_lessons()
            .mark_as_completed("lesn_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lessons_start(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .course_lessons()
            .start("lesn_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_course_lessons_submit_assessment(
    client: whop_client::Client,
    all: bool,
) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .course_lessons()
                .submit_assessment(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::SubmitAssessmentCourseLessonParams::new(
                        Vec::from([
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem::new(
                                    "crsaq_xxxxxxxxxxxx".to_owned(),
                                )
                                .answer_text("string".to_owned())
                                .selected_option_ids(
                                    Vec::from(["string".to_owned(), "string".to_owned()]),
                                ),
                        ]),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .submit_assessment(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::SubmitAssessmentCourseLessonParams::new(
                        Vec::from([
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem::new(
                                "crsaq_xxxxxxxxxxxx".to_owned(),
                            ),
                        ]),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_app_builds_promote(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .app_builds()
            .promote("apbu_xxxxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_access_tokens_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .access_tokens()
                .create(
                    whop_client::types::CreateAccessTokenParams::new()
                        .company_id("biz_xxxxxxxxxxxxxx".to_owned())
                        .expires_at(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .scoped_actions(
                            Vec::from(["string".to_owned(), "string".to_owned()]),
                        )
                        .user_id_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .access_tokens()
                .create(whop_client::types::CreateAccessTokenParams::new())
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_account_links_create(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .account_links()
            .create(
                whop_client::types::CreateAccountLinkParams::new(
                    "biz_xxxxxxxxxxxxxx".to_owned(),
                    "string".to_owned(),
                    "string".to_owned(),
                    whop_client::types::AccountLinkUseCases::from_wire(
                        "account_onboarding",
                    ),
                ),
            )
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_files_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .files()
                .create(
                    whop_client::types::CreateFileParams::new("string".to_owned())
                        .visibility(
                            whop_client::types::FileVisibility::from_wire("public"),
                        ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .files()
                .create(whop_client::types::CreateFileParams::new("string".to_owned()))
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_ad_campaigns_pause(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ad_campaigns()
            .pause("adcamp_xxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_ad_campaigns_unpause(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .ad_campaigns()
            .unpause("adcamp_xxxxxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}

fn run_conversions_create(client: whop_client::Client, all: bool) -> CaseFuture {
    Box::pin(async move {
        if all {
            client
                .conversions()
                .create(
                    whop_client::types::CreateConversionParams::new(
                            "biz_xxxxxxxxxxxxxx".to_owned(),
                            whop_client::types::EventName::from_wire("lead"),
                        )
                        .action_source(
                            whop_client::types::EventActionSource::from_wire("email"),
                        )
                        .context(
                            whop_client::types::CreateConversionContext::new()
                                .fbclid("string".to_owned())
                                .fbp_null()
                                .ga("string".to_owned())
                                .gclid_null()
                                .ig_sid("string".to_owned())
                                .ttclid_null()
                                .ttp("string".to_owned())
                                .ip_address_null()
                                .user_agent("string".to_owned())
                                .ad_campaign_id_null()
                                .ad_id("string".to_owned())
                                .ad_set_id_null()
                                .utm_campaign("string".to_owned())
                                .utm_content_null()
                                .utm_id("string".to_owned())
                                .utm_medium_null()
                                .utm_source("string".to_owned())
                                .utm_term_null(),
                        )
                        .currency(whop_client::types::Currencies::from_wire("usd"))
                        .custom_name_null()
                        .event_id("evnt_xxxxxxxxxxxxx".to_owned())
                        .event_time(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        )
                        .plan_id("plan_xxxxxxxxxxxxx".to_owned())
                        .product_id_null()
                        .referrer_url("string".to_owned())
                        .url_null()
                        .user(
                            whop_client::types::CreateConversionUser::new()
                                .anonymous_id("string".to_owned())
                                .external_id_null()
                                .member_id("mber_xxxxxxxxxxxxx".to_owned())
                                .membership_id_null()
                                .user_id("user_xxxxxxxxxxxxx".to_owned())
                                .birthdate_null()
                                .city("string".to_owned())
                                .country_null()
                                .email("string".to_owned())
                                .first_name_null()
                                .gender(whop_client::types::EventGender::from_wire("male"))
                                .last_name_null()
                                .name("string".to_owned())
                                .phone_null()
                                .postal_code("string".to_owned())
                                .state_null()
                                .username("string".to_owned()),
                        )
                        .value_null(),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .conversions()
                .create(
                    whop_client::types::CreateConversionParams::new(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                        whop_client::types::EventName::from_wire("lead"),
                    ),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        }
    })
}

fn run_fee_markups_delete(client: whop_client::Client, _all: bool) -> CaseFuture {
    Box::pin(async move {
        client
            .fee_markups()
            .delete("id_xxxxxxxx")
            .send_undecoded()
            .await
            .and_then(json_outcome)
    })
}
