#include "dto.h"

#include "timeutil.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

using namespace Qt::StringLiterals;

namespace lm::dto {

namespace {

QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableTime(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? QJsonValue(formatApiTime(*msSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

std::optional<CommissionType> commissionTypeFromString(const QString &text)
{
    for (const CommissionType type : {CommissionType::Percentage, CommissionType::Fixed}) {
        if (text == toString(type))
            return type;
    }
    return std::nullopt;
}

// Reads the fields of one object and remembers whether any was missing or of the wrong type, so
// each fromJson() reads every field in a row and decides once at the end.
class Reader
{
public:
    explicit Reader(const QJsonObject &json) : m_json(json) {}

    bool ok() const { return m_ok; }

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isString())
            return fail<QString>();
        return value.toString();
    }

    /// Absent or null reads as empty: the nullable fields, and free texts a writer may leave out.
    QString optionalString(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            return fail<QString>();
        return value.toString();
    }

    qint64 integer(QLatin1StringView key)
    {
        const auto value = readInteger(m_json.value(key));
        if (!value)
            return fail<qint64>();
        return *value;
    }

    std::optional<qint64> nullableInteger(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto number = readInteger(value);
        if (!number)
            return fail<std::optional<qint64>>();
        return number;
    }

    std::optional<bool> optionalBool(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool())
            return fail<std::optional<bool>>();
        return value.toBool();
    }

    /// A JSON number that may have decimals (ratios and averages, never money); null → none.
    std::optional<double> nullableRatio(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble())
            return fail<std::optional<double>>();
        return value.toDouble();
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isArray())
            return fail<QJsonArray>();
        return value.toArray();
    }

    /// A list of objects read with T::fromJson; one bad item fails the whole read.
    template<typename T>
    QList<T> objects(QLatin1StringView key)
    {
        QList<T> items;
        for (const QJsonValue &value : array(key)) {
            const auto item = T::fromJson(value.toObject());
            if (!value.isObject() || !item)
                return fail<QList<T>>();
            items.append(*item);
        }
        return items;
    }

    /// Absent or null reads as `fallback`; anything but a boolean fails.
    bool boolOr(QLatin1StringView key, bool fallback) { return optionalBool(key).value_or(fallback); }

    qint64 time(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        const auto ms = value.isString() ? parseApiTime(value.toString()) : std::nullopt;
        if (!ms)
            return fail<qint64>();
        return *ms;
    }

    std::optional<qint64> nullableTime(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto ms = value.isString() ? parseApiTime(value.toString()) : std::nullopt;
        if (!ms)
            return fail<std::optional<qint64>>();
        return ms;
    }

    /// Absent or null reads as `fallback`; otherwise one of an enum's wire names.
    template<typename Enum>
    Enum optionalEnumeration(QLatin1StringView key, std::optional<Enum> (*fromString)(const QString &), Enum fallback)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        return enumeration(key, fromString);
    }

    /// A string that must be one of an enum's wire names.
    template<typename Enum>
    Enum enumeration(QLatin1StringView key, std::optional<Enum> (*fromString)(const QString &))
    {
        const QJsonValue value = m_json.value(key);
        const auto parsed = value.isString() ? fromString(value.toString()) : std::nullopt;
        if (!parsed)
            return fail<Enum>();
        return *parsed;
    }

private:
    // A JSON number that is a whole value: 12.5, 1e300 or "12" are not amounts or scores. The two
    // defaults differ only when toInteger() found no integer, so no floating-point value is used.
    static std::optional<qint64> readInteger(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const qint64 first = value.toInteger(0);
        if (first != value.toInteger(1))
            return std::nullopt;
        return first;
    }

    template<typename T>
    T fail()
    {
        m_ok = false;
        return T();
    }

    const QJsonObject &m_json;
    bool m_ok = true;
};

} // namespace

