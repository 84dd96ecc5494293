#include "dto.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lm::dto;

namespace {

// 2026-11-09T10:15:00.123Z, API.md's example instant.
constexpr qint64 T0 = 1'794'219'300'123;
constexpr qint64 Hour = 3'600'000;

User sampleUser()
{
    User user;
    user.id = u"u-1"_s;
    user.email = u"merchant@example.ma"_s;
    user.role = lm::Role::Merchant;
    user.displayName = u"Atlas Immobilier"_s;
    user.phone = u"+212612345678"_s;
    user.status = lm::AccountStatus::Disabled;
    user.locale = u"ar"_s;
    user.emailVerified = true;
    user.createdAt = T0;
    user.updatedAt = T0 + Hour;
    return user;
}

Campaign sampleCampaign()
{
    Campaign campaign;
    campaign.id = u"c-1"_s;
    campaign.merchantId = u"u-1"_s;
    campaign.merchantName = u"Atlas Immobilier"_s;
    campaign.name = u"Appartements Casablanca"_s;
    campaign.description = u"Prospects pour la résidence « Anfa »"_s;
    campaign.status = lm::CampaignStatus::Paused;
    campaign.pausedReason = u"depleted"_s;
    campaign.policy.rateBp = 1250;
    campaign.policy.fixedCommissionCents = 15000;
    campaign.policy.fixedThresholdCents = 120000;
    campaign.policy.influencerShareBp = 4000;
    campaign.createdAt = T0;
    campaign.updatedAt = T0 + Hour;
    return campaign;
}

Lead sampleLead()
{
    Lead lead;
    lead.id = u"l-1"_s;
    lead.campaignId = u"c-1"_s;
    lead.campaignName = u"Appartements Casablanca"_s;
    lead.merchantId = u"u-1"_s;
    lead.influencerId = u"u-2"_s;
    lead.influencerName = u"سلمى"_s;
    lead.clientName = u"Youssef El Amrani"_s;
    lead.clientEmail = u"youssef@example.ma"_s;
    lead.clientPhone = u"+212612345678"_s;
    lead.company = u"Amrani & Fils"_s;
    lead.estimatedValueCents = 79999;
    lead.commissionCents = 8000;
    lead.commissionType = lm::CommissionType::Percentage;
    lead.influencerShareCents = 2400;
    lead.source = lm::LeadSource::TikTok;
    lead.notes = u"Rappeler après 18 h"_s;
    lead.status = lm::LeadStatus::Validated;
    lead.qualityScore = 8;
    lead.feedback = u"Très bon contact"_s;
    lead.createdAt = T0;
    lead.expiresAt = T0 + 72 * Hour;
    lead.decidedAt = T0 + 5 * Hour;
    lead.updatedAt = T0 + 5 * Hour;
    return lead;
}

Deposit sampleDeposit()
{
    Deposit deposit;
    deposit.merchantId = u"u-1"_s;
    deposit.currentBalanceCents = 341500;
    deposit.reservedCents = 16000;
    deposit.referenceCents = 500000;
    deposit.status = lm::DepositStatus::Blocked;
    deposit.blockedReason = u"admin"_s;
    deposit.updatedAt = T0;
    return deposit;
}

Transaction sampleTransaction()
{
    Transaction transaction;
    transaction.id = u"t-1"_s;
    transaction.kind = lm::TransactionKind::Deduction;
    transaction.amountCents = 8000;
    transaction.balanceDeltaCents = -8000;
    transaction.reservedDeltaCents = -8000;
    transaction.balanceAfterCents = 492000;
    transaction.reservedAfterCents = 0;
    transaction.leadId = u"l-1"_s;
    transaction.paymentId = u"p-1"_s;
    transaction.description = u"Lead validé"_s;
    transaction.createdAt = T0;
    return transaction;
}

Payment samplePayment()
{
    Payment payment;
    payment.id = u"p-1"_s;
    payment.merchantId = u"u-1"_s;
    payment.provider = u"sandbox"_s;
    payment.amountCents = 500000;
    payment.status = u"paid"_s;
    payment.createdAt = T0;
    payment.paidAt = T0 + 60'000;
    return payment;
}

Notification sampleNotification()
{
    Notification notification;
    notification.id = u"n-1"_s;
    notification.kind = u"deposit_alert"_s;
    notification.level = u"critical"_s;
    notification.title = u"Dépôt presque épuisé"_s;
    notification.body = u"Il reste 450,00 dhs."_s;
    notification.createdAt = T0;
    notification.readAt = T0 + Hour;
    return notification;
}

// Every DTO under one name, so the field tables below can drive all of them.
QJsonObject sampleJson(const QString &dto)
{
    if (dto == u"User")
        return sampleUser().toJson();
    if (dto == u"Campaign")
        return sampleCampaign().toJson();
    if (dto == u"Lead")
        return sampleLead().toJson();
    if (dto == u"Deposit")
        return sampleDeposit().toJson();
    if (dto == u"Transaction")
        return sampleTransaction().toJson();
    if (dto == u"Payment")
        return samplePayment().toJson();
    return sampleNotification().toJson();
}

bool parses(const QString &dto, const QJsonObject &json)
{
    if (dto == u"User")
        return User::fromJson(json).has_value();
    if (dto == u"Campaign")
        return Campaign::fromJson(json).has_value();
    if (dto == u"Lead")
        return Lead::fromJson(json).has_value();
    if (dto == u"Deposit")
        return Deposit::fromJson(json).has_value();
    if (dto == u"Transaction")
        return Transaction::fromJson(json).has_value();
    if (dto == u"Payment")
        return Payment::fromJson(json).has_value();
    return Notification::fromJson(json).has_value();
}

enum class Presence { Required, Optional, Derived };

struct FieldSpec
{
    const char *dto;
    const char *key;
    Presence presence;
};

// API.md's object shapes, field by field. Optional: null or absent reads as empty (nullable
// fields and free texts); Derived: written for readers, recomputed rather than read back.
const FieldSpec fieldSpecs[] = {
    {"User", "id", Presence::Required},
    {"User", "email", Presence::Required},
    {"User", "role", Presence::Required},
    {"User", "display_name", Presence::Required},
    {"User", "phone", Presence::Optional},
    // Contract v2: optional on read, so a v1 answer still parses.
    {"User", "status", Presence::Optional},
    {"User", "locale", Presence::Optional},
    {"User", "email_verified", Presence::Optional},
    {"User", "created_at", Presence::Optional},
    {"User", "updated_at", Presence::Optional},

    {"Campaign", "id", Presence::Required},
    {"Campaign", "merchant_id", Presence::Required},
    {"Campaign", "merchant_name", Presence::Required},
    {"Campaign", "name", Presence::Required},
    {"Campaign", "description", Presence::Optional},
    {"Campaign", "status", Presence::Required},
    {"Campaign", "paused_reason", Presence::Optional},
    {"Campaign", "commission_rate_bp", Presence::Required},
    {"Campaign", "fixed_commission_cents", Presence::Required},
    {"Campaign", "fixed_threshold_cents", Presence::Required},
    {"Campaign", "influencer_share_bp", Presence::Required},
    {"Campaign", "created_at", Presence::Required},
    {"Campaign", "updated_at", Presence::Required},

    {"Lead", "id", Presence::Required},
    {"Lead", "campaign_id", Presence::Required},
    {"Lead", "campaign_name", Presence::Required},
    {"Lead", "merchant_id", Presence::Required},
    {"Lead", "influencer_id", Presence::Required},
    {"Lead", "influencer_name", Presence::Required},
    {"Lead", "client_name", Presence::Required},
    {"Lead", "client_email", Presence::Required},
    {"Lead", "client_phone", Presence::Required},
    {"Lead", "company", Presence::Optional},
    {"Lead", "estimated_value_cents", Presence::Required},
    {"Lead", "commission_cents", Presence::Required},
    {"Lead", "commission_type", Presence::Required},
    {"Lead", "influencer_share_cents", Presence::Required},
    {"Lead", "source", Presence::Required},
    {"Lead", "notes", Presence::Optional},
    {"Lead", "status", Presence::Required},
    {"Lead", "quality_score", Presence::Optional},
    {"Lead", "feedback", Presence::Optional},
    {"Lead", "rejection_reason", Presence::Optional},
    {"Lead", "created_at", Presence::Required},
    {"Lead", "expires_at", Presence::Required},
    {"Lead", "decided_at", Presence::Optional},
    {"Lead", "updated_at", Presence::Required},
    {"Lead", "erased", Presence::Optional}, // contract v2
    {"Lead", "dispute", Presence::Optional}, // contract v2 "Disputes"

    {"Deposit", "merchant_id", Presence::Required},
    {"Deposit", "current_balance_cents", Presence::Required},
    {"Deposit", "reserved_cents", Presence::Required},
    {"Deposit", "available_cents", Presence::Derived},
    {"Deposit", "reference_cents", Presence::Required},
    {"Deposit", "percent", Presence::Derived},
    {"Deposit", "level", Presence::Derived},
    {"Deposit", "status", Presence::Required},
    {"Deposit", "blocked_reason", Presence::Optional},
    {"Deposit", "updated_at", Presence::Required},

    {"Transaction", "id", Presence::Required},
    {"Transaction", "kind", Presence::Required},
    {"Transaction", "amount_cents", Presence::Required},
    {"Transaction", "balance_delta_cents", Presence::Required},
    {"Transaction", "reserved_delta_cents", Presence::Required},
    {"Transaction", "balance_after_cents", Presence::Required},
    {"Transaction", "reserved_after_cents", Presence::Required},
    {"Transaction", "lead_id", Presence::Optional},
    {"Transaction", "payment_id", Presence::Optional},
    {"Transaction", "description", Presence::Optional},
    {"Transaction", "created_at", Presence::Required},

    {"Payment", "id", Presence::Required},
    {"Payment", "merchant_id", Presence::Required},
    {"Payment", "provider", Presence::Required},
    {"Payment", "amount_cents", Presence::Required},
    {"Payment", "currency", Presence::Required},
    {"Payment", "status", Presence::Required},
    {"Payment", "created_at", Presence::Required},
    {"Payment", "paid_at", Presence::Optional},

    {"Notification", "id", Presence::Required},
    {"Notification", "kind", Presence::Required},
    {"Notification", "level", Presence::Required},
    {"Notification", "title", Presence::Required},
    {"Notification", "body", Presence::Optional},
    {"Notification", "created_at", Presence::Required},
    {"Notification", "read_at", Presence::Optional},
};

const char *const dtoNames[] = {"User", "Campaign", "Lead", "Deposit", "Transaction", "Payment", "Notification"};

// Through the bytes a peer would see, not only through QJsonObject.
QJsonObject overTheWire(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestDto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatTime_data();
    void formatTime();
    void formatTimeFromDateTime();
    void parseTime_data();
    void parseTime();
    void parseTimeRefuses_data();
    void parseTimeRefuses();

    void fieldNames_data();
    void fieldNames();
    void missingField_data();
    void missingField();
    void wrongType_data();
    void wrongType();

    void userRoundTrip();
    void userWithoutPhoneIsNull();
    void v1AnswersReadWithV2Defaults();
    void leadDispute();
    void campaignRoundTrip();
    void campaignActiveHasNullPausedReason();
    void leadRoundTrip();
    void leadPendingHasNulls();
    void leadFixedCommission();
    void leadRefusesUnknownEnums_data();
    void leadRefusesUnknownEnums();
    void refusesUnknownWireNames_data();
    void refusesUnknownWireNames();
    void depositRoundTrip();
    void depositDerivedFields_data();
    void depositDerivedFields();
    void depositIgnoresDerivedFieldsOnRead();
    void transactionRoundTrip();
    void transactionWithoutLinksIsNull();
    void paymentRoundTrip();
    void paymentPendingHasNullPaidAt();
    void notificationRoundTrip();
    void notificationUnreadHasNullReadAt();
    void campaignAcceptingOnlyWhenAnswered();
    void influencerStatsRoundTrip();
    void influencerStatsWithoutScoreIsNull();
    void influencerStatsRefusesBadWeek();
    void payoutRoundTrip();
    void bankDetailsRoundTrip();
    void integersMustBeWhole_data();
    void integersMustBeWhole();
    void percentForJson_data();
    void percentForJson();
};

void TestDto::formatTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::newRow("API.md's example") << T0 << u"2026-11-09T10:15:00.123Z"_s;
    QTest::newRow("epoch keeps .000") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("whole second keeps .000") << qint64(1'794'219'300'000) << u"2026-11-09T10:15:00.000Z"_s;
    QTest::newRow("one millisecond") << qint64(1'794'219'300'001) << u"2026-11-09T10:15:00.001Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("leap day") << qint64(1'709'208'000'500) << u"2024-02-29T12:00:00.500Z"_s;
}

