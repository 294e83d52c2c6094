//! Generated: every wire value of every string enum round-trips, and an
//! unknown value decodes to `Unknown` and re-encodes unchanged.
#![cfg_attr(
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
use std::fmt::Debug;
use serde::{de::DeserializeOwned, Serialize};
use whop_client::types::*;
fn check<T>(expected: usize, values: &[&str], is_unknown: fn(&T) -> bool)
where
    T: Serialize + DeserializeOwned + Debug + PartialEq + std::fmt::Display
        + std::str::FromStr,
    <T as std::str::FromStr>::Err: Debug,
{
    assert_eq!(values.len(), expected, "{}", std::any::type_name:: < T > ());
    for wire in values {
        let json = serde_json::Value::String((*wire).to_owned());
        let decoded: T = serde_json::from_value(json.clone())
            .expect("a known value decodes");
        assert!(! is_unknown(& decoded), "{wire:?} decoded to Unknown");
        assert_eq!(decoded.to_string(), * wire);
        assert_eq!(serde_json::to_value(& decoded).expect("encodes"), json);
        assert_eq!(wire.parse:: < T > ().expect("parses"), decoded);
    }
    let novel = serde_json::Value::String("a value the spec does not list".to_owned());
    let decoded: T = serde_json::from_value(novel.clone())
        .expect("an unknown value decodes");
    assert!(is_unknown(& decoded));
    assert_eq!(serde_json::to_value(& decoded).expect("encodes"), novel);
}