QJsonObject User::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"email"_s, email},
        {u"role"_s, toString(role)},
        {u"display_name"_s, displayName},
        {u"phone"_s, nullableString(phone)},
        {u"status"_s, toString(status)},
        {u"locale"_s, locale},
        {u"email_verified"_s, emailVerified},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"updated_at"_s, formatApiTime(updatedAt)},
    };
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    User user;
    user.id = reader.string("id"_L1);
    user.email = reader.string("email"_L1);
    user.role = reader.enumeration("role"_L1, &roleFromString);
    user.displayName = reader.string("display_name"_L1);
    user.phone = reader.optionalString("phone"_L1);
    user.status = reader.optionalEnumeration("status"_L1, &accountStatusFromString, AccountStatus::Active);
    if (const QString locale = reader.optionalString("locale"_L1); !locale.isEmpty())
        user.locale = locale;
    user.emailVerified = reader.boolOr("email_verified"_L1, false);
    user.createdAt = reader.nullableTime("created_at"_L1).value_or(0);
    user.updatedAt = reader.nullableTime("updated_at"_L1).value_or(0);
    if (!reader.ok())
        return std::nullopt;
    return user;
}

QJsonObject Campaign::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"merchant_id"_s, merchantId},
        {u"merchant_name"_s, merchantName},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"status"_s, toString(status)},
        {u"paused_reason"_s, nullableString(pausedReason)},
        {u"commission_rate_bp"_s, policy.rateBp},
        {u"fixed_commission_cents"_s, policy.fixedCommissionCents},
        {u"fixed_threshold_cents"_s, policy.fixedThresholdCents},
        {u"influencer_share_bp"_s, policy.influencerShareBp},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"updated_at"_s, formatApiTime(updatedAt)},
    };
    if (accepting)
        json.insert(u"accepting"_s, *accepting);
    return json;
}

std::optional<Campaign> Campaign::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Campaign campaign;
    campaign.id = reader.string("id"_L1);
    campaign.merchantId = reader.string("merchant_id"_L1);
    campaign.merchantName = reader.string("merchant_name"_L1);
    campaign.name = reader.string("name"_L1);
    campaign.description = reader.optionalString("description"_L1);
    campaign.status = reader.enumeration("status"_L1, &campaignStatusFromString);
    campaign.pausedReason = reader.optionalString("paused_reason"_L1);
    campaign.policy.rateBp = reader.integer("commission_rate_bp"_L1);
    campaign.policy.fixedCommissionCents = reader.integer("fixed_commission_cents"_L1);
    campaign.policy.fixedThresholdCents = reader.integer("fixed_threshold_cents"_L1);
    campaign.policy.influencerShareBp = reader.integer("influencer_share_bp"_L1);
    campaign.createdAt = reader.time("created_at"_L1);
    campaign.updatedAt = reader.time("updated_at"_L1);
    campaign.accepting = reader.optionalBool("accepting"_L1);
    if (!reader.ok())
        return std::nullopt;
    return campaign;
}

