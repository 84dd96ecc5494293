#pragma once

#include <QString>
#include <QtGlobal>

namespace lm {

enum class CommissionType { Percentage, Fixed };

QString toString(CommissionType type); ///< "percentage" | "fixed"

/// What one lead costs the merchant and how it is split.
struct Commission
{
    qint64 commissionCents = 0;      ///< reserved on creation, deducted on validation
    CommissionType type = CommissionType::Percentage;
    qint64 influencerShareCents = 0; ///< the influencer's part of the commission
    qint64 platformCents = 0;        ///< commissionCents − influencerShareCents
};

/// A campaign's commission parameters (API.md Campaign fields) and the rule that applies them.
struct CommissionPolicy
{
    qint64 rateBp = 1000;                ///< 10 % below the threshold
    qint64 fixedCommissionCents = 8000;  ///< 80 MAD from the threshold up
    qint64 fixedThresholdCents = 80000;  ///< 800 MAD
    qint64 influencerShareBp = 3000;     ///< 30 % of the commission

    /// value < threshold → rate × value (half-up to the centime); value ≥ threshold → the fixed
    /// amount. The influencer's share is share × commission, half-up; the platform keeps the rest.
    Commission compute(qint64 estimatedValueCents) const;

    friend bool operator==(const CommissionPolicy &, const CommissionPolicy &) = default;
};

} // namespace lm
