//! Generated: every wire value of every string enum round-trips, and an
//! unknown value decodes to `Unknown` and re-encodes unchanged.
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
    check::<Visibility>(4usize, Visibility::VALUES, Visibility::is_unknown);
    check::<
        AccessPassTypes,
    >(4usize, AccessPassTypes::VALUES, AccessPassTypes::is_unknown);
    check::<
        VisibilityFilter,
    >(7usize, VisibilityFilter::VALUES, VisibilityFilter::is_unknown);
    check::<
        AccessPassOrder,
    >(4usize, AccessPassOrder::VALUES, AccessPassOrder::is_unknown);
    check::<Direction>(2usize, Direction::VALUES, Direction::is_unknown);
    check::<CustomCtas>(13usize, CustomCtas::VALUES, CustomCtas::is_unknown);
    check::<
        GlobalAffiliateStatuses,
    >(2usize, GlobalAffiliateStatuses::VALUES, GlobalAffiliateStatuses::is_unknown);
    check::<
        ProductTaxCodeProductTypes,
    >(
        3usize,
        ProductTaxCodeProductTypes::VALUES,
        ProductTaxCodeProductTypes::is_unknown,
    );
    check::<PlanTypes>(2usize, PlanTypes::VALUES, PlanTypes::is_unknown);
    check::<ReleaseMethod>(2usize, ReleaseMethod::VALUES, ReleaseMethod::is_unknown);
    check::<Currencies>(87usize, Currencies::VALUES, Currencies::is_unknown);
    check::<
        PaymentMethodTypes,
    >(113usize, PaymentMethodTypes::VALUES, PaymentMethodTypes::is_unknown);
    check::<PlansOrder>(5usize, PlansOrder::VALUES, PlansOrder::is_unknown);
    check::<TaxTypes>(3usize, TaxTypes::VALUES, TaxTypes::is_unknown);
    check::<ReceiptStatus>(7usize, ReceiptStatus::VALUES, ReceiptStatus::is_unknown);
    check::<
        FriendlyReceiptStatus,
    >(28usize, FriendlyReceiptStatus::VALUES, FriendlyReceiptStatus::is_unknown);
    check::<
        MembershipStatus,
    >(9usize, MembershipStatus::VALUES, MembershipStatus::is_unknown);
    check::<CardBrands>(40usize, CardBrands::VALUES, CardBrands::is_unknown);
    check::<PromoTypes>(2usize, PromoTypes::VALUES, PromoTypes::is_unknown);
    check::<BillingReasons>(6usize, BillingReasons::VALUES, BillingReasons::is_unknown);
    check::<
        ReceiptTaxBehaviors,
    >(4usize, ReceiptTaxBehaviors::VALUES, ReceiptTaxBehaviors::is_unknown);
    check::<ReceiptV2Order>(3usize, ReceiptV2Order::VALUES, ReceiptV2Order::is_unknown);
    check::<
        PaymentTransactionStatuses,
    >(
        11usize,
        PaymentTransactionStatuses::VALUES,
        PaymentTransactionStatuses::is_unknown,
    );
    check::<
        PaymentTransactionTypes,
    >(12usize, PaymentTransactionTypes::VALUES, PaymentTransactionTypes::is_unknown);
    check::<
        DisputeStatuses,
    >(9usize, DisputeStatuses::VALUES, DisputeStatuses::is_unknown);
    check::<
        ResolutionCenterCaseStatuses,
    >(
        8usize,
        ResolutionCenterCaseStatuses::VALUES,
        ResolutionCenterCaseStatuses::is_unknown,
    );
    check::<
        ResolutionCenterCaseIssueTypes,
    >(
        5usize,
        ResolutionCenterCaseIssueTypes::VALUES,
        ResolutionCenterCaseIssueTypes::is_unknown,
    );
    check::<
        ResolutionCenterCaseCustomerResponses,
    >(
        3usize,
        ResolutionCenterCaseCustomerResponses::VALUES,
        ResolutionCenterCaseCustomerResponses::is_unknown,
    );
    check::<
        ResolutionCenterCaseMerchantResponses,
    >(
        5usize,
        ResolutionCenterCaseMerchantResponses::VALUES,
        ResolutionCenterCaseMerchantResponses::is_unknown,
    );
    check::<
        ResolutionCenterCasePlatformResponses,
    >(
        5usize,
        ResolutionCenterCasePlatformResponses::VALUES,
        ResolutionCenterCasePlatformResponses::is_unknown,
    );
    check::<
        SpecificFeeOrigins,
    >(31usize, SpecificFeeOrigins::VALUES, SpecificFeeOrigins::is_unknown);
    check::<RefundStatuses>(5usize, RefundStatuses::VALUES, RefundStatuses::is_unknown);
    check::<
        PaymentProviders,
    >(15usize, PaymentProviders::VALUES, PaymentProviders::is_unknown);
    check::<
        RefundReferenceStatuses,
    >(3usize, RefundReferenceStatuses::VALUES, RefundReferenceStatuses::is_unknown);
    check::<
        RefundReferenceTypes,
    >(3usize, RefundReferenceTypes::VALUES, RefundReferenceTypes::is_unknown);
    check::<
        DisputeAlertTypes,
    >(3usize, DisputeAlertTypes::VALUES, DisputeAlertTypes::is_unknown);
    check::<
        ResolutionCenterCaseActions,
    >(
        11usize,
        ResolutionCenterCaseActions::VALUES,
        ResolutionCenterCaseActions::is_unknown,
    );
    check::<
        ResolutionCenterCaseReporters,
    >(
        4usize,
        ResolutionCenterCaseReporters::VALUES,
        ResolutionCenterCaseReporters::is_unknown,
    );
    check::<CheckoutModes>(2usize, CheckoutModes::VALUES, CheckoutModes::is_unknown);
    check::<
        SetupIntentStatuses,
    >(4usize, SetupIntentStatuses::VALUES, SetupIntentStatuses::is_unknown);
    check::<
        InvoiceStatuses,
    >(6usize, InvoiceStatuses::VALUES, InvoiceStatuses::is_unknown);
    check::<
        InvoiceCollectionMethods,
    >(2usize, InvoiceCollectionMethods::VALUES, InvoiceCollectionMethods::is_unknown);
    check::<
        InvoicesSortableColumns,
    >(3usize, InvoicesSortableColumns::VALUES, InvoicesSortableColumns::is_unknown);
    check::<PromoDurations>(3usize, PromoDurations::VALUES, PromoDurations::is_unknown);
    check::<
        PromoCodeStatus,
    >(3usize, PromoCodeStatus::VALUES, PromoCodeStatus::is_unknown);
    check::<
        CardIssuingTransactionStatus,
    >(
        4usize,
        CardIssuingTransactionStatus::VALUES,
        CardIssuingTransactionStatus::is_unknown,
    );
    check::<
        PayoutAccountCalculatedStatuses,
    >(
        6usize,
        PayoutAccountCalculatedStatuses::VALUES,
        PayoutAccountCalculatedStatuses::is_unknown,
    );
    check::<
        VerificationStatuses,
    >(14usize, VerificationStatuses::VALUES, VerificationStatuses::is_unknown);
    check::<
        VerificationErrorCodes,
    >(19usize, VerificationErrorCodes::VALUES, VerificationErrorCodes::is_unknown);
    check::<
        PaymentsApprovalStatuses,
    >(4usize, PaymentsApprovalStatuses::VALUES, PaymentsApprovalStatuses::is_unknown);
    check::<LedgerTypes>(2usize, LedgerTypes::VALUES, LedgerTypes::is_unknown);
    check::<
        CreditTransactionTransfersSortableColumns,
    >(
        2usize,
        CreditTransactionTransfersSortableColumns::VALUES,
        CreditTransactionTransfersSortableColumns::is_unknown,
    );
    check::<
        WithdrawalStatus,
    >(7usize, WithdrawalStatus::VALUES, WithdrawalStatus::is_unknown);
    check::<
        WithdrawalFeeTypes,
    >(2usize, WithdrawalFeeTypes::VALUES, WithdrawalFeeTypes::is_unknown);
    check::<
        WithdrawalSpeeds,
    >(2usize, WithdrawalSpeeds::VALUES, WithdrawalSpeeds::is_unknown);
    check::<
        PayoutErrorCodes,
    >(47usize, PayoutErrorCodes::VALUES, PayoutErrorCodes::is_unknown);
    check::<
        PayoutDestinationCategory,
    >(6usize, PayoutDestinationCategory::VALUES, PayoutDestinationCategory::is_unknown);
    check::<AccessLevel>(3usize, AccessLevel::VALUES, AccessLevel::is_unknown);
    check::<
        SocialLinkWebsites,
    >(9usize, SocialLinkWebsites::VALUES, SocialLinkWebsites::is_unknown);
    check::<
        AuthorizedUserRoles,
    >(9usize, AuthorizedUserRoles::VALUES, AuthorizedUserRoles::is_unknown);
    check::<FeeMarkupTypes>(5usize, FeeMarkupTypes::VALUES, FeeMarkupTypes::is_unknown);
    check::<MemberStatuses>(3usize, MemberStatuses::VALUES, MemberStatuses::is_unknown);
    check::<
        MemberMostRecentActions,
    >(14usize, MemberMostRecentActions::VALUES, MemberMostRecentActions::is_unknown);
    check::<
        MembersSortableColumns,
    >(5usize, MembersSortableColumns::VALUES, MembersSortableColumns::is_unknown);
    check::<CancelOptions>(7usize, CancelOptions::VALUES, CancelOptions::is_unknown);
    check::<
        MembershipsSortableColumns,
    >(
        6usize,
        MembershipsSortableColumns::VALUES,
        MembershipsSortableColumns::is_unknown,
    );
    check::<EntryStatus>(5usize, EntryStatus::VALUES, EntryStatus::is_unknown);
    check::<
        EntriesSortableColumns,
    >(2usize, EntriesSortableColumns::VALUES, EntriesSortableColumns::is_unknown);
    check::<
        ShipmentStatuses,
    >(10usize, ShipmentStatuses::VALUES, ShipmentStatuses::is_unknown);
    check::<
        ShipmentSubstatuses,
    >(28usize, ShipmentSubstatuses::VALUES, ShipmentSubstatuses::is_unknown);
    check::<
        ShipmentCarriers,
    >(76usize, ShipmentCarriers::VALUES, ShipmentCarriers::is_unknown);
    check::<ReviewStatus>(3usize, ReviewStatus::VALUES, ReviewStatus::is_unknown);
    check::<
        CompanyTokenTransactionTypes,
    >(
        3usize,
        CompanyTokenTransactionTypes::VALUES,
        CompanyTokenTransactionTypes::is_unknown,
    );
    check::<Status>(3usize, Status::VALUES, Status::is_unknown);
    check::<
        AffiliatesSortableColumns,
    >(4usize, AffiliatesSortableColumns::VALUES, AffiliatesSortableColumns::is_unknown);
    check::<
        AffiliateOverrideRoles,
    >(2usize, AffiliateOverrideRoles::VALUES, AffiliateOverrideRoles::is_unknown);
    check::<
        AffiliatePayoutTypes,
    >(2usize, AffiliatePayoutTypes::VALUES, AffiliatePayoutTypes::is_unknown);
    check::<
        AffiliateAppliesToPayments,
    >(
        2usize,
        AffiliateAppliesToPayments::VALUES,
        AffiliateAppliesToPayments::is_unknown,
    );
    check::<
        AffiliateAppliesToProducts,
    >(
        2usize,
        AffiliateAppliesToProducts::VALUES,
        AffiliateAppliesToProducts::is_unknown,
    );
    check::<
        AffiliateRevenueBases,
    >(2usize, AffiliateRevenueBases::VALUES, AffiliateRevenueBases::is_unknown);
    check::<
        ForumWhoCanPostTypes,
    >(2usize, ForumWhoCanPostTypes::VALUES, ForumWhoCanPostTypes::is_unknown);
    check::<
        ForumWhoCanCommentTypes,
    >(2usize, ForumWhoCanCommentTypes::VALUES, ForumWhoCanCommentTypes::is_unknown);
    check::<
        ForumEmailNotificationPreferences,
    >(
        3usize,
        ForumEmailNotificationPreferences::VALUES,
        ForumEmailNotificationPreferences::is_unknown,
    );
    check::<
        WhoCanPostTypes,
    >(2usize, WhoCanPostTypes::VALUES, WhoCanPostTypes::is_unknown);
    check::<
        WhoCanReactTypes,
    >(2usize, WhoCanReactTypes::VALUES, WhoCanReactTypes::is_unknown);
    check::<
        SupportChannelView,
    >(3usize, SupportChannelView::VALUES, SupportChannelView::is_unknown);
    check::<
        MessageChannelOrder,
    >(2usize, MessageChannelOrder::VALUES, MessageChannelOrder::is_unknown);
    check::<DmsPostTypes>(3usize, DmsPostTypes::VALUES, DmsPostTypes::is_unknown);
    check::<
        DmsFeedMemberStatuses,
    >(5usize, DmsFeedMemberStatuses::VALUES, DmsFeedMemberStatuses::is_unknown);
    check::<
        DmsFeedMemberNotificationPreferences,
    >(
        3usize,
        DmsFeedMemberNotificationPreferences::VALUES,
        DmsFeedMemberNotificationPreferences::is_unknown,
    );
    check::<Languages>(22usize, Languages::VALUES, Languages::is_unknown);
    check::<
        CourseVisibilities,
    >(2usize, CourseVisibilities::VALUES, CourseVisibilities::is_unknown);
    check::<LessonTypes>(6usize, LessonTypes::VALUES, LessonTypes::is_unknown);
    check::<
        LessonVisibilities,
    >(2usize, LessonVisibilities::VALUES, LessonVisibilities::is_unknown);
    check::<EmbedTypes>(2usize, EmbedTypes::VALUES, EmbedTypes::is_unknown);
    check::<
        MuxAssetStatuses,
    >(3usize, MuxAssetStatuses::VALUES, MuxAssetStatuses::is_unknown);
    check::<
        CoursesAssessmentQuestionTypes,
    >(
        4usize,
        CoursesAssessmentQuestionTypes::VALUES,
        CoursesAssessmentQuestionTypes::is_unknown,
    );
    check::<AppStatuses>(3usize, AppStatuses::VALUES, AppStatuses::is_unknown);
    check::<AppTypes>(4usize, AppTypes::VALUES, AppTypes::is_unknown);
    check::<AppOrder>(12usize, AppOrder::VALUES, AppOrder::is_unknown);
    check::<AppViewTypes>(7usize, AppViewTypes::VALUES, AppViewTypes::is_unknown);
    check::<WebhookEvent>(33usize, WebhookEvent::VALUES, WebhookEvent::is_unknown);
    check::<ApiVersion>(3usize, ApiVersion::VALUES, ApiVersion::is_unknown);
    check::<
        AppBuildPlatforms,
    >(3usize, AppBuildPlatforms::VALUES, AppBuildPlatforms::is_unknown);
    check::<
        AppBuildStatuses,
    >(4usize, AppBuildStatuses::VALUES, AppBuildStatuses::is_unknown);
    check::<UploadStatuses>(4usize, UploadStatuses::VALUES, UploadStatuses::is_unknown);
    check::<FileVisibility>(2usize, FileVisibility::VALUES, FileVisibility::is_unknown);
    check::<
        AiChatNotificationPreferences,
    >(
        2usize,
        AiChatNotificationPreferences::VALUES,
        AiChatNotificationPreferences::is_unknown,
    );
    check::<Statuses>(2usize, Statuses::VALUES, Statuses::is_unknown);
    check::<BountyTypes>(3usize, BountyTypes::VALUES, BountyTypes::is_unknown);
    check::<
        AdCampaignStatuses,
    >(11usize, AdCampaignStatuses::VALUES, AdCampaignStatuses::is_unknown);
    check::<
        AdCampaignPlatforms,
    >(2usize, AdCampaignPlatforms::VALUES, AdCampaignPlatforms::is_unknown);
    check::<
        CampaignConfigObjective,
    >(5usize, CampaignConfigObjective::VALUES, CampaignConfigObjective::is_unknown);
    check::<
        CampaignConfigBidStrategy,
    >(3usize, CampaignConfigBidStrategy::VALUES, CampaignConfigBidStrategy::is_unknown);
    check::<
        CampaignConfigStatus,
    >(2usize, CampaignConfigStatus::VALUES, CampaignConfigStatus::is_unknown);
    check::<
        ExternalAdGroupStatuses,
    >(6usize, ExternalAdGroupStatuses::VALUES, ExternalAdGroupStatuses::is_unknown);
    check::<
        MetaAdGroupPlatformConfigStatus,
    >(
        2usize,
        MetaAdGroupPlatformConfigStatus::VALUES,
        MetaAdGroupPlatformConfigStatus::is_unknown,
    );
    check::<
        MetaAdGroupPlatformConfigBidStrategy,
    >(
        4usize,
        MetaAdGroupPlatformConfigBidStrategy::VALUES,
        MetaAdGroupPlatformConfigBidStrategy::is_unknown,
    );
    check::<
        MetaAdGroupPlatformConfigOptimizationGoal,
    >(
        35usize,
        MetaAdGroupPlatformConfigOptimizationGoal::VALUES,
        MetaAdGroupPlatformConfigOptimizationGoal::is_unknown,
    );
    check::<
        MetaAdGroupPlatformConfigBillingEvent,
    >(
        11usize,
        MetaAdGroupPlatformConfigBillingEvent::VALUES,
        MetaAdGroupPlatformConfigBillingEvent::is_unknown,
    );
    check::<
        MetaAdGroupPlatformConfigDestinationType,
    >(
        30usize,
        MetaAdGroupPlatformConfigDestinationType::VALUES,
        MetaAdGroupPlatformConfigDestinationType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigBudgetMode,
    >(
        3usize,
        TiktokAdGroupPlatformConfigBudgetMode::VALUES,
        TiktokAdGroupPlatformConfigBudgetMode::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigScheduleType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigScheduleType::VALUES,
        TiktokAdGroupPlatformConfigScheduleType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigOptimizationGoal,
    >(
        21usize,
        TiktokAdGroupPlatformConfigOptimizationGoal::VALUES,
        TiktokAdGroupPlatformConfigOptimizationGoal::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigBillingEvent,
    >(
        4usize,
        TiktokAdGroupPlatformConfigBillingEvent::VALUES,
        TiktokAdGroupPlatformConfigBillingEvent::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigBidType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigBidType::VALUES,
        TiktokAdGroupPlatformConfigBidType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigPacing,
    >(
        2usize,
        TiktokAdGroupPlatformConfigPacing::VALUES,
        TiktokAdGroupPlatformConfigPacing::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigPlacementType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigPlacementType::VALUES,
        TiktokAdGroupPlatformConfigPlacementType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigOperationStatus,
    >(
        2usize,
        TiktokAdGroupPlatformConfigOperationStatus::VALUES,
        TiktokAdGroupPlatformConfigOperationStatus::is_unknown,
    );
    check::<
        AdGroupConfigBidStrategy,
    >(3usize, AdGroupConfigBidStrategy::VALUES, AdGroupConfigBidStrategy::is_unknown);
    check::<
        AdGroupConfigOptimizationGoal,
    >(
        17usize,
        AdGroupConfigOptimizationGoal::VALUES,
        AdGroupConfigOptimizationGoal::is_unknown,
    );
    check::<
        AdGroupConfigBillingEvent,
    >(4usize, AdGroupConfigBillingEvent::VALUES, AdGroupConfigBillingEvent::is_unknown);
    check::<
        AdGroupConfigPacing,
    >(2usize, AdGroupConfigPacing::VALUES, AdGroupConfigPacing::is_unknown);
    check::<
        TargetingGenders,
    >(3usize, TargetingGenders::VALUES, TargetingGenders::is_unknown);
    check::<
        TargetingPlacementTypes,
    >(2usize, TargetingPlacementTypes::VALUES, TargetingPlacementTypes::is_unknown);
    check::<
        TargetingDevicePlatforms,
    >(2usize, TargetingDevicePlatforms::VALUES, TargetingDevicePlatforms::is_unknown);
    check::<
        ExternalAdStatuses,
    >(6usize, ExternalAdStatuses::VALUES, ExternalAdStatuses::is_unknown);
    check::<
        MetaAdPlatformConfigCallToActionType,
    >(
        31usize,
        MetaAdPlatformConfigCallToActionType::VALUES,
        MetaAdPlatformConfigCallToActionType::is_unknown,
    );
    check::<
        TiktokAdPlatformConfigAdFormat,
    >(
        5usize,
        TiktokAdPlatformConfigAdFormat::VALUES,
        TiktokAdPlatformConfigAdFormat::is_unknown,
    );
    check::<
        TiktokAdPlatformConfigIdentityType,
    >(
        4usize,
        TiktokAdPlatformConfigIdentityType::VALUES,
        TiktokAdPlatformConfigIdentityType::is_unknown,
    );
    check::<
        TiktokCallToAction,
    >(22usize, TiktokCallToAction::VALUES, TiktokCallToAction::is_unknown);
    check::<CheckoutShapes>(3usize, CheckoutShapes::VALUES, CheckoutShapes::is_unknown);
    check::<CheckoutFonts>(3usize, CheckoutFonts::VALUES, CheckoutFonts::is_unknown);
    check::<
        TaxIdentifierTypes,
    >(111usize, TaxIdentifierTypes::VALUES, TaxIdentifierTypes::is_unknown);
    check::<
        PermissionSystemRoles,
    >(5usize, PermissionSystemRoles::VALUES, PermissionSystemRoles::is_unknown);
    check::<
        MembershipCancellationModes,
    >(
        2usize,
        MembershipCancellationModes::VALUES,
        MembershipCancellationModes::is_unknown,
    );
    check::<
        ForumPostVisibilityTypes,
    >(2usize, ForumPostVisibilityTypes::VALUES, ForumPostVisibilityTypes::is_unknown);
    check::<
        AccountLinkUseCases,
    >(2usize, AccountLinkUseCases::VALUES, AccountLinkUseCases::is_unknown);
    check::<
        AiChatMessageSourceTypes,
    >(3usize, AiChatMessageSourceTypes::VALUES, AiChatMessageSourceTypes::is_unknown);
    check::<AdBudgetTypes>(2usize, AdBudgetTypes::VALUES, AdBudgetTypes::is_unknown);
    check::<
        MetaAdGroupPlatformConfigLeadConversionLocation,
    >(
        6usize,
        MetaAdGroupPlatformConfigLeadConversionLocation::VALUES,
        MetaAdGroupPlatformConfigLeadConversionLocation::is_unknown,
    );
    check::<TiktokAgeGroup>(6usize, TiktokAgeGroup::VALUES, TiktokAgeGroup::is_unknown);
    check::<
        TiktokAdGroupPlatformConfigGender,
    >(
        3usize,
        TiktokAdGroupPlatformConfigGender::VALUES,
        TiktokAdGroupPlatformConfigGender::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigSpendingPower,
    >(
        2usize,
        TiktokAdGroupPlatformConfigSpendingPower::VALUES,
        TiktokAdGroupPlatformConfigSpendingPower::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigAudienceType,
    >(
        2usize,
        TiktokAdGroupPlatformConfigAudienceType::VALUES,
        TiktokAdGroupPlatformConfigAudienceType::is_unknown,
    );
    check::<
        TiktokActionScene,
    >(4usize, TiktokActionScene::VALUES, TiktokActionScene::is_unknown);
    check::<
        TiktokVideoUserAction,
    >(6usize, TiktokVideoUserAction::VALUES, TiktokVideoUserAction::is_unknown);
    check::<
        TiktokOperatingSystem,
    >(2usize, TiktokOperatingSystem::VALUES, TiktokOperatingSystem::is_unknown);
    check::<
        TiktokAdGroupPlatformConfigIos14Targeting,
    >(
        4usize,
        TiktokAdGroupPlatformConfigIos14Targeting::VALUES,
        TiktokAdGroupPlatformConfigIos14Targeting::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigBrandSafetyType,
    >(
        5usize,
        TiktokAdGroupPlatformConfigBrandSafetyType::VALUES,
        TiktokAdGroupPlatformConfigBrandSafetyType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus,
    >(
        2usize,
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::VALUES,
        TiktokAdGroupPlatformConfigDeepFunnelOptimizationStatus::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigClickAttributionWindow,
    >(
        5usize,
        TiktokAdGroupPlatformConfigClickAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigClickAttributionWindow::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigViewAttributionWindow,
    >(
        3usize,
        TiktokAdGroupPlatformConfigViewAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigViewAttributionWindow::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow,
    >(
        3usize,
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::VALUES,
        TiktokAdGroupPlatformConfigEngagedViewAttributionWindow::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigAttributionEventCount,
    >(
        3usize,
        TiktokAdGroupPlatformConfigAttributionEventCount::VALUES,
        TiktokAdGroupPlatformConfigAttributionEventCount::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType,
    >(
        6usize,
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::VALUES,
        TiktokAdGroupPlatformConfigShoppingAdsRetargetingType::is_unknown,
    );
    check::<
        TiktokAdGroupPlatformConfigProductSource,
    >(
        3usize,
        TiktokAdGroupPlatformConfigProductSource::VALUES,
        TiktokAdGroupPlatformConfigProductSource::is_unknown,
    );
    check::<
        MetaAdPlatformConfigMultiAdvertiserEnrollment,
    >(
        2usize,
        MetaAdPlatformConfigMultiAdvertiserEnrollment::VALUES,
        MetaAdPlatformConfigMultiAdvertiserEnrollment::is_unknown,
    );
    check::<
        TiktokCallToActionMode,
    >(2usize, TiktokCallToActionMode::VALUES, TiktokCallToActionMode::is_unknown);
    check::<
        TiktokAdPlatformConfigDarkPostStatus,
    >(
        2usize,
        TiktokAdPlatformConfigDarkPostStatus::VALUES,
        TiktokAdPlatformConfigDarkPostStatus::is_unknown,
    );
    check::<
        TiktokAdPlatformConfigItemDuetStatus,
    >(
        2usize,
        TiktokAdPlatformConfigItemDuetStatus::VALUES,
        TiktokAdPlatformConfigItemDuetStatus::is_unknown,
    );
    check::<
        TiktokAdPlatformConfigItemStitchStatus,
    >(
        2usize,
        TiktokAdPlatformConfigItemStitchStatus::VALUES,
        TiktokAdPlatformConfigItemStitchStatus::is_unknown,
    );
    check::<
        TiktokBrandSafetyPartner,
    >(5usize, TiktokBrandSafetyPartner::VALUES, TiktokBrandSafetyPartner::is_unknown);
    check::<
        TiktokViewabilityPartner,
    >(4usize, TiktokViewabilityPartner::VALUES, TiktokViewabilityPartner::is_unknown);
    check::<
        TiktokAigcDisclosure,
    >(4usize, TiktokAigcDisclosure::VALUES, TiktokAigcDisclosure::is_unknown);
    check::<
        TiktokDisclaimer,
    >(3usize, TiktokDisclaimer::VALUES, TiktokDisclaimer::is_unknown);
    check::<TiktokFallback>(3usize, TiktokFallback::VALUES, TiktokFallback::is_unknown);
    check::<
        TiktokDeeplinkFormat,
    >(3usize, TiktokDeeplinkFormat::VALUES, TiktokDeeplinkFormat::is_unknown);
    check::<
        TiktokShoppingAdsFallback,
    >(3usize, TiktokShoppingAdsFallback::VALUES, TiktokShoppingAdsFallback::is_unknown);
    check::<
        EventActionSource,
    >(9usize, EventActionSource::VALUES, EventActionSource::is_unknown);
    check::<EventName>(6usize, EventName::VALUES, EventName::is_unknown);
    check::<EventGender>(2usize, EventGender::VALUES, EventGender::is_unknown);
    check::<
        ExperienceAccessLevels,
    >(2usize, ExperienceAccessLevels::VALUES, ExperienceAccessLevels::is_unknown);
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
