#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
pub mod resources;
#[cfg_attr(
    not(
        all(
            feature = "payins",
            feature = "cards",
            feature = "payouts",
            feature = "identity",
            feature = "crm",
            feature = "engagement",
            feature = "courses",
            feature = "developer",
            feature = "ai",
            feature = "bounties",
            feature = "stats",
            feature = "ads",
            feature = "webhook-events"
        )
    ),
    allow(dead_code, unused_imports)
)]
pub mod runtime;
pub mod types;
pub use runtime::*;
/// The body of every error response of this API (non-2xx), as carried by [`Error`].
pub type ErrorBody = types::ErrorResponse;
/// The server URL from the spec's `servers`, used unless configured otherwise.
pub const DEFAULT_BASE_URL: &str = "https://api.whop.com/api/v1";
/// The API's security schemes (`components.securitySchemes`), each with the builder method and
/// environment variables that supply its credential.
pub const SECURITY_SCHEMES: &[runtime::SecurityScheme] = &[
    runtime::SecurityScheme {
        name: "bearerAuth",
        kind: runtime::SchemeKind::Bearer,
        builder_method: "api_key",
        env: &["WHOP_API_KEY"],
    },
];
/// True when every operation needs a credential: then [`ClientBuilder::build`] and
/// [`Client::from_env`] fail when none is configured.
pub const CREDENTIALS_REQUIRED: bool = true;
/// Environment variable holding the credential of security scheme `bearerAuth` ([`ClientBuilder::api_key`]), read by [`Client::from_env`].
pub const ENV_API_KEY: &str = "WHOP_API_KEY";
impl ClientBuilder {
    /// A company API key, company scoped JWT, app API key, or user OAuth token. You must prepend your key/token with the word 'Bearer', which will look like `Bearer ***************************`
    ///
    /// Sets the credential of security scheme `bearerAuth` (`#/components/securitySchemes/bearerAuth`), sent as `Authorization: Bearer <token>` (token format: `auth-scheme`). [`Client::from_env`] reads it from `WHOP_API_KEY` ([`ENV_API_KEY`]).
    ///
    /// Operations that need this scheme fail with [`Error::InvalidRequest`] before sending when it is not set; [`ClientBuilder::build`] fails when the value cannot be sent in a request. `Debug` output never shows it.
    pub fn api_key(self, token: impl Into<String>) -> Self {
        self.credential("bearerAuth", runtime::Credential::token(token))
    }
}

impl Client {
    /// Creates a client with the given credential for security scheme `bearerAuth` (see
    /// [`ClientBuilder::api_key`]) and default settings (base URL [`DEFAULT_BASE_URL`], 60 s
    /// timeout, 2 retries).
    ///
    /// A value that cannot be sent in a request is reported as [`Error::InvalidRequest`] by
    /// every call; use [`Client::builder`] to get that error up front.
    ///
    /// # Panics
    ///
    /// Like `reqwest::Client::new`, panics if the TLS backend cannot be
    /// initialised.
    pub fn new(api_key: impl Into<String>) -> Client {
        match Client::builder().api_key(api_key).build_unvalidated() {
            Ok(client) => client,
            Err(e) => panic!("failed to initialise the client: {e}"),
        }
    }
}

