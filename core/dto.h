#pragma once

#include "alertlevel.h"
#include "commission.h"
#include "kinds.h"
#include "leadstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// The JSON objects of API.md, shared by server and client. Times are milliseconds since the epoch
// (0 or nullopt where API.md allows null) and go over the wire in API.md's time format.
namespace lm::dto {

struct User
{
    QString id;
    QString email;
    Role role = Role::Merchant;
    QString displayName;
    QString phone; ///< E.164, empty → null
    // Contract v2. Read as optional (absent or null → the default), so a v1 answer still parses.
    AccountStatus status = AccountStatus::Active;
    QString locale = QStringLiteral("fr"); ///< "fr" | "ar" | "en"
    bool emailVerified = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json);
    friend bool operator==(const User &, const User &) = default;
};

struct Campaign
{
    QString id;
    QString merchantId;
    QString merchantName;
    QString name;
    QString description;
    CampaignStatus status = CampaignStatus::Active;
    QString pausedReason; ///< "" → null, "manual", "depleted" (PausedReason's names)
    CommissionPolicy policy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    /// Contract v2, answered to influencers: new leads are taken now (active, the merchant's deposit
    /// neither blocked nor empty). Absent for other readers: then it follows `status`.
    std::optional<bool> accepting;

    bool isAccepting() const { return accepting.value_or(status == CampaignStatus::Active); }
    QJsonObject toJson() const;
    static std::optional<Campaign> fromJson(const QJsonObject &json);
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

/// A rejected lead's dispute (contract v2 "Disputes"): the influencer's note, then an admin's decision.
struct Dispute
{
    DisputeStatus status = DisputeStatus::Open;
    QString note;
    qint64 createdAt = 0;
    std::optional<qint64> decidedAt;
    QString decisionNote; ///< "" → null
    QJsonObject toJson() const;
    static std::optional<Dispute> fromJson(const QJsonObject &json);
    friend bool operator==(const Dispute &, const Dispute &) = default;
};

struct Lead
{
    QString id;
    QString campaignId;
    QString campaignName;
    QString merchantId;
    QString influencerId;
    QString influencerName;
    QString clientName;
    QString clientEmail;
    QString clientPhone;
    QString company;
    qint64 estimatedValueCents = 0;
    qint64 commissionCents = 0;
    CommissionType commissionType = CommissionType::Percentage;
    qint64 influencerShareCents = 0;
    LeadSource source = LeadSource::Other;
    QString notes;
    LeadStatus status = LeadStatus::Pending;
    std::optional<int> qualityScore;
    QString feedback;
    QString rejectionReason;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> decidedAt;
    qint64 updatedAt = 0;
    /// Contract v2: the client's contact details were erased (retention or an admin); the name
    /// is kept as initials, email, phone, company and notes are empty. Absent or null reads false.
    bool erased = false;
    /// Contract v2: the influencer's dispute of a rejection; null when none. Absent reads as none.
    std::optional<Dispute> dispute;

    QJsonObject toJson() const;
    static std::optional<Lead> fromJson(const QJsonObject &json);
    friend bool operator==(const Lead &, const Lead &) = default;
};

struct Deposit
{
    QString merchantId;
    qint64 currentBalanceCents = 0;
    qint64 reservedCents = 0;
    qint64 referenceCents = 0;
    DepositStatus status = DepositStatus::Active;
    QString blockedReason; ///< "" → null, "depleted", "admin" (BlockedReason's names)
    qint64 updatedAt = 0;

    qint64 availableCents() const { return currentBalanceCents - reservedCents; }
    AlertLevel level() const { return classifyDeposit(currentBalanceCents, referenceCents); }
    int percentTenths() const { return lm::percentTenths(currentBalanceCents, referenceCents); }