void TestDto::formatTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);

    QCOMPARE(lm::formatApiTime(ms), text);
    QCOMPARE(lm::parseApiTime(text), std::optional<qint64>(ms));
}

void TestDto::formatTimeFromDateTime()
{
    // A time in Casablanca (UTC+1 on that day) still goes out in UTC with 'Z'.
    const QDateTime local(QDate(2026, 11, 9), QTime(11, 15, 0, 123), QTimeZone(3600));
    QCOMPARE(lm::formatApiTime(local), u"2026-11-09T10:15:00.123Z"_s);
    QCOMPARE(lm::formatApiTime(QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC)), u"2026-11-09T10:15:00.123Z"_s);
    QCOMPARE(lm::formatApiTime(QDateTime()), QString());
}

void TestDto::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("Z with milliseconds") << u"2026-11-09T10:15:00.123Z"_s << T0;
    QTest::newRow("Z without milliseconds") << u"2026-11-09T10:15:00Z"_s << T0 - 123;
    QTest::newRow("one fraction digit is tenths") << u"2026-11-09T10:15:00.1Z"_s << T0 - 23;
    QTest::newRow("microseconds are cut") << u"2026-11-09T10:15:00.123999Z"_s << T0;
    QTest::newRow("nanoseconds are cut") << u"2026-11-09T10:15:00.123456789Z"_s << T0;
    QTest::newRow("+01:00 offset") << u"2026-11-09T11:15:00.123+01:00"_s << T0;
    QTest::newRow("+0100 offset") << u"2026-11-09T11:15:00.123+0100"_s << T0;
    QTest::newRow("-05:30 offset") << u"2026-11-09T04:45:00.123-05:30"_s << T0;
    QTest::newRow("+00:00 offset") << u"2026-11-09T10:15:00.123+00:00"_s << T0;
    QTest::newRow("offset crossing midnight") << u"2026-11-10T00:15:00.123+14:00"_s << T0;
}