/// Environment variable overriding [`DEFAULT_BASE_URL`], read by [`Client::from_env`].
pub const ENV_BASE_URL: &str = "WHOP_BASE_URL";
/// Environment variable holding the webhook signing secret, read by [`Client::from_env`].
pub const ENV_WEBHOOK_SECRET: &str = "WHOP_WEBHOOK_SECRET";
/// The default `User-Agent`: `<crate name>-rust/<crate version>`.
pub const USER_AGENT: &str = concat!("whop-client-rust/", env!("CARGO_PKG_VERSION"));
/// The request header carrying the 0-based attempt number.
pub const RETRY_COUNT_HEADER: &str = "x-whop-retry-count";
/// The name of the INFO span each API call runs in (see [`runtime::request`]).
pub const REQUEST_SPAN: &str = "whop.request";
/// The name of the INFO span each presigned upload runs in.
pub const UPLOAD_SPAN: &str = "whop.upload";
impl Client {
    /// Operations tagged `Products` (5 operations): see [`resources::Products`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn products(&self) -> resources::Products<'_> {
        resources::Products::new(self)
    }
    /// Operations tagged `Plans` (5 operations): see [`resources::Plans`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn plans(&self) -> resources::Plans<'_> {
        resources::Plans::new(self)
    }
    /// Operations tagged `Payments` (7 operations): see [`resources::Payments`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn payments(&self) -> resources::Payments<'_> {
        resources::Payments::new(self)
    }
    /// Operations tagged `Refunds` (2 operations): see [`resources::Refunds`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn refunds(&self) -> resources::Refunds<'_> {
        resources::Refunds::new(self)
    }
    /// Operations tagged `Disputes` (4 operations): see [`resources::Disputes`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn disputes(&self) -> resources::Disputes<'_> {
        resources::Disputes::new(self)
    }
    /// Operations tagged `Dispute alerts` (2 operations): see [`resources::DisputeAlerts`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn dispute_alerts(&self) -> resources::DisputeAlerts<'_> {
        resources::DisputeAlerts::new(self)
    }
    /// Operations tagged `Resolution center cases` (2 operations): see [`resources::ResolutionCenterCases`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn resolution_center_cases(&self) -> resources::ResolutionCenterCases<'_> {
        resources::ResolutionCenterCases::new(self)
    }
    /// Operations tagged `Checkout configurations` (3 operations): see [`resources::CheckoutConfigurations`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn checkout_configurations(&self) -> resources::CheckoutConfigurations<'_> {
        resources::CheckoutConfigurations::new(self)
    }
    /// Operations tagged `Setup intents` (2 operations): see [`resources::SetupIntents`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn setup_intents(&self) -> resources::SetupIntents<'_> {
        resources::SetupIntents::new(self)
    }
    /// Operations tagged `Payment methods` (2 operations): see [`resources::PaymentMethods`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn payment_methods(&self) -> resources::PaymentMethods<'_> {
        resources::PaymentMethods::new(self)
    }
    /// Operations tagged `Invoices` (8 operations): see [`resources::Invoices`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn invoices(&self) -> resources::Invoices<'_> {
        resources::Invoices::new(self)
    }
    /// Operations tagged `Promo codes` (4 operations): see [`resources::PromoCodes`].
    ///
    /// Needs the `payins` cargo feature (on by default).
    #[cfg(feature = "payins")]
    pub fn promo_codes(&self) -> resources::PromoCodes<'_> {
        resources::PromoCodes::new(self)
    }
    /// Operations tagged `Card transactions` (2 operations): see [`resources::CardTransactions`].
    ///
    /// Needs the `cards` cargo feature (on by default).
    #[cfg(feature = "cards")]
    pub fn card_transactions(&self) -> resources::CardTransactions<'_> {
        resources::CardTransactions::new(self)
    }
    /// Operations tagged `Ledger accounts` (1 operations): see [`resources::LedgerAccounts`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn ledger_accounts(&self) -> resources::LedgerAccounts<'_> {
        resources::LedgerAccounts::new(self)
    }
    /// Operations tagged `Transfers` (3 operations): see [`resources::Transfers`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn transfers(&self) -> resources::Transfers<'_> {
        resources::Transfers::new(self)
    }
    /// Operations tagged `Withdrawals` (3 operations): see [`resources::Withdrawals`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn withdrawals(&self) -> resources::Withdrawals<'_> {
        resources::Withdrawals::new(self)
    }
    /// Operations tagged `Payout methods` (2 operations): see [`resources::PayoutMethods`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn payout_methods(&self) -> resources::PayoutMethods<'_> {
        resources::PayoutMethods::new(self)
    }
    /// Operations tagged `Verifications` (2 operations): see [`resources::Verifications`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn verifications(&self) -> resources::Verifications<'_> {
        resources::Verifications::new(self)
    }
    /// Operations tagged `Payout accounts` (1 operations): see [`resources::PayoutAccounts`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn payout_accounts(&self) -> resources::PayoutAccounts<'_> {
        resources::PayoutAccounts::new(self)
    }
    /// Operations tagged `Users` (4 operations): see [`resources::Users`].
    ///
    /// Needs the `identity` cargo feature (on by default).
    #[cfg(feature = "identity")]
    pub fn users(&self) -> resources::Users<'_> {
        resources::Users::new(self)
    }
    /// Operations tagged `Companies` (5 operations): see [`resources::Companies`].
    ///
    /// Needs the `identity` cargo feature (on by default).
    #[cfg(feature = "identity")]
    pub fn companies(&self) -> resources::Companies<'_> {
        resources::Companies::new(self)
    }
    /// Operations tagged `Authorized users` (4 operations): see [`resources::AuthorizedUsers`].
    ///
    /// Needs the `identity` cargo feature (on by default).
    #[cfg(feature = "identity")]
    pub fn authorized_users(&self) -> resources::AuthorizedUsers<'_> {
        resources::AuthorizedUsers::new(self)
    }
    /// Operations tagged `Fee markups` (3 operations): see [`resources::FeeMarkups`].
    ///
    /// Needs the `identity` cargo feature (on by default).
    #[cfg(feature = "identity")]
    pub fn fee_markups(&self) -> resources::FeeMarkups<'_> {
        resources::FeeMarkups::new(self)
    }
    /// Operations tagged `Members` (2 operations): see [`resources::Members`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn members(&self) -> resources::Members<'_> {
        resources::Members::new(self)
    }
    /// Operations tagged `Memberships` (8 operations): see [`resources::Memberships`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn memberships(&self) -> resources::Memberships<'_> {
        resources::Memberships::new(self)
    }
    /// Operations tagged `Leads` (4 operations): see [`resources::Leads`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn leads(&self) -> resources::Leads<'_> {
        resources::Leads::new(self)
    }
    /// Operations tagged `Entries` (4 operations): see [`resources::Entries`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn entries(&self) -> resources::Entries<'_> {
        resources::Entries::new(self)
    }
    /// Operations tagged `Shipments` (3 operations): see [`resources::Shipments`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn shipments(&self) -> resources::Shipments<'_> {
        resources::Shipments::new(self)
    }
    /// Operations tagged `Reviews` (2 operations): see [`resources::Reviews`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn reviews(&self) -> resources::Reviews<'_> {
        resources::Reviews::new(self)
    }
    /// Operations tagged `Company token transactions` (3 operations): see [`resources::CompanyTokenTransactions`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn company_token_transactions(&self) -> resources::CompanyTokenTransactions<'_> {
        resources::CompanyTokenTransactions::new(self)
    }
    /// Operations tagged `Affiliates` (10 operations): see [`resources::Affiliates`].
    ///
    /// Needs the `crm` cargo feature (on by default).
    #[cfg(feature = "crm")]
    pub fn affiliates(&self) -> resources::Affiliates<'_> {
        resources::Affiliates::new(self)
    }
    /// Operations tagged `Experiences` (8 operations): see [`resources::Experiences`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn experiences(&self) -> resources::Experiences<'_> {
        resources::Experiences::new(self)
    }
    /// Operations tagged `Forums` (3 operations): see [`resources::Forums`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn forums(&self) -> resources::Forums<'_> {
        resources::Forums::new(self)
    }
    /// Operations tagged `Forum posts` (4 operations): see [`resources::ForumPosts`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn forum_posts(&self) -> resources::ForumPosts<'_> {
        resources::ForumPosts::new(self)
    }
    /// Operations tagged `Chat channels` (3 operations): see [`resources::ChatChannels`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn chat_channels(&self) -> resources::ChatChannels<'_> {
        resources::ChatChannels::new(self)
    }
    /// Operations tagged `Support channels` (3 operations): see [`resources::SupportChannels`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn support_channels(&self) -> resources::SupportChannels<'_> {
        resources::SupportChannels::new(self)
    }
    /// Operations tagged `Messages` (5 operations): see [`resources::Messages`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn messages(&self) -> resources::Messages<'_> {
        resources::Messages::new(self)
    }
    /// Operations tagged `Reactions` (4 operations): see [`resources::Reactions`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn reactions(&self) -> resources::Reactions<'_> {
        resources::Reactions::new(self)
    }
    /// Operations tagged `Dm members` (5 operations): see [`resources::DmMembers`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn dm_members(&self) -> resources::DmMembers<'_> {
        resources::DmMembers::new(self)
    }
    /// Operations tagged `Dm channels` (5 operations): see [`resources::DmChannels`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn dm_channels(&self) -> resources::DmChannels<'_> {
        resources::DmChannels::new(self)
    }
    /// Operations tagged `Courses` (5 operations): see [`resources::Courses`].
    ///
    /// Needs the `courses` cargo feature (on by default).
    #[cfg(feature = "courses")]
    pub fn courses(&self) -> resources::Courses<'_> {
        resources::Courses::new(self)
    }
    /// Operations tagged `Course chapters` (5 operations): see [`resources::CourseChapters`].
    ///
    /// Needs the `courses` cargo feature (on by default).
    #[cfg(feature = "courses")]
    pub fn course_chapters(&self) -> resources::CourseChapters<'_> {
        resources::CourseChapters::new(self)
    }
    /// Operations tagged `Course lessons` (8 operations): see [`resources::CourseLessons`].
    ///
    /// Needs the `courses` cargo feature (on by default).
    #[cfg(feature = "courses")]
    pub fn course_lessons(&self) -> resources::CourseLessons<'_> {
        resources::CourseLessons::new(self)
    }
    /// Operations tagged `Course students` (2 operations): see [`resources::CourseStudents`].
    ///
    /// Needs the `courses` cargo feature (on by default).
    #[cfg(feature = "courses")]
    pub fn course_students(&self) -> resources::CourseStudents<'_> {
        resources::CourseStudents::new(self)
    }
    /// Operations tagged `Course lesson interactions` (2 operations): see [`resources::CourseLessonInteractions`].
    ///
    /// Needs the `courses` cargo feature (on by default).
    #[cfg(feature = "courses")]
    pub fn course_lesson_interactions(&self) -> resources::CourseLessonInteractions<'_> {
        resources::CourseLessonInteractions::new(self)
    }
    /// Operations tagged `Apps` (4 operations): see [`resources::Apps`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn apps(&self) -> resources::Apps<'_> {
        resources::Apps::new(self)
    }
    /// Operations tagged `Webhooks` (5 operations): see [`resources::Webhooks`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn webhooks(&self) -> resources::Webhooks<'_> {
        resources::Webhooks::new(self)
    }
    /// Operations tagged `App builds` (4 operations): see [`resources::AppBuilds`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn app_builds(&self) -> resources::AppBuilds<'_> {
        resources::AppBuilds::new(self)
    }
    /// Operations tagged `Files` (2 operations): see [`resources::Files`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn files(&self) -> resources::Files<'_> {
        resources::Files::new(self)
    }
    /// Operations tagged `Ai chats` (5 operations): see [`resources::AiChats`].
    ///
    /// Needs the `ai` cargo feature (on by default).
    #[cfg(feature = "ai")]
    pub fn ai_chats(&self) -> resources::AiChats<'_> {
        resources::AiChats::new(self)
    }
    /// Operations tagged `Bounties` (3 operations): see [`resources::Bounties`].
    ///
    /// Needs the `bounties` cargo feature (on by default).
    #[cfg(feature = "bounties")]
    pub fn bounties(&self) -> resources::Bounties<'_> {
        resources::Bounties::new(self)
    }
    /// Operations tagged `Stats` (4 operations): see [`resources::Stats`].
    ///
    /// Needs the `stats` cargo feature (on by default).
    #[cfg(feature = "stats")]
    pub fn stats(&self) -> resources::Stats<'_> {
        resources::Stats::new(self)
    }
    /// Operations tagged `Ad campaigns` (6 operations): see [`resources::AdCampaigns`].
    ///
    /// Needs the `ads` cargo feature (on by default).
    #[cfg(feature = "ads")]
    pub fn ad_campaigns(&self) -> resources::AdCampaigns<'_> {
        resources::AdCampaigns::new(self)
    }
    /// Operations tagged `Ad groups` (5 operations): see [`resources::AdGroups`].
    ///
    /// Needs the `ads` cargo feature (on by default).
    #[cfg(feature = "ads")]
    pub fn ad_groups(&self) -> resources::AdGroups<'_> {
        resources::AdGroups::new(self)
    }
    /// Operations tagged `Ads` (3 operations): see [`resources::Ads`].
    ///
    /// Needs the `ads` cargo feature (on by default).
    #[cfg(feature = "ads")]
    pub fn ads(&self) -> resources::Ads<'_> {
        resources::Ads::new(self)
    }
    /// Operations tagged `Topups` (1 operations): see [`resources::Topups`].
    ///
    /// Needs the `payouts` cargo feature (on by default).
    #[cfg(feature = "payouts")]
    pub fn topups(&self) -> resources::Topups<'_> {
        resources::Topups::new(self)
    }
    /// Operations tagged `Notifications` (1 operations): see [`resources::Notifications`].
    ///
    /// Needs the `engagement` cargo feature (on by default).
    #[cfg(feature = "engagement")]
    pub fn notifications(&self) -> resources::Notifications<'_> {
        resources::Notifications::new(self)
    }
    /// Operations tagged `Access tokens` (1 operations): see [`resources::AccessTokens`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn access_tokens(&self) -> resources::AccessTokens<'_> {
        resources::AccessTokens::new(self)
    }
    /// Operations tagged `Account links` (1 operations): see [`resources::AccountLinks`].
    ///
    /// Needs the `developer` cargo feature (on by default).
    #[cfg(feature = "developer")]
    pub fn account_links(&self) -> resources::AccountLinks<'_> {
        resources::AccountLinks::new(self)
    }
    /// Operations tagged `Conversions` (1 operations): see [`resources::Conversions`].
    ///
    /// Needs the `ads` cargo feature (on by default).
    #[cfg(feature = "ads")]
    pub fn conversions(&self) -> resources::Conversions<'_> {
        resources::Conversions::new(self)
    }
    /// Verifies a webhook delivery's Standard Webhooks signature with the
    /// client's webhook secret (`webhook-id`, `webhook-timestamp` and
    /// `webhook-signature` headers; 5-minute tolerance), then decodes the
    /// payload into a [`types::WebhookPayload`].
    ///
    /// ```no_run
    /// # fn handle(client: &whop_client::Client, body: &[u8], headers: &reqwest::header::HeaderMap) {
    /// match client.unwrap_webhook(body, headers) {
    ///     Ok(event) => println!("received {}", event.event_type()),
    ///     Err(e) => eprintln!("rejected webhook: {e}"),
    /// }
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`runtime::WebhookError`] when no secret is configured, a header is
    /// missing, the timestamp is outside the tolerance, no signature
    /// matches, or the verified payload does not decode.
    #[cfg(feature = "webhook-events")]
    pub fn unwrap_webhook(
        &self,
        payload: &[u8],
        headers: &reqwest::header::HeaderMap,
    ) -> std::result::Result<types::WebhookPayload, runtime::WebhookError> {
        self.parse_webhook(payload, headers)
    }
}