    /// Includes the derived available_cents, percent (one decimal) and level.
    QJsonObject toJson() const;
    static std::optional<Deposit> fromJson(const QJsonObject &json);
    friend bool operator==(const Deposit &, const Deposit &) = default;
};

struct Transaction
{
    QString id;
    TransactionKind kind = TransactionKind::Recharge;
    qint64 amountCents = 0;
    qint64 balanceDeltaCents = 0;
    qint64 reservedDeltaCents = 0;
    qint64 balanceAfterCents = 0;
    qint64 reservedAfterCents = 0;
    QString leadId;    ///< "" → null
    QString paymentId; ///< "" → null
    QString description;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static std::optional<Transaction> fromJson(const QJsonObject &json);
    friend bool operator==(const Transaction &, const Transaction &) = default;
};

struct Payment
{
    QString id;
    QString merchantId;
    QString provider; ///< "stripe" | "cmi" | "sandbox"
    qint64 amountCents = 0;
    QString currency = QStringLiteral("MAD");
    QString status = QStringLiteral("pending"); ///< "pending" | "paid" | "failed" | "expired"
    qint64 createdAt = 0;
    std::optional<qint64> paidAt;

    QJsonObject toJson() const;
    static std::optional<Payment> fromJson(const QJsonObject &json);
    friend bool operator==(const Payment &, const Payment &) = default;
};

struct Notification
{
    QString id;
    QString kind;
    QString level;
    QString title;
    QString body;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &json);
    friend bool operator==(const Notification &, const Notification &) = default;
};

/// One week of an influencer's results (contract v2 stats `weeks`): `leads` by creation time, the
/// others by decision time, in the scheduler's time zone.
struct WeekStats
{
    QString weekStart; ///< YYYY-MM-DD, a Monday
    qint64 leads = 0;
    qint64 validated = 0;
    qint64 rejected = 0;
    qint64 earnedCents = 0;
    QJsonObject toJson() const;
    static std::optional<WeekStats> fromJson(const QJsonObject &json);
    friend bool operator==(const WeekStats &, const WeekStats &) = default;
};

/// GET /api/influencer/stats (v1 plus contract v2's additions).
struct InfluencerStats
{
    qint64 leadsTotal = 0;
    qint64 validated = 0;
    qint64 rejected = 0;
    qint64 pending = 0;
    qint64 expired = 0;
    double validationRate = 0; ///< 0–1 (a ratio, not money)
    std::optional<double> avgQualityScore; ///< one decimal; none without a scored lead
    qint64 earnedCents = 0;
    qint64 pendingEarningsCents = 0;
    qint64 paidCents = 0;
    qint64 requestedCents = 0;
    qint64 availableCents = 0;
    qint64 minPayoutCents = 0;
    QList<WeekStats> weeks; ///< the last 12, oldest first
    QJsonObject toJson() const;
    static std::optional<InfluencerStats> fromJson(const QJsonObject &json);
    friend bool operator==(const InfluencerStats &, const InfluencerStats &) = default;
};

/// An influencer's bank details as the server answers them: never more than the last 4 digits.
struct BankDetails
{
    QString holderName;
    QString ribMasked;
    QJsonObject toJson() const;
    static std::optional<BankDetails> fromJson(const QJsonObject &json);
    friend bool operator==(const BankDetails &, const BankDetails &) = default;
};

/// A payout request of an influencer's earnings (contract v2).
struct Payout
{
    QString id;
    QString influencerId;
    QString influencerName;
    qint64 amountCents = 0;
    QString status = QStringLiteral("requested"); ///< "requested" | "paid" | "rejected"
    QString ribMasked;
    QString reference; ///< the bank transfer's reference, once paid
    QString reason;    ///< why it was rejected
    qint64 requestedAt = 0;
    std::optional<qint64> decidedAt;
    qint64 updatedAt = 0;
    QJsonObject toJson() const;
    static std::optional<Payout> fromJson(const QJsonObject &json);
    friend bool operator==(const Payout &, const Payout &) = default;
};

/// percent as API.md writes it: a JSON number with one decimal (68.3).
double percentForJson(int percentTenths);

} // namespace lm::dto

// Every member (QString, integers, std::optional of them) may be moved by memcpy: growing a list
// of 100,000 leads (the client's cache at start-up) moves bytes instead of constructing each lead.
Q_DECLARE_TYPEINFO(lm::dto::Dispute, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(lm::dto::Lead, Q_RELOCATABLE_TYPE);