void TestDto::parseTime()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);

    QCOMPARE(lm::parseApiTime(text), std::optional<qint64>(ms));
}

void TestDto::parseTimeRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("no zone (would be local time)") << u"2026-11-09T10:15:00.123"_s;
    QTest::newRow("date only") << u"2026-11-09"_s;
    QTest::newRow("no seconds") << u"2026-11-09T10:15Z"_s;
    QTest::newRow("space instead of T") << u"2026-11-09 10:15:00Z"_s;
    QTest::newRow("lower-case z") << u"2026-11-09T10:15:00z"_s;
    QTest::newRow("decimal point without digits") << u"2026-11-09T10:15:00.Z"_s;
    QTest::newRow("ten fraction digits") << u"2026-11-09T10:15:00.1234567890Z"_s;
    QTest::newRow("February 30") << u"2026-02-30T10:15:00Z"_s;
    QTest::newRow("February 29 of a common year") << u"2026-02-29T10:15:00Z"_s;
    QTest::newRow("month 13") << u"2026-13-09T10:15:00Z"_s;
    QTest::newRow("hour 24") << u"2026-11-09T24:00:00Z"_s;
    QTest::newRow("leap second") << u"2026-12-31T23:59:60Z"_s;
    QTest::newRow("offset hour 24") << u"2026-11-09T10:15:00+24:00"_s;
    QTest::newRow("offset minute 60") << u"2026-11-09T10:15:00+01:60"_s;
    QTest::newRow("offset and Z") << u"2026-11-09T10:15:00+01:00Z"_s;
    QTest::newRow("trailing space") << u"2026-11-09T10:15:00Z "_s;
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢٦-11-09T10:15:00Z"_s;
    QTest::newRow("epoch number as text") << u"1794219300123"_s;
}

