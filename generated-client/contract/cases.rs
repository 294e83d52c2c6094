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
                .list(whop_client::types::ListProductParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_types: Some(
                        vec![
                            whop_client::types::AccessPassTypes::from_wire("regular"),
                            whop_client::types::AccessPassTypes::from_wire("regular")
                        ],
                    ),
                    visibilities: Some(
                        vec![
                            whop_client::types::VisibilityFilter::from_wire("visible"),
                            whop_client::types::VisibilityFilter::from_wire("visible")
                        ],
                    ),
                    order: Some(
                        whop_client::types::AccessPassOrder::from_wire(
                            "active_memberships_count",
                        ),
                    ),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .list(whop_client::types::ListProductParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_types: Default::default(),
                    visibilities: Default::default(),
                    order: Default::default(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateProductParams {
                    collect_shipping_address: whop_client::Nullable::Value(true),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    custom_cta: whop_client::Nullable::Value(
                        whop_client::types::CustomCtas::from_wire("get_access"),
                    ),
                    custom_cta_url: whop_client::Nullable::Value("string".to_owned()),
                    custom_statement_descriptor: whop_client::Nullable::Null,
                    description: whop_client::Nullable::Value("string".to_owned()),
                    experience_ids: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    global_affiliate_percentage: whop_client::Nullable::Value(6.9f64),
                    global_affiliate_status: whop_client::Nullable::Value(
                        whop_client::types::GlobalAffiliateStatuses::from_wire("enabled"),
                    ),
                    headline: whop_client::Nullable::Value("string".to_owned()),
                    member_affiliate_percentage: whop_client::Nullable::Null,
                    member_affiliate_status: whop_client::Nullable::Value(
                        whop_client::types::GlobalAffiliateStatuses::from_wire("enabled"),
                    ),
                    plan_options: whop_client::Nullable::Value(whop_client::types::CreateProductPlanOptions {
                        base_currency: whop_client::Nullable::Value(
                            whop_client::types::Currencies::from_wire("usd"),
                        ),
                        billing_period: whop_client::Nullable::Null,
                        custom_fields: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreatePlanCustomFieldsItem { field_type
                                : "text".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), name :
                                "string".to_owned(), order : whop_client::Nullable::Null,
                                placeholder : whop_client::Nullable::Value("string"
                                .to_owned()), required : whop_client::Nullable::Null },
                                whop_client::types::CreatePlanCustomFieldsItem { field_type
                                : "text".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), name :
                                "string".to_owned(), order : whop_client::Nullable::Null,
                                placeholder : whop_client::Nullable::Value("string"
                                .to_owned()), required : whop_client::Nullable::Null }
                            ],
                        ),
                        initial_price: whop_client::Nullable::Null,
                        plan_type: whop_client::Nullable::Value(
                            whop_client::types::PlanTypes::from_wire("renewal"),
                        ),
                        release_method: whop_client::Nullable::Value(
                            whop_client::types::ReleaseMethod::from_wire("buy_now"),
                        ),
                        renewal_price: whop_client::Nullable::Value(6.9f64),
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::Visibility::from_wire("visible"),
                        ),
                    }),
                    product_tax_code_id: whop_client::Nullable::Value(
                        "ptc_xxxxxxxxxxxxxx".to_owned(),
                    ),
                    redirect_purchase_url: whop_client::Nullable::Null,
                    route: whop_client::Nullable::Value("string".to_owned()),
                    send_welcome_message: whop_client::Nullable::Null,
                    title: "string".to_owned(),
                    visibility: whop_client::Nullable::Value(
                        whop_client::types::Visibility::from_wire("visible"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .create(whop_client::types::CreateProductParams {
                    collect_shipping_address: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    custom_cta: Default::default(),
                    custom_cta_url: Default::default(),
                    custom_statement_descriptor: Default::default(),
                    description: Default::default(),
                    experience_ids: Default::default(),
                    global_affiliate_percentage: Default::default(),
                    global_affiliate_status: Default::default(),
                    headline: Default::default(),
                    member_affiliate_percentage: Default::default(),
                    member_affiliate_status: Default::default(),
                    plan_options: Default::default(),
                    product_tax_code_id: Default::default(),
                    redirect_purchase_url: Default::default(),
                    route: Default::default(),
                    send_welcome_message: Default::default(),
                    title: "string".to_owned(),
                    visibility: Default::default(),
                })
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
                    whop_client::types::UpdateProductParams {
                        collect_shipping_address: whop_client::Nullable::Value(true),
                        custom_cta: whop_client::Nullable::Value(
                            whop_client::types::CustomCtas::from_wire("get_access"),
                        ),
                        custom_cta_url: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        custom_statement_descriptor: whop_client::Nullable::Null,
                        description: whop_client::Nullable::Value("string".to_owned()),
                        gallery_images: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateProductGalleryImagesItem { id :
                                "string".to_owned() },
                                whop_client::types::UpdateProductGalleryImagesItem { id :
                                "string".to_owned() }
                            ],
                        ),
                        global_affiliate_percentage: whop_client::Nullable::Value(
                            6.9f64,
                        ),
                        global_affiliate_status: whop_client::Nullable::Value(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        ),
                        headline: whop_client::Nullable::Value("string".to_owned()),
                        member_affiliate_percentage: whop_client::Nullable::Null,
                        member_affiliate_status: whop_client::Nullable::Value(
                            whop_client::types::GlobalAffiliateStatuses::from_wire(
                                "enabled",
                            ),
                        ),
                        product_tax_code_id: whop_client::Nullable::Null,
                        redirect_purchase_url: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        route: whop_client::Nullable::Null,
                        send_welcome_message: whop_client::Nullable::Value(true),
                        store_page_config: whop_client::Nullable::Value(whop_client::types::UpdateProductStorePageConfig {
                            custom_cta: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            show_price: whop_client::Nullable::Null,
                        }),
                        title: whop_client::Nullable::Value("string".to_owned()),
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::Visibility::from_wire("visible"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .products()
                .update(
                    "prod_xxxxxxxxxxxxx",
                    whop_client::types::UpdateProductParams {
                        collect_shipping_address: Default::default(),
                        custom_cta: Default::default(),
                        custom_cta_url: Default::default(),
                        custom_statement_descriptor: Default::default(),
                        description: Default::default(),
                        gallery_images: Default::default(),
                        global_affiliate_percentage: Default::default(),
                        global_affiliate_status: Default::default(),
                        headline: Default::default(),
                        member_affiliate_percentage: Default::default(),
                        member_affiliate_status: Default::default(),
                        product_tax_code_id: Default::default(),
                        redirect_purchase_url: Default::default(),
                        route: Default::default(),
                        send_welcome_message: Default::default(),
                        store_page_config: Default::default(),
                        title: Default::default(),
                        visibility: Default::default(),
                    },
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
                .list(whop_client::types::ListPlanParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(whop_client::types::PlansOrder::from_wire("id")),
                    release_methods: Some(
                        vec![
                            whop_client::types::ReleaseMethod::from_wire("buy_now"),
                            whop_client::types::ReleaseMethod::from_wire("buy_now")
                        ],
                    ),
                    visibilities: Some(
                        vec![
                            whop_client::types::VisibilityFilter::from_wire("visible"),
                            whop_client::types::VisibilityFilter::from_wire("visible")
                        ],
                    ),
                    plan_types: Some(
                        vec![
                            whop_client::types::PlanTypes::from_wire("renewal"),
                            whop_client::types::PlanTypes::from_wire("renewal")
                        ],
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .list(whop_client::types::ListPlanParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    order: Default::default(),
                    release_methods: Default::default(),
                    visibilities: Default::default(),
                    plan_types: Default::default(),
                    product_ids: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreatePlanParams {
                    adaptive_pricing_enabled: whop_client::Nullable::Value(true),
                    billing_period: whop_client::Nullable::Null,
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    currency: whop_client::Nullable::Value(
                        whop_client::types::Currencies::from_wire("usd"),
                    ),
                    custom_fields: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::CreatePlanCustomFieldsItem { field_type :
                            "text".to_owned(), id : whop_client::Nullable::Value("string"
                            .to_owned()), name : "string".to_owned(), order :
                            whop_client::Nullable::Null, placeholder :
                            whop_client::Nullable::Value("string".to_owned()), required :
                            whop_client::Nullable::Null },
                            whop_client::types::CreatePlanCustomFieldsItem { field_type :
                            "text".to_owned(), id : whop_client::Nullable::Value("string"
                            .to_owned()), name : "string".to_owned(), order :
                            whop_client::Nullable::Null, placeholder :
                            whop_client::Nullable::Value("string".to_owned()), required :
                            whop_client::Nullable::Null }
                        ],
                    ),
                    description: whop_client::Nullable::Value("string".to_owned()),
                    expiration_days: whop_client::Nullable::Null,
                    image: whop_client::Nullable::Value(whop_client::types::CreatePlanImage {
                        id: "string".to_owned(),
                    }),
                    initial_price: whop_client::Nullable::Null,
                    internal_notes: whop_client::Nullable::Value("string".to_owned()),
                    legacy_payment_method_controls: whop_client::Nullable::Null,
                    override_tax_type: whop_client::Nullable::Value(
                        whop_client::types::TaxTypes::from_wire("inclusive"),
                    ),
                    payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                        disabled: vec![
                            whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                            whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                        ],
                        enabled: vec![
                            whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                            whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                        ],
                        include_platform_defaults: whop_client::Nullable::Value(true),
                    }),
                    plan_type: whop_client::Nullable::Value(
                        whop_client::types::PlanTypes::from_wire("renewal"),
                    ),
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                    release_method: whop_client::Nullable::Value(
                        whop_client::types::ReleaseMethod::from_wire("buy_now"),
                    ),
                    renewal_price: whop_client::Nullable::Value(6.9f64),
                    split_pay_required_payments: whop_client::Nullable::Null,
                    stock: whop_client::Nullable::Value(42i64),
                    title: whop_client::Nullable::Null,
                    trial_period_days: whop_client::Nullable::Value(42i64),
                    unlimited_stock: whop_client::Nullable::Null,
                    visibility: whop_client::Nullable::Value(
                        whop_client::types::Visibility::from_wire("visible"),
                    ),
                    checkout_styling: whop_client::Nullable::Value(whop_client::types::CreatePlanCheckoutStyling {
                        background_color: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        border_style: whop_client::Nullable::Value(
                            whop_client::types::CheckoutShapes::from_wire("rounded"),
                        ),
                        button_color: whop_client::Nullable::Value("string".to_owned()),
                        font_family: whop_client::Nullable::Value(
                            whop_client::types::CheckoutFonts::from_wire("system"),
                        ),
                    }),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .create(whop_client::types::CreatePlanParams {
                    adaptive_pricing_enabled: Default::default(),
                    billing_period: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    currency: Default::default(),
                    custom_fields: Default::default(),
                    description: Default::default(),
                    expiration_days: Default::default(),
                    image: Default::default(),
                    initial_price: Default::default(),
                    internal_notes: Default::default(),
                    legacy_payment_method_controls: Default::default(),
                    override_tax_type: Default::default(),
                    payment_method_configuration: Default::default(),
                    plan_type: Default::default(),
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                    release_method: Default::default(),
                    renewal_price: Default::default(),
                    split_pay_required_payments: Default::default(),
                    stock: Default::default(),
                    title: Default::default(),
                    trial_period_days: Default::default(),
                    unlimited_stock: Default::default(),
                    visibility: Default::default(),
                    checkout_styling: Default::default(),
                })
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
                    whop_client::types::UpdatePlanParams {
                        adaptive_pricing_enabled: whop_client::Nullable::Value(true),
                        billing_period: whop_client::Nullable::Null,
                        currency: whop_client::Nullable::Value(
                            whop_client::types::Currencies::from_wire("usd"),
                        ),
                        custom_fields: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreatePlanCustomFieldsItem { field_type
                                : "text".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), name :
                                "string".to_owned(), order : whop_client::Nullable::Null,
                                placeholder : whop_client::Nullable::Value("string"
                                .to_owned()), required : whop_client::Nullable::Null },
                                whop_client::types::CreatePlanCustomFieldsItem { field_type
                                : "text".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), name :
                                "string".to_owned(), order : whop_client::Nullable::Null,
                                placeholder : whop_client::Nullable::Value("string"
                                .to_owned()), required : whop_client::Nullable::Null }
                            ],
                        ),
                        description: whop_client::Nullable::Value("string".to_owned()),
                        expiration_days: whop_client::Nullable::Null,
                        image: whop_client::Nullable::Value(whop_client::types::CreatePlanImage {
                            id: "string".to_owned(),
                        }),
                        initial_price: whop_client::Nullable::Null,
                        internal_notes: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        legacy_payment_method_controls: whop_client::Nullable::Null,
                        offer_cancel_discount: whop_client::Nullable::Value(true),
                        override_tax_type: whop_client::Nullable::Value(
                            whop_client::types::TaxTypes::from_wire("inclusive"),
                        ),
                        payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                            disabled: vec![
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                            ],
                            enabled: vec![
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                            ],
                            include_platform_defaults: whop_client::Nullable::Value(true),
                        }),
                        renewal_price: whop_client::Nullable::Null,
                        stock: whop_client::Nullable::Value(42i64),
                        strike_through_initial_price: whop_client::Nullable::Null,
                        strike_through_renewal_price: whop_client::Nullable::Value(
                            6.9f64,
                        ),
                        title: whop_client::Nullable::Null,
                        trial_period_days: whop_client::Nullable::Value(42i64),
                        unlimited_stock: whop_client::Nullable::Null,
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::Visibility::from_wire("visible"),
                        ),
                        checkout_styling: whop_client::Nullable::Value(whop_client::types::CreatePlanCheckoutStyling {
                            background_color: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            border_style: whop_client::Nullable::Value(
                                whop_client::types::CheckoutShapes::from_wire("rounded"),
                            ),
                            button_color: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            font_family: whop_client::Nullable::Value(
                                whop_client::types::CheckoutFonts::from_wire("system"),
                            ),
                        }),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .plans()
                .update(
                    "plan_xxxxxxxxxxxxx",
                    whop_client::types::UpdatePlanParams {
                        adaptive_pricing_enabled: Default::default(),
                        billing_period: Default::default(),
                        currency: Default::default(),
                        custom_fields: Default::default(),
                        description: Default::default(),
                        expiration_days: Default::default(),
                        image: Default::default(),
                        initial_price: Default::default(),
                        internal_notes: Default::default(),
                        legacy_payment_method_controls: Default::default(),
                        offer_cancel_discount: Default::default(),
                        override_tax_type: Default::default(),
                        payment_method_configuration: Default::default(),
                        renewal_price: Default::default(),
                        stock: Default::default(),
                        strike_through_initial_price: Default::default(),
                        strike_through_renewal_price: Default::default(),
                        title: Default::default(),
                        trial_period_days: Default::default(),
                        unlimited_stock: Default::default(),
                        visibility: Default::default(),
                        checkout_styling: Default::default(),
                    },
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
                .list(whop_client::types::ListPaymentParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::ReceiptV2Order::from_wire("final_amount"),
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    billing_reasons: Some(
                        vec![
                            whop_client::types::BillingReasons::from_wire("subscription_create"),
                            whop_client::types::BillingReasons::from_wire("subscription_create")
                        ],
                    ),
                    currencies: Some(
                        vec![
                            whop_client::types::Currencies::from_wire("usd"),
                            whop_client::types::Currencies::from_wire("usd")
                        ],
                    ),
                    plan_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    statuses: Some(
                        vec![
                            whop_client::types::ReceiptStatus::from_wire("draft"),
                            whop_client::types::ReceiptStatus::from_wire("draft")
                        ],
                    ),
                    substatuses: Some(
                        vec![
                            whop_client::types::FriendlyReceiptStatus::from_wire("succeeded"),
                            whop_client::types::FriendlyReceiptStatus::from_wire("succeeded")
                        ],
                    ),
                    include_free: Some(true),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    updated_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    updated_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    query: Some("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .list(whop_client::types::ListPaymentParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    order: Default::default(),
                    product_ids: Default::default(),
                    billing_reasons: Default::default(),
                    currencies: Default::default(),
                    plan_ids: Default::default(),
                    statuses: Default::default(),
                    substatuses: Default::default(),
                    include_free: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                    updated_before: Default::default(),
                    updated_after: Default::default(),
                    query: Default::default(),
                })
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
                    whop_client::types::CreatePaymentParams::CreatePaymentInputWithPlan(whop_client::types::CreatePaymentInputWithPlan {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        member_id: "mber_xxxxxxxxxxxxx".to_owned(),
                        metadata: whop_client::Nullable::Value(
                            [("key".to_owned(), serde_json::Value::from("value"))]
                                .into_iter()
                                .collect::<serde_json::Map<String, serde_json::Value>>(),
                        ),
                        payment_method_id: "payt_xxxxxxxxxxxxx".to_owned(),
                        plan: whop_client::types::CreatePaymentInputWithPlanPlan {
                            application_fee_amount: whop_client::Nullable::Value(6.9f64),
                            billing_period: whop_client::Nullable::Null,
                            currency: whop_client::types::Currencies::from_wire("usd"),
                            description: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            expiration_days: whop_client::Nullable::Null,
                            force_create_new_plan: whop_client::Nullable::Value(true),
                            initial_price: whop_client::Nullable::Null,
                            internal_notes: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            plan_type: whop_client::Nullable::Value(
                                whop_client::types::PlanTypes::from_wire("renewal"),
                            ),
                            product: whop_client::Nullable::Value(whop_client::types::CreatePaymentInputWithPlanPlanProduct {
                                collect_shipping_address: whop_client::Nullable::Value(
                                    true,
                                ),
                                custom_statement_descriptor: whop_client::Nullable::Null,
                                description: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                external_identifier: "string".to_owned(),
                                global_affiliate_percentage: whop_client::Nullable::Null,
                                global_affiliate_status: whop_client::Nullable::Value(
                                    whop_client::types::GlobalAffiliateStatuses::from_wire(
                                        "enabled",
                                    ),
                                ),
                                headline: whop_client::Nullable::Null,
                                product_tax_code_id: whop_client::Nullable::Value(
                                    "ptc_xxxxxxxxxxxxxx".to_owned(),
                                ),
                                redirect_purchase_url: whop_client::Nullable::Null,
                                route: whop_client::Nullable::Value("string".to_owned()),
                                title: "string".to_owned(),
                                visibility: whop_client::Nullable::Value(
                                    whop_client::types::Visibility::from_wire("visible"),
                                ),
                            }),
                            product_id: whop_client::Nullable::Null,
                            renewal_price: whop_client::Nullable::Value(6.9f64),
                            title: whop_client::Nullable::Null,
                            trial_period_days: whop_client::Nullable::Value(42i64),
                            visibility: whop_client::Nullable::Value(
                                whop_client::types::Visibility::from_wire("visible"),
                            ),
                        },
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .create(
                    whop_client::types::CreatePaymentParams::CreatePaymentInputWithPlan(whop_client::types::CreatePaymentInputWithPlan {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        member_id: "mber_xxxxxxxxxxxxx".to_owned(),
                        metadata: Default::default(),
                        payment_method_id: "payt_xxxxxxxxxxxxx".to_owned(),
                        plan: whop_client::types::CreatePaymentInputWithPlanPlan {
                            application_fee_amount: Default::default(),
                            billing_period: Default::default(),
                            currency: whop_client::types::Currencies::from_wire("usd"),
                            description: Default::default(),
                            expiration_days: Default::default(),
                            force_create_new_plan: Default::default(),
                            initial_price: Default::default(),
                            internal_notes: Default::default(),
                            plan_type: Default::default(),
                            product: Default::default(),
                            product_id: Default::default(),
                            renewal_price: Default::default(),
                            title: Default::default(),
                            trial_period_days: Default::default(),
                            visibility: Default::default(),
                        },
                    }),
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
                    whop_client::types::FeesPaymentParams {
                        after: Some("string".to_owned()),
                        before: Some("string".to_owned()),
                        first: Some(42i64),
                        last: Some(42i64),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .fees(
                    "pay_xxxxxxxxxxxxxx",
                    whop_client::types::FeesPaymentParams {
                        after: Default::default(),
                        before: Default::default(),
                        first: Default::default(),
                        last: Default::default(),
                    },
                )
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
                .list(whop_client::types::ListRefundParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    payment_id: Some("pay_xxxxxxxxxxxxxx".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .refunds()
                .list(whop_client::types::ListRefundParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    payment_id: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListDisputeParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .disputes()
                .list(whop_client::types::ListDisputeParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListDisputeAlertParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dispute_alerts()
                .list(whop_client::types::ListDisputeAlertParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListResolutionCenterCaseParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    statuses: Some(
                        vec![
                            whop_client::types::ResolutionCenterCaseStatuses::from_wire("merchant_response_needed"),
                            whop_client::types::ResolutionCenterCaseStatuses::from_wire("merchant_response_needed")
                        ],
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .resolution_center_cases()
                .list(whop_client::types::ListResolutionCenterCaseParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    statuses: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListCheckoutConfigurationParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    plan_id: Some("plan_xxxxxxxxxxxxx".to_owned()),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .checkout_configurations()
                .list(whop_client::types::ListCheckoutConfigurationParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    plan_id: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                    whop_client::types::CreateCheckoutConfigurationParams::CreateCheckoutSessionInputModePaymentWithPlan(whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlan {
                        plan: whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlanPlan {
                            company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                            adaptive_pricing_enabled: whop_client::Nullable::Value(true),
                            application_fee_amount: whop_client::Nullable::Null,
                            billing_period: whop_client::Nullable::Value(42i64),
                            currency: whop_client::types::Currencies::from_wire("usd"),
                            custom_fields: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id : Default::default(), name :
                                    "string".to_owned(), order : Default::default(), placeholder
                                    : Default::default(), required : Default::default() },
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id : Default::default(), name :
                                    "string".to_owned(), order : Default::default(), placeholder
                                    : Default::default(), required : Default::default() }
                                ],
                            ),
                            description: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            expiration_days: whop_client::Nullable::Null,
                            force_create_new_plan: whop_client::Nullable::Value(true),
                            image: whop_client::Nullable::Value(whop_client::types::CreatePlanImage {
                                id: "string".to_owned(),
                            }),
                            initial_price: whop_client::Nullable::Value(6.9f64),
                            internal_notes: whop_client::Nullable::Null,
                            override_tax_type: whop_client::Nullable::Value(
                                whop_client::types::TaxTypes::from_wire("inclusive"),
                            ),
                            payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                                disabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                enabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                include_platform_defaults: whop_client::Nullable::Value(
                                    true,
                                ),
                            }),
                            plan_type: whop_client::Nullable::Value(
                                whop_client::types::PlanTypes::from_wire("renewal"),
                            ),
                            product: whop_client::Nullable::Value(whop_client::types::CreatePaymentInputWithPlanPlanProduct {
                                collect_shipping_address: whop_client::Nullable::Value(
                                    true,
                                ),
                                custom_statement_descriptor: whop_client::Nullable::Null,
                                description: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                external_identifier: "string".to_owned(),
                                global_affiliate_percentage: whop_client::Nullable::Null,
                                global_affiliate_status: whop_client::Nullable::Value(
                                    whop_client::types::GlobalAffiliateStatuses::from_wire(
                                        "enabled",
                                    ),
                                ),
                                headline: whop_client::Nullable::Null,
                                product_tax_code_id: whop_client::Nullable::Value(
                                    "ptc_xxxxxxxxxxxxxx".to_owned(),
                                ),
                                redirect_purchase_url: whop_client::Nullable::Null,
                                route: whop_client::Nullable::Value("string".to_owned()),
                                title: "string".to_owned(),
                                visibility: whop_client::Nullable::Value(
                                    whop_client::types::Visibility::from_wire("visible"),
                                ),
                            }),
                            product_id: whop_client::Nullable::Value(
                                "prod_xxxxxxxxxxxxx".to_owned(),
                            ),
                            release_method: whop_client::Nullable::Value(
                                whop_client::types::ReleaseMethod::from_wire("buy_now"),
                            ),
                            renewal_price: whop_client::Nullable::Value(6.9f64),
                            split_pay_required_payments: whop_client::Nullable::Null,
                            stock: whop_client::Nullable::Value(42i64),
                            title: whop_client::Nullable::Null,
                            trial_period_days: whop_client::Nullable::Value(42i64),
                            visibility: whop_client::Nullable::Value(
                                whop_client::types::Visibility::from_wire("visible"),
                            ),
                        },
                        affiliate_code: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        allow_promo_codes: whop_client::Nullable::Null,
                        checkout_styling: whop_client::Nullable::Value(whop_client::types::CreatePlanCheckoutStyling {
                            background_color: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            border_style: whop_client::Nullable::Value(
                                whop_client::types::CheckoutShapes::from_wire("rounded"),
                            ),
                            button_color: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            font_family: whop_client::Nullable::Value(
                                whop_client::types::CheckoutFonts::from_wire("system"),
                            ),
                        }),
                        currency: whop_client::Nullable::Value(
                            whop_client::types::Currencies::from_wire("usd"),
                        ),
                        metadata: whop_client::Nullable::Value(
                            [("key".to_owned(), serde_json::Value::from("value"))]
                                .into_iter()
                                .collect::<serde_json::Map<String, serde_json::Value>>(),
                        ),
                        mode: Some("payment".to_owned()),
                        payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                            disabled: vec![
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                            ],
                            enabled: vec![
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                            ],
                            include_platform_defaults: whop_client::Nullable::Value(true),
                        }),
                        redirect_url: whop_client::Nullable::Value("string".to_owned()),
                        source_url: whop_client::Nullable::Null,
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .checkout_configurations()
                .create(
                    whop_client::types::CreateCheckoutConfigurationParams::CreateCheckoutSessionInputModePaymentWithPlan(whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlan {
                        plan: whop_client::types::CreateCheckoutConfigurationCreateCheckoutSessionInputModePaymentWithPlanPlan {
                            company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                            adaptive_pricing_enabled: Default::default(),
                            application_fee_amount: Default::default(),
                            billing_period: Default::default(),
                            currency: whop_client::types::Currencies::from_wire("usd"),
                            custom_fields: Default::default(),
                            description: Default::default(),
                            expiration_days: Default::default(),
                            force_create_new_plan: Default::default(),
                            image: Default::default(),
                            initial_price: Default::default(),
                            internal_notes: Default::default(),
                            override_tax_type: Default::default(),
                            payment_method_configuration: Default::default(),
                            plan_type: Default::default(),
                            product: Default::default(),
                            product_id: Default::default(),
                            release_method: Default::default(),
                            renewal_price: Default::default(),
                            split_pay_required_payments: Default::default(),
                            stock: Default::default(),
                            title: Default::default(),
                            trial_period_days: Default::default(),
                            visibility: Default::default(),
                        },
                        affiliate_code: Default::default(),
                        allow_promo_codes: Default::default(),
                        checkout_styling: Default::default(),
                        currency: Default::default(),
                        metadata: Default::default(),
                        mode: Default::default(),
                        payment_method_configuration: Default::default(),
                        redirect_url: Default::default(),
                        source_url: Default::default(),
                    }),
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
                .list(whop_client::types::ListSetupIntentParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .setup_intents()
                .list(whop_client::types::ListSetupIntentParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListPaymentMethodParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    member_id: Some("mber_xxxxxxxxxxxxx".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payment_methods()
                .list(whop_client::types::ListPaymentMethodParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    member_id: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                    whop_client::types::RetrievePaymentMethodParams {
                        company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                        member_id: Some("mber_xxxxxxxxxxxxx".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payment_methods()
                .retrieve(
                    "payt_xxxxxxxxxxxxx",
                    whop_client::types::RetrievePaymentMethodParams {
                        company_id: Default::default(),
                        member_id: Default::default(),
                    },
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
                .list(whop_client::types::ListInvoiceParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    collection_methods: Some(
                        vec![
                            whop_client::types::InvoiceCollectionMethods::from_wire("send_invoice"),
                            whop_client::types::InvoiceCollectionMethods::from_wire("send_invoice")
                        ],
                    ),
                    statuses: Some(
                        vec![
                            whop_client::types::InvoiceStatuses::from_wire("draft"),
                            whop_client::types::InvoiceStatuses::from_wire("draft")
                        ],
                    ),
                    order: Some(
                        whop_client::types::InvoicesSortableColumns::from_wire("id"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .list(whop_client::types::ListInvoiceParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    product_ids: Default::default(),
                    collection_methods: Default::default(),
                    statuses: Default::default(),
                    order: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                    whop_client::types::CreateInvoiceParams::CreateInvoiceInputWithProduct(whop_client::types::CreateInvoiceInputWithProduct {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        product: whop_client::types::CreateInvoiceInputWithProductProduct {
                            product_tax_code_id: whop_client::Nullable::Value(
                                "ptc_xxxxxxxxxxxxxx".to_owned(),
                            ),
                            title: "string".to_owned(),
                        },
                        customer_name: whop_client::Nullable::Value("string".to_owned()),
                        email_address: whop_client::Nullable::Null,
                        member_id: whop_client::Nullable::Value(
                            "mber_xxxxxxxxxxxxx".to_owned(),
                        ),
                        plan: whop_client::types::UpdateInvoicePlan {
                            billing_period: whop_client::Nullable::Value(42i64),
                            custom_fields: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id : Default::default(), name :
                                    "string".to_owned(), order : Default::default(), placeholder
                                    : Default::default(), required : Default::default() },
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id : Default::default(), name :
                                    "string".to_owned(), order : Default::default(), placeholder
                                    : Default::default(), required : Default::default() }
                                ],
                            ),
                            description: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            expiration_days: whop_client::Nullable::Null,
                            initial_price: whop_client::Nullable::Value(6.9f64),
                            internal_notes: whop_client::Nullable::Null,
                            legacy_payment_method_controls: whop_client::Nullable::Value(
                                true,
                            ),
                            payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                                disabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                enabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                include_platform_defaults: whop_client::Nullable::Value(
                                    true,
                                ),
                            }),
                            plan_type: whop_client::Nullable::Value(
                                whop_client::types::PlanTypes::from_wire("renewal"),
                            ),
                            release_method: whop_client::Nullable::Value(
                                whop_client::types::ReleaseMethod::from_wire("buy_now"),
                            ),
                            renewal_price: whop_client::Nullable::Value(6.9f64),
                            stock: whop_client::Nullable::Null,
                            trial_period_days: whop_client::Nullable::Value(42i64),
                            unlimited_stock: whop_client::Nullable::Null,
                            visibility: whop_client::Nullable::Value(
                                whop_client::types::Visibility::from_wire("visible"),
                            ),
                        },
                        collection_method: whop_client::types::InvoiceCollectionMethods::from_wire(
                            "send_invoice",
                        ),
                        due_date: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                        automatically_finalizes_at: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                        billing_address: whop_client::Nullable::Value(whop_client::types::UpdateInvoiceBillingAddress {
                            city: whop_client::Nullable::Value("string".to_owned()),
                            country: whop_client::Nullable::Null,
                            line1: whop_client::Nullable::Value("string".to_owned()),
                            line2: whop_client::Nullable::Null,
                            name: whop_client::Nullable::Value("string".to_owned()),
                            phone: whop_client::Nullable::Null,
                            postal_code: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            state: whop_client::Nullable::Null,
                            tax_id_type: whop_client::Nullable::Value(
                                whop_client::types::TaxIdentifierTypes::from_wire("ad_nrt"),
                            ),
                            tax_id_value: whop_client::Nullable::Null,
                        }),
                        charge_buyer_fee: whop_client::Nullable::Value(true),
                        line_items: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateInvoiceLineItemsItem { label :
                                "string".to_owned(), quantity :
                                whop_client::Nullable::Value(6.9f64), unit_price : 6.9f64 },
                                whop_client::types::UpdateInvoiceLineItemsItem { label :
                                "string".to_owned(), quantity :
                                whop_client::Nullable::Value(6.9f64), unit_price : 6.9f64 }
                            ],
                        ),
                        mailing_address_id: whop_client::Nullable::Value(
                            "ma_xxxxxxxxxxxxxxx".to_owned(),
                        ),
                        payment_method_id: whop_client::Nullable::Null,
                        payment_token_id: whop_client::Nullable::Value(
                            "payt_xxxxxxxxxxxxx".to_owned(),
                        ),
                        save_as_draft: whop_client::Nullable::Null,
                        subscription_billing_anchor_at: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .create(
                    whop_client::types::CreateInvoiceParams::CreateInvoiceInputWithProduct(whop_client::types::CreateInvoiceInputWithProduct {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        product: whop_client::types::CreateInvoiceInputWithProductProduct {
                            product_tax_code_id: Default::default(),
                            title: "string".to_owned(),
                        },
                        customer_name: Default::default(),
                        email_address: Default::default(),
                        member_id: Default::default(),
                        plan: whop_client::types::UpdateInvoicePlan {
                            billing_period: Default::default(),
                            custom_fields: Default::default(),
                            description: Default::default(),
                            expiration_days: Default::default(),
                            initial_price: Default::default(),
                            internal_notes: Default::default(),
                            legacy_payment_method_controls: Default::default(),
                            payment_method_configuration: Default::default(),
                            plan_type: Default::default(),
                            release_method: Default::default(),
                            renewal_price: Default::default(),
                            stock: Default::default(),
                            trial_period_days: Default::default(),
                            unlimited_stock: Default::default(),
                            visibility: Default::default(),
                        },
                        collection_method: whop_client::types::InvoiceCollectionMethods::from_wire(
                            "send_invoice",
                        ),
                        due_date: Default::default(),
                        automatically_finalizes_at: Default::default(),
                        billing_address: Default::default(),
                        charge_buyer_fee: Default::default(),
                        line_items: Default::default(),
                        mailing_address_id: Default::default(),
                        payment_method_id: Default::default(),
                        payment_token_id: Default::default(),
                        save_as_draft: Default::default(),
                        subscription_billing_anchor_at: Default::default(),
                    }),
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
                    whop_client::types::UpdateInvoiceParams {
                        automatically_finalizes_at: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                        billing_address: whop_client::Nullable::Value(whop_client::types::UpdateInvoiceBillingAddress {
                            city: whop_client::Nullable::Value("string".to_owned()),
                            country: whop_client::Nullable::Null,
                            line1: whop_client::Nullable::Value("string".to_owned()),
                            line2: whop_client::Nullable::Null,
                            name: whop_client::Nullable::Value("string".to_owned()),
                            phone: whop_client::Nullable::Null,
                            postal_code: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            state: whop_client::Nullable::Null,
                            tax_id_type: whop_client::Nullable::Value(
                                whop_client::types::TaxIdentifierTypes::from_wire("ad_nrt"),
                            ),
                            tax_id_value: whop_client::Nullable::Null,
                        }),
                        charge_buyer_fee: whop_client::Nullable::Value(true),
                        collection_method: whop_client::Nullable::Value(
                            whop_client::types::InvoiceCollectionMethods::from_wire(
                                "send_invoice",
                            ),
                        ),
                        customer_name: whop_client::Nullable::Value("string".to_owned()),
                        due_date: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                        email_address: whop_client::Nullable::Value("string".to_owned()),
                        line_items: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateInvoiceLineItemsItem { label :
                                "string".to_owned(), quantity :
                                whop_client::Nullable::Value(6.9f64), unit_price : 6.9f64 },
                                whop_client::types::UpdateInvoiceLineItemsItem { label :
                                "string".to_owned(), quantity :
                                whop_client::Nullable::Value(6.9f64), unit_price : 6.9f64 }
                            ],
                        ),
                        mailing_address_id: whop_client::Nullable::Value(
                            "ma_xxxxxxxxxxxxxxx".to_owned(),
                        ),
                        member_id: whop_client::Nullable::Null,
                        payment_method_id: whop_client::Nullable::Value(
                            "payt_xxxxxxxxxxxxx".to_owned(),
                        ),
                        plan: whop_client::Nullable::Value(whop_client::types::UpdateInvoicePlan {
                            billing_period: whop_client::Nullable::Value(42i64),
                            custom_fields: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id :
                                    whop_client::Nullable::Value("string".to_owned()), name :
                                    "string".to_owned(), order : whop_client::Nullable::Null,
                                    placeholder : whop_client::Nullable::Value("string"
                                    .to_owned()), required : whop_client::Nullable::Null },
                                    whop_client::types::CreatePlanCustomFieldsItem { field_type
                                    : "text".to_owned(), id :
                                    whop_client::Nullable::Value("string".to_owned()), name :
                                    "string".to_owned(), order : whop_client::Nullable::Null,
                                    placeholder : whop_client::Nullable::Value("string"
                                    .to_owned()), required : whop_client::Nullable::Null }
                                ],
                            ),
                            description: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            expiration_days: whop_client::Nullable::Null,
                            initial_price: whop_client::Nullable::Value(6.9f64),
                            internal_notes: whop_client::Nullable::Null,
                            legacy_payment_method_controls: whop_client::Nullable::Value(
                                true,
                            ),
                            payment_method_configuration: whop_client::Nullable::Value(whop_client::types::CreatePlanPaymentMethodConfiguration {
                                disabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                enabled: vec![
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit"),
                                    whop_client::types::PaymentMethodTypes::from_wire("acss_debit")
                                ],
                                include_platform_defaults: whop_client::Nullable::Value(
                                    true,
                                ),
                            }),
                            plan_type: whop_client::Nullable::Value(
                                whop_client::types::PlanTypes::from_wire("renewal"),
                            ),
                            release_method: whop_client::Nullable::Value(
                                whop_client::types::ReleaseMethod::from_wire("buy_now"),
                            ),
                            renewal_price: whop_client::Nullable::Value(6.9f64),
                            stock: whop_client::Nullable::Null,
                            trial_period_days: whop_client::Nullable::Value(42i64),
                            unlimited_stock: whop_client::Nullable::Null,
                            visibility: whop_client::Nullable::Value(
                                whop_client::types::Visibility::from_wire("visible"),
                            ),
                        }),
                        product_id: whop_client::Nullable::Value(
                            "prod_xxxxxxxxxxxxx".to_owned(),
                        ),
                        subscription_billing_anchor_at: whop_client::Nullable::Value(
                            chrono::DateTime::<
                                chrono::Utc,
                            >::from_timestamp(1_701_406_800, 401_000_000)
                                .expect("a valid timestamp"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .invoices()
                .update(
                    "inv_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateInvoiceParams {
                        automatically_finalizes_at: Default::default(),
                        billing_address: Default::default(),
                        charge_buyer_fee: Default::default(),
                        collection_method: Default::default(),
                        customer_name: Default::default(),
                        due_date: Default::default(),
                        email_address: Default::default(),
                        line_items: Default::default(),
                        mailing_address_id: Default::default(),
                        member_id: Default::default(),
                        payment_method_id: Default::default(),
                        plan: Default::default(),
                        product_id: Default::default(),
                        subscription_billing_anchor_at: Default::default(),
                    },
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
                .list(whop_client::types::ListPromoCodeParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    plan_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    status: Some(
                        whop_client::types::PromoCodeStatus::from_wire("active"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .promo_codes()
                .list(whop_client::types::ListPromoCodeParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_ids: Default::default(),
                    plan_ids: Default::default(),
                    status: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreatePromoCodeParams {
                    amount_off: 6.9f64,
                    base_currency: whop_client::types::Currencies::from_wire("usd"),
                    churned_users_only: whop_client::Nullable::Value(true),
                    code: "string".to_owned(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    existing_memberships_only: whop_client::Nullable::Null,
                    expires_at: whop_client::Nullable::Value(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    new_users_only: true,
                    one_per_customer: whop_client::Nullable::Null,
                    plan_ids: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    product_id: whop_client::Nullable::Null,
                    promo_duration_months: 42i64,
                    promo_type: whop_client::types::PromoTypes::from_wire("percentage"),
                    stock: whop_client::Nullable::Value(42i64),
                    unlimited_stock: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .promo_codes()
                .create(whop_client::types::CreatePromoCodeParams {
                    amount_off: 6.9f64,
                    base_currency: whop_client::types::Currencies::from_wire("usd"),
                    churned_users_only: Default::default(),
                    code: "string".to_owned(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    existing_memberships_only: Default::default(),
                    expires_at: Default::default(),
                    new_users_only: true,
                    one_per_customer: Default::default(),
                    plan_ids: Default::default(),
                    product_id: Default::default(),
                    promo_duration_months: 42i64,
                    promo_type: whop_client::types::PromoTypes::from_wire("percentage"),
                    stock: Default::default(),
                    unlimited_stock: Default::default(),
                })
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
                .list(whop_client::types::ListCardTransactionParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    card_id: Some("string".to_owned()),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    status: Some(
                        whop_client::types::CardIssuingTransactionStatus::from_wire(
                            "pending",
                        ),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .card_transactions()
                .list(whop_client::types::ListCardTransactionParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    card_id: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    created_after: Default::default(),
                    created_before: Default::default(),
                    direction: Default::default(),
                    status: Default::default(),
                })
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
                .list(whop_client::types::ListTransferParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    origin_id: Some("string".to_owned()),
                    destination_id: Some("string".to_owned()),
                    order: Some(
                        whop_client::types::CreditTransactionTransfersSortableColumns::from_wire(
                            "amount",
                        ),
                    ),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .transfers()
                .list(whop_client::types::ListTransferParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    origin_id: Default::default(),
                    destination_id: Default::default(),
                    order: Default::default(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateTransferParams {
                    amount: 6.9f64,
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    destination_id: "string".to_owned(),
                    idempotence_key: whop_client::Nullable::Value("string".to_owned()),
                    metadata: whop_client::Nullable::Value(
                        [("key".to_owned(), serde_json::Value::from("value"))]
                            .into_iter()
                            .collect::<serde_json::Map<String, serde_json::Value>>(),
                    ),
                    notes: whop_client::Nullable::Value("string".to_owned()),
                    origin_id: "string".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .transfers()
                .create(whop_client::types::CreateTransferParams {
                    amount: 6.9f64,
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    destination_id: "string".to_owned(),
                    idempotence_key: Default::default(),
                    metadata: Default::default(),
                    notes: Default::default(),
                    origin_id: "string".to_owned(),
                })
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
                .list(whop_client::types::ListWithdrawalParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .withdrawals()
                .list(whop_client::types::ListWithdrawalParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateWithdrawalParams {
                    amount: 6.9f64,
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    payout_method_id: whop_client::Nullable::Value("string".to_owned()),
                    platform_covers_fees: whop_client::Nullable::Null,
                    statement_descriptor: whop_client::Nullable::Value(
                        "string".to_owned(),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .withdrawals()
                .create(whop_client::types::CreateWithdrawalParams {
                    amount: 6.9f64,
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    payout_method_id: Default::default(),
                    platform_covers_fees: Default::default(),
                    statement_descriptor: Default::default(),
                })
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
                .list(whop_client::types::ListPayoutMethodParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payout_methods()
                .list(whop_client::types::ListPayoutMethodParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
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
                .list(whop_client::types::ListVerificationParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    payout_account_id: "poact_xxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .verifications()
                .list(whop_client::types::ListVerificationParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    payout_account_id: "poact_xxxxxxxxxxxx".to_owned(),
                })
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
                .list(whop_client::types::ListUserParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    query: Some("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .list(whop_client::types::ListUserParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    query: Default::default(),
                })
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
                    whop_client::types::RetrieveUserParams {
                        company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .retrieve(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::RetrieveUserParams {
                        company_id: Default::default(),
                    },
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
                    whop_client::types::UpdateUserParams {
                        bio: whop_client::Nullable::Value("string".to_owned()),
                        company_id: whop_client::Nullable::Null,
                        name: whop_client::Nullable::Value("string".to_owned()),
                        profile_picture: whop_client::Nullable::Value(whop_client::types::UpdateUserProfilePicture {
                            id: "string".to_owned(),
                        }),
                        username: whop_client::Nullable::Value("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .users()
                .update(
                    "user_xxxxxxxxxxxxx",
                    whop_client::types::UpdateUserParams {
                        bio: Default::default(),
                        company_id: Default::default(),
                        name: Default::default(),
                        profile_picture: Default::default(),
                        username: Default::default(),
                    },
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
                .list(whop_client::types::ListCompanyParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    parent_company_id: Some("string".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .list(whop_client::types::ListCompanyParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    parent_company_id: Default::default(),
                    direction: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateCompanyParams {
                    description: whop_client::Nullable::Value("string".to_owned()),
                    email: whop_client::Nullable::Null,
                    logo: whop_client::Nullable::Value(whop_client::types::CreateCompanyLogo {
                        id: "string".to_owned(),
                    }),
                    metadata: whop_client::Nullable::Value(
                        [("key".to_owned(), serde_json::Value::from("value"))]
                            .into_iter()
                            .collect::<serde_json::Map<String, serde_json::Value>>(),
                    ),
                    parent_company_id: whop_client::Nullable::Value("string".to_owned()),
                    send_customer_emails: whop_client::Nullable::Null,
                    title: "string".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .create(whop_client::types::CreateCompanyParams {
                    description: Default::default(),
                    email: Default::default(),
                    logo: Default::default(),
                    metadata: Default::default(),
                    parent_company_id: Default::default(),
                    send_customer_emails: Default::default(),
                    title: "string".to_owned(),
                })
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
                    whop_client::types::UpdateCompanyParams {
                        affiliate_application_required: whop_client::Nullable::Value(
                            true,
                        ),
                        affiliate_instructions: whop_client::Nullable::Null,
                        banner_image: whop_client::Nullable::Value(whop_client::types::UpdateForumBannerImage {
                            id: "string".to_owned(),
                        }),
                        description: whop_client::Nullable::Null,
                        featured_affiliate_product_id: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        logo: whop_client::Nullable::Value(whop_client::types::CreateCompanyLogo {
                            id: "string".to_owned(),
                        }),
                        route: whop_client::Nullable::Value("string".to_owned()),
                        send_customer_emails: whop_client::Nullable::Null,
                        social_links: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateCompanySocialLinksItem { image :
                                whop_client::Nullable::Value(whop_client::types::CreatePlanImage
                                { id : "string".to_owned() }), order :
                                whop_client::Nullable::Null, title :
                                whop_client::Nullable::Value("string".to_owned()), url :
                                "https://example.com/path".to_owned(), website :
                                whop_client::types::SocialLinkWebsites::from_wire("x"),
                                website_order : whop_client::Nullable::Null },
                                whop_client::types::UpdateCompanySocialLinksItem { image :
                                whop_client::Nullable::Value(whop_client::types::CreatePlanImage
                                { id : "string".to_owned() }), order :
                                whop_client::Nullable::Null, title :
                                whop_client::Nullable::Value("string".to_owned()), url :
                                "https://example.com/path".to_owned(), website :
                                whop_client::types::SocialLinkWebsites::from_wire("x"),
                                website_order : whop_client::Nullable::Null }
                            ],
                        ),
                        target_audience: whop_client::Nullable::Null,
                        title: whop_client::Nullable::Value("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .update(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateCompanyParams {
                        affiliate_application_required: Default::default(),
                        affiliate_instructions: Default::default(),
                        banner_image: Default::default(),
                        description: Default::default(),
                        featured_affiliate_product_id: Default::default(),
                        logo: Default::default(),
                        route: Default::default(),
                        send_customer_emails: Default::default(),
                        social_links: Default::default(),
                        target_audience: Default::default(),
                        title: Default::default(),
                    },
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
                .list(whop_client::types::ListAuthorizedUserParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                    role: Some(
                        whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .list(whop_client::types::ListAuthorizedUserParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                    role: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateAuthorizedUserParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    role: whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                    send_emails: whop_client::Nullable::Value(true),
                    user_id: "user_xxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .create(whop_client::types::CreateAuthorizedUserParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    role: whop_client::types::AuthorizedUserRoles::from_wire("owner"),
                    send_emails: Default::default(),
                    user_id: "user_xxxxxxxxxxxxx".to_owned(),
                })
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
                    whop_client::types::DeleteAuthorizedUserParams {
                        company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .authorized_users()
                .delete(
                    "ausr_xxxxxxxxxxxxx",
                    whop_client::types::DeleteAuthorizedUserParams {
                        company_id: Default::default(),
                    },
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
                .list(whop_client::types::ListFeeMarkupParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .fee_markups()
                .list(whop_client::types::ListFeeMarkupParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
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
                .create(whop_client::types::CreateFeeMarkupParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    fee_type: whop_client::types::FeeMarkupTypes::from_wire(
                        "crypto_withdrawal_markup",
                    ),
                    fixed_fee_usd: whop_client::Nullable::Value(6.9f64),
                    metadata: whop_client::Nullable::Value(
                        [("key".to_owned(), serde_json::Value::from("value"))]
                            .into_iter()
                            .collect::<serde_json::Map<String, serde_json::Value>>(),
                    ),
                    notes: whop_client::Nullable::Value("string".to_owned()),
                    percentage_fee: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .fee_markups()
                .create(whop_client::types::CreateFeeMarkupParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    fee_type: whop_client::types::FeeMarkupTypes::from_wire(
                        "crypto_withdrawal_markup",
                    ),
                    fixed_fee_usd: Default::default(),
                    metadata: Default::default(),
                    notes: Default::default(),
                    percentage_fee: Default::default(),
                })
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
                .list(whop_client::types::ListMemberParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::MembersSortableColumns::from_wire("id"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    access_level: Some(
                        whop_client::types::AccessLevel::from_wire("no_access"),
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    plan_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    user_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    statuses: Some(
                        vec![
                            whop_client::types::MemberStatuses::from_wire("drafted"),
                            whop_client::types::MemberStatuses::from_wire("drafted")
                        ],
                    ),
                    promo_code_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    most_recent_actions: Some(
                        vec![
                            whop_client::types::MemberMostRecentActions::from_wire("canceling"),
                            whop_client::types::MemberMostRecentActions::from_wire("canceling")
                        ],
                    ),
                    query: Some("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .members()
                .list(whop_client::types::ListMemberParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    order: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                    access_level: Default::default(),
                    product_ids: Default::default(),
                    plan_ids: Default::default(),
                    user_ids: Default::default(),
                    statuses: Default::default(),
                    promo_code_ids: Default::default(),
                    most_recent_actions: Default::default(),
                    query: Default::default(),
                })
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
                .list(whop_client::types::ListMembershipParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::MembershipsSortableColumns::from_wire("id"),
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    statuses: Some(
                        vec![
                            whop_client::types::MembershipStatus::from_wire("trialing"),
                            whop_client::types::MembershipStatus::from_wire("trialing")
                        ],
                    ),
                    cancel_options: Some(
                        vec![
                            whop_client::types::CancelOptions::from_wire("too_expensive"),
                            whop_client::types::CancelOptions::from_wire("too_expensive")
                        ],
                    ),
                    plan_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    user_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    promo_code_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .list(whop_client::types::ListMembershipParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    order: Default::default(),
                    product_ids: Default::default(),
                    statuses: Default::default(),
                    cancel_options: Default::default(),
                    plan_ids: Default::default(),
                    user_ids: Default::default(),
                    promo_code_ids: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                    whop_client::types::UpdateMembershipParams {
                        metadata: whop_client::Nullable::Value(
                            [("key".to_owned(), serde_json::Value::from("value"))]
                                .into_iter()
                                .collect::<serde_json::Map<String, serde_json::Value>>(),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .update(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateMembershipParams {
                        metadata: Default::default(),
                    },
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
                .list(whop_client::types::ListLeadParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .list(whop_client::types::ListLeadParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    created_after: Default::default(),
                    created_before: Default::default(),
                    product_ids: Default::default(),
                })
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
                .create(whop_client::types::CreateLeadParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    metadata: whop_client::Nullable::Value(
                        [("key".to_owned(), serde_json::Value::from("value"))]
                            .into_iter()
                            .collect::<serde_json::Map<String, serde_json::Value>>(),
                    ),
                    product_id: whop_client::Nullable::Null,
                    referrer: whop_client::Nullable::Value("string".to_owned()),
                    user_id: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .create(whop_client::types::CreateLeadParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    metadata: Default::default(),
                    product_id: Default::default(),
                    referrer: Default::default(),
                    user_id: Default::default(),
                })
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
                    whop_client::types::UpdateLeadParams {
                        metadata: whop_client::Nullable::Value(
                            [("key".to_owned(), serde_json::Value::from("value"))]
                                .into_iter()
                                .collect::<serde_json::Map<String, serde_json::Value>>(),
                        ),
                        referrer: whop_client::Nullable::Null,
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .leads()
                .update(
                    "lead_xxxxxxxxxxxxx",
                    whop_client::types::UpdateLeadParams {
                        metadata: Default::default(),
                        referrer: Default::default(),
                    },
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
                .list(whop_client::types::ListEntryParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::EntriesSortableColumns::from_wire("id"),
                    ),
                    product_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    plan_ids: Some(vec!["string".to_owned(), "string".to_owned()]),
                    statuses: Some(
                        vec![
                            whop_client::types::EntryStatus::from_wire("drafted"),
                            whop_client::types::EntryStatus::from_wire("drafted")
                        ],
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .entries()
                .list(whop_client::types::ListEntryParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    order: Default::default(),
                    product_ids: Default::default(),
                    plan_ids: Default::default(),
                    statuses: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListShipmentParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    payment_id: Some("pay_xxxxxxxxxxxxxx".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .shipments()
                .list(whop_client::types::ListShipmentParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    payment_id: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                })
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
            .create(whop_client::types::CreateShipmentParams {
                company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                payment_id: "pay_xxxxxxxxxxxxxx".to_owned(),
                tracking_code: "string".to_owned(),
            })
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
                .list(whop_client::types::ListReviewParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                    min_stars: Some(1i64),
                    max_stars: Some(5i64),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reviews()
                .list(whop_client::types::ListReviewParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                    min_stars: Default::default(),
                    max_stars: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .list(whop_client::types::ListCompanyTokenTransactionParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                    transaction_type: Some(
                        whop_client::types::CompanyTokenTransactionTypes::from_wire(
                            "add",
                        ),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .company_token_transactions()
                .list(whop_client::types::ListCompanyTokenTransactionParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    user_id: Default::default(),
                    transaction_type: Default::default(),
                })
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
                    whop_client::types::CreateCompanyTokenTransactionParams::CreateCompanyTokenTransactionInputTransactionTypeTransfer(whop_client::types::CreateCompanyTokenTransactionInputTransactionTypeTransfer {
                        amount: 6.9f64,
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        description: whop_client::Nullable::Value("string".to_owned()),
                        destination_user_id: "string".to_owned(),
                        idempotency_key: whop_client::Nullable::Null,
                        transaction_type: "transfer".to_owned(),
                        user_id: "user_xxxxxxxxxxxxx".to_owned(),
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .company_token_transactions()
                .create(
                    whop_client::types::CreateCompanyTokenTransactionParams::CreateCompanyTokenTransactionInputTransactionTypeTransfer(whop_client::types::CreateCompanyTokenTransactionInputTransactionTypeTransfer {
                        amount: 6.9f64,
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        description: Default::default(),
                        destination_user_id: "string".to_owned(),
                        idempotency_key: Default::default(),
                        transaction_type: "transfer".to_owned(),
                        user_id: "user_xxxxxxxxxxxxx".to_owned(),
                    }),
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
                .list(whop_client::types::ListAffiliateParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::AffiliatesSortableColumns::from_wire("id"),
                    ),
                    query: Some("string".to_owned()),
                    status: Some(whop_client::types::Status::from_wire("active")),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .list(whop_client::types::ListAffiliateParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                    order: Default::default(),
                    query: Default::default(),
                    status: Default::default(),
                })
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
            .create(whop_client::types::CreateAffiliateParams {
                company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                user_identifier: "string".to_owned(),
            })
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
                    whop_client::types::ListOverridesAffiliateParams {
                        after: Some("string".to_owned()),
                        before: Some("string".to_owned()),
                        first: Some(42i64),
                        last: Some(42i64),
                        override_type: Some(
                            whop_client::types::AffiliateOverrideRoles::from_wire(
                                "standard",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .list_overrides(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::ListOverridesAffiliateParams {
                        after: Default::default(),
                        before: Default::default(),
                        first: Default::default(),
                        last: Default::default(),
                        override_type: Default::default(),
                    },
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
                    whop_client::types::CreateOverrideAffiliateParams::CreateAffiliateOverrideInputOverrideTypeStandard(whop_client::types::CreateOverrideAffiliateCreateAffiliateOverrideInputOverrideTypeStandard {
                        applies_to_payments: whop_client::Nullable::Value(
                            whop_client::types::AffiliateAppliesToPayments::from_wire(
                                "first_payment",
                            ),
                        ),
                        commission_type: whop_client::Nullable::Value(
                            whop_client::types::AffiliatePayoutTypes::from_wire(
                                "percentage",
                            ),
                        ),
                        commission_value: 6.9f64,
                        id: "string".to_owned(),
                        override_type: "standard".to_owned(),
                        plan_id: "plan_xxxxxxxxxxxxx".to_owned(),
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .affiliates()
                .create_override(
                    "aff_xxxxxxxxxxxxxx",
                    whop_client::types::CreateOverrideAffiliateParams::CreateAffiliateOverrideInputOverrideTypeStandard(whop_client::types::CreateOverrideAffiliateCreateAffiliateOverrideInputOverrideTypeStandard {
                        applies_to_payments: Default::default(),
                        commission_type: Default::default(),
                        commission_value: 6.9f64,
                        id: "string".to_owned(),
                        override_type: "standard".to_owned(),
                        plan_id: "plan_xxxxxxxxxxxxx".to_owned(),
                    }),
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
                    whop_client::types::UpdateOverrideAffiliateParams {
                        applies_to_payments: whop_client::Nullable::Value(
                            whop_client::types::AffiliateAppliesToPayments::from_wire(
                                "first_payment",
                            ),
                        ),
                        commission_type: whop_client::Nullable::Value(
                            whop_client::types::AffiliatePayoutTypes::from_wire(
                                "percentage",
                            ),
                        ),
                        commission_value: whop_client::Nullable::Value(6.9f64),
                        revenue_basis: whop_client::Nullable::Value(
                            whop_client::types::AffiliateRevenueBases::from_wire(
                                "pre_fees",
                            ),
                        ),
                    },
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
                    whop_client::types::UpdateOverrideAffiliateParams {
                        applies_to_payments: Default::default(),
                        commission_type: Default::default(),
                        commission_value: Default::default(),
                        revenue_basis: Default::default(),
                    },
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
                .list(whop_client::types::ListExperienceParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Some("prod_xxxxxxxxxxxxx".to_owned()),
                    app_id: Some("app_xxxxxxxxxxxxxx".to_owned()),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .list(whop_client::types::ListExperienceParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Default::default(),
                    app_id: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateExperienceParams {
                    app_id: "app_xxxxxxxxxxxxxx".to_owned(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    is_public: whop_client::Nullable::Value(true),
                    logo: whop_client::Nullable::Value(whop_client::types::CreateCompanyLogo {
                        id: "string".to_owned(),
                    }),
                    name: whop_client::Nullable::Value("string".to_owned()),
                    section_id: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .create(whop_client::types::CreateExperienceParams {
                    app_id: "app_xxxxxxxxxxxxxx".to_owned(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    is_public: Default::default(),
                    logo: Default::default(),
                    name: Default::default(),
                    section_id: Default::default(),
                })
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
                    whop_client::types::UpdateExperienceParams {
                        access_level: whop_client::Nullable::Value(
                            whop_client::types::ExperienceAccessLevels::from_wire(
                                "public",
                            ),
                        ),
                        is_public: whop_client::Nullable::Null,
                        logo: whop_client::Nullable::Value(whop_client::types::CreateCompanyLogo {
                            id: "string".to_owned(),
                        }),
                        name: whop_client::Nullable::Null,
                        order: whop_client::Nullable::Value("1727606400000".to_owned()),
                        section_id: whop_client::Nullable::Null,
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateExperienceParams {
                        access_level: Default::default(),
                        is_public: Default::default(),
                        logo: Default::default(),
                        name: Default::default(),
                        order: Default::default(),
                        section_id: Default::default(),
                    },
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
                .list(whop_client::types::ListForumParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Some("prod_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forums()
                .list(whop_client::types::ListForumParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Default::default(),
                })
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
                    whop_client::types::UpdateForumParams {
                        banned_words: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        banner_image: whop_client::Nullable::Value(whop_client::types::UpdateForumBannerImage {
                            id: "string".to_owned(),
                        }),
                        email_notification_preference: whop_client::Nullable::Value(
                            whop_client::types::ForumEmailNotificationPreferences::from_wire(
                                "all_admin_posts",
                            ),
                        ),
                        who_can_comment: whop_client::Nullable::Value(
                            whop_client::types::ForumWhoCanCommentTypes::from_wire(
                                "everyone",
                            ),
                        ),
                        who_can_post: whop_client::Nullable::Value(
                            whop_client::types::ForumWhoCanPostTypes::from_wire(
                                "everyone",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forums()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateForumParams {
                        banned_words: Default::default(),
                        banner_image: Default::default(),
                        email_notification_preference: Default::default(),
                        who_can_comment: Default::default(),
                        who_can_post: Default::default(),
                    },
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
                .list(whop_client::types::ListForumPostParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    include_bounty_anchors: Some(true),
                    parent_id: Some("string".to_owned()),
                    pinned: Some(true),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .list(whop_client::types::ListForumPostParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    include_bounty_anchors: Default::default(),
                    parent_id: Default::default(),
                    pinned: Default::default(),
                })
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
                .create(whop_client::types::CreateForumPostParams {
                    company_id: whop_client::Nullable::Value(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    content: whop_client::Nullable::Null,
                    rich_content: whop_client::Nullable::Value("string".to_owned()),
                    title: whop_client::Nullable::Null,
                    attachments: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::CreateMessageAttachmentsItem { id :
                            "string".to_owned() },
                            whop_client::types::CreateMessageAttachmentsItem { id :
                            "string".to_owned() }
                        ],
                    ),
                    poll: whop_client::Nullable::Value(whop_client::types::CreateMessagePoll {
                        options: vec![
                            whop_client::types::MessagePollOptionsItem { id : "string"
                            .to_owned(), text : "string".to_owned() },
                            whop_client::types::MessagePollOptionsItem { id : "string"
                            .to_owned(), text : "string".to_owned() }
                        ],
                    }),
                    parent_id: whop_client::Nullable::Value("string".to_owned()),
                    pinned: whop_client::Nullable::Null,
                    paywall_amount: whop_client::Nullable::Value(6.9f64),
                    paywall_currency: whop_client::Nullable::Value(
                        whop_client::types::Currencies::from_wire("usd"),
                    ),
                    is_mention: whop_client::Nullable::Value(true),
                    visibility: whop_client::Nullable::Value(
                        whop_client::types::ForumPostVisibilityTypes::from_wire(
                            "members_only",
                        ),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .create(whop_client::types::CreateForumPostParams {
                    company_id: Default::default(),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    content: Default::default(),
                    rich_content: Default::default(),
                    title: Default::default(),
                    attachments: Default::default(),
                    poll: Default::default(),
                    parent_id: Default::default(),
                    pinned: Default::default(),
                    paywall_amount: Default::default(),
                    paywall_currency: Default::default(),
                    is_mention: Default::default(),
                    visibility: Default::default(),
                })
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
                    whop_client::types::UpdateForumPostParams {
                        attachments: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() },
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() }
                            ],
                        ),
                        content: whop_client::Nullable::Null,
                        is_pinned: whop_client::Nullable::Value(true),
                        title: whop_client::Nullable::Null,
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::ForumPostVisibilityTypes::from_wire(
                                "members_only",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .forum_posts()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateForumPostParams {
                        attachments: Default::default(),
                        content: Default::default(),
                        is_pinned: Default::default(),
                        title: Default::default(),
                        visibility: Default::default(),
                    },
                )
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
                .list(whop_client::types::ListChatChannelParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Some("prod_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .chat_channels()
                .list(whop_client::types::ListChatChannelParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    product_id: Default::default(),
                })
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
                    whop_client::types::UpdateChatChannelParams {
                        ban_media: whop_client::Nullable::Value(true),
                        ban_urls: whop_client::Nullable::Null,
                        banned_words: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        user_posts_cooldown_seconds: whop_client::Nullable::Null,
                        who_can_post: whop_client::Nullable::Value(
                            whop_client::types::WhoCanPostTypes::from_wire("everyone"),
                        ),
                        who_can_react: whop_client::Nullable::Value(
                            whop_client::types::WhoCanReactTypes::from_wire("everyone"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .chat_channels()
                .update(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateChatChannelParams {
                        ban_media: Default::default(),
                        ban_urls: Default::default(),
                        banned_words: Default::default(),
                        user_posts_cooldown_seconds: Default::default(),
                        who_can_post: Default::default(),
                        who_can_react: Default::default(),
                    },
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
                .list(whop_client::types::ListSupportChannelParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    view: Some(whop_client::types::SupportChannelView::from_wire("all")),
                    open: Some(true),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(
                        whop_client::types::MessageChannelOrder::from_wire("created_at"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .support_channels()
                .list(whop_client::types::ListSupportChannelParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                    view: Default::default(),
                    open: Default::default(),
                    direction: Default::default(),
                    order: Default::default(),
                })
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
                .create(whop_client::types::CreateSupportChannelParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    custom_name: whop_client::Nullable::Value("string".to_owned()),
                    user_id: "user_xxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .support_channels()
                .create(whop_client::types::CreateSupportChannelParams {
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    custom_name: Default::default(),
                    user_id: "user_xxxxxxxxxxxxx".to_owned(),
                })
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
                .list(whop_client::types::ListMessageParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    channel_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .list(whop_client::types::ListMessageParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    channel_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    direction: Default::default(),
                })
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
                .create(whop_client::types::CreateMessageParams {
                    channel_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    content: "string".to_owned(),
                    attachments: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::CreateMessageAttachmentsItem { id :
                            "string".to_owned() },
                            whop_client::types::CreateMessageAttachmentsItem { id :
                            "string".to_owned() }
                        ],
                    ),
                    auto_detect_links: whop_client::Nullable::Null,
                    poll: whop_client::Nullable::Value(whop_client::types::CreateMessagePoll {
                        options: vec![
                            whop_client::types::MessagePollOptionsItem { id : "string"
                            .to_owned(), text : "string".to_owned() },
                            whop_client::types::MessagePollOptionsItem { id : "string"
                            .to_owned(), text : "string".to_owned() }
                        ],
                    }),
                    replying_to_message_id: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .create(whop_client::types::CreateMessageParams {
                    channel_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    content: "string".to_owned(),
                    attachments: Default::default(),
                    auto_detect_links: Default::default(),
                    poll: Default::default(),
                    replying_to_message_id: Default::default(),
                })
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
                    whop_client::types::UpdateMessageParams {
                        attachments: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() },
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() }
                            ],
                        ),
                        content: whop_client::Nullable::Null,
                        is_pinned: whop_client::Nullable::Value(true),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .messages()
                .update(
                    "msg_xxxxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::UpdateMessageParams {
                        attachments: Default::default(),
                        content: Default::default(),
                        is_pinned: Default::default(),
                    },
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
                .list(whop_client::types::ListReactionParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    resource_id: "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .list(whop_client::types::ListReactionParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    resource_id: "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                })
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
                .create(whop_client::types::CreateReactionParams {
                    emoji: whop_client::Nullable::Value("string".to_owned()),
                    poll_option_id: whop_client::Nullable::Null,
                    resource_id: "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .create(whop_client::types::CreateReactionParams {
                    emoji: Default::default(),
                    poll_option_id: Default::default(),
                    resource_id: "msg_xxxxxxxxxxxxxxxxxxxxxxxx".to_owned(),
                })
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
                    whop_client::types::DeleteReactionParams {
                        emoji: Some("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .reactions()
                .delete(
                    "reac_xxxxxxxxxxxxxxxxxxxxxx",
                    whop_client::types::DeleteReactionParams {
                        emoji: Default::default(),
                    },
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
                .list(whop_client::types::ListDmMemberParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    channel_id: "string".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_members()
                .list(whop_client::types::ListDmMemberParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    channel_id: "string".to_owned(),
                })
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
            .create(whop_client::types::CreateDmMemberParams {
                channel_id: "string".to_owned(),
                user_id: "user_xxxxxxxxxxxxx".to_owned(),
            })
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
                    whop_client::types::UpdateDmMemberParams {
                        notification_preference: whop_client::Nullable::Value(
                            whop_client::types::DmsFeedMemberNotificationPreferences::from_wire(
                                "all",
                            ),
                        ),
                        status: whop_client::Nullable::Value(
                            whop_client::types::DmsFeedMemberStatuses::from_wire(
                                "requested",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_members()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateDmMemberParams {
                        notification_preference: Default::default(),
                        status: Default::default(),
                    },
                )
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
                .list(whop_client::types::ListDmChannelParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .list(whop_client::types::ListDmChannelParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: Default::default(),
                })
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
                .create(whop_client::types::CreateDmChannelParams {
                    company_id: whop_client::Nullable::Value(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                    custom_name: whop_client::Nullable::Null,
                    with_user_ids: vec!["string".to_owned(), "string".to_owned()],
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .create(whop_client::types::CreateDmChannelParams {
                    company_id: Default::default(),
                    custom_name: Default::default(),
                    with_user_ids: vec!["string".to_owned(), "string".to_owned()],
                })
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
                    whop_client::types::UpdateDmChannelParams {
                        custom_name: whop_client::Nullable::Value("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .dm_channels()
                .update(
                    "id_xxxxxxxx",
                    whop_client::types::UpdateDmChannelParams {
                        custom_name: Default::default(),
                    },
                )
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
                .list(whop_client::types::ListCourseParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    experience_id: Some("exp_xxxxxxxxxxxxxx".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .list(whop_client::types::ListCourseParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    experience_id: Default::default(),
                    company_id: Default::default(),
                })
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
                .create(whop_client::types::CreateCourseParams {
                    certificate_after_completion_enabled: whop_client::Nullable::Value(
                        true,
                    ),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    order: whop_client::Nullable::Null,
                    require_completing_lessons_in_order: whop_client::Nullable::Value(
                        true,
                    ),
                    tagline: whop_client::Nullable::Null,
                    thumbnail: whop_client::Nullable::Value(whop_client::types::CreateCourseThumbnail {
                        id: "string".to_owned(),
                    }),
                    title: "string".to_owned(),
                    visibility: whop_client::Nullable::Value(
                        whop_client::types::CourseVisibilities::from_wire("visible"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .create(whop_client::types::CreateCourseParams {
                    certificate_after_completion_enabled: Default::default(),
                    experience_id: "exp_xxxxxxxxxxxxxx".to_owned(),
                    order: Default::default(),
                    require_completing_lessons_in_order: Default::default(),
                    tagline: Default::default(),
                    thumbnail: Default::default(),
                    title: "string".to_owned(),
                    visibility: Default::default(),
                })
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
                    whop_client::types::UpdateCourseParams {
                        certificate_after_completion_enabled: whop_client::Nullable::Value(
                            true,
                        ),
                        chapters: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateCourseChaptersItem { id : "string"
                                .to_owned(), lessons :
                                whop_client::Nullable::Value(vec![whop_client::types::UpdateCourseChaptersItemLessonsItem
                                { chapter_id : "chap_xxxxxxxxxxxxx".to_owned(), id :
                                "string".to_owned(), order : 42i64, title : "string"
                                .to_owned() },
                                whop_client::types::UpdateCourseChaptersItemLessonsItem {
                                chapter_id : "chap_xxxxxxxxxxxxx".to_owned(), id : "string"
                                .to_owned(), order : 42i64, title : "string".to_owned() }]),
                                order : 42i64, title : "string".to_owned() },
                                whop_client::types::UpdateCourseChaptersItem { id : "string"
                                .to_owned(), lessons :
                                whop_client::Nullable::Value(vec![whop_client::types::UpdateCourseChaptersItemLessonsItem
                                { chapter_id : "chap_xxxxxxxxxxxxx".to_owned(), id :
                                "string".to_owned(), order : 42i64, title : "string"
                                .to_owned() },
                                whop_client::types::UpdateCourseChaptersItemLessonsItem {
                                chapter_id : "chap_xxxxxxxxxxxxx".to_owned(), id : "string"
                                .to_owned(), order : 42i64, title : "string".to_owned() }]),
                                order : 42i64, title : "string".to_owned() }
                            ],
                        ),
                        description: whop_client::Nullable::Value("string".to_owned()),
                        language: whop_client::Nullable::Value(
                            whop_client::types::Languages::from_wire("en"),
                        ),
                        order: whop_client::Nullable::Value("1727606400000".to_owned()),
                        require_completing_lessons_in_order: whop_client::Nullable::Null,
                        tagline: whop_client::Nullable::Value("string".to_owned()),
                        thumbnail: whop_client::Nullable::Value(whop_client::types::CreateCourseThumbnail {
                            id: "string".to_owned(),
                        }),
                        title: whop_client::Nullable::Value("string".to_owned()),
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::CourseVisibilities::from_wire("visible"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .courses()
                .update(
                    "cors_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseParams {
                        certificate_after_completion_enabled: Default::default(),
                        chapters: Default::default(),
                        description: Default::default(),
                        language: Default::default(),
                        order: Default::default(),
                        require_completing_lessons_in_order: Default::default(),
                        tagline: Default::default(),
                        thumbnail: Default::default(),
                        title: Default::default(),
                        visibility: Default::default(),
                    },
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
                .list(whop_client::types::ListCourseChapterParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_chapters()
                .list(whop_client::types::ListCourseChapterParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                })
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
                .create(whop_client::types::CreateCourseChapterParams {
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                    title: whop_client::Nullable::Value("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_chapters()
                .create(whop_client::types::CreateCourseChapterParams {
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                    title: Default::default(),
                })
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
                whop_client::types::UpdateCourseChapterParams {
                    title: "string".to_owned(),
                },
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
                .list(whop_client::types::ListCourseLessonParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    course_id: Some("cors_xxxxxxxxxxxxx".to_owned()),
                    chapter_id: Some("chap_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .list(whop_client::types::ListCourseLessonParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    course_id: Default::default(),
                    chapter_id: Default::default(),
                })
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
                .create(whop_client::types::CreateCourseLessonParams {
                    chapter_id: "chap_xxxxxxxxxxxxx".to_owned(),
                    content: whop_client::Nullable::Value("string".to_owned()),
                    days_from_course_start_until_unlock: whop_client::Nullable::Null,
                    embed_id: whop_client::Nullable::Value("string".to_owned()),
                    embed_type: whop_client::Nullable::Value(
                        whop_client::types::EmbedTypes::from_wire("youtube"),
                    ),
                    lesson_type: whop_client::types::LessonTypes::from_wire("text"),
                    thumbnail: whop_client::Nullable::Value(whop_client::types::CreateCourseThumbnail {
                        id: "string".to_owned(),
                    }),
                    title: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .create(whop_client::types::CreateCourseLessonParams {
                    chapter_id: "chap_xxxxxxxxxxxxx".to_owned(),
                    content: Default::default(),
                    days_from_course_start_until_unlock: Default::default(),
                    embed_id: Default::default(),
                    embed_type: Default::default(),
                    lesson_type: whop_client::types::LessonTypes::from_wire("text"),
                    thumbnail: Default::default(),
                    title: Default::default(),
                })
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
                    whop_client::types::UpdateCourseLessonParams {
                        assessment_completion_requirement: whop_client::Nullable::Value(whop_client::types::UpdateCourseLessonAssessmentCompletionRequirement {
                            minimum_grade_percent: whop_client::Nullable::Value(6.9f64),
                            minimum_questions_correct: whop_client::Nullable::Null,
                        }),
                        assessment_questions: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::UpdateCourseLessonAssessmentQuestionsItem
                                { correct_answer : "string".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), image :
                                whop_client::Nullable::Value(whop_client::types::CreatePlanImage
                                { id : "string".to_owned() }), options :
                                whop_client::Nullable::Value(vec![whop_client::types::UpdateCourseLessonAssessmentQuestionsItemOptionsItem
                                { id : Default::default(), is_correct : true, option_text :
                                "string".to_owned() },
                                whop_client::types::UpdateCourseLessonAssessmentQuestionsItemOptionsItem
                                { id : Default::default(), is_correct : true, option_text :
                                "string".to_owned() }]), question_text : "string"
                                .to_owned(), question_type :
                                whop_client::types::CoursesAssessmentQuestionTypes::from_wire("short_answer")
                                },
                                whop_client::types::UpdateCourseLessonAssessmentQuestionsItem
                                { correct_answer : "string".to_owned(), id :
                                whop_client::Nullable::Value("string".to_owned()), image :
                                whop_client::Nullable::Value(whop_client::types::CreatePlanImage
                                { id : "string".to_owned() }), options :
                                whop_client::Nullable::Value(vec![whop_client::types::UpdateCourseLessonAssessmentQuestionsItemOptionsItem
                                { id : Default::default(), is_correct : true, option_text :
                                "string".to_owned() },
                                whop_client::types::UpdateCourseLessonAssessmentQuestionsItemOptionsItem
                                { id : Default::default(), is_correct : true, option_text :
                                "string".to_owned() }]), question_text : "string"
                                .to_owned(), question_type :
                                whop_client::types::CoursesAssessmentQuestionTypes::from_wire("short_answer")
                                }
                            ],
                        ),
                        attachments: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() },
                                whop_client::types::CreateMessageAttachmentsItem { id :
                                "string".to_owned() }
                            ],
                        ),
                        content: whop_client::Nullable::Null,
                        days_from_course_start_until_unlock: whop_client::Nullable::Value(
                            42i64,
                        ),
                        embed_id: whop_client::Nullable::Null,
                        embed_type: whop_client::Nullable::Value(
                            whop_client::types::EmbedTypes::from_wire("youtube"),
                        ),
                        lesson_type: whop_client::Nullable::Value(
                            whop_client::types::LessonTypes::from_wire("text"),
                        ),
                        main_pdf: whop_client::Nullable::Value(whop_client::types::UpdateCourseLessonMainPdf {
                            id: "string".to_owned(),
                        }),
                        max_attempts: whop_client::Nullable::Null,
                        mux_asset_id: whop_client::Nullable::Value(
                            "mux_xxxxxxxxxxxxxx".to_owned(),
                        ),
                        thumbnail: whop_client::Nullable::Value(whop_client::types::CreateCourseThumbnail {
                            id: "string".to_owned(),
                        }),
                        title: whop_client::Nullable::Value("string".to_owned()),
                        visibility: whop_client::Nullable::Value(
                            whop_client::types::LessonVisibilities::from_wire("visible"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .update(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::UpdateCourseLessonParams {
                        assessment_completion_requirement: Default::default(),
                        assessment_questions: Default::default(),
                        attachments: Default::default(),
                        content: Default::default(),
                        days_from_course_start_until_unlock: Default::default(),
                        embed_id: Default::default(),
                        embed_type: Default::default(),
                        lesson_type: Default::default(),
                        main_pdf: Default::default(),
                        max_attempts: Default::default(),
                        mux_asset_id: Default::default(),
                        thumbnail: Default::default(),
                        title: Default::default(),
                        visibility: Default::default(),
                    },
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
                .list(whop_client::types::ListCourseStudentParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                    keyword: Some("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_students()
                .list(whop_client::types::ListCourseStudentParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    course_id: "cors_xxxxxxxxxxxxx".to_owned(),
                    keyword: Default::default(),
                })
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
                .list(whop_client::types::ListCourseLessonInteractionParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                    lesson_id: Some("lesn_xxxxxxxxxxxxx".to_owned()),
                    course_id: Some("cors_xxxxxxxxxxxxx".to_owned()),
                    completed: Some(true),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lesson_interactions()
                .list(whop_client::types::ListCourseLessonInteractionParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    user_id: Default::default(),
                    lesson_id: Default::default(),
                    course_id: Default::default(),
                    completed: Default::default(),
                })
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
                .list(whop_client::types::ListAppParams {
                    app_type: Some(whop_client::types::AppTypes::from_wire("b2b_app")),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                    order: Some(whop_client::types::AppOrder::from_wire("created_at")),
                    query: Some("string".to_owned()),
                    verified_apps_only: Some(true),
                    view_type: Some(whop_client::types::AppViewTypes::from_wire("hub")),
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .list(whop_client::types::ListAppParams {
                    app_type: Default::default(),
                    company_id: Default::default(),
                    direction: Default::default(),
                    order: Default::default(),
                    query: Default::default(),
                    verified_apps_only: Default::default(),
                    view_type: Default::default(),
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                })
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
                .create(whop_client::types::CreateAppParams {
                    base_url: whop_client::Nullable::Value("string".to_owned()),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    icon: whop_client::Nullable::Value(whop_client::types::CreateAppIcon {
                        id: "string".to_owned(),
                    }),
                    name: "string".to_owned(),
                    redirect_uris: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .create(whop_client::types::CreateAppParams {
                    base_url: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    icon: Default::default(),
                    name: "string".to_owned(),
                    redirect_uris: Default::default(),
                })
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
                    whop_client::types::UpdateAppParams {
                        app_store_description: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        app_type: whop_client::Nullable::Value(
                            whop_client::types::AppTypes::from_wire("b2b_app"),
                        ),
                        base_url: whop_client::Nullable::Value(
                            "https://example.com/path".to_owned(),
                        ),
                        dashboard_path: whop_client::Nullable::Null,
                        description: whop_client::Nullable::Value("string".to_owned()),
                        discover_path: whop_client::Nullable::Null,
                        experience_path: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        icon: whop_client::Nullable::Value(whop_client::types::CreateAppIcon {
                            id: "string".to_owned(),
                        }),
                        name: whop_client::Nullable::Value("string".to_owned()),
                        oauth_client_type: whop_client::Nullable::Value(
                            whop_client::types::AppOauthClientTypes::from_wire("public"),
                        ),
                        openapi_path: whop_client::Nullable::Value("string".to_owned()),
                        redirect_uris: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        required_scopes: whop_client::Nullable::Value(
                            vec!["read_user".to_owned(), "read_user".to_owned()],
                        ),
                        skills_path: whop_client::Nullable::Null,
                        status: whop_client::Nullable::Value(
                            whop_client::types::AppStatuses::from_wire("live"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .apps()
                .update(
                    "app_xxxxxxxxxxxxxx",
                    whop_client::types::UpdateAppParams {
                        app_store_description: Default::default(),
                        app_type: Default::default(),
                        base_url: Default::default(),
                        dashboard_path: Default::default(),
                        description: Default::default(),
                        discover_path: Default::default(),
                        experience_path: Default::default(),
                        icon: Default::default(),
                        name: Default::default(),
                        oauth_client_type: Default::default(),
                        openapi_path: Default::default(),
                        redirect_uris: Default::default(),
                        required_scopes: Default::default(),
                        skills_path: Default::default(),
                        status: Default::default(),
                    },
                )
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
                .list(whop_client::types::ListWebhookParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .list(whop_client::types::ListWebhookParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                })
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
                .create(whop_client::types::CreateWebhookParams {
                    api_version: whop_client::Nullable::Value(
                        whop_client::types::ApiVersion::from_wire("v1"),
                    ),
                    child_resource_events: whop_client::Nullable::Null,
                    enabled: whop_client::Nullable::Value(true),
                    events: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::WebhookEvent::from_wire("invoice.created"),
                            whop_client::types::WebhookEvent::from_wire("invoice.created")
                        ],
                    ),
                    resource_id: whop_client::Nullable::Value("string".to_owned()),
                    url: "https://example.com/path".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .create(whop_client::types::CreateWebhookParams {
                    api_version: Default::default(),
                    child_resource_events: Default::default(),
                    enabled: Default::default(),
                    events: Default::default(),
                    resource_id: Default::default(),
                    url: "https://example.com/path".to_owned(),
                })
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
                    whop_client::types::UpdateWebhookParams {
                        api_version: whop_client::Nullable::Value(
                            whop_client::types::ApiVersion::from_wire("v1"),
                        ),
                        child_resource_events: whop_client::Nullable::Null,
                        enabled: whop_client::Nullable::Value(true),
                        events: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::WebhookEvent::from_wire("invoice.created"),
                                whop_client::types::WebhookEvent::from_wire("invoice.created")
                            ],
                        ),
                        url: whop_client::Nullable::Value(
                            "https://example.com/path".to_owned(),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .webhooks()
                .update(
                    "hook_xxxxxxxxxxxxx",
                    whop_client::types::UpdateWebhookParams {
                        api_version: Default::default(),
                        child_resource_events: Default::default(),
                        enabled: Default::default(),
                        events: Default::default(),
                        url: Default::default(),
                    },
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
                .list(whop_client::types::ListAppBuildParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    app_id: "app_xxxxxxxxxxxxxx".to_owned(),
                    platform: Some(
                        whop_client::types::AppBuildPlatforms::from_wire("ios"),
                    ),
                    status: Some(
                        whop_client::types::AppBuildStatuses::from_wire("draft"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .app_builds()
                .list(whop_client::types::ListAppBuildParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    app_id: "app_xxxxxxxxxxxxxx".to_owned(),
                    platform: Default::default(),
                    status: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                })
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
                .create(whop_client::types::CreateAppBuildParams {
                    ai_prompt_id: whop_client::Nullable::Value(
                        "prmt_xxxxxxxxxxxxx".to_owned(),
                    ),
                    app_id: whop_client::Nullable::Null,
                    attachment: whop_client::types::CreateAppBuildAttachment {
                        id: "string".to_owned(),
                    },
                    checksum: "string".to_owned(),
                    platform: whop_client::types::AppBuildPlatforms::from_wire("ios"),
                    supported_app_view_types: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::AppViewTypes::from_wire("hub"),
                            whop_client::types::AppViewTypes::from_wire("hub")
                        ],
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .app_builds()
                .create(whop_client::types::CreateAppBuildParams {
                    ai_prompt_id: Default::default(),
                    app_id: Default::default(),
                    attachment: whop_client::types::CreateAppBuildAttachment {
                        id: "string".to_owned(),
                    },
                    checksum: "string".to_owned(),
                    platform: whop_client::types::AppBuildPlatforms::from_wire("ios"),
                    supported_app_view_types: Default::default(),
                })
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
                .list(whop_client::types::ListAiChatParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    only_active_crons: Some(true),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .list(whop_client::types::ListAiChatParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    only_active_crons: Default::default(),
                })
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
                .create(whop_client::types::CreateAiChatParams {
                    current_company_id: whop_client::Nullable::Value(
                        "string".to_owned(),
                    ),
                    message_attachments: whop_client::Nullable::Value(
                        vec![
                            whop_client::types::CreateAiChatMessageAttachmentsItem { id :
                            "string".to_owned() },
                            whop_client::types::CreateAiChatMessageAttachmentsItem { id :
                            "string".to_owned() }
                        ],
                    ),
                    message_source: whop_client::Nullable::Value(
                        whop_client::types::AiChatMessageSourceTypes::from_wire("manual"),
                    ),
                    message_text: "string".to_owned(),
                    suggestion_type: whop_client::Nullable::Null,
                    title: whop_client::Nullable::Value("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .create(whop_client::types::CreateAiChatParams {
                    current_company_id: Default::default(),
                    message_attachments: Default::default(),
                    message_source: Default::default(),
                    message_text: "string".to_owned(),
                    suggestion_type: Default::default(),
                    title: Default::default(),
                })
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
                    whop_client::types::UpdateAiChatParams {
                        current_company_id: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        notification_preference: whop_client::Nullable::Value(
                            whop_client::types::AiChatNotificationPreferences::from_wire(
                                "all",
                            ),
                        ),
                        title: whop_client::Nullable::Value("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ai_chats()
                .update(
                    "aich_xxxxxxxxxxxxx",
                    whop_client::types::UpdateAiChatParams {
                        current_company_id: Default::default(),
                        notification_preference: Default::default(),
                        title: Default::default(),
                    },
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
                .list(whop_client::types::ListBountyParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    experience_id: Some("exp_xxxxxxxxxxxxxx".to_owned()),
                    status: Some(whop_client::types::Statuses::from_wire("published")),
                    direction: Some(whop_client::types::Direction::from_wire("asc")),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .bounties()
                .list(whop_client::types::ListBountyParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    experience_id: Default::default(),
                    status: Default::default(),
                    direction: Default::default(),
                })
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
                .create(whop_client::types::CreateBountyParams {
                    accepted_submissions_limit: whop_client::Nullable::Value(42i64),
                    allowed_country_codes: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    base_unit_amount: 6.9f64,
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    description: "string".to_owned(),
                    experience_id: whop_client::Nullable::Value(
                        "exp_xxxxxxxxxxxxxx".to_owned(),
                    ),
                    origin_account_id: whop_client::Nullable::Null,
                    post_markdown_content: whop_client::Nullable::Value(
                        "string".to_owned(),
                    ),
                    post_title: whop_client::Nullable::Null,
                    title: "string".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .bounties()
                .create(whop_client::types::CreateBountyParams {
                    accepted_submissions_limit: Default::default(),
                    allowed_country_codes: Default::default(),
                    base_unit_amount: 6.9f64,
                    currency: whop_client::types::Currencies::from_wire("usd"),
                    description: "string".to_owned(),
                    experience_id: Default::default(),
                    origin_account_id: Default::default(),
                    post_markdown_content: Default::default(),
                    post_title: Default::default(),
                    title: "string".to_owned(),
                })
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
                .describe(whop_client::types::DescribeStatsParams {
                    resource: Some("string".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .describe(whop_client::types::DescribeStatsParams {
                    resource: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                })
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
                .raw(whop_client::types::RawStatsParams {
                    resource: "members".to_owned(),
                    from: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    to: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    limit: Some(42i64),
                    cursor: Some("string".to_owned()),
                    sort: Some("string".to_owned()),
                    sort_direction: Some(
                        whop_client::types::Direction::from_wire("asc"),
                    ),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .raw(whop_client::types::RawStatsParams {
                    resource: "members".to_owned(),
                    from: Default::default(),
                    to: Default::default(),
                    limit: Default::default(),
                    cursor: Default::default(),
                    sort: Default::default(),
                    sort_direction: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                })
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
                .sql(whop_client::types::SqlStatsParams {
                    resource: "payments:membership".to_owned(),
                    sql: "SELECT * FROM SCOPED_DATA LIMIT 10".to_owned(),
                    from: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    to: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    limit: Some(42i64),
                    cursor: Some("string".to_owned()),
                    sort: Some("string".to_owned()),
                    sort_direction: Some(
                        whop_client::types::Direction::from_wire("asc"),
                    ),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .sql(whop_client::types::SqlStatsParams {
                    resource: "payments:membership".to_owned(),
                    sql: "SELECT * FROM SCOPED_DATA LIMIT 10".to_owned(),
                    from: Default::default(),
                    to: Default::default(),
                    limit: Default::default(),
                    cursor: Default::default(),
                    sort: Default::default(),
                    sort_direction: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                })
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
                .metric(whop_client::types::MetricStatsParams {
                    resource: "receipts:gross_revenue".to_owned(),
                    granularity: Some("string".to_owned()),
                    breakdowns: Some(vec!["string".to_owned(), "string".to_owned()]),
                    filters: Some(
                        [("key".to_owned(), serde_json::Value::from("value"))]
                            .into_iter()
                            .collect::<serde_json::Map<String, serde_json::Value>>(),
                    ),
                    time_zone: Some("string".to_owned()),
                    from: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    to: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    user_id: Some("user_xxxxxxxxxxxxx".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .stats()
                .metric(whop_client::types::MetricStatsParams {
                    resource: "receipts:gross_revenue".to_owned(),
                    granularity: Default::default(),
                    breakdowns: Default::default(),
                    filters: Default::default(),
                    time_zone: Default::default(),
                    from: Default::default(),
                    to: Default::default(),
                    company_id: Default::default(),
                    user_id: Default::default(),
                })
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
                .list(whop_client::types::ListAdCampaignParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    status: Some(
                        whop_client::types::AdCampaignStatuses::from_wire("active"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    query: Some("string".to_owned()),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .list(whop_client::types::ListAdCampaignParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    status: Default::default(),
                    created_before: Default::default(),
                    created_after: Default::default(),
                    query: Default::default(),
                })
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
                .create(whop_client::types::CreateAdCampaignParams {
                    ad_creative_set_ids: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    budget: whop_client::Nullable::Null,
                    budget_type: whop_client::Nullable::Value(
                        whop_client::types::AdBudgetTypes::from_wire("daily"),
                    ),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    config: whop_client::types::CreateAdCampaignConfig {
                        objective: whop_client::Nullable::Value(
                            whop_client::types::CampaignConfigObjective::from_wire(
                                "awareness",
                            ),
                        ),
                        bid_strategy: whop_client::Nullable::Value(
                            whop_client::types::CampaignConfigBidStrategy::from_wire(
                                "lowest_cost",
                            ),
                        ),
                        bid_amount: whop_client::Nullable::Value(42i64),
                        status: whop_client::Nullable::Value(
                            whop_client::types::CampaignConfigStatus::from_wire("active"),
                        ),
                        special_categories: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        budget_optimization: whop_client::Nullable::Null,
                        lifetime_budget: whop_client::Nullable::Value(42i64),
                        start_time: whop_client::Nullable::Null,
                        end_time: whop_client::Nullable::Value("string".to_owned()),
                    },
                    daily_budget: whop_client::Nullable::Null,
                    platform: whop_client::types::AdCampaignPlatforms::from_wire("meta"),
                    product_id: whop_client::Nullable::Value(
                        "prod_xxxxxxxxxxxxx".to_owned(),
                    ),
                    target_country_codes: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    title: "string".to_owned(),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .create(whop_client::types::CreateAdCampaignParams {
                    ad_creative_set_ids: Default::default(),
                    budget: Default::default(),
                    budget_type: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    config: whop_client::types::CreateAdCampaignConfig {
                        objective: Default::default(),
                        bid_strategy: Default::default(),
                        bid_amount: Default::default(),
                        status: Default::default(),
                        special_categories: Default::default(),
                        budget_optimization: Default::default(),
                        lifetime_budget: Default::default(),
                        start_time: Default::default(),
                        end_time: Default::default(),
                    },
                    daily_budget: Default::default(),
                    platform: whop_client::types::AdCampaignPlatforms::from_wire("meta"),
                    product_id: Default::default(),
                    target_country_codes: Default::default(),
                    title: "string".to_owned(),
                })
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
                    whop_client::types::UpdateAdCampaignParams {
                        ad_creative_set_ids: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        budget: whop_client::Nullable::Null,
                        budget_type: whop_client::Nullable::Value(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        ),
                        config: whop_client::Nullable::Value(whop_client::types::CreateAdCampaignConfig {
                            objective: whop_client::Nullable::Value(
                                whop_client::types::CampaignConfigObjective::from_wire(
                                    "awareness",
                                ),
                            ),
                            bid_strategy: whop_client::Nullable::Value(
                                whop_client::types::CampaignConfigBidStrategy::from_wire(
                                    "lowest_cost",
                                ),
                            ),
                            bid_amount: whop_client::Nullable::Value(42i64),
                            status: whop_client::Nullable::Value(
                                whop_client::types::CampaignConfigStatus::from_wire(
                                    "active",
                                ),
                            ),
                            special_categories: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            budget_optimization: whop_client::Nullable::Null,
                            lifetime_budget: whop_client::Nullable::Value(42i64),
                            start_time: whop_client::Nullable::Null,
                            end_time: whop_client::Nullable::Value("string".to_owned()),
                        }),
                        daily_budget: whop_client::Nullable::Value(6.9f64),
                        product_id: whop_client::Nullable::Null,
                        target_country_codes: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        title: whop_client::Nullable::Null,
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_campaigns()
                .update(
                    "adcamp_xxxxxxxxxxx",
                    whop_client::types::UpdateAdCampaignParams {
                        ad_creative_set_ids: Default::default(),
                        budget: Default::default(),
                        budget_type: Default::default(),
                        config: Default::default(),
                        daily_budget: Default::default(),
                        product_id: Default::default(),
                        target_country_codes: Default::default(),
                        title: Default::default(),
                    },
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
                .list(whop_client::types::ListAdGroupParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    campaign_id: Some("string".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    query: Some("string".to_owned()),
                    status: Some(
                        whop_client::types::ExternalAdGroupStatuses::from_wire("active"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .list(whop_client::types::ListAdGroupParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    campaign_id: Default::default(),
                    company_id: Default::default(),
                    created_after: Default::default(),
                    created_before: Default::default(),
                    query: Default::default(),
                    status: Default::default(),
                })
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
                .create(whop_client::types::CreateAdGroupParams {
                    budget: whop_client::Nullable::Value(6.9f64),
                    budget_type: whop_client::Nullable::Value(
                        whop_client::types::AdBudgetTypes::from_wire("daily"),
                    ),
                    campaign_id: "string".to_owned(),
                    config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupConfig {
                        bid_strategy: whop_client::Nullable::Value(
                            whop_client::types::AdGroupConfigBidStrategy::from_wire(
                                "lowest_cost",
                            ),
                        ),
                        bid_amount: whop_client::Nullable::Null,
                        optimization_goal: whop_client::Nullable::Value(
                            whop_client::types::AdGroupConfigOptimizationGoal::from_wire(
                                "conversions",
                            ),
                        ),
                        billing_event: whop_client::Nullable::Value(
                            whop_client::types::AdGroupConfigBillingEvent::from_wire(
                                "impressions",
                            ),
                        ),
                        start_time: whop_client::Nullable::Value("string".to_owned()),
                        end_time: whop_client::Nullable::Null,
                        pacing: whop_client::Nullable::Value(
                            whop_client::types::AdGroupConfigPacing::from_wire(
                                "standard",
                            ),
                        ),
                        frequency_cap: whop_client::Nullable::Null,
                        frequency_cap_interval_days: whop_client::Nullable::Value(42i64),
                        targeting: whop_client::Nullable::Value(whop_client::types::CreateAdGroupConfigTargeting {
                            age_max: whop_client::Nullable::Value(42i64),
                            age_min: whop_client::Nullable::Null,
                            countries: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            device_platforms: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::TargetingDevicePlatforms::from_wire("mobile"),
                                    whop_client::types::TargetingDevicePlatforms::from_wire("mobile")
                                ],
                            ),
                            exclude_audience_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            genders: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::TargetingGenders::from_wire("male"),
                                    whop_client::types::TargetingGenders::from_wire("male")
                                ],
                            ),
                            include_audience_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            interest_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            languages: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            placement_type: whop_client::Nullable::Value(
                                whop_client::types::TargetingPlacementTypes::from_wire(
                                    "automatic",
                                ),
                            ),
                        }),
                    }),
                    daily_budget: whop_client::Nullable::Null,
                    name: whop_client::Nullable::Value("string".to_owned()),
                    platform_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfig {
                        meta: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMeta {
                            status: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigStatus::from_wire(
                                    "ACTIVE",
                                ),
                            ),
                            bid_strategy: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigBidStrategy::from_wire(
                                    "LOWEST_COST_WITHOUT_CAP",
                                ),
                            ),
                            bid_amount: whop_client::Nullable::Value(42i64),
                            daily_budget: whop_client::Nullable::Null,
                            daily_min_spend_target: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            daily_spend_cap: whop_client::Nullable::Null,
                            lifetime_budget: whop_client::Nullable::Value(42i64),
                            lifetime_min_spend_target: whop_client::Nullable::Null,
                            lifetime_spend_cap: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            budget_remaining: whop_client::Nullable::Null,
                            start_time: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            end_time: whop_client::Nullable::Null,
                            optimization_goal: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigOptimizationGoal::from_wire(
                                    "NONE",
                                ),
                            ),
                            billing_event: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigBillingEvent::from_wire(
                                    "APP_INSTALLS",
                                ),
                            ),
                            attribution_spec: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem
                                    { event_type : "string".to_owned(), window_days : 42i64 },
                                    whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem
                                    { event_type : "string".to_owned(), window_days : 42i64 }
                                ],
                            ),
                            attribution_setting: whop_client::Nullable::Null,
                            destination_type: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigDestinationType::from_wire(
                                    "UNDEFINED",
                                ),
                            ),
                            promoted_object: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaPromotedObject {
                                custom_conversion_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                custom_event_str: whop_client::Nullable::Null,
                                custom_event_type: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                page_id: whop_client::Nullable::Null,
                                pixel_id: whop_client::Nullable::Value("string".to_owned()),
                                whatsapp_phone_number: whop_client::Nullable::Null,
                            }),
                            whatsapp_phone_number: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            page_id: whop_client::Nullable::Null,
                            instagram_actor_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            audience_type: whop_client::Nullable::Null,
                            publisher_platforms: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            facebook_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            instagram_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            messenger_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            audience_network_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            threads_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            whatsapp_positions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            user_os: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            user_device: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            ios_devices: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            android_devices: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            geo_regions: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem
                                    { country : Default::default(), key : "string".to_owned(),
                                    name : Default::default(), radius : Default::default() },
                                    whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem
                                    { country : Default::default(), key : "string".to_owned(),
                                    name : Default::default(), radius : Default::default() }
                                ],
                            ),
                            geo_cities: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem
                                    { country : Default::default(), key : "string".to_owned(),
                                    name : Default::default(), radius : Default::default() },
                                    whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem
                                    { country : Default::default(), key : "string".to_owned(),
                                    name : Default::default(), radius : Default::default() }
                                ],
                            ),
                            geo_zips: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            location_types: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            excluded_geo_locations: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaExcludedGeoLocations {
                                cities: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                countries: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                location_types: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                regions: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                zips: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                            }),
                            geo_locations: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocations {
                                cities: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                countries: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                location_types: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                regions: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                zips: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                            }),
                            targeting_automation: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaTargetingAutomation {
                                advantage_audience: whop_client::Nullable::Value(42i64),
                            }),
                            brand_safety_content_filter_levels: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            is_dynamic_creative: whop_client::Nullable::Null,
                            dsa_beneficiary: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            dsa_payor: whop_client::Nullable::Null,
                            pixel_id: whop_client::Nullable::Value("string".to_owned()),
                            lead_conversion_location: whop_client::Nullable::Value(
                                whop_client::types::MetaAdGroupPlatformConfigLeadConversionLocation::from_wire(
                                    "website",
                                ),
                            ),
                            cost_per_result_goal: whop_client::Nullable::Value(6.9f64),
                            frequency_control_type: whop_client::Nullable::Null,
                            frequency_control_count: whop_client::Nullable::Value(42i64),
                            frequency_control_days: whop_client::Nullable::Null,
                            lead_gen_form_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            lead_form_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfig {
                                background_image_source: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                background_image_url: whop_client::Nullable::Null,
                                conditional_logic_enabled: whop_client::Nullable::Value(
                                    true,
                                ),
                                context_card_button_text: whop_client::Nullable::Null,
                                context_card_content: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                context_card_style: whop_client::Nullable::Null,
                                context_card_title: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                custom_disclaimer_body: whop_client::Nullable::Null,
                                custom_disclaimer_checkboxes: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem
                                        { is_checked_by_default : Default::default(), is_required :
                                        Default::default(), key : "string".to_owned(), text :
                                        "string".to_owned() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem
                                        { is_checked_by_default : Default::default(), is_required :
                                        Default::default(), key : "string".to_owned(), text :
                                        "string".to_owned() }
                                    ],
                                ),
                                custom_disclaimer_title: whop_client::Nullable::Null,
                                form_type: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                messenger_enabled: whop_client::Nullable::Null,
                                name: "string".to_owned(),
                                phone_verification_enabled: whop_client::Nullable::Value(
                                    true,
                                ),
                                privacy_policy_link_text: whop_client::Nullable::Null,
                                privacy_policy_url: "string".to_owned(),
                                question_page_custom_headline: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                questions: vec![
                                    whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem
                                    { conditional_questions_group_id : Default::default(),
                                    dependent_conditional_questions : Default::default(),
                                    inline_context : Default::default(), key :
                                    Default::default(), label : Default::default(), options :
                                    Default::default(), question_format : Default::default(),
                                    type_ : "string".to_owned() },
                                    whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem
                                    { conditional_questions_group_id : Default::default(),
                                    dependent_conditional_questions : Default::default(),
                                    inline_context : Default::default(), key :
                                    Default::default(), label : Default::default(), options :
                                    Default::default(), question_format : Default::default(),
                                    type_ : "string".to_owned() }
                                ],
                                rich_creative_headline: whop_client::Nullable::Null,
                                rich_creative_overview: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                rich_creative_url: whop_client::Nullable::Null,
                                thank_you_pages: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem
                                        { body : Default::default(), business_phone :
                                        Default::default(), button_text : Default::default(),
                                        button_type : Default::default(),
                                        conditional_question_group_id : Default::default(),
                                        enable_messenger : Default::default(), gated_file_url :
                                        Default::default(), link : Default::default(), name :
                                        Default::default(), title : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem
                                        { body : Default::default(), business_phone :
                                        Default::default(), button_text : Default::default(),
                                        button_type : Default::default(),
                                        conditional_question_group_id : Default::default(),
                                        enable_messenger : Default::default(), gated_file_url :
                                        Default::default(), link : Default::default(), name :
                                        Default::default(), title : Default::default() }
                                    ],
                                ),
                            }),
                            source_adset_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            created_time: whop_client::Nullable::Null,
                            updated_time: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                        }),
                        tiktok: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigTiktok {
                            budget_mode: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigBudgetMode::from_wire(
                                    "BUDGET_MODE_DAY",
                                ),
                            ),
                            schedule_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigScheduleType::from_wire(
                                    "SCHEDULE_START_END",
                                ),
                            ),
                            schedule_start_time: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            schedule_end_time: whop_client::Nullable::Null,
                            dayparting: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            optimization_goal: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigOptimizationGoal::from_wire(
                                    "CLICK",
                                ),
                            ),
                            billing_event: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigBillingEvent::from_wire(
                                    "CPC",
                                ),
                            ),
                            bid_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigBidType::from_wire(
                                    "BID_TYPE_NO_BID",
                                ),
                            ),
                            bid_price: whop_client::Nullable::Value(6.9f64),
                            conversion_bid_price: whop_client::Nullable::Null,
                            pacing: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigPacing::from_wire(
                                    "PACING_MODE_SMOOTH",
                                ),
                            ),
                            placement_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigPlacementType::from_wire(
                                    "PLACEMENT_TYPE_AUTOMATIC",
                                ),
                            ),
                            placements: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            tiktok_subplacements: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            frequency: whop_client::Nullable::Value(42i64),
                            frequency_schedule: whop_client::Nullable::Null,
                            location_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            excluded_location_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            pixel_id: whop_client::Nullable::Value("string".to_owned()),
                            optimization_event: whop_client::Nullable::Null,
                            app_id: whop_client::Nullable::Value(
                                "app_xxxxxxxxxxxxxx".to_owned(),
                            ),
                            promotion_type: whop_client::Nullable::Null,
                            instant_form_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            instant_form_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfig {
                                button_text: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                greeting: whop_client::Nullable::Null,
                                name: whop_client::Nullable::Value("string".to_owned()),
                                privacy_policy_url: "string".to_owned(),
                                questions: vec![
                                    whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem
                                    { field_type : "string".to_owned(), label :
                                    Default::default() },
                                    whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem
                                    { field_type : "string".to_owned(), label :
                                    Default::default() }
                                ],
                            }),
                            identity_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            identity_type: whop_client::Nullable::Null,
                            identity_authorized_bc_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            operation_status: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigOperationStatus::from_wire(
                                    "ENABLE",
                                ),
                            ),
                            creative_material_mode: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            age_groups: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                    whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17")
                                ],
                            ),
                            gender: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigGender::from_wire(
                                    "GENDER_UNLIMITED",
                                ),
                            ),
                            languages: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            spending_power: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigSpendingPower::from_wire(
                                    "ALL",
                                ),
                            ),
                            audience_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            excluded_audience_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            audience_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigAudienceType::from_wire(
                                    "NORMAL",
                                ),
                            ),
                            audience_rule: whop_client::Nullable::Value(
                                [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter()
                                    .collect::<serde_json::Map<String, serde_json::Value>>(),
                            ),
                            interest_category_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            interest_keyword_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            actions: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem
                                    { action_category_ids : Default::default(), action_period :
                                    Default::default(), action_scene : Default::default(),
                                    video_user_actions : Default::default() },
                                    whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem
                                    { action_category_ids : Default::default(), action_period :
                                    Default::default(), action_scene : Default::default(),
                                    video_user_actions : Default::default() }
                                ],
                            ),
                            video_user_actions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            operating_systems: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::TiktokOperatingSystem::from_wire("ANDROID"),
                                    whop_client::types::TiktokOperatingSystem::from_wire("ANDROID")
                                ],
                            ),
                            min_android_version: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            min_ios_version: whop_client::Nullable::Null,
                            device_model_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            device_price_ranges: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            network_types: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            carrier_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            isp_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            ios14_targeting: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigIos14Targeting::from_wire(
                                    "UNSET",
                                ),
                            ),
                            brand_safety_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigBrandSafetyType::from_wire(
                                    "NO_BRAND_SAFETY",
                                ),
                            ),
                            category_exclusion_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            vertical_sensitivity_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            inventory_filter_enabled: whop_client::Nullable::Null,
                            secondary_optimization_event: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            deep_funnel_optimization_status: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::from_wire(
                                    "ON",
                                ),
                            ),
                            deep_funnel_event_source: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            deep_funnel_event_source_id: whop_client::Nullable::Null,
                            click_attribution_window: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigClickAttributionWindow::from_wire(
                                    "OFF",
                                ),
                            ),
                            view_attribution_window: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigViewAttributionWindow::from_wire(
                                    "OFF",
                                ),
                            ),
                            engaged_view_attribution_window: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::from_wire(
                                    "OFF",
                                ),
                            ),
                            attribution_event_count: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigAttributionEventCount::from_wire(
                                    "UNSET",
                                ),
                            ),
                            pangle_block_app_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            pangle_audience_package_include_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            pangle_audience_package_exclude_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            shopping_ads_retargeting_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::from_wire(
                                    "OFF",
                                ),
                            ),
                            shopping_ads_retargeting_actions_days: whop_client::Nullable::Value(
                                42i64,
                            ),
                            product_source: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdGroupPlatformConfigProductSource::from_wire(
                                    "CATALOG",
                                ),
                            ),
                            product_set_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            comment_disabled: whop_client::Nullable::Null,
                            video_download_disabled: whop_client::Nullable::Value(true),
                            contextual_tag_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                        }),
                    }),
                    status: whop_client::Nullable::Value(
                        whop_client::types::ExternalAdGroupStatuses::from_wire("active"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .create(whop_client::types::CreateAdGroupParams {
                    budget: Default::default(),
                    budget_type: Default::default(),
                    campaign_id: "string".to_owned(),
                    config: Default::default(),
                    daily_budget: Default::default(),
                    name: Default::default(),
                    platform_config: Default::default(),
                    status: Default::default(),
                })
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
                    whop_client::types::UpdateAdGroupParams {
                        budget: whop_client::Nullable::Value(6.9f64),
                        budget_type: whop_client::Nullable::Value(
                            whop_client::types::AdBudgetTypes::from_wire("daily"),
                        ),
                        config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupConfig {
                            bid_strategy: whop_client::Nullable::Value(
                                whop_client::types::AdGroupConfigBidStrategy::from_wire(
                                    "lowest_cost",
                                ),
                            ),
                            bid_amount: whop_client::Nullable::Null,
                            optimization_goal: whop_client::Nullable::Value(
                                whop_client::types::AdGroupConfigOptimizationGoal::from_wire(
                                    "conversions",
                                ),
                            ),
                            billing_event: whop_client::Nullable::Value(
                                whop_client::types::AdGroupConfigBillingEvent::from_wire(
                                    "impressions",
                                ),
                            ),
                            start_time: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            end_time: whop_client::Nullable::Null,
                            pacing: whop_client::Nullable::Value(
                                whop_client::types::AdGroupConfigPacing::from_wire(
                                    "standard",
                                ),
                            ),
                            frequency_cap: whop_client::Nullable::Null,
                            frequency_cap_interval_days: whop_client::Nullable::Value(
                                42i64,
                            ),
                            targeting: whop_client::Nullable::Value(whop_client::types::CreateAdGroupConfigTargeting {
                                age_max: whop_client::Nullable::Value(42i64),
                                age_min: whop_client::Nullable::Null,
                                countries: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                device_platforms: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::TargetingDevicePlatforms::from_wire("mobile"),
                                        whop_client::types::TargetingDevicePlatforms::from_wire("mobile")
                                    ],
                                ),
                                exclude_audience_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                genders: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::TargetingGenders::from_wire("male"),
                                        whop_client::types::TargetingGenders::from_wire("male")
                                    ],
                                ),
                                include_audience_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                interest_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                languages: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                placement_type: whop_client::Nullable::Value(
                                    whop_client::types::TargetingPlacementTypes::from_wire(
                                        "automatic",
                                    ),
                                ),
                            }),
                        }),
                        daily_budget: whop_client::Nullable::Null,
                        name: whop_client::Nullable::Value("string".to_owned()),
                        platform_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfig {
                            meta: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMeta {
                                status: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigStatus::from_wire(
                                        "ACTIVE",
                                    ),
                                ),
                                bid_strategy: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigBidStrategy::from_wire(
                                        "LOWEST_COST_WITHOUT_CAP",
                                    ),
                                ),
                                bid_amount: whop_client::Nullable::Value(42i64),
                                daily_budget: whop_client::Nullable::Null,
                                daily_min_spend_target: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                daily_spend_cap: whop_client::Nullable::Null,
                                lifetime_budget: whop_client::Nullable::Value(42i64),
                                lifetime_min_spend_target: whop_client::Nullable::Null,
                                lifetime_spend_cap: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                budget_remaining: whop_client::Nullable::Null,
                                start_time: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                end_time: whop_client::Nullable::Null,
                                optimization_goal: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigOptimizationGoal::from_wire(
                                        "NONE",
                                    ),
                                ),
                                billing_event: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigBillingEvent::from_wire(
                                        "APP_INSTALLS",
                                    ),
                                ),
                                attribution_spec: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem
                                        { event_type : "string".to_owned(), window_days : 42i64 },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaAttributionSpecItem
                                        { event_type : "string".to_owned(), window_days : 42i64 }
                                    ],
                                ),
                                attribution_setting: whop_client::Nullable::Null,
                                destination_type: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigDestinationType::from_wire(
                                        "UNDEFINED",
                                    ),
                                ),
                                promoted_object: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaPromotedObject {
                                    custom_conversion_id: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    custom_event_str: whop_client::Nullable::Null,
                                    custom_event_type: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    page_id: whop_client::Nullable::Null,
                                    pixel_id: whop_client::Nullable::Value("string".to_owned()),
                                    whatsapp_phone_number: whop_client::Nullable::Null,
                                }),
                                whatsapp_phone_number: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                page_id: whop_client::Nullable::Null,
                                instagram_actor_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                audience_type: whop_client::Nullable::Null,
                                publisher_platforms: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                facebook_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                instagram_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                messenger_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                audience_network_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                threads_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                whatsapp_positions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                user_os: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                user_device: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                ios_devices: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                android_devices: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                geo_regions: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoRegionsItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                geo_cities: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaGeoCitiesItem
                                        { country : Default::default(), key : "string".to_owned(),
                                        name : Default::default(), radius : Default::default() }
                                    ],
                                ),
                                geo_zips: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                location_types: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                excluded_geo_locations: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaExcludedGeoLocations {
                                    cities: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                    countries: whop_client::Nullable::Value(
                                        vec!["string".to_owned(), "string".to_owned()],
                                    ),
                                    location_types: whop_client::Nullable::Value(
                                        vec!["string".to_owned(), "string".to_owned()],
                                    ),
                                    regions: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                    zips: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                }),
                                geo_locations: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocations {
                                    cities: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsCitiesItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                    countries: whop_client::Nullable::Value(
                                        vec!["string".to_owned(), "string".to_owned()],
                                    ),
                                    location_types: whop_client::Nullable::Value(
                                        vec!["string".to_owned(), "string".to_owned()],
                                    ),
                                    regions: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsRegionsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                    zips: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaGeoLocationsZipsItem
                                            { country : Default::default(), key : "string".to_owned(),
                                            name : Default::default(), radius : Default::default() }
                                        ],
                                    ),
                                }),
                                targeting_automation: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaTargetingAutomation {
                                    advantage_audience: whop_client::Nullable::Value(42i64),
                                }),
                                brand_safety_content_filter_levels: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                is_dynamic_creative: whop_client::Nullable::Null,
                                dsa_beneficiary: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                dsa_payor: whop_client::Nullable::Null,
                                pixel_id: whop_client::Nullable::Value("string".to_owned()),
                                lead_conversion_location: whop_client::Nullable::Value(
                                    whop_client::types::MetaAdGroupPlatformConfigLeadConversionLocation::from_wire(
                                        "website",
                                    ),
                                ),
                                cost_per_result_goal: whop_client::Nullable::Value(6.9f64),
                                frequency_control_type: whop_client::Nullable::Null,
                                frequency_control_count: whop_client::Nullable::Value(
                                    42i64,
                                ),
                                frequency_control_days: whop_client::Nullable::Null,
                                lead_gen_form_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                lead_form_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfig {
                                    background_image_source: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    background_image_url: whop_client::Nullable::Null,
                                    conditional_logic_enabled: whop_client::Nullable::Value(
                                        true,
                                    ),
                                    context_card_button_text: whop_client::Nullable::Null,
                                    context_card_content: whop_client::Nullable::Value(
                                        vec!["string".to_owned(), "string".to_owned()],
                                    ),
                                    context_card_style: whop_client::Nullable::Null,
                                    context_card_title: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    custom_disclaimer_body: whop_client::Nullable::Null,
                                    custom_disclaimer_checkboxes: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem
                                            { is_checked_by_default : Default::default(), is_required :
                                            Default::default(), key : "string".to_owned(), text :
                                            "string".to_owned() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigCustomDisclaimerCheckboxesItem
                                            { is_checked_by_default : Default::default(), is_required :
                                            Default::default(), key : "string".to_owned(), text :
                                            "string".to_owned() }
                                        ],
                                    ),
                                    custom_disclaimer_title: whop_client::Nullable::Null,
                                    form_type: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    messenger_enabled: whop_client::Nullable::Null,
                                    name: "string".to_owned(),
                                    phone_verification_enabled: whop_client::Nullable::Value(
                                        true,
                                    ),
                                    privacy_policy_link_text: whop_client::Nullable::Null,
                                    privacy_policy_url: "string".to_owned(),
                                    question_page_custom_headline: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    questions: vec![
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem
                                        { conditional_questions_group_id : Default::default(),
                                        dependent_conditional_questions : Default::default(),
                                        inline_context : Default::default(), key :
                                        Default::default(), label : Default::default(), options :
                                        Default::default(), question_format : Default::default(),
                                        type_ : "string".to_owned() },
                                        whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigQuestionsItem
                                        { conditional_questions_group_id : Default::default(),
                                        dependent_conditional_questions : Default::default(),
                                        inline_context : Default::default(), key :
                                        Default::default(), label : Default::default(), options :
                                        Default::default(), question_format : Default::default(),
                                        type_ : "string".to_owned() }
                                    ],
                                    rich_creative_headline: whop_client::Nullable::Null,
                                    rich_creative_overview: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    rich_creative_url: whop_client::Nullable::Null,
                                    thank_you_pages: whop_client::Nullable::Value(
                                        vec![
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem
                                            { body : Default::default(), business_phone :
                                            Default::default(), button_text : Default::default(),
                                            button_type : Default::default(),
                                            conditional_question_group_id : Default::default(),
                                            enable_messenger : Default::default(), gated_file_url :
                                            Default::default(), link : Default::default(), name :
                                            Default::default(), title : Default::default() },
                                            whop_client::types::CreateAdGroupPlatformConfigMetaLeadFormConfigThankYouPagesItem
                                            { body : Default::default(), business_phone :
                                            Default::default(), button_text : Default::default(),
                                            button_type : Default::default(),
                                            conditional_question_group_id : Default::default(),
                                            enable_messenger : Default::default(), gated_file_url :
                                            Default::default(), link : Default::default(), name :
                                            Default::default(), title : Default::default() }
                                        ],
                                    ),
                                }),
                                source_adset_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                created_time: whop_client::Nullable::Null,
                                updated_time: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                            }),
                            tiktok: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigTiktok {
                                budget_mode: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigBudgetMode::from_wire(
                                        "BUDGET_MODE_DAY",
                                    ),
                                ),
                                schedule_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigScheduleType::from_wire(
                                        "SCHEDULE_START_END",
                                    ),
                                ),
                                schedule_start_time: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                schedule_end_time: whop_client::Nullable::Null,
                                dayparting: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                optimization_goal: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigOptimizationGoal::from_wire(
                                        "CLICK",
                                    ),
                                ),
                                billing_event: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigBillingEvent::from_wire(
                                        "CPC",
                                    ),
                                ),
                                bid_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigBidType::from_wire(
                                        "BID_TYPE_NO_BID",
                                    ),
                                ),
                                bid_price: whop_client::Nullable::Value(6.9f64),
                                conversion_bid_price: whop_client::Nullable::Null,
                                pacing: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigPacing::from_wire(
                                        "PACING_MODE_SMOOTH",
                                    ),
                                ),
                                placement_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigPlacementType::from_wire(
                                        "PLACEMENT_TYPE_AUTOMATIC",
                                    ),
                                ),
                                placements: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                tiktok_subplacements: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                frequency: whop_client::Nullable::Value(42i64),
                                frequency_schedule: whop_client::Nullable::Null,
                                location_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                excluded_location_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                pixel_id: whop_client::Nullable::Value("string".to_owned()),
                                optimization_event: whop_client::Nullable::Null,
                                app_id: whop_client::Nullable::Value(
                                    "app_xxxxxxxxxxxxxx".to_owned(),
                                ),
                                promotion_type: whop_client::Nullable::Null,
                                instant_form_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                instant_form_config: whop_client::Nullable::Value(whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfig {
                                    button_text: whop_client::Nullable::Value(
                                        "string".to_owned(),
                                    ),
                                    greeting: whop_client::Nullable::Null,
                                    name: whop_client::Nullable::Value("string".to_owned()),
                                    privacy_policy_url: "string".to_owned(),
                                    questions: vec![
                                        whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem
                                        { field_type : "string".to_owned(), label :
                                        Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigTiktokInstantFormConfigQuestionsItem
                                        { field_type : "string".to_owned(), label :
                                        Default::default() }
                                    ],
                                }),
                                identity_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                identity_type: whop_client::Nullable::Null,
                                identity_authorized_bc_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                operation_status: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigOperationStatus::from_wire(
                                        "ENABLE",
                                    ),
                                ),
                                creative_material_mode: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                age_groups: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17"),
                                        whop_client::types::TiktokAgeGroup::from_wire("AGE_13_17")
                                    ],
                                ),
                                gender: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigGender::from_wire(
                                        "GENDER_UNLIMITED",
                                    ),
                                ),
                                languages: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                spending_power: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigSpendingPower::from_wire(
                                        "ALL",
                                    ),
                                ),
                                audience_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                excluded_audience_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                audience_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigAudienceType::from_wire(
                                        "NORMAL",
                                    ),
                                ),
                                audience_rule: whop_client::Nullable::Value(
                                    [("key".to_owned(), serde_json::Value::from("value"))]
                                        .into_iter()
                                        .collect::<serde_json::Map<String, serde_json::Value>>(),
                                ),
                                interest_category_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                interest_keyword_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                actions: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem
                                        { action_category_ids : Default::default(), action_period :
                                        Default::default(), action_scene : Default::default(),
                                        video_user_actions : Default::default() },
                                        whop_client::types::CreateAdGroupPlatformConfigTiktokActionsItem
                                        { action_category_ids : Default::default(), action_period :
                                        Default::default(), action_scene : Default::default(),
                                        video_user_actions : Default::default() }
                                    ],
                                ),
                                video_user_actions: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                operating_systems: whop_client::Nullable::Value(
                                    vec![
                                        whop_client::types::TiktokOperatingSystem::from_wire("ANDROID"),
                                        whop_client::types::TiktokOperatingSystem::from_wire("ANDROID")
                                    ],
                                ),
                                min_android_version: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                min_ios_version: whop_client::Nullable::Null,
                                device_model_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                device_price_ranges: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                network_types: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                carrier_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                isp_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                ios14_targeting: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigIos14Targeting::from_wire(
                                        "UNSET",
                                    ),
                                ),
                                brand_safety_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigBrandSafetyType::from_wire(
                                        "NO_BRAND_SAFETY",
                                    ),
                                ),
                                category_exclusion_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                vertical_sensitivity_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                inventory_filter_enabled: whop_client::Nullable::Null,
                                secondary_optimization_event: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                deep_funnel_optimization_status: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::from_wire(
                                        "ON",
                                    ),
                                ),
                                deep_funnel_event_source: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                deep_funnel_event_source_id: whop_client::Nullable::Null,
                                click_attribution_window: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigClickAttributionWindow::from_wire(
                                        "OFF",
                                    ),
                                ),
                                view_attribution_window: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigViewAttributionWindow::from_wire(
                                        "OFF",
                                    ),
                                ),
                                engaged_view_attribution_window: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::from_wire(
                                        "OFF",
                                    ),
                                ),
                                attribution_event_count: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigAttributionEventCount::from_wire(
                                        "UNSET",
                                    ),
                                ),
                                pangle_block_app_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                pangle_audience_package_include_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                pangle_audience_package_exclude_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                                shopping_ads_retargeting_type: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::from_wire(
                                        "OFF",
                                    ),
                                ),
                                shopping_ads_retargeting_actions_days: whop_client::Nullable::Value(
                                    42i64,
                                ),
                                product_source: whop_client::Nullable::Value(
                                    whop_client::types::TiktokAdGroupPlatformConfigProductSource::from_wire(
                                        "CATALOG",
                                    ),
                                ),
                                product_set_id: whop_client::Nullable::Value(
                                    "string".to_owned(),
                                ),
                                comment_disabled: whop_client::Nullable::Null,
                                video_download_disabled: whop_client::Nullable::Value(true),
                                contextual_tag_ids: whop_client::Nullable::Value(
                                    vec!["string".to_owned(), "string".to_owned()],
                                ),
                            }),
                        }),
                        status: whop_client::Nullable::Value(
                            whop_client::types::ExternalAdGroupStatuses::from_wire(
                                "active",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ad_groups()
                .update(
                    "adgrp_xxxxxxxxxxxx",
                    whop_client::types::UpdateAdGroupParams {
                        budget: Default::default(),
                        budget_type: Default::default(),
                        config: Default::default(),
                        daily_budget: Default::default(),
                        name: Default::default(),
                        platform_config: Default::default(),
                        status: Default::default(),
                    },
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
                .list(whop_client::types::ListAdParams {
                    after: Some("string".to_owned()),
                    before: Some("string".to_owned()),
                    first: Some(42i64),
                    last: Some(42i64),
                    ad_group_id: Some("string".to_owned()),
                    campaign_id: Some("string".to_owned()),
                    company_id: Some("biz_xxxxxxxxxxxxxx".to_owned()),
                    created_after: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    created_before: Some(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    status: Some(
                        whop_client::types::ExternalAdStatuses::from_wire("active"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ads()
                .list(whop_client::types::ListAdParams {
                    after: Default::default(),
                    before: Default::default(),
                    first: Default::default(),
                    last: Default::default(),
                    ad_group_id: Default::default(),
                    campaign_id: Default::default(),
                    company_id: Default::default(),
                    created_after: Default::default(),
                    created_before: Default::default(),
                    status: Default::default(),
                })
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
                .create(whop_client::types::CreateAdParams {
                    ad_group_id: "string".to_owned(),
                    creative_set_id: whop_client::Nullable::Value("string".to_owned()),
                    existing_instagram_media_id: whop_client::Nullable::Null,
                    existing_post_id: whop_client::Nullable::Value("string".to_owned()),
                    platform_config: whop_client::Nullable::Value(whop_client::types::CreateAdPlatformConfig {
                        meta: whop_client::Nullable::Value(whop_client::types::CreateAdPlatformConfigMeta {
                            name: whop_client::Nullable::Value("string".to_owned()),
                            link_url: whop_client::Nullable::Null,
                            url_tags: whop_client::Nullable::Value("string".to_owned()),
                            primary_text: whop_client::Nullable::Null,
                            headline: whop_client::Nullable::Value("string".to_owned()),
                            description: whop_client::Nullable::Null,
                            primary_texts: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            headlines: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            descriptions: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            call_to_action_type: whop_client::Nullable::Value(
                                whop_client::types::MetaAdPlatformConfigCallToActionType::from_wire(
                                    "LEARN_MORE",
                                ),
                            ),
                            page_id: whop_client::Nullable::Value("string".to_owned()),
                            instagram_actor_id: whop_client::Nullable::Null,
                            existing_post_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            existing_instagram_media_id: whop_client::Nullable::Null,
                            multi_advertiser_enrollment: whop_client::Nullable::Value(
                                whop_client::types::MetaAdPlatformConfigMultiAdvertiserEnrollment::from_wire(
                                    "OPT_IN",
                                ),
                            ),
                            carousel_cards: whop_client::Nullable::Value(
                                vec![
                                    whop_client::types::CreateAdPlatformConfigMetaCarouselCardsItem
                                    { call_to_action_type : Default::default(), description :
                                    Default::default(), link : Default::default(), name :
                                    Default::default() },
                                    whop_client::types::CreateAdPlatformConfigMetaCarouselCardsItem
                                    { call_to_action_type : Default::default(), description :
                                    Default::default(), link : Default::default(), name :
                                    Default::default() }
                                ],
                            ),
                            lead_form_config: whop_client::Nullable::Value(
                                [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter()
                                    .collect::<serde_json::Map<String, serde_json::Value>>(),
                            ),
                            page_welcome_message: whop_client::Nullable::Value(
                                [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter()
                                    .collect::<serde_json::Map<String, serde_json::Value>>(),
                            ),
                        }),
                        tiktok: whop_client::Nullable::Value(whop_client::types::CreateAdPlatformConfigTiktok {
                            ad_name: whop_client::Nullable::Value("string".to_owned()),
                            access_pass_tag: whop_client::Nullable::Null,
                            link_url: whop_client::Nullable::Value("string".to_owned()),
                            ad_format: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdPlatformConfigAdFormat::from_wire(
                                    "SINGLE_IMAGE",
                                ),
                            ),
                            identity_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdPlatformConfigIdentityType::from_wire(
                                    "CUSTOMIZED_USER",
                                ),
                            ),
                            identity_id: whop_client::Nullable::Null,
                            identity_authorized_bc_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            video_id: whop_client::Nullable::Null,
                            image_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            tiktok_item_id: whop_client::Nullable::Null,
                            ad_text: whop_client::Nullable::Value("string".to_owned()),
                            ad_texts: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            call_to_action_enabled: whop_client::Nullable::Value(true),
                            call_to_action_mode: whop_client::Nullable::Value(
                                whop_client::types::TiktokCallToActionMode::from_wire(
                                    "STANDARD",
                                ),
                            ),
                            call_to_action: whop_client::Nullable::Value(
                                whop_client::types::TiktokCallToAction::from_wire(
                                    "LEARN_MORE",
                                ),
                            ),
                            call_to_action_id: whop_client::Nullable::Null,
                            landing_page_url: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            page_id: whop_client::Nullable::Null,
                            deeplink: whop_client::Nullable::Value("string".to_owned()),
                            deeplink_type: whop_client::Nullable::Null,
                            cpp_url: whop_client::Nullable::Value("string".to_owned()),
                            utm_params: whop_client::Nullable::Value(
                                vec![
                                    [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter().collect:: < serde_json::Map < String,
                                    serde_json::Value >> (), [("key".to_owned(),
                                    serde_json::Value::from("value"))].into_iter().collect:: <
                                    serde_json::Map < String, serde_json::Value >> ()
                                ],
                            ),
                            catalog_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            product_specific_type: whop_client::Nullable::Null,
                            item_group_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            product_set_id: whop_client::Nullable::Null,
                            sku_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            showcase_products: whop_client::Nullable::Value(
                                vec![
                                    [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter().collect:: < serde_json::Map < String,
                                    serde_json::Value >> (), [("key".to_owned(),
                                    serde_json::Value::from("value"))].into_iter().collect:: <
                                    serde_json::Map < String, serde_json::Value >> ()
                                ],
                            ),
                            shopping_ads_video_package_id: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            dark_post_status: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdPlatformConfigDarkPostStatus::from_wire(
                                    "ON",
                                ),
                            ),
                            promotional_music_disabled: whop_client::Nullable::Value(
                                true,
                            ),
                            item_duet_status: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdPlatformConfigItemDuetStatus::from_wire(
                                    "ENABLE",
                                ),
                            ),
                            item_stitch_status: whop_client::Nullable::Value(
                                whop_client::types::TiktokAdPlatformConfigItemStitchStatus::from_wire(
                                    "ENABLE",
                                ),
                            ),
                            music_id: whop_client::Nullable::Null,
                            carousel_image_index: whop_client::Nullable::Value(42i64),
                            card_id: whop_client::Nullable::Null,
                            automate_creative_enabled: whop_client::Nullable::Value(
                                true,
                            ),
                            creative_auto_enhancement_strategy_list: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            vertical_video_strategy: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            dynamic_format: whop_client::Nullable::Null,
                            tracking_pixel_id: whop_client::Nullable::Value(
                                "trpx_xxxxxxxxxxxxx".to_owned(),
                            ),
                            tracking_app_id: whop_client::Nullable::Null,
                            tracking_offline_event_set_ids: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            tracking_message_event_set_id: whop_client::Nullable::Null,
                            impression_tracking_url: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            click_tracking_url: whop_client::Nullable::Null,
                            video_view_tracking_url: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            brand_safety_postbid_partner: whop_client::Nullable::Value(
                                whop_client::types::TiktokBrandSafetyPartner::from_wire(
                                    "UNSET",
                                ),
                            ),
                            brand_safety_vast_url: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            viewability_postbid_partner: whop_client::Nullable::Value(
                                whop_client::types::TiktokViewabilityPartner::from_wire(
                                    "UNSET",
                                ),
                            ),
                            viewability_vast_url: whop_client::Nullable::Value(
                                "string".to_owned(),
                            ),
                            aigc_disclosure_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokAigcDisclosure::from_wire("UNSET"),
                            ),
                            disclaimer_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokDisclaimer::from_wire("NONE"),
                            ),
                            disclaimer_text: whop_client::Nullable::Null,
                            disclaimer_clickable_texts: whop_client::Nullable::Value(
                                vec![
                                    [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter().collect:: < serde_json::Map < String,
                                    serde_json::Value >> (), [("key".to_owned(),
                                    serde_json::Value::from("value"))].into_iter().collect:: <
                                    serde_json::Map < String, serde_json::Value >> ()
                                ],
                            ),
                            auto_disclaimer_types: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            creative_authorized: whop_client::Nullable::Value(true),
                            fallback_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokFallback::from_wire("UNSET"),
                            ),
                            deeplink_format_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokDeeplinkFormat::from_wire("UNSET"),
                            ),
                            deeplink_utm_params: whop_client::Nullable::Value(
                                vec![
                                    [("key".to_owned(), serde_json::Value::from("value"))]
                                    .into_iter().collect:: < serde_json::Map < String,
                                    serde_json::Value >> (), [("key".to_owned(),
                                    serde_json::Value::from("value"))].into_iter().collect:: <
                                    serde_json::Map < String, serde_json::Value >> ()
                                ],
                            ),
                            shopping_ads_fallback_type: whop_client::Nullable::Value(
                                whop_client::types::TiktokShoppingAdsFallback::from_wire(
                                    "UNSET",
                                ),
                            ),
                            end_card_cta: whop_client::Nullable::Null,
                            product_display_field_list: whop_client::Nullable::Value(
                                vec!["string".to_owned(), "string".to_owned()],
                            ),
                            dynamic_destination: whop_client::Nullable::Null,
                        }),
                    }),
                    status: whop_client::Nullable::Value(
                        whop_client::types::ExternalAdStatuses::from_wire("active"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .ads()
                .create(whop_client::types::CreateAdParams {
                    ad_group_id: "string".to_owned(),
                    creative_set_id: Default::default(),
                    existing_instagram_media_id: Default::default(),
                    existing_post_id: Default::default(),
                    platform_config: Default::default(),
                    status: Default::default(),
                })
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
                    whop_client::types::RefundPaymentParams {
                        partial_amount: whop_client::Nullable::Value(6.9f64),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .payments()
                .refund(
                    "pay_xxxxxxxxxxxxxx",
                    whop_client::types::RefundPaymentParams {
                        partial_amount: Default::default(),
                    },
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
                    whop_client::types::UpdateEvidenceDisputeParams {
                        access_activity_log: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        billing_address: whop_client::Nullable::Null,
                        cancellation_policy_disclosure: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        customer_email_address: whop_client::Nullable::Null,
                        customer_name: whop_client::Nullable::Value("string".to_owned()),
                        notes: whop_client::Nullable::Null,
                        product_description: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        refund_policy_disclosure: whop_client::Nullable::Null,
                        refund_refusal_explanation: whop_client::Nullable::Value(
                            "string".to_owned(),
                        ),
                        service_date: whop_client::Nullable::Null,
                        cancellation_policy_attachment: whop_client::Nullable::Value(whop_client::types::UpdateEvidenceDisputeCancellationPolicyAttachment {
                            id: "string".to_owned(),
                        }),
                        customer_communication_attachment: whop_client::Nullable::Value(whop_client::types::UpdateEvidenceDisputeCustomerCommunicationAttachment {
                            id: "string".to_owned(),
                        }),
                        refund_policy_attachment: whop_client::Nullable::Value(whop_client::types::UpdateEvidenceDisputeRefundPolicyAttachment {
                            id: "string".to_owned(),
                        }),
                        uncategorized_attachment: whop_client::Nullable::Value(whop_client::types::UpdateEvidenceDisputeUncategorizedAttachment {
                            id: "string".to_owned(),
                        }),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .disputes()
                .update_evidence(
                    "dspt_xxxxxxxxxxxxx",
                    whop_client::types::UpdateEvidenceDisputeParams {
                        access_activity_log: Default::default(),
                        billing_address: Default::default(),
                        cancellation_policy_disclosure: Default::default(),
                        customer_email_address: Default::default(),
                        customer_name: Default::default(),
                        notes: Default::default(),
                        product_description: Default::default(),
                        refund_policy_disclosure: Default::default(),
                        refund_refusal_explanation: Default::default(),
                        service_date: Default::default(),
                        cancellation_policy_attachment: Default::default(),
                        customer_communication_attachment: Default::default(),
                        refund_policy_attachment: Default::default(),
                        uncategorized_attachment: Default::default(),
                    },
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
            .create(whop_client::types::CreateTopupParams {
                amount: 6.9f64,
                company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                currency: whop_client::types::Currencies::from_wire("usd"),
                payment_method_id: "payt_xxxxxxxxxxxxx".to_owned(),
            })
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
                    whop_client::types::CreateApiKeyCompanyParams {
                        child_company_id: "biz_yyyyyyyyyyyyyy".to_owned(),
                        name: whop_client::Nullable::Value("string".to_owned()),
                        permissions: whop_client::Nullable::Value(
                            vec![
                                whop_client::types::CreateApiKeyCompanyPermissionsItem {
                                actions : vec!["string".to_owned(), "string".to_owned()],
                                grant : true, resources : vec!["string".to_owned(), "string"
                                .to_owned()] },
                                whop_client::types::CreateApiKeyCompanyPermissionsItem {
                                actions : vec!["string".to_owned(), "string".to_owned()],
                                grant : true, resources : vec!["string".to_owned(), "string"
                                .to_owned()] }
                            ],
                        ),
                        role: whop_client::Nullable::Value(
                            whop_client::types::PermissionSystemRoles::from_wire("owner"),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .companies()
                .create_api_key(
                    "biz_xxxxxxxxxxxxxx",
                    whop_client::types::CreateApiKeyCompanyParams {
                        child_company_id: "biz_yyyyyyyyyyyyyy".to_owned(),
                        name: Default::default(),
                        permissions: Default::default(),
                        role: Default::default(),
                    },
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
                    whop_client::types::CancelMembershipParams {
                        cancellation_mode: whop_client::Nullable::Value(
                            whop_client::types::MembershipCancellationModes::from_wire(
                                "at_period_end",
                            ),
                        ),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .cancel(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::CancelMembershipParams {
                        cancellation_mode: Default::default(),
                    },
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
                    whop_client::types::PauseMembershipParams {
                        void_payments: whop_client::Nullable::Value(true),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .memberships()
                .pause(
                    "mem_xxxxxxxxxxxxxx",
                    whop_client::types::PauseMembershipParams {
                        void_payments: Default::default(),
                    },
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
                whop_client::types::AddFreeDaysMembershipParams {
                    free_days: 42i64,
                },
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
                whop_client::types::AttachExperienceParams {
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                },
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
                whop_client::types::DetachExperienceParams {
                    product_id: "prod_xxxxxxxxxxxxx".to_owned(),
                },
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
                    whop_client::types::DuplicateExperienceParams {
                        name: whop_client::Nullable::Value("string".to_owned()),
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .experiences()
                .duplicate(
                    "exp_xxxxxxxxxxxxxx",
                    whop_client::types::DuplicateExperienceParams {
                        name: Default::default(),
                    },
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
                    whop_client::types::CreateNotificationParams::SendNotificationV2InputWithCompanyId(whop_client::types::CreateNotificationSendNotificationV2InputWithCompanyId {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        user_ids: whop_client::Nullable::Value(
                            vec!["string".to_owned(), "string".to_owned()],
                        ),
                        content: "string".to_owned(),
                        icon_user_id: whop_client::Nullable::Null,
                        subtitle: whop_client::Nullable::Value("string".to_owned()),
                        title: "string".to_owned(),
                        rest_path: whop_client::Nullable::Null,
                    }),
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .notifications()
                .create(
                    whop_client::types::CreateNotificationParams::SendNotificationV2InputWithCompanyId(whop_client::types::CreateNotificationSendNotificationV2InputWithCompanyId {
                        company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                        user_ids: Default::default(),
                        content: "string".to_owned(),
                        icon_user_id: Default::default(),
                        subtitle: Default::default(),
                        title: "string".to_owned(),
                        rest_path: Default::default(),
                    }),
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
                    whop_client::types::SubmitAssessmentCourseLessonParams {
                        answers: vec![
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem {
                            answer_text : whop_client::Nullable::Value("string"
                            .to_owned()), question_id : "crsaq_xxxxxxxxxxxx".to_owned(),
                            selected_option_ids :
                            whop_client::Nullable::Value(vec!["string".to_owned(),
                            "string".to_owned()]) },
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem {
                            answer_text : whop_client::Nullable::Value("string"
                            .to_owned()), question_id : "crsaq_xxxxxxxxxxxx".to_owned(),
                            selected_option_ids :
                            whop_client::Nullable::Value(vec!["string".to_owned(),
                            "string".to_owned()]) }
                        ],
                    },
                )
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .course_lessons()
                .submit_assessment(
                    "lesn_xxxxxxxxxxxxx",
                    whop_client::types::SubmitAssessmentCourseLessonParams {
                        answers: vec![
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem {
                            answer_text : Default::default(), question_id :
                            "crsaq_xxxxxxxxxxxx".to_owned(), selected_option_ids :
                            Default::default() },
                            whop_client::types::SubmitAssessmentCourseLessonAnswersItem {
                            answer_text : Default::default(), question_id :
                            "crsaq_xxxxxxxxxxxx".to_owned(), selected_option_ids :
                            Default::default() }
                        ],
                    },
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
                .create(whop_client::types::CreateAccessTokenParams {
                    company_id: whop_client::Nullable::Value(
                        "biz_xxxxxxxxxxxxxx".to_owned(),
                    ),
                    expires_at: whop_client::Nullable::Value(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    scoped_actions: whop_client::Nullable::Value(
                        vec!["string".to_owned(), "string".to_owned()],
                    ),
                    user_id: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .access_tokens()
                .create(whop_client::types::CreateAccessTokenParams {
                    company_id: Default::default(),
                    expires_at: Default::default(),
                    scoped_actions: Default::default(),
                    user_id: Default::default(),
                })
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
            .create(whop_client::types::CreateAccountLinkParams {
                company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                refresh_url: "string".to_owned(),
                return_url: "string".to_owned(),
                use_case: whop_client::types::AccountLinkUseCases::from_wire(
                    "account_onboarding",
                ),
            })
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
                .create(whop_client::types::CreateFileParams {
                    filename: "string".to_owned(),
                    visibility: whop_client::Nullable::Value(
                        whop_client::types::FileVisibility::from_wire("public"),
                    ),
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .files()
                .create(whop_client::types::CreateFileParams {
                    filename: "string".to_owned(),
                    visibility: Default::default(),
                })
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
                .create(whop_client::types::CreateConversionParams {
                    action_source: whop_client::Nullable::Value(
                        whop_client::types::EventActionSource::from_wire("email"),
                    ),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    context: whop_client::Nullable::Value(whop_client::types::CreateConversionContext {
                        fbclid: whop_client::Nullable::Value("string".to_owned()),
                        fbp: whop_client::Nullable::Null,
                        ga: whop_client::Nullable::Value("string".to_owned()),
                        gclid: whop_client::Nullable::Null,
                        ig_sid: whop_client::Nullable::Value("string".to_owned()),
                        ttclid: whop_client::Nullable::Null,
                        ttp: whop_client::Nullable::Value("string".to_owned()),
                        ip_address: whop_client::Nullable::Null,
                        user_agent: whop_client::Nullable::Value("string".to_owned()),
                        ad_campaign_id: whop_client::Nullable::Null,
                        ad_id: whop_client::Nullable::Value("string".to_owned()),
                        ad_set_id: whop_client::Nullable::Null,
                        utm_campaign: whop_client::Nullable::Value("string".to_owned()),
                        utm_content: whop_client::Nullable::Null,
                        utm_id: whop_client::Nullable::Value("string".to_owned()),
                        utm_medium: whop_client::Nullable::Null,
                        utm_source: whop_client::Nullable::Value("string".to_owned()),
                        utm_term: whop_client::Nullable::Null,
                    }),
                    currency: whop_client::Nullable::Value(
                        whop_client::types::Currencies::from_wire("usd"),
                    ),
                    custom_name: whop_client::Nullable::Null,
                    event_id: whop_client::Nullable::Value(
                        "evnt_xxxxxxxxxxxxx".to_owned(),
                    ),
                    event_name: whop_client::types::EventName::from_wire("lead"),
                    event_time: whop_client::Nullable::Value(
                        chrono::DateTime::<
                            chrono::Utc,
                        >::from_timestamp(1_701_406_800, 401_000_000)
                            .expect("a valid timestamp"),
                    ),
                    plan_id: whop_client::Nullable::Value(
                        "plan_xxxxxxxxxxxxx".to_owned(),
                    ),
                    product_id: whop_client::Nullable::Null,
                    referrer_url: whop_client::Nullable::Value("string".to_owned()),
                    url: whop_client::Nullable::Null,
                    user: whop_client::Nullable::Value(whop_client::types::CreateConversionUser {
                        anonymous_id: whop_client::Nullable::Value("string".to_owned()),
                        external_id: whop_client::Nullable::Null,
                        member_id: whop_client::Nullable::Value(
                            "mber_xxxxxxxxxxxxx".to_owned(),
                        ),
                        membership_id: whop_client::Nullable::Null,
                        user_id: whop_client::Nullable::Value(
                            "user_xxxxxxxxxxxxx".to_owned(),
                        ),
                        birthdate: whop_client::Nullable::Null,
                        city: whop_client::Nullable::Value("string".to_owned()),
                        country: whop_client::Nullable::Null,
                        email: whop_client::Nullable::Value("string".to_owned()),
                        first_name: whop_client::Nullable::Null,
                        gender: whop_client::Nullable::Value(
                            whop_client::types::EventGender::from_wire("male"),
                        ),
                        last_name: whop_client::Nullable::Null,
                        name: whop_client::Nullable::Value("string".to_owned()),
                        phone: whop_client::Nullable::Null,
                        postal_code: whop_client::Nullable::Value("string".to_owned()),
                        state: whop_client::Nullable::Null,
                        username: whop_client::Nullable::Value("string".to_owned()),
                    }),
                    value: whop_client::Nullable::Null,
                })
                .send_undecoded()
                .await
                .and_then(json_outcome)
        } else {
            client
                .conversions()
                .create(whop_client::types::CreateConversionParams {
                    action_source: Default::default(),
                    company_id: "biz_xxxxxxxxxxxxxx".to_owned(),
                    context: Default::default(),
                    currency: Default::default(),
                    custom_name: Default::default(),
                    event_id: Default::default(),
                    event_name: whop_client::types::EventName::from_wire("lead"),
                    event_time: Default::default(),
                    plan_id: Default::default(),
                    product_id: Default::default(),
                    referrer_url: Default::default(),
                    url: Default::default(),
                    user: Default::default(),
                    value: Default::default(),
                })
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