QJsonObject Lead::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"campaign_id"_s, campaignId},
        {u"campaign_name"_s, campaignName},
        {u"merchant_id"_s, merchantId},
        {u"influencer_id"_s, influencerId},
        {u"influencer_name"_s, influencerName},
        {u"client_name"_s, clientName},
        {u"client_email"_s, clientEmail},
        {u"client_phone"_s, clientPhone},
        {u"company"_s, company},
        {u"estimated_value_cents"_s, estimatedValueCents},
        {u"commission_cents"_s, commissionCents},
        {u"commission_type"_s, toString(commissionType)},
        {u"influencer_share_cents"_s, influencerShareCents},
        {u"source"_s, toString(source)},
        {u"notes"_s, notes},
        {u"status"_s, toString(status)},
        {u"quality_score"_s, qualityScore ? QJsonValue(*qualityScore) : QJsonValue(QJsonValue::Null)},
        {u"feedback"_s, feedback},
        {u"rejection_reason"_s, rejectionReason},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"expires_at"_s, formatApiTime(expiresAt)},
        {u"decided_at"_s, nullableTime(decidedAt)},
        {u"updated_at"_s, formatApiTime(updatedAt)},
        {u"erased"_s, erased},
        {u"dispute"_s, dispute ? QJsonValue(dispute->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<Lead> Lead::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Lead lead;
    lead.id = reader.string("id"_L1);
    lead.campaignId = reader.string("campaign_id"_L1);
    lead.campaignName = reader.string("campaign_name"_L1);
    lead.merchantId = reader.string("merchant_id"_L1);
    lead.influencerId = reader.string("influencer_id"_L1);
    lead.influencerName = reader.string("influencer_name"_L1);
    lead.clientName = reader.string("client_name"_L1);
    lead.clientEmail = reader.string("client_email"_L1);
    lead.clientPhone = reader.string("client_phone"_L1);
    lead.company = reader.optionalString("company"_L1);
    lead.estimatedValueCents = reader.integer("estimated_value_cents"_L1);
    lead.commissionCents = reader.integer("commission_cents"_L1);
    lead.commissionType = reader.enumeration("commission_type"_L1, &commissionTypeFromString);
    lead.influencerShareCents = reader.integer("influencer_share_cents"_L1);
    lead.source = reader.enumeration("source"_L1, &leadSourceFromString);
    lead.notes = reader.optionalString("notes"_L1);
    lead.status = reader.enumeration("status"_L1, &leadStatusFromString);
    if (const auto score = reader.nullableInteger("quality_score"_L1)) {
        // Anything outside int cannot be a score; the 1–10 range is the server's rule to check.
        if (*score < std::numeric_limits<int>::min() || *score > std::numeric_limits<int>::max())
            return std::nullopt;
        lead.qualityScore = static_cast<int>(*score);
    }
    lead.feedback = reader.optionalString("feedback"_L1);
    lead.rejectionReason = reader.optionalString("rejection_reason"_L1);
    lead.createdAt = reader.time("created_at"_L1);
    lead.expiresAt = reader.time("expires_at"_L1);
    lead.decidedAt = reader.nullableTime("decided_at"_L1);
    lead.updatedAt = reader.time("updated_at"_L1);
    lead.erased = reader.boolOr("erased"_L1, false);
    if (const QJsonValue dispute = json.value("dispute"_L1); !dispute.isUndefined() && !dispute.isNull()) {
        lead.dispute = dispute.isObject() ? Dispute::fromJson(dispute.toObject()) : std::nullopt;
        if (!lead.dispute)
            return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return lead;
}

QJsonObject Dispute::toJson() const
{
    return QJsonObject{
        {u"status"_s, toString(status)},
        {u"note"_s, note},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"decided_at"_s, nullableTime(decidedAt)},
        {u"decision_note"_s, nullableString(decisionNote)},
    };
}

std::optional<Dispute> Dispute::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Dispute dispute;
    dispute.status = reader.enumeration("status"_L1, &disputeStatusFromString);
    dispute.note = reader.optionalString("note"_L1);
    dispute.createdAt = reader.time("created_at"_L1);
    dispute.decidedAt = reader.nullableTime("decided_at"_L1);
    dispute.decisionNote = reader.optionalString("decision_note"_L1);
    if (!reader.ok())
        return std::nullopt;
    return dispute;
}

QJsonObject Deposit::toJson() const
{
    return QJsonObject{
        {u"merchant_id"_s, merchantId},
        {u"current_balance_cents"_s, currentBalanceCents},
        {u"reserved_cents"_s, reservedCents},
        {u"available_cents"_s, availableCents()},
        {u"reference_cents"_s, referenceCents},
        {u"percent"_s, percentForJson(percentTenths())},
        {u"level"_s, toString(level())},
        {u"status"_s, toString(status)},
        {u"blocked_reason"_s, nullableString(blockedReason)},
        {u"updated_at"_s, formatApiTime(updatedAt)},
    };
}