void TestDto::parseTimeRefuses()
{
    QFETCH(QString, text);
    QVERIFY(!lm::parseApiTime(text).has_value());
}

void TestDto::fieldNames_data()
{
    QTest::addColumn<QString>("dto");
    for (const char *dto : dtoNames)
        QTest::newRow(dto) << QString::fromLatin1(dto);
}

void TestDto::fieldNames()
{
    QFETCH(QString, dto);

    QStringList expected;
    for (const FieldSpec &spec : fieldSpecs) {
        if (dto == QLatin1StringView(spec.dto))
            expected.append(QString::fromLatin1(spec.key));
    }
    expected.sort();
    // QJsonObject keeps its keys sorted.
    QCOMPARE(sampleJson(dto).keys(), expected);
}

void TestDto::missingField_data()
{
    QTest::addColumn<QString>("dto");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("stillParses");

    for (const FieldSpec &spec : fieldSpecs) {
        QTest::addRow("%s without %s", spec.dto, spec.key)
            << QString::fromLatin1(spec.dto) << QString::fromLatin1(spec.key) << (spec.presence != Presence::Required);
    }
}

void TestDto::missingField()
{
    QFETCH(QString, dto);
    QFETCH(QString, key);
    QFETCH(bool, stillParses);

    QJsonObject json = sampleJson(dto);
    QVERIFY(parses(dto, json));
    json.remove(key);
    QCOMPARE(parses(dto, json), stillParses);
    if (stillParses) {
        json.insert(key, QJsonValue::Null);
        QCOMPARE(parses(dto, json), true);
    }
}

void TestDto::wrongType_data()
{
    QTest::addColumn<QString>("dto");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    for (const FieldSpec &spec : fieldSpecs) {
        if (spec.presence == Presence::Derived)
            continue;
        const QString dto = QString::fromLatin1(spec.dto);
        const QString key = QString::fromLatin1(spec.key);
        const QJsonValue original = sampleJson(dto).value(key);
        // A value of the other basic kind: a number where text is due, text where a number is.
        const QJsonValue swapped = original.isString() ? QJsonValue(7) : QJsonValue(u"7"_s);
        if (!original.isBool())
            QTest::addRow("%s.%s as a boolean", spec.dto, spec.key) << dto << key << QJsonValue(true);
        QTest::addRow("%s.%s as an array", spec.dto, spec.key) << dto << key << QJsonValue(QJsonArray{1});
        QTest::addRow("%s.%s swapped", spec.dto, spec.key) << dto << key << swapped;
    }
}

void TestDto::wrongType()
{
    QFETCH(QString, dto);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    QJsonObject json = sampleJson(dto);
    json.insert(key, value);
    QVERIFY(!parses(dto, json));
}

void TestDto::userRoundTrip()
{
    const User user = sampleUser();
    const QJsonObject json = user.toJson();
    QCOMPARE(json.value("display_name"_L1).toString(), u"Atlas Immobilier"_s);
    QCOMPARE(json.value("phone"_L1).toString(), u"+212612345678"_s);
    QCOMPARE(User::fromJson(overTheWire(json)), std::optional<User>(user));
}

void TestDto::userWithoutPhoneIsNull()
{
    User user = sampleUser();
    user.phone.clear();
    const QJsonObject json = user.toJson();
    QVERIFY(json.value("phone"_L1).isNull());
    QCOMPARE(User::fromJson(overTheWire(json)), std::optional<User>(user));
}

void TestDto::v1AnswersReadWithV2Defaults()
{
    QJsonObject user = sampleUser().toJson();
    for (const char *key : {"status", "locale", "email_verified", "created_at", "updated_at"})
        user.remove(QLatin1StringView(key));
    const std::optional<User> read = User::fromJson(user);
    QVERIFY(read);
    QVERIFY(read->status == lm::AccountStatus::Active);
    QCOMPARE(read->locale, u"fr"_s);
    QCOMPARE(read->emailVerified, false);
    QCOMPARE(read->createdAt, qint64(0));

    QJsonObject lead = sampleLead().toJson();
    lead.remove("erased"_L1);
    const std::optional<Lead> readLead = Lead::fromJson(lead);
    QVERIFY(readLead);
    QCOMPARE(readLead->erased, false);
    lead.insert("erased"_L1, true);
    QCOMPARE(Lead::fromJson(lead)->erased, true);
}

