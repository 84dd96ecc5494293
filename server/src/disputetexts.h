#pragma once

#include "texts.h"

#include <QString>
#include <QtGlobal>

// The texts users read about disputes (contract v2 "Disputes"), in French, Arabic and English,
// beside texts.cpp's (same Notice and Email, same Language): services pass data, the wording is here.
namespace lm::server::texts {

struct DisputeNews
{
    QString clientName;
    QString campaignName;
    QString influencerName;
    qint64 commissionCents = 0;       ///< what the merchant pays when the dispute is overturned
    qint64 influencerShareCents = 0;  ///< what the influencer earns then
    QString note;                     ///< the influencer's note (new dispute) or the admin's (decision)
};

/// The admins' notification of a new dispute to decide.
Notice disputeOpenedNotice(const DisputeNews &news, Language language = Language::French);
/// The merchant's notification, and email, of a rejection an admin overturned: the lead is
/// validated and its commission taken from the deposit.
Notice disputeOverturnedMerchantNotice(const DisputeNews &news, Language language = Language::French);
Email disputeOverturnedMerchantEmail(const DisputeNews &news, Language language = Language::French);
/// The influencer's notification of the decision: overturned (the lead is validated, the share
/// earned) or upheld (the lead stays rejected).
Notice disputeOverturnedInfluencerNotice(const DisputeNews &news, Language language = Language::French);
Notice disputeUpheldNotice(const DisputeNews &news, Language language = Language::French);

} // namespace lm::server::texts
