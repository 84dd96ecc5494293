#include "commission.h"

#include "money.h"

using namespace Qt::StringLiterals;

namespace lm {

QString toString(CommissionType type)
{
    switch (type) {
    case CommissionType::Percentage:
        return u"percentage"_s;
    case CommissionType::Fixed:
        return u"fixed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Commission CommissionPolicy::compute(qint64 estimatedValueCents) const
{
    Commission result;
    if (estimatedValueCents < fixedThresholdCents) {
        result.commissionCents = applyBasisPoints(estimatedValueCents, rateBp);
        result.type = CommissionType::Percentage;
    } else {
        result.commissionCents = fixedCommissionCents;
        result.type = CommissionType::Fixed;
    }
    result.influencerShareCents = applyBasisPoints(result.commissionCents, influencerShareBp);
    // The platform's part is what is left, so the two parts always add up to the commission.
    result.platformCents = result.commissionCents - result.influencerShareCents;
    return result;
}

} // namespace lm