// Contract v2 "Disputes": a Lead carries its dispute (null when none) and reads it back; a
// dispute with an unknown status or no created_at makes the Lead unreadable.
void TestDto::leadDispute()
{
    Lead lead = sampleLead();
    QVERIFY(lead.toJson().value("dispute"_L1).isNull());
    lead.dispute = Dispute{lm::DisputeStatus::Overturned, u"Devis signé"_s, 1762683300123, 1762769700456, u"OK"_s};
    const QJsonObject json = lead.toJson();
    const QJsonObject dispute = json.value("dispute"_L1).toObject();
    QCOMPARE(dispute.value("status"_L1).toString(), u"overturned"_s);
    QCOMPARE(dispute.value("created_at"_L1).toString(), u"2025-11-09T10:15:00.123Z"_s);
    QCOMPARE(Lead::fromJson(json), std::optional<Lead>(lead));

    lead.dispute = Dispute{lm::DisputeStatus::Open, u"n"_s, 1762683300123, std::nullopt, {}};
    QVERIFY(lead.toJson().value("dispute"_L1).toObject().value("decided_at"_L1).isNull());
    QVERIFY(lead.toJson().value("dispute"_L1).toObject().value("decision_note"_L1).isNull());
    QCOMPARE(Lead::fromJson(lead.toJson()), std::optional<Lead>(lead));

    QJsonObject bad = json;
    QJsonObject badDispute = dispute;
    badDispute.insert("status"_L1, u"closed"_s);
    bad.insert("dispute"_L1, badDispute);
    QVERIFY(!Lead::fromJson(bad));
    badDispute = dispute;
    badDispute.remove("created_at"_L1);
    bad.insert("dispute"_L1, badDispute);
    QVERIFY(!Lead::fromJson(bad));
    bad.insert("dispute"_L1, u"open"_s);
    QVERIFY(!Lead::fromJson(bad));
}

void TestDto::campaignRoundTrip()
{
    const Campaign campaign = sampleCampaign();
    const QJsonObject json = campaign.toJson();
    QCOMPARE(json.value("commission_rate_bp"_L1).toInteger(), qint64(1250));
    QCOMPARE(json.value("fixed_commission_cents"_L1).toInteger(), qint64(15000));
    QCOMPARE(json.value("fixed_threshold_cents"_L1).toInteger(), qint64(120000));
    QCOMPARE(json.value("influencer_share_bp"_L1).toInteger(), qint64(4000));
    QCOMPARE(json.value("paused_reason"_L1).toString(), u"depleted"_s);
    QCOMPARE(json.value("created_at"_L1).toString(), u"2026-11-09T10:15:00.123Z"_s);
    QCOMPARE(json.value("updated_at"_L1).toString(), u"2026-11-09T11:15:00.123Z"_s);
    QCOMPARE(Campaign::fromJson(overTheWire(json)), std::optional<Campaign>(campaign));
}

void TestDto::campaignAcceptingOnlyWhenAnswered()
{
    Campaign campaign = sampleCampaign();
    QVERIFY(!campaign.toJson().contains("accepting"_L1)); // merchants' and admins' answers: no field
    QVERIFY(!campaign.isAccepting());                      // paused: follows the status
    campaign.status = lm::CampaignStatus::Active;
    QVERIFY(campaign.isAccepting());
    campaign.accepting = false; // active, but the merchant's deposit is blocked or empty
    QCOMPARE(campaign.toJson().value("accepting"_L1), QJsonValue(false));
    const auto read = Campaign::fromJson(overTheWire(campaign.toJson()));
    QVERIFY(read);
    QVERIFY(!read->isAccepting());
    QCOMPARE(*read, campaign);
    QJsonObject wrong = campaign.toJson();
    wrong.insert(u"accepting"_s, u"yes"_s);
    QVERIFY(!Campaign::fromJson(wrong));
}