std::optional<Deposit> Deposit::fromJson(const QJsonObject &json)
{
    // available_cents, percent and level are derived: they are recomputed, not read back.
    Reader reader(json);
    Deposit deposit;
    deposit.merchantId = reader.string("merchant_id"_L1);
    deposit.currentBalanceCents = reader.integer("current_balance_cents"_L1);
    deposit.reservedCents = reader.integer("reserved_cents"_L1);
    deposit.referenceCents = reader.integer("reference_cents"_L1);
    deposit.status = reader.enumeration("status"_L1, &depositStatusFromString);
    deposit.blockedReason = reader.optionalString("blocked_reason"_L1);
    deposit.updatedAt = reader.time("updated_at"_L1);
    if (!reader.ok())
        return std::nullopt;
    return deposit;
}

QJsonObject Transaction::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"kind"_s, toString(kind)},
        {u"amount_cents"_s, amountCents},
        {u"balance_delta_cents"_s, balanceDeltaCents},
        {u"reserved_delta_cents"_s, reservedDeltaCents},
        {u"balance_after_cents"_s, balanceAfterCents},
        {u"reserved_after_cents"_s, reservedAfterCents},
        {u"lead_id"_s, nullableString(leadId)},
        {u"payment_id"_s, nullableString(paymentId)},
        {u"description"_s, description},
        {u"created_at"_s, formatApiTime(createdAt)},
    };
}

std::optional<Transaction> Transaction::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Transaction transaction;
    transaction.id = reader.string("id"_L1);
    transaction.kind = reader.enumeration("kind"_L1, &transactionKindFromString);
    transaction.amountCents = reader.integer("amount_cents"_L1);
    transaction.balanceDeltaCents = reader.integer("balance_delta_cents"_L1);
    transaction.reservedDeltaCents = reader.integer("reserved_delta_cents"_L1);
    transaction.balanceAfterCents = reader.integer("balance_after_cents"_L1);
    transaction.reservedAfterCents = reader.integer("reserved_after_cents"_L1);
    transaction.leadId = reader.optionalString("lead_id"_L1);
    transaction.paymentId = reader.optionalString("payment_id"_L1);
    transaction.description = reader.optionalString("description"_L1);
    transaction.createdAt = reader.time("created_at"_L1);
    if (!reader.ok())
        return std::nullopt;
    return transaction;
}

QJsonObject Payment::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"merchant_id"_s, merchantId},
        {u"provider"_s, provider},
        {u"amount_cents"_s, amountCents},
        {u"currency"_s, currency},
        {u"status"_s, status},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"paid_at"_s, nullableTime(paidAt)},
    };
}

std::optional<Payment> Payment::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Payment payment;
    payment.id = reader.string("id"_L1);
    payment.merchantId = reader.string("merchant_id"_L1);
    payment.provider = reader.string("provider"_L1);
    payment.amountCents = reader.integer("amount_cents"_L1);
    payment.currency = reader.string("currency"_L1);
    payment.status = reader.string("status"_L1);
    payment.createdAt = reader.time("created_at"_L1);
    payment.paidAt = reader.nullableTime("paid_at"_L1);
    if (!reader.ok())
        return std::nullopt;
    return payment;
}

QJsonObject Notification::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"kind"_s, kind},
        {u"level"_s, level},
        {u"title"_s, title},
        {u"body"_s, body},
        {u"created_at"_s, formatApiTime(createdAt)},
        {u"read_at"_s, nullableTime(readAt)},
    };
}

std::optional<Notification> Notification::fromJson(const QJsonObject &json)
{
    Reader reader(json);
    Notification notification;
    notification.id = reader.string("id"_L1);
    notification.kind = reader.string("kind"_L1);
    notification.level = reader.string("level"_L1);
    notification.title = reader.string("title"_L1);
    notification.body = reader.optionalString("body"_L1);
    notification.createdAt = reader.time("created_at"_L1);
    notification.readAt = reader.nullableTime("read_at"_L1);
    if (!reader.ok())
        return std::nullopt;
    return notification;
}

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

double percentForJson(int percentTenths)
{
    // A percentage, not money: a double is what a JSON number with one decimal is.
    return percentTenths / 10.0;
}

} // namespace lm::dto
