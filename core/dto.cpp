#include "dto.h"
#include "dtoreader.h"

using namespace Qt::StringLiterals;

namespace lm::dto {

using namespace detail;

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

double percentForJson(int percentTenths)
{
    // A percentage, not money: a double is what a JSON number with one decimal is.
    return percentTenths / 10.0;
}

} // namespace lm::dto