void TestDto::influencerStatsRoundTrip()
{
    InfluencerStats stats;
    stats.leadsTotal = 12;
    stats.validated = 7;
    stats.rejected = 3;
    stats.pending = 1;
    stats.expired = 1;
    stats.validationRate = 7.0 / 12.0;
    stats.avgQualityScore = 7.4;
    stats.earnedCents = 16'800;
    stats.pendingEarningsCents = 2'400;
    stats.paidCents = 5'000;
    stats.requestedCents = 2'000;
    stats.availableCents = 9'800;
    stats.minPayoutCents = 20'000;
    stats.weeks = {WeekStats{u"2026-11-23"_s, 4, 2, 1, 4'800}, WeekStats{u"2026-11-30"_s, 8, 5, 2, 12'000}};
    const QJsonObject json = stats.toJson();
    QCOMPARE(json.value("weeks"_L1).toArray().size(), 2);
    QCOMPARE(json.value("weeks"_L1).toArray().at(1).toObject().value("earned_cents"_L1).toInteger(), qint64(12'000));
    QCOMPARE(InfluencerStats::fromJson(overTheWire(json)), std::optional<InfluencerStats>(stats));
}

void TestDto::influencerStatsWithoutScoreIsNull()
{
    const InfluencerStats none;
    QVERIFY(none.toJson().value("avg_quality_score"_L1).isNull());
    const auto read = InfluencerStats::fromJson(overTheWire(none.toJson()));
    QVERIFY(read);
    QVERIFY(!read->avgQualityScore);
}

void TestDto::influencerStatsRefusesBadWeek()
{
    InfluencerStats stats;
    stats.weeks = {WeekStats{u"2026-11-23"_s, 1, 0, 0, 0}};
    QJsonObject json = stats.toJson();
    QJsonArray weeks = json.value("weeks"_L1).toArray();
    QJsonObject week = weeks.at(0).toObject();
    week.insert(u"earned_cents"_s, 12.5); // money is whole centimes
    weeks.replace(0, week);
    json.insert(u"weeks"_s, weeks);
    QVERIFY(!InfluencerStats::fromJson(json));
    json.insert(u"weeks"_s, QJsonArray{1, 2});
    QVERIFY(!InfluencerStats::fromJson(json));
}

void TestDto::payoutRoundTrip()
{
    Payout payout;
    payout.id = u"p-1"_s;
    payout.influencerId = u"u-2"_s;
    payout.influencerName = u"سلمى"_s;
    payout.amountCents = 25'000;
    payout.status = u"paid"_s;
    payout.ribMasked = u"•••• 4321"_s;
    payout.reference = u"VIR-2026-118"_s;
    payout.requestedAt = T0;
    payout.decidedAt = T0 + Hour;
    payout.updatedAt = T0 + Hour;
    const QJsonObject json = payout.toJson();
    QVERIFY(json.value("reason"_L1).isNull());
    QCOMPARE(Payout::fromJson(overTheWire(json)), std::optional<Payout>(payout));
    Payout requested = payout;
    requested.status = u"requested"_s;
    requested.reference.clear();
    requested.decidedAt.reset();
    QVERIFY(requested.toJson().value("decided_at"_L1).isNull());
    QCOMPARE(Payout::fromJson(overTheWire(requested.toJson())), std::optional<Payout>(requested));
}

void TestDto::bankDetailsRoundTrip()
{
    const BankDetails bank{u"Salma Idrissi"_s, u"•••• 4321"_s};
    QCOMPARE(BankDetails::fromJson(overTheWire(bank.toJson())), std::optional<BankDetails>(bank));
    QVERIFY(!BankDetails::fromJson(QJsonObject{{u"holder_name"_s, u"x"_s}}));
}

void TestDto::campaignActiveHasNullPausedReason()
{
    Campaign campaign;
    campaign.id = u"c-2"_s;
    campaign.merchantId = u"u-1"_s;
    campaign.name = u"Défaut"_s;
    const QJsonObject json = campaign.toJson();
    QCOMPARE(json.value("status"_L1).toString(), u"active"_s);
    QVERIFY(json.value("paused_reason"_L1).isNull());
    // The defaults of API.md's Campaign go out as they are.
    QCOMPARE(json.value("commission_rate_bp"_L1).toInteger(), qint64(1000));
    QCOMPARE(json.value("fixed_commission_cents"_L1).toInteger(), qint64(8000));
    QCOMPARE(json.value("fixed_threshold_cents"_L1).toInteger(), qint64(80000));
    QCOMPARE(json.value("influencer_share_bp"_L1).toInteger(), qint64(3000));
    QCOMPARE(Campaign::fromJson(overTheWire(json)), std::optional<Campaign>(campaign));
}

void TestDto::leadRoundTrip()
{
    const Lead lead = sampleLead();
    const QJsonObject json = lead.toJson();
    QCOMPARE(json.value("commission_type"_L1).toString(), u"percentage"_s);
    QCOMPARE(json.value("source"_L1).toString(), u"tiktok"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"validated"_s);
    QCOMPARE(json.value("quality_score"_L1).toInteger(), qint64(8));
    QCOMPARE(json.value("estimated_value_cents"_L1).toInteger(), qint64(79999));
    QCOMPARE(json.value("expires_at"_L1).toString(), u"2026-11-12T10:15:00.123Z"_s);
    QCOMPARE(json.value("decided_at"_L1).toString(), u"2026-11-09T15:15:00.123Z"_s);
    QCOMPARE(Lead::fromJson(overTheWire(json)), std::optional<Lead>(lead));
}

void TestDto::leadPendingHasNulls()
{
    Lead lead = sampleLead();
    lead.status = lm::LeadStatus::Pending;
    lead.qualityScore.reset();
    lead.decidedAt.reset();
    lead.feedback.clear();
    lead.company.clear();
    lead.notes.clear();
    const QJsonObject json = lead.toJson();
    QVERIFY(json.value("quality_score"_L1).isNull());
    QVERIFY(json.value("decided_at"_L1).isNull());
    // Free texts stay strings: API.md makes only the fields listed as "null|…" nullable.
    QCOMPARE(json.value("company"_L1), QJsonValue(QString()));
    QCOMPARE(json.value("feedback"_L1), QJsonValue(QString()));
    QCOMPARE(Lead::fromJson(overTheWire(json)), std::optional<Lead>(lead));
}

void TestDto::leadFixedCommission()
{
    Lead lead = sampleLead();
    lead.estimatedValueCents = 80000;
    lead.commissionType = lm::CommissionType::Fixed;
    lead.status = lm::LeadStatus::Rejected;
    lead.qualityScore.reset();
    lead.rejectionReason = u"Numéro injoignable"_s;
    const QJsonObject json = lead.toJson();
    QCOMPARE(json.value("commission_type"_L1).toString(), u"fixed"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(json.value("rejection_reason"_L1).toString(), u"Numéro injoignable"_s);
    QCOMPARE(Lead::fromJson(overTheWire(json)), std::optional<Lead>(lead));
}

void TestDto::leadRefusesUnknownEnums_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("commission_type percent") << u"commission_type"_s << u"percent"_s;
    QTest::newRow("commission_type Fixed") << u"commission_type"_s << u"Fixed"_s;
    QTest::newRow("source linkedin") << u"source"_s << u"linkedin"_s;
    QTest::newRow("status deleted") << u"status"_s << u"deleted"_s;
    QTest::newRow("created_at without zone") << u"created_at"_s << u"2026-11-09T10:15:00"_s;
    QTest::newRow("decided_at not a time") << u"decided_at"_s << u"yesterday"_s;
}

void TestDto::leadRefusesUnknownEnums()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    QJsonObject json = sampleLead().toJson();
    json.insert(key, value);
    QVERIFY(!Lead::fromJson(json).has_value());
}

void TestDto::refusesUnknownWireNames_data()
{
    QTest::addColumn<QString>("dto");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("User.role Merchant") << u"User"_s << u"role"_s << u"Merchant"_s;
    QTest::newRow("User.role superuser") << u"User"_s << u"role"_s << u"superuser"_s;
    QTest::newRow("Campaign.status stopped") << u"Campaign"_s << u"status"_s << u"stopped"_s;
    QTest::newRow("Campaign.status empty") << u"Campaign"_s << u"status"_s << QString();
    QTest::newRow("Deposit.status frozen") << u"Deposit"_s << u"status"_s << u"frozen"_s;
    QTest::newRow("Deposit.status Blocked") << u"Deposit"_s << u"status"_s << u"Blocked"_s;
    QTest::newRow("Transaction.kind refund") << u"Transaction"_s << u"kind"_s << u"refund"_s;
    QTest::newRow("Transaction.kind padded") << u"Transaction"_s << u"kind"_s << u" recharge"_s;
}

void TestDto::refusesUnknownWireNames()
{
    QFETCH(QString, dto);
    QFETCH(QString, key);
    QFETCH(QString, value);

    QJsonObject json = sampleJson(dto);
    QVERIFY(parses(dto, json));
    json.insert(key, value);
    QVERIFY(!parses(dto, json));
}

void TestDto::depositRoundTrip()
{
    const Deposit deposit = sampleDeposit();
    const QJsonObject json = deposit.toJson();
    QCOMPARE(json.value("blocked_reason"_L1).toString(), u"admin"_s);
    QCOMPARE(Deposit::fromJson(overTheWire(json)), std::optional<Deposit>(deposit));

    Deposit active = deposit;
    active.status = lm::DepositStatus::Active;
    active.blockedReason.clear();
    const QJsonObject activeJson = active.toJson();
    QVERIFY(activeJson.value("blocked_reason"_L1).isNull());
    QCOMPARE(Deposit::fromJson(overTheWire(activeJson)), std::optional<Deposit>(active));
}

void TestDto::depositDerivedFields_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reserved");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<QByteArray>("percent");
    QTest::addColumn<QString>("level");

    QTest::newRow("68.3 % is healthy") << qint64(341500) << qint64(16000) << qint64(500000) << qint64(325500)
                                       << QByteArray("68.3") << u"healthy"_s;
    QTest::newRow("exactly 50 % is attention") << qint64(250000) << qint64(0) << qint64(500000) << qint64(250000)
                                               << QByteArray("50") << u"attention"_s;
    QTest::newRow("2,500.01 of 5,000: percent 50 but healthy") << qint64(250001) << qint64(0) << qint64(500000)
                                                               << qint64(250001) << QByteArray("50")
                                                               << u"healthy"_s;
    QTest::newRow("9.5 % is critical") << qint64(47500) << qint64(8000) << qint64(500000) << qint64(39500)
                                       << QByteArray("9.5") << u"critical"_s;
    QTest::newRow("never recharged is 0 % and depleted") << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                                         << QByteArray("0") << u"depleted"_s;
    QTest::newRow("over-reserved: available is negative") << qint64(5000) << qint64(8000) << qint64(500000)
                                                          << qint64(-3000) << QByteArray("1") << u"critical"_s;
    QTest::newRow("above the reference is 100 %") << qint64(600000) << qint64(0) << qint64(500000)
                                                  << qint64(600000) << QByteArray("100") << u"healthy"_s;
}

