// The influencer's earnings DTOs (contract v2 "Influencer: performance and payouts").
#include "dto.h"
#include "dtoreader.h"

using namespace Qt::StringLiterals;

namespace lm::dto {

using namespace detail;

QJsonObject WeekStats::toJson() const
{
    return QJsonObject{
        {u"week_start"_s, weekStart},
        {u"leads"_s, leads},
        {u"validated"_s, validated},
        {u"rejected"_s, rejected},
        {u"earned_cents"_s, earnedCents},
    };
}

std::optional<WeekStats> WeekStats::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    WeekStats week;
    week.weekStart = reader.string("week_start"_L1);
    week.leads = reader.integer("leads"_L1);
    week.validated = reader.integer("validated"_L1);
    week.rejected = reader.integer("rejected"_L1);
    week.earnedCents = reader.integer("earned_cents"_L1);
    if (!reader.ok())
        return std::nullopt;
    return week;
}

QJsonObject InfluencerStats::toJson() const
{
    QJsonArray weekArray;
    for (const WeekStats &week : weeks)
        weekArray.append(week.toJson());
    return QJsonObject{
        {u"leads_total"_s, leadsTotal},
        {u"validated"_s, validated},
        {u"rejected"_s, rejected},
        {u"pending"_s, pending},
        {u"expired"_s, expired},
        {u"validation_rate"_s, validationRate},
        {u"avg_quality_score"_s, avgQualityScore ? QJsonValue(*avgQualityScore) : QJsonValue(QJsonValue::Null)},
        {u"earned_cents"_s, earnedCents},
        {u"pending_earnings_cents"_s, pendingEarningsCents},
        {u"paid_cents"_s, paidCents},
        {u"requested_cents"_s, requestedCents},
        {u"available_cents"_s, availableCents},
        {u"min_payout_cents"_s, minPayoutCents},
        {u"weeks"_s, weekArray},
    };
}

std::optional<InfluencerStats> InfluencerStats::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    InfluencerStats stats;
    stats.leadsTotal = reader.integer("leads_total"_L1);
    stats.validated = reader.integer("validated"_L1);
    stats.rejected = reader.integer("rejected"_L1);
    stats.pending = reader.integer("pending"_L1);
    stats.expired = reader.integer("expired"_L1);
    stats.validationRate = reader.nullableRatio("validation_rate"_L1).value_or(0);
    stats.avgQualityScore = reader.nullableRatio("avg_quality_score"_L1);
    stats.earnedCents = reader.integer("earned_cents"_L1);
    stats.pendingEarningsCents = reader.integer("pending_earnings_cents"_L1);
    stats.paidCents = reader.integer("paid_cents"_L1);
    stats.requestedCents = reader.integer("requested_cents"_L1);
    stats.availableCents = reader.integer("available_cents"_L1);
    stats.minPayoutCents = reader.integer("min_payout_cents"_L1);
    stats.weeks = reader.objects<WeekStats>("weeks"_L1);
    if (!reader.ok())
        return std::nullopt;
    return stats;
}

QJsonObject BankDetails::toJson() const
{
    return QJsonObject{{u"holder_name"_s, holderName}, {u"rib_masked"_s, ribMasked}};
}

std::optional<BankDetails> BankDetails::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    BankDetails bank;
    bank.holderName = reader.string("holder_name"_L1);
    bank.ribMasked = reader.string("rib_masked"_L1);
    if (!reader.ok())
        return std::nullopt;
    return bank;
}

QJsonObject Payout::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"influencer_id"_s, influencerId},
        {u"influencer_name"_s, influencerName},
        {u"amount_cents"_s, amountCents},
        {u"status"_s, status},
        {u"rib_masked"_s, nullableString(ribMasked)},
        {u"reference"_s, nullableString(reference)},
        {u"reason"_s, nullableString(reason)},
        {u"requested_at"_s, formatApiTime(requestedAt)},
        {u"decided_at"_s, nullableTime(decidedAt)},
        {u"updated_at"_s, formatApiTime(updatedAt)},
    };
}

std::optional<Payout> Payout::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Payout payout;
    payout.id = reader.string("id"_L1);
    payout.influencerId = reader.string("influencer_id"_L1);
    payout.influencerName = reader.optionalString("influencer_name"_L1);
    payout.amountCents = reader.integer("amount_cents"_L1);
    payout.status = reader.string("status"_L1);
    payout.ribMasked = reader.optionalString("rib_masked"_L1);
    payout.reference = reader.optionalString("reference"_L1);
    payout.reason = reader.optionalString("reason"_L1);
    payout.requestedAt = reader.time("requested_at"_L1);
    payout.decidedAt = reader.nullableTime("decided_at"_L1);
    payout.updatedAt = reader.time("updated_at"_L1);
    if (!reader.ok())
        return std::nullopt;
    return payout;
}

} // namespace lm::dto