#[test]
fn every_enum_round_trips() {
    #[cfg(feature = "payins")]
    check::<Visibility>(4usize, Visibility::VALUES, Visibility::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        AccessPassTypes,
    >(4usize, AccessPassTypes::VALUES, AccessPassTypes::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        VisibilityFilter,
    >(7usize, VisibilityFilter::VALUES, VisibilityFilter::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        AccessPassOrder,
    >(4usize, AccessPassOrder::VALUES, AccessPassOrder::is_unknown);
    #[cfg(
        any(
            feature = "payins",
            feature = "cards",
            feature = "payouts",
            feature = "identity",
            feature = "crm",
            feature = "engagement",
            feature = "developer",
            feature = "bounties",
            feature = "stats"
        )
    )] check::<Direction>(2usize, Direction::VALUES, Direction::is_unknown);
    #[cfg(feature = "payins")]
    check::<CustomCtas>(13usize, CustomCtas::VALUES, CustomCtas::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        GlobalAffiliateStatuses,
    >(2usize, GlobalAffiliateStatuses::VALUES, GlobalAffiliateStatuses::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        ProductTaxCodeProductTypes,
    >(
        3usize,
        ProductTaxCodeProductTypes::VALUES,
        ProductTaxCodeProductTypes::is_unknown,
    );
    #[cfg(feature = "payins")]
    check::<PlanTypes>(2usize, PlanTypes::VALUES, PlanTypes::is_unknown);
    #[cfg(feature = "payins")]
    check::<ReleaseMethod>(2usize, ReleaseMethod::VALUES, ReleaseMethod::is_unknown);
    #[cfg(
        any(
            feature = "payins",
            feature = "payouts",
            feature = "crm",
            feature = "engagement",
            feature = "bounties",
            feature = "ads",
            feature = "webhook-events"
        )
    )] check::<Currencies>(87usize, Currencies::VALUES, Currencies::is_unknown);
    #[cfg(any(feature = "payins", feature = "ads", feature = "webhook-events"))]
    check::<
        PaymentMethodTypes,
    >(113usize, PaymentMethodTypes::VALUES, PaymentMethodTypes::is_unknown);
    #[cfg(feature = "payins")]
    check::<PlansOrder>(5usize, PlansOrder::VALUES, PlansOrder::is_unknown);
    #[cfg(feature = "payins")]
    check::<TaxTypes>(3usize, TaxTypes::VALUES, TaxTypes::is_unknown);
    #[cfg(any(feature = "payins", feature = "payouts", feature = "webhook-events"))]
    check::<ReceiptStatus>(7usize, ReceiptStatus::VALUES, ReceiptStatus::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        FriendlyReceiptStatus,
    >(28usize, FriendlyReceiptStatus::VALUES, FriendlyReceiptStatus::is_unknown);
    #[cfg(any(feature = "payins", feature = "crm", feature = "webhook-events"))]
    check::<
        MembershipStatus,
    >(9usize, MembershipStatus::VALUES, MembershipStatus::is_unknown);
    #[cfg(any(feature = "payins", feature = "ads", feature = "webhook-events"))]
    check::<CardBrands>(40usize, CardBrands::VALUES, CardBrands::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<PromoTypes>(2usize, PromoTypes::VALUES, PromoTypes::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<BillingReasons>(6usize, BillingReasons::VALUES, BillingReasons::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ReceiptTaxBehaviors,
    >(4usize, ReceiptTaxBehaviors::VALUES, ReceiptTaxBehaviors::is_unknown);
    #[cfg(feature = "payins")]
    check::<ReceiptV2Order>(3usize, ReceiptV2Order::VALUES, ReceiptV2Order::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        PaymentTransactionStatuses,
    >(
        11usize,
        PaymentTransactionStatuses::VALUES,
        PaymentTransactionStatuses::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        PaymentTransactionTypes,
    >(12usize, PaymentTransactionTypes::VALUES, PaymentTransactionTypes::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        DisputeStatuses,
    >(9usize, DisputeStatuses::VALUES, DisputeStatuses::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseStatuses,
    >(
        8usize,
        ResolutionCenterCaseStatuses::VALUES,
        ResolutionCenterCaseStatuses::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseIssueTypes,
    >(
        5usize,
        ResolutionCenterCaseIssueTypes::VALUES,
        ResolutionCenterCaseIssueTypes::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseCustomerResponses,
    >(
        3usize,
        ResolutionCenterCaseCustomerResponses::VALUES,
        ResolutionCenterCaseCustomerResponses::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseMerchantResponses,
    >(
        5usize,
        ResolutionCenterCaseMerchantResponses::VALUES,
        ResolutionCenterCaseMerchantResponses::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCasePlatformResponses,
    >(
        5usize,
        ResolutionCenterCasePlatformResponses::VALUES,
        ResolutionCenterCasePlatformResponses::is_unknown,
    );
    #[cfg(feature = "payins")]
    check::<
        SpecificFeeOrigins,
    >(31usize, SpecificFeeOrigins::VALUES, SpecificFeeOrigins::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<RefundStatuses>(5usize, RefundStatuses::VALUES, RefundStatuses::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        PaymentProviders,
    >(15usize, PaymentProviders::VALUES, PaymentProviders::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        RefundReferenceStatuses,
    >(3usize, RefundReferenceStatuses::VALUES, RefundReferenceStatuses::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        RefundReferenceTypes,
    >(3usize, RefundReferenceTypes::VALUES, RefundReferenceTypes::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        DisputeAlertTypes,
    >(3usize, DisputeAlertTypes::VALUES, DisputeAlertTypes::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseActions,
    >(
        11usize,
        ResolutionCenterCaseActions::VALUES,
        ResolutionCenterCaseActions::is_unknown,
    );
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        ResolutionCenterCaseReporters,
    >(
        4usize,
        ResolutionCenterCaseReporters::VALUES,
        ResolutionCenterCaseReporters::is_unknown,
    );
    #[cfg(feature = "payins")]
    check::<CheckoutModes>(2usize, CheckoutModes::VALUES, CheckoutModes::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        SetupIntentStatuses,
    >(4usize, SetupIntentStatuses::VALUES, SetupIntentStatuses::is_unknown);
    #[cfg(any(feature = "payins", feature = "webhook-events"))]
    check::<
        InvoiceStatuses,
    >(6usize, InvoiceStatuses::VALUES, InvoiceStatuses::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        InvoiceCollectionMethods,
    >(2usize, InvoiceCollectionMethods::VALUES, InvoiceCollectionMethods::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        InvoicesSortableColumns,
    >(3usize, InvoicesSortableColumns::VALUES, InvoicesSortableColumns::is_unknown);
    #[cfg(feature = "payins")]
    check::<PromoDurations>(3usize, PromoDurations::VALUES, PromoDurations::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        PromoCodeStatus,
    >(3usize, PromoCodeStatus::VALUES, PromoCodeStatus::is_unknown);
    #[cfg(feature = "cards")]
    check::<
        CardIssuingTransactionStatus,
    >(
        4usize,
        CardIssuingTransactionStatus::VALUES,
        CardIssuingTransactionStatus::is_unknown,
    );
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        PayoutAccountCalculatedStatuses,
    >(
        6usize,
        PayoutAccountCalculatedStatuses::VALUES,
        PayoutAccountCalculatedStatuses::is_unknown,
    );
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        VerificationStatuses,
    >(14usize, VerificationStatuses::VALUES, VerificationStatuses::is_unknown);
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        VerificationErrorCodes,
    >(19usize, VerificationErrorCodes::VALUES, VerificationErrorCodes::is_unknown);
    #[cfg(feature = "payouts")]
    check::<
        PaymentsApprovalStatuses,
    >(4usize, PaymentsApprovalStatuses::VALUES, PaymentsApprovalStatuses::is_unknown);
    #[cfg(feature = "payouts")]
    check::<LedgerTypes>(2usize, LedgerTypes::VALUES, LedgerTypes::is_unknown);
    #[cfg(feature = "payouts")]
    check::<
        CreditTransactionTransfersSortableColumns,
    >(
        2usize,
        CreditTransactionTransfersSortableColumns::VALUES,
        CreditTransactionTransfersSortableColumns::is_unknown,
    );
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        WithdrawalStatus,
    >(7usize, WithdrawalStatus::VALUES, WithdrawalStatus::is_unknown);
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        WithdrawalFeeTypes,
    >(2usize, WithdrawalFeeTypes::VALUES, WithdrawalFeeTypes::is_unknown);
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        WithdrawalSpeeds,
    >(2usize, WithdrawalSpeeds::VALUES, WithdrawalSpeeds::is_unknown);
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        PayoutErrorCodes,
    >(47usize, PayoutErrorCodes::VALUES, PayoutErrorCodes::is_unknown);
    #[cfg(any(feature = "payouts", feature = "webhook-events"))]
    check::<
        PayoutDestinationCategory,
    >(6usize, PayoutDestinationCategory::VALUES, PayoutDestinationCategory::is_unknown);
    #[cfg(any(feature = "identity", feature = "crm"))]
    check::<AccessLevel>(3usize, AccessLevel::VALUES, AccessLevel::is_unknown);
    #[cfg(feature = "identity")]
    check::<
        SocialLinkWebsites,
    >(9usize, SocialLinkWebsites::VALUES, SocialLinkWebsites::is_unknown);
    #[cfg(feature = "identity")]
    check::<
        AuthorizedUserRoles,
    >(9usize, AuthorizedUserRoles::VALUES, AuthorizedUserRoles::is_unknown);
    #[cfg(feature = "identity")]
    check::<FeeMarkupTypes>(5usize, FeeMarkupTypes::VALUES, FeeMarkupTypes::is_unknown);
    #[cfg(feature = "crm")]
    check::<MemberStatuses>(3usize, MemberStatuses::VALUES, MemberStatuses::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        MemberMostRecentActions,
    >(14usize, MemberMostRecentActions::VALUES, MemberMostRecentActions::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        MembersSortableColumns,
    >(5usize, MembersSortableColumns::VALUES, MembersSortableColumns::is_unknown);
    #[cfg(any(feature = "crm", feature = "webhook-events"))]
    check::<CancelOptions>(7usize, CancelOptions::VALUES, CancelOptions::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        MembershipsSortableColumns,
    >(
        6usize,
        MembershipsSortableColumns::VALUES,
        MembershipsSortableColumns::is_unknown,
    );
    #[cfg(any(feature = "crm", feature = "webhook-events"))]
    check::<EntryStatus>(5usize, EntryStatus::VALUES, EntryStatus::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        EntriesSortableColumns,
    >(2usize, EntriesSortableColumns::VALUES, EntriesSortableColumns::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        ShipmentStatuses,
    >(10usize, ShipmentStatuses::VALUES, ShipmentStatuses::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        ShipmentSubstatuses,
    >(28usize, ShipmentSubstatuses::VALUES, ShipmentSubstatuses::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        ShipmentCarriers,
    >(76usize, ShipmentCarriers::VALUES, ShipmentCarriers::is_unknown);
    #[cfg(feature = "crm")]
    check::<ReviewStatus>(3usize, ReviewStatus::VALUES, ReviewStatus::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        CompanyTokenTransactionTypes,
    >(
        3usize,
        CompanyTokenTransactionTypes::VALUES,
        CompanyTokenTransactionTypes::is_unknown,
    );
    #[cfg(feature = "crm")] check::<Status>(3usize, Status::VALUES, Status::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        AffiliatesSortableColumns,
    >(4usize, AffiliatesSortableColumns::VALUES, AffiliatesSortableColumns::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        AffiliateOverrideRoles,
    >(2usize, AffiliateOverrideRoles::VALUES, AffiliateOverrideRoles::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        AffiliatePayoutTypes,
    >(2usize, AffiliatePayoutTypes::VALUES, AffiliatePayoutTypes::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        AffiliateAppliesToPayments,
    >(
        2usize,
        AffiliateAppliesToPayments::VALUES,
        AffiliateAppliesToPayments::is_unknown,
    );
    #[cfg(feature = "crm")]
    check::<
        AffiliateAppliesToProducts,
    >(
        2usize,
        AffiliateAppliesToProducts::VALUES,
        AffiliateAppliesToProducts::is_unknown,
    );
    #[cfg(feature = "crm")]
    check::<
        AffiliateRevenueBases,
    >(2usize, AffiliateRevenueBases::VALUES, AffiliateRevenueBases::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        ForumWhoCanPostTypes,
    >(2usize, ForumWhoCanPostTypes::VALUES, ForumWhoCanPostTypes::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        ForumWhoCanCommentTypes,
    >(2usize, ForumWhoCanCommentTypes::VALUES, ForumWhoCanCommentTypes::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        ForumEmailNotificationPreferences,
    >(
        3usize,
        ForumEmailNotificationPreferences::VALUES,
        ForumEmailNotificationPreferences::is_unknown,
    );
    #[cfg(feature = "engagement")]
    check::<
        WhoCanPostTypes,
    >(2usize, WhoCanPostTypes::VALUES, WhoCanPostTypes::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        WhoCanReactTypes,
    >(2usize, WhoCanReactTypes::VALUES, WhoCanReactTypes::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        SupportChannelView,
    >(3usize, SupportChannelView::VALUES, SupportChannelView::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        MessageChannelOrder,
    >(2usize, MessageChannelOrder::VALUES, MessageChannelOrder::is_unknown);
    #[cfg(feature = "engagement")]
    check::<DmsPostTypes>(3usize, DmsPostTypes::VALUES, DmsPostTypes::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        DmsFeedMemberStatuses,
    >(5usize, DmsFeedMemberStatuses::VALUES, DmsFeedMemberStatuses::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        DmsFeedMemberNotificationPreferences,
    >(
        3usize,
        DmsFeedMemberNotificationPreferences::VALUES,
        DmsFeedMemberNotificationPreferences::is_unknown,
    );
    #[cfg(feature = "courses")]
    check::<Languages>(22usize, Languages::VALUES, Languages::is_unknown);
    #[cfg(feature = "courses")]
    check::<
        CourseVisibilities,
    >(2usize, CourseVisibilities::VALUES, CourseVisibilities::is_unknown);
    #[cfg(feature = "courses")]
    check::<LessonTypes>(6usize, LessonTypes::VALUES, LessonTypes::is_unknown);
    #[cfg(feature = "courses")]
    check::<
        LessonVisibilities,
    >(2usize, LessonVisibilities::VALUES, LessonVisibilities::is_unknown);
    #[cfg(feature = "courses")]
    check::<EmbedTypes>(2usize, EmbedTypes::VALUES, EmbedTypes::is_unknown);
    #[cfg(feature = "courses")]
    check::<
        MuxAssetStatuses,
    >(3usize, MuxAssetStatuses::VALUES, MuxAssetStatuses::is_unknown);
    #[cfg(feature = "courses")]
    check::<
        CoursesAssessmentQuestionTypes,
    >(
        4usize,
        CoursesAssessmentQuestionTypes::VALUES,
        CoursesAssessmentQuestionTypes::is_unknown,
    );
    #[cfg(feature = "developer")]
    check::<AppStatuses>(3usize, AppStatuses::VALUES, AppStatuses::is_unknown);
    #[cfg(feature = "developer")]
    check::<AppTypes>(4usize, AppTypes::VALUES, AppTypes::is_unknown);
    #[cfg(feature = "developer")]
    check::<AppOrder>(12usize, AppOrder::VALUES, AppOrder::is_unknown);
    #[cfg(feature = "developer")]
    check::<AppViewTypes>(7usize, AppViewTypes::VALUES, AppViewTypes::is_unknown);
    #[cfg(feature = "developer")]
    check::<WebhookEvent>(33usize, WebhookEvent::VALUES, WebhookEvent::is_unknown);
    #[cfg(feature = "developer")]
    check::<ApiVersion>(3usize, ApiVersion::VALUES, ApiVersion::is_unknown);
    #[cfg(feature = "developer")]
    check::<
        AppBuildPlatforms,
    >(3usize, AppBuildPlatforms::VALUES, AppBuildPlatforms::is_unknown);
    #[cfg(feature = "developer")]
    check::<
        AppBuildStatuses,
    >(4usize, AppBuildStatuses::VALUES, AppBuildStatuses::is_unknown);
    #[cfg(feature = "developer")]
    check::<UploadStatuses>(4usize, UploadStatuses::VALUES, UploadStatuses::is_unknown);
    #[cfg(feature = "developer")]
    check::<FileVisibility>(2usize, FileVisibility::VALUES, FileVisibility::is_unknown);
    #[cfg(feature = "ai")]
    check::<
        AiChatNotificationPreferences,
    >(
        2usize,
        AiChatNotificationPreferences::VALUES,
        AiChatNotificationPreferences::is_unknown,
    );
    #[cfg(feature = "bounties")]
    check::<Statuses>(2usize, Statuses::VALUES, Statuses::is_unknown);
    #[cfg(feature = "bounties")]
    check::<BountyTypes>(3usize, BountyTypes::VALUES, BountyTypes::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        AdCampaignStatuses,
    >(11usize, AdCampaignStatuses::VALUES, AdCampaignStatuses::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        AdCampaignPlatforms,
    >(2usize, AdCampaignPlatforms::VALUES, AdCampaignPlatforms::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        CampaignConfigObjective,
    >(5usize, CampaignConfigObjective::VALUES, CampaignConfigObjective::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        CampaignConfigBidStrategy,
    >(3usize, CampaignConfigBidStrategy::VALUES, CampaignConfigBidStrategy::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        CampaignConfigStatus,
    >(2usize, CampaignConfigStatus::VALUES, CampaignConfigStatus::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        ExternalAdGroupStatuses,
    >(6usize, ExternalAdGroupStatuses::VALUES, ExternalAdGroupStatuses::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigStatus,
    >(
        2usize,
        MetaAdGroupPlatformConfigStatus::VALUES,
        MetaAdGroupPlatformConfigStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigBidStrategy,
    >(
        4usize,
        MetaAdGroupPlatformConfigBidStrategy::VALUES,
        MetaAdGroupPlatformConfigBidStrategy::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigOptimizationGoal,
    >(
        35usize,
        MetaAdGroupPlatformConfigOptimizationGoal::VALUES,
        MetaAdGroupPlatformConfigOptimizationGoal::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigBillingEvent,
    >(
        11usize,
        MetaAdGroupPlatformConfigBillingEvent::VALUES,
        MetaAdGroupPlatformConfigBillingEvent::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigDestinationType,
    >(
        30usize,
        MetaAdGroupPlatformConfigDestinationType::VALUES,
        MetaAdGroupPlatformConfigDestinationType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigBudgetMode,
    >(
        3usize,
        TiktokAdGroupPlatformConfigBudgetMode::VALUES,
        TiktokAdGroupPlatformConfigBudgetMode::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigScheduleType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigScheduleType::VALUES,
        TiktokAdGroupPlatformConfigScheduleType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigOptimizationGoal,
    >(
        21usize,
        TiktokAdGroupPlatformConfigOptimizationGoal::VALUES,
        TiktokAdGroupPlatformConfigOptimizationGoal::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigBillingEvent,
    >(
        4usize,
        TiktokAdGroupPlatformConfigBillingEvent::VALUES,
        TiktokAdGroupPlatformConfigBillingEvent::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigBidType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigBidType::VALUES,
        TiktokAdGroupPlatformConfigBidType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigPacing,
    >(
        2usize,
        TiktokAdGroupPlatformConfigPacing::VALUES,
        TiktokAdGroupPlatformConfigPacing::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigPlacementType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigPlacementType::VALUES,
        TiktokAdGroupPlatformConfigPlacementType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigOperationStatus,
    >(
        2usize,
        TiktokAdGroupPlatformConfigOperationStatus::VALUES,
        TiktokAdGroupPlatformConfigOperationStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        AdGroupConfigBidStrategy,
    >(3usize, AdGroupConfigBidStrategy::VALUES, AdGroupConfigBidStrategy::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        AdGroupConfigOptimizationGoal,
    >(
        17usize,
        AdGroupConfigOptimizationGoal::VALUES,
        AdGroupConfigOptimizationGoal::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        AdGroupConfigBillingEvent,
    >(4usize, AdGroupConfigBillingEvent::VALUES, AdGroupConfigBillingEvent::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        AdGroupConfigPacing,
    >(2usize, AdGroupConfigPacing::VALUES, AdGroupConfigPacing::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TargetingGenders,
    >(3usize, TargetingGenders::VALUES, TargetingGenders::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TargetingPlacementTypes,
    >(2usize, TargetingPlacementTypes::VALUES, TargetingPlacementTypes::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TargetingDevicePlatforms,
    >(2usize, TargetingDevicePlatforms::VALUES, TargetingDevicePlatforms::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        ExternalAdStatuses,
    >(6usize, ExternalAdStatuses::VALUES, ExternalAdStatuses::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        MetaAdPlatformConfigCallToActionType,
    >(
        31usize,
        MetaAdPlatformConfigCallToActionType::VALUES,
        MetaAdPlatformConfigCallToActionType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdPlatformConfigAdFormat,
    >(
        5usize,
        TiktokAdPlatformConfigAdFormat::VALUES,
        TiktokAdPlatformConfigAdFormat::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdPlatformConfigIdentityType,
    >(
        4usize,
        TiktokAdPlatformConfigIdentityType::VALUES,
        TiktokAdPlatformConfigIdentityType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokCallToAction,
    >(22usize, TiktokCallToAction::VALUES, TiktokCallToAction::is_unknown);
    #[cfg(feature = "payins")]
    check::<CheckoutShapes>(3usize, CheckoutShapes::VALUES, CheckoutShapes::is_unknown);
    #[cfg(feature = "payins")]
    check::<CheckoutFonts>(3usize, CheckoutFonts::VALUES, CheckoutFonts::is_unknown);
    #[cfg(feature = "payins")]
    check::<
        TaxIdentifierTypes,
    >(111usize, TaxIdentifierTypes::VALUES, TaxIdentifierTypes::is_unknown);
    #[cfg(feature = "identity")]
    check::<
        PermissionSystemRoles,
    >(5usize, PermissionSystemRoles::VALUES, PermissionSystemRoles::is_unknown);
    #[cfg(feature = "crm")]
    check::<
        MembershipCancellationModes,
    >(
        2usize,
        MembershipCancellationModes::VALUES,
        MembershipCancellationModes::is_unknown,
    );
    #[cfg(feature = "engagement")]
    check::<
        ForumPostVisibilityTypes,
    >(2usize, ForumPostVisibilityTypes::VALUES, ForumPostVisibilityTypes::is_unknown);
    #[cfg(feature = "developer")]
    check::<
        AccountLinkUseCases,
    >(2usize, AccountLinkUseCases::VALUES, AccountLinkUseCases::is_unknown);
    #[cfg(feature = "ai")]
    check::<
        AiChatMessageSourceTypes,
    >(3usize, AiChatMessageSourceTypes::VALUES, AiChatMessageSourceTypes::is_unknown);
    #[cfg(feature = "ads")]
    check::<AdBudgetTypes>(2usize, AdBudgetTypes::VALUES, AdBudgetTypes::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        MetaAdGroupPlatformConfigLeadConversionLocation,
    >(
        6usize,
        MetaAdGroupPlatformConfigLeadConversionLocation::VALUES,
        MetaAdGroupPlatformConfigLeadConversionLocation::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<TiktokAgeGroup>(6usize, TiktokAgeGroup::VALUES, TiktokAgeGroup::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigGender,
    >(
        3usize,
        TiktokAdGroupPlatformConfigGender::VALUES,
        TiktokAdGroupPlatformConfigGender::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigSpendingPower,
    >(
        2usize,
        TiktokAdGroupPlatformConfigSpendingPower::VALUES,
        TiktokAdGroupPlatformConfigSpendingPower::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigAudienceType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigAudienceType::VALUES,
        TiktokAdGroupPlatformConfigAudienceType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokActionScene,
    >(4usize, TiktokActionScene::VALUES, TiktokActionScene::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokVideoUserAction,
    >(6usize, TiktokVideoUserAction::VALUES, TiktokVideoUserAction::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokOperatingSystem,
    >(2usize, TiktokOperatingSystem::VALUES, TiktokOperatingSystem::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigIos14Targeting,
    >(
        4usize,
        TiktokAdGroupPlatformConfigIos14Targeting::VALUES,
        TiktokAdGroupPlatformConfigIos14Targeting::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigBrandSafetyType,
    >(
        5usize,
        TiktokAdGroupPlatformConfigBrandSafetyType::VALUES,
        TiktokAdGroupPlatformConfigBrandSafetyType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus,
    >(
        2usize,
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::VALUES,
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigClickAttributionWindow,
    >(
        5usize,
        TiktokAdGroupPlatformConfigClickAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigClickAttributionWindow::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigViewAttributionWindow,
    >(
        3usize,
        TiktokAdGroupPlatformConfigViewAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigViewAttributionWindow::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow,
    >(
        3usize,
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigAttributionEventCount,
    >(
        3usize,
        TiktokAdGroupPlatformConfigAttributionEventCount::VALUES,
        TiktokAdGroupPlatformConfigAttributionEventCount::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType,
    >(
        6usize,
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::VALUES,
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdGroupPlatformConfigProductSource,
    >(
        3usize,
        TiktokAdGroupPlatformConfigProductSource::VALUES,
        TiktokAdGroupPlatformConfigProductSource::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        MetaAdPlatformConfigMultiAdvertiserEnrollment,
    >(
        2usize,
        MetaAdPlatformConfigMultiAdvertiserEnrollment::VALUES,
        MetaAdPlatformConfigMultiAdvertiserEnrollment::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokCallToActionMode,
    >(2usize, TiktokCallToActionMode::VALUES, TiktokCallToActionMode::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokAdPlatformConfigDarkPostStatus,
    >(
        2usize,
        TiktokAdPlatformConfigDarkPostStatus::VALUES,
        TiktokAdPlatformConfigDarkPostStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdPlatformConfigItemDuetStatus,
    >(
        2usize,
        TiktokAdPlatformConfigItemDuetStatus::VALUES,
        TiktokAdPlatformConfigItemDuetStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokAdPlatformConfigItemStitchStatus,
    >(
        2usize,
        TiktokAdPlatformConfigItemStitchStatus::VALUES,
        TiktokAdPlatformConfigItemStitchStatus::is_unknown,
    );
    #[cfg(feature = "ads")]
    check::<
        TiktokBrandSafetyPartner,
    >(5usize, TiktokBrandSafetyPartner::VALUES, TiktokBrandSafetyPartner::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokViewabilityPartner,
    >(4usize, TiktokViewabilityPartner::VALUES, TiktokViewabilityPartner::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokAigcDisclosure,
    >(4usize, TiktokAigcDisclosure::VALUES, TiktokAigcDisclosure::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokDisclaimer,
    >(3usize, TiktokDisclaimer::VALUES, TiktokDisclaimer::is_unknown);
    #[cfg(feature = "ads")]
    check::<TiktokFallback>(3usize, TiktokFallback::VALUES, TiktokFallback::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokDeeplinkFormat,
    >(3usize, TiktokDeeplinkFormat::VALUES, TiktokDeeplinkFormat::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        TiktokShoppingAdsFallback,
    >(3usize, TiktokShoppingAdsFallback::VALUES, TiktokShoppingAdsFallback::is_unknown);
    #[cfg(feature = "ads")]
    check::<
        EventActionSource,
    >(9usize, EventActionSource::VALUES, EventActionSource::is_unknown);
    #[cfg(feature = "ads")]
    check::<EventName>(6usize, EventName::VALUES, EventName::is_unknown);
    #[cfg(feature = "ads")]
    check::<EventGender>(2usize, EventGender::VALUES, EventGender::is_unknown);
    #[cfg(feature = "engagement")]
    check::<
        ExperienceAccessLevels,
    >(2usize, ExperienceAccessLevels::VALUES, ExperienceAccessLevels::is_unknown);
    #[cfg(feature = "developer")]
    check::<
        AppOauthClientTypes,
    >(2usize, AppOauthClientTypes::VALUES, AppOauthClientTypes::is_unknown);
}

#[test]
fn enum_count_matches_the_spec() {
    let generated = include_str!("../src/types.rs")
        .matches("\n    Unknown(String),\n")
        .count();
    assert_eq!(generated, 184usize);
}