void TestDto::depositDerivedFields()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, reserved);
    QFETCH(qint64, reference);
    QFETCH(qint64, available);
    QFETCH(QByteArray, percent);
    QFETCH(QString, level);

    Deposit deposit = sampleDeposit();
    deposit.currentBalanceCents = balance;
    deposit.reservedCents = reserved;
    deposit.referenceCents = reference;
    const QJsonObject json = deposit.toJson();
    QCOMPARE(json.value("available_cents"_L1).toInteger(), available);
    QCOMPARE(json.value("level"_L1).toString(), level);
    // The text a peer reads: a plain JSON number with (at most) one decimal.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(QByteArray("\"percent\":" + percent + ',')), text.constData());
}

void TestDto::depositIgnoresDerivedFieldsOnRead()
{
    QJsonObject json = sampleDeposit().toJson();
    json.insert("available_cents"_L1, 1);
    json.insert("percent"_L1, 12.5);
    json.insert("level"_L1, u"critical"_s);
    const auto deposit = Deposit::fromJson(json);
    QVERIFY(deposit.has_value());
    QCOMPARE(*deposit, sampleDeposit());
    QCOMPARE(deposit->availableCents(), qint64(325500));
    QVERIFY(deposit->level() == lm::AlertLevel::Healthy);
}

void TestDto::transactionRoundTrip()
{
    const Transaction transaction = sampleTransaction();
    const QJsonObject json = transaction.toJson();
    QCOMPARE(json.value("balance_delta_cents"_L1).toInteger(), qint64(-8000));
    QCOMPARE(json.value("lead_id"_L1).toString(), u"l-1"_s);
    QCOMPARE(Transaction::fromJson(overTheWire(json)), std::optional<Transaction>(transaction));
}

void TestDto::transactionWithoutLinksIsNull()
{
    Transaction transaction = sampleTransaction();
    transaction.kind = lm::TransactionKind::Adjustment;
    transaction.leadId.clear();
    transaction.paymentId.clear();
    const QJsonObject json = transaction.toJson();
    QVERIFY(json.value("lead_id"_L1).isNull());
    QVERIFY(json.value("payment_id"_L1).isNull());
    QCOMPARE(Transaction::fromJson(overTheWire(json)), std::optional<Transaction>(transaction));
}

void TestDto::paymentRoundTrip()
{
    const Payment payment = samplePayment();
    const QJsonObject json = payment.toJson();
    QCOMPARE(json.value("currency"_L1).toString(), u"MAD"_s);
    QCOMPARE(json.value("paid_at"_L1).toString(), u"2026-11-09T10:16:00.123Z"_s);
    QCOMPARE(Payment::fromJson(overTheWire(json)), std::optional<Payment>(payment));
}

void TestDto::paymentPendingHasNullPaidAt()
{
    Payment payment = samplePayment();
    payment.status = u"pending"_s;
    payment.paidAt.reset();
    const QJsonObject json = payment.toJson();
    QVERIFY(json.value("paid_at"_L1).isNull());
    QCOMPARE(Payment::fromJson(overTheWire(json)), std::optional<Payment>(payment));
}

void TestDto::notificationRoundTrip()
{
    const Notification notification = sampleNotification();
    const QJsonObject json = notification.toJson();
    QCOMPARE(json.value("read_at"_L1).toString(), u"2026-11-09T11:15:00.123Z"_s);
    QCOMPARE(Notification::fromJson(overTheWire(json)), std::optional<Notification>(notification));
}

void TestDto::notificationUnreadHasNullReadAt()
{
    Notification notification = sampleNotification();
    notification.readAt.reset();
    const QJsonObject json = notification.toJson();
    QVERIFY(json.value("read_at"_L1).isNull());
    QCOMPARE(Notification::fromJson(overTheWire(json)), std::optional<Notification>(notification));
}

void TestDto::integersMustBeWhole_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("integer") << QByteArray("500000") << true << qint64(500000);
    QTest::newRow("integral written with a decimal") << QByteArray("500000.0") << true << qint64(500000);
    QTest::newRow("integer beyond 2^53 stays exact") << QByteArray("9007199254740993") << true
                                                     << qint64(9007199254740993);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("negative") << QByteArray("-8000") << true << qint64(-8000);
    QTest::newRow("half a centime") << QByteArray("500000.5") << false << qint64(0);
    QTest::newRow("beyond qint64") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("a string") << QByteArray("\"500000\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
}

void TestDto::integersMustBeWhole()
{
    QFETCH(QByteArray, amount);
    QFETCH(bool, accepted);
    QFETCH(qint64, cents);

    const QByteArray text = R"({"id": "p-1", "merchant_id": "u-1", "provider": "cmi", "currency": "MAD",
        "status": "paid", "created_at": "2026-11-09T10:15:00.123Z", "paid_at": null, "amount_cents": )"
                            + amount + '}';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto payment = Payment::fromJson(document.object());
    QCOMPARE(payment.has_value(), accepted);
    if (accepted)
        QCOMPARE(payment->amountCents, cents);
}

void TestDto::percentForJson_data()
{
    QTest::addColumn<int>("tenths");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("68.3") << 683 << QByteArray("68.3");
    QTest::newRow("0.1") << 1 << QByteArray("0.1");
    QTest::newRow("100") << 1000 << QByteArray("100");
    QTest::newRow("0") << 0 << QByteArray("0");
    QTest::newRow("33.3") << 333 << QByteArray("33.3");
}

void TestDto::percentForJson()
{
    QFETCH(int, tenths);
    QFETCH(QByteArray, json);

    const QJsonArray array{lm::dto::percentForJson(tenths)};
    QCOMPARE(QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArray('[' + json + ']'));
}

QTEST_GUILESS_MAIN(TestDto)
#include "tst_dto.moc"
