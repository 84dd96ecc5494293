#include "alertlevel.h"
#include "commission.h"
#include "kinds.h"
#include "leadpolicy.h"
#include "leadstatus.h"
#include "money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lm::AlertLevel;
using lm::CommissionPolicy;
using lm::CommissionType;
using lm::LeadSource;
using lm::LeadStatus;

Q_DECLARE_METATYPE(lm::AlertLevel)
Q_DECLARE_METATYPE(lm::CommissionType)
Q_DECLARE_METATYPE(lm::CommissionPolicy)
Q_DECLARE_METATYPE(lm::LeadStatus)
Q_DECLARE_METATYPE(lm::LeadSource)

// lm::toString() overloads for these enums are found by argument-dependent lookup inside QCOMPARE
// and shadow QTest::toString(), so enums are compared through their wire names: readable failures too.

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPolicy();
    void commission_data();
    void commission();
    void commissionTypeNames();
    void alertLevel_data();
    void alertLevel();
    void alertLevelNames_data();
    void alertLevelNames();
    void alertLevelOrder();
    void percentTenths_data();
    void percentTenths();
    void channels_data();
    void channels();
    void leadStatusTransitions_data();
    void leadStatusTransitions();
    void leadStatusNames_data();
    void leadStatusNames();
    void leadStatusFromUnknown_data();
    void leadStatusFromUnknown();
    void leadSource_data();
    void leadSource();
    void leadSourceRefuses_data();
    void leadSourceRefuses();
    void allLeadSources();
    void wireNames_data();
    void wireNames();
    void wireNamesRefuse_data();
    void wireNamesRefuse();
    void expiry_data();
    void expiry();
    void duplicateWindow_data();
    void duplicateWindow();
};

void TestRules::defaultPolicy()
{
    // DESIGN.md's four numbers, which API.md also gives as the Campaign defaults.
    const CommissionPolicy policy;
    QCOMPARE(policy.rateBp, qint64(1000));
    QCOMPARE(policy.fixedCommissionCents, qint64(8000));
    QCOMPARE(policy.fixedThresholdCents, qint64(80000));
    QCOMPARE(policy.influencerShareBp, qint64(3000));
}

void TestRules::commission_data()
{
    QTest::addColumn<CommissionPolicy>("policy");
    QTest::addColumn<qint64>("valueCents");
    QTest::addColumn<qint64>("commissionCents");
    QTest::addColumn<CommissionType>("type");
    QTest::addColumn<qint64>("shareCents");

    const CommissionPolicy defaults;
    QTest::newRow("799.99 MAD is 10 %") << defaults << qint64(79999) << qint64(8000) << CommissionType::Percentage
                                        << qint64(2400);
    QTest::newRow("800.00 MAD is the fixed 80 MAD") << defaults << qint64(80000) << qint64(8000)
                                                    << CommissionType::Fixed << qint64(2400);
    QTest::newRow("800.01 MAD is fixed") << defaults << qint64(80001) << qint64(8000) << CommissionType::Fixed
                                         << qint64(2400);
    QTest::newRow("100,000 MAD is fixed") << defaults << qint64(10000000) << qint64(8000) << CommissionType::Fixed
                                          << qint64(2400);
    QTest::newRow("500 MAD is 50 MAD") << defaults << qint64(50000) << qint64(5000) << CommissionType::Percentage
                                       << qint64(1500);
    QTest::newRow("799.94 MAD: 79.994 rounds down") << defaults << qint64(79994) << qint64(7999)
                                                    << CommissionType::Percentage << qint64(2400);
    QTest::newRow("799.95 MAD: 79.995 rounds up") << defaults << qint64(79995) << qint64(8000)
                                                  << CommissionType::Percentage << qint64(2400);
    QTest::newRow("0.45 MAD: .5 centime up, share 1.5 up") << defaults << qint64(45) << qint64(5)
                                                           << CommissionType::Percentage << qint64(2);
    QTest::newRow("0.01 MAD: commission rounds to nothing") << defaults << qint64(1) << qint64(0)
                                                             << CommissionType::Percentage << qint64(0);
    QTest::newRow("416.65 MAD: share of 41.67 is 12.501 → 12.50") << defaults << qint64(41665) << qint64(4167)
                                                                  << CommissionType::Percentage << qint64(1250);
    QTest::newRow("416.75 MAD: share of 41.68 is 12.504 → 12.50") << defaults << qint64(41675) << qint64(4168)
                                                                  << CommissionType::Percentage << qint64(1250);
    QTest::newRow("5.05 MAD: share of 0.51 is 15.3 → 15 centimes") << defaults << qint64(505) << qint64(51)
                                                                   << CommissionType::Percentage << qint64(15);

    CommissionPolicy custom;
    custom.rateBp = 1250;
    custom.fixedCommissionCents = 15000;
    custom.fixedThresholdCents = 120000;
    custom.influencerShareBp = 4000;
    QTest::newRow("custom: 1,199.99 MAD at 12.5 %") << custom << qint64(119999) << qint64(15000)
                                                    << CommissionType::Percentage << qint64(6000);
    QTest::newRow("custom: 1,200.00 MAD is the fixed 150 MAD") << custom << qint64(120000) << qint64(15000)
                                                               << CommissionType::Fixed << qint64(6000);
    QTest::newRow("custom: 800 MAD is still a percentage") << custom << qint64(80000) << qint64(10000)
                                                           << CommissionType::Percentage << qint64(4000);
    QTest::newRow("custom: 0.04 MAD at 12.5 % is exactly .5") << custom << qint64(4) << qint64(1)
                                                              << CommissionType::Percentage << qint64(0);

    CommissionPolicy noShare;
    noShare.influencerShareBp = 0;
    QTest::newRow("0 % share: the platform keeps all") << noShare << qint64(50000) << qint64(5000)
                                                      << CommissionType::Percentage << qint64(0);
    CommissionPolicy fullShare;
    fullShare.influencerShareBp = 10000;
    QTest::newRow("100 % share: the influencer gets all") << fullShare << qint64(50000) << qint64(5000)
                                                          << CommissionType::Percentage << qint64(5000);
    CommissionPolicy alwaysFixed;
    alwaysFixed.fixedThresholdCents = 0;
    QTest::newRow("threshold 0: always fixed") << alwaysFixed << qint64(1) << qint64(8000) << CommissionType::Fixed
                                               << qint64(2400);
    CommissionPolicy oddShare;
    oddShare.influencerShareBp = 3333;
    QTest::newRow("33.33 % of 80 MAD is 26.664 → 26.66") << oddShare << qint64(80000) << qint64(8000)
                                                        << CommissionType::Fixed << qint64(2666);
}

void TestRules::commission()
{
    QFETCH(CommissionPolicy, policy);
    QFETCH(qint64, valueCents);
    QFETCH(qint64, commissionCents);
    QFETCH(CommissionType, type);
    QFETCH(qint64, shareCents);

    const lm::Commission result = policy.compute(valueCents);
    QCOMPARE(result.commissionCents, commissionCents);
    QCOMPARE(lm::toString(result.type), lm::toString(type));
    QCOMPARE(result.influencerShareCents, shareCents);
    // Double entry: the two parts add up to what the merchant pays.
    QCOMPARE(result.platformCents, commissionCents - shareCents);
    QCOMPARE(result.influencerShareCents + result.platformCents, result.commissionCents);
}

void TestRules::commissionTypeNames()
{
    QCOMPARE(lm::toString(CommissionType::Percentage), u"percentage"_s);
    QCOMPARE(lm::toString(CommissionType::Fixed), u"fixed"_s);
}

void TestRules::alertLevel_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<AlertLevel>("level");

    const qint64 ref = lm::Money::fromMad(5000).cents();
    QTest::newRow("full deposit is healthy") << ref << ref << AlertLevel::Healthy;
    QTest::newRow("above the reference is healthy") << ref * 3 << ref << AlertLevel::Healthy;
    QTest::newRow("2,500.01 of 5,000 is healthy") << qint64(250001) << ref << AlertLevel::Healthy;
    QTest::newRow("2,500.00 of 5,000 (50 %) is attention") << qint64(250000) << ref << AlertLevel::Attention;
    QTest::newRow("1,000.01 of 5,000 is attention") << qint64(100001) << ref << AlertLevel::Attention;
    QTest::newRow("1,000.00 of 5,000 (20 %) is warning") << qint64(100000) << ref << AlertLevel::Warning;
    QTest::newRow("500.01 of 5,000 is warning") << qint64(50001) << ref << AlertLevel::Warning;
    QTest::newRow("500.00 of 5,000 (10 %) is critical") << qint64(50000) << ref << AlertLevel::Critical;
    QTest::newRow("0.01 of 5,000 is critical") << qint64(1) << ref << AlertLevel::Critical;
    QTest::newRow("0 (0 %) is depleted") << qint64(0) << ref << AlertLevel::Depleted;
    QTest::newRow("negative balance is depleted") << qint64(-1) << ref << AlertLevel::Depleted;
    QTest::newRow("no reference is depleted") << qint64(0) << qint64(0) << AlertLevel::Depleted;
    QTest::newRow("a balance without reference is depleted") << qint64(10000) << qint64(0) << AlertLevel::Depleted;
    QTest::newRow("negative reference is depleted") << qint64(10000) << qint64(-5) << AlertLevel::Depleted;
    // 1 of 3 centimes is 33.3 %: a rounded percent could not decide these; integers do.
    QTest::newRow("1 of 3 centimes is attention") << qint64(1) << qint64(3) << AlertLevel::Attention;
    QTest::newRow("2 of 3 centimes is healthy") << qint64(2) << qint64(3) << AlertLevel::Healthy;
    QTest::newRow("1 of 2 centimes (50 %) is attention") << qint64(1) << qint64(2) << AlertLevel::Attention;
    QTest::newRow("1 of 10 centimes (10 %) is critical") << qint64(1) << qint64(10) << AlertLevel::Critical;
    QTest::newRow("1 of 9 centimes (11.1 %) is warning") << qint64(1) << qint64(9) << AlertLevel::Warning;
    QTest::newRow("1 of 5 centimes (20 %) is warning") << qint64(1) << qint64(5) << AlertLevel::Warning;
    QTest::newRow("1 of 4 centimes (25 %) is attention") << qint64(1) << qint64(4) << AlertLevel::Attention;
    QTest::newRow("API maximum, 1 centime under half") << qint64(49999999) << qint64(99999999)
                                                       << AlertLevel::Attention;
    QTest::newRow("API maximum, 1 centime over half") << qint64(50000000) << qint64(99999999)
                                                      << AlertLevel::Healthy;
}

void TestRules::alertLevel()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, reference);
    QFETCH(AlertLevel, level);

    QCOMPARE(lm::toString(lm::classifyDeposit(balance, reference)), lm::toString(level));
}

void TestRules::alertLevelNames_data()
{
    QTest::addColumn<AlertLevel>("level");
    QTest::addColumn<QString>("name");

    QTest::newRow("healthy") << AlertLevel::Healthy << u"healthy"_s;
    QTest::newRow("attention") << AlertLevel::Attention << u"attention"_s;
    QTest::newRow("warning") << AlertLevel::Warning << u"warning"_s;
    QTest::newRow("critical") << AlertLevel::Critical << u"critical"_s;
    QTest::newRow("depleted") << AlertLevel::Depleted << u"depleted"_s;
}

void TestRules::alertLevelNames()
{
    QFETCH(AlertLevel, level);
    QFETCH(QString, name);

    QCOMPARE(lm::toString(level), name);
    QCOMPARE(lm::alertLevelFromString(name), std::optional<AlertLevel>(level));
    QVERIFY(!lm::alertLevelFromString(name.toUpper()).has_value());
    QVERIFY(!lm::alertLevelFromString(name + u' ').has_value());
}

void TestRules::alertLevelOrder()
{
    // "Worse than" is how the scheduler decides whether to alert again.
    QVERIFY(AlertLevel::Depleted > AlertLevel::Critical);
    QVERIFY(AlertLevel::Critical > AlertLevel::Warning);
    QVERIFY(AlertLevel::Warning > AlertLevel::Attention);
    QVERIFY(AlertLevel::Attention > AlertLevel::Healthy);
    QVERIFY(!lm::alertLevelFromString(QString()).has_value());
    QVERIFY(!lm::alertLevelFromString(u"ok"_s).has_value());
}

void TestRules::percentTenths_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<int>("tenths");

    QTest::newRow("full") << qint64(500000) << qint64(500000) << 1000;
    QTest::newRow("over the reference clamps to 100 %") << qint64(900000) << qint64(500000) << 1000;
    QTest::newRow("half") << qint64(250000) << qint64(500000) << 500;
    QTest::newRow("2,500.01 of 5,000 is still 50.0") << qint64(250001) << qint64(500000) << 500;
    QTest::newRow("68.3 %") << qint64(683) << qint64(1000) << 683;
    QTest::newRow("1 of 3 is 33.3") << qint64(1) << qint64(3) << 333;
    QTest::newRow("2 of 3 is 66.7 (half-up)") << qint64(2) << qint64(3) << 667;
    QTest::newRow("exactly .05 rounds up") << qint64(1) << qint64(2000) << 1;
    QTest::newRow("just under .05 rounds down") << qint64(1) << qint64(2001) << 0;
    QTest::newRow("99.95 % rounds to 100.0") << qint64(1999) << qint64(2000) << 1000;
    QTest::newRow("99.94 % stays 99.9") << qint64(9994) << qint64(10000) << 999;
    QTest::newRow("zero balance") << qint64(0) << qint64(500000) << 0;
    QTest::newRow("negative balance clamps to 0") << qint64(-100) << qint64(500000) << 0;
    QTest::newRow("no reference is 0") << qint64(100) << qint64(0) << 0;
    QTest::newRow("negative reference is 0") << qint64(100) << qint64(-1) << 0;
}

void TestRules::percentTenths()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, reference);
    QFETCH(int, tenths);

    QCOMPARE(lm::percentTenths(balance, reference), tenths);
}

void TestRules::channels_data()
{
    QTest::addColumn<AlertLevel>("level");
    QTest::addColumn<bool>("dashboard");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("sms");
    QTest::addColumn<bool>("whatsapp");

    QTest::newRow("healthy: nothing") << AlertLevel::Healthy << false << false << false << false;
    QTest::newRow("attention: dashboard") << AlertLevel::Attention << true << false << false << false;
    QTest::newRow("warning: email + dashboard") << AlertLevel::Warning << true << true << false << false;
    QTest::newRow("critical: everything") << AlertLevel::Critical << true << true << true << true;
    QTest::newRow("depleted: everything") << AlertLevel::Depleted << true << true << true << true;
}

void TestRules::channels()
{
    QFETCH(AlertLevel, level);
    QFETCH(bool, dashboard);
    QFETCH(bool, email);
    QFETCH(bool, sms);
    QFETCH(bool, whatsapp);

    const lm::AlertChannels channels = lm::channelsFor(level);
    QCOMPARE(channels.dashboard, dashboard);
    QCOMPARE(channels.email, email);
    QCOMPARE(channels.sms, sms);
    QCOMPARE(channels.whatsapp, whatsapp);
}

void TestRules::leadStatusTransitions_data()
{
    QTest::addColumn<LeadStatus>("from");
    QTest::addColumn<LeadStatus>("to");
    QTest::addColumn<bool>("allowed");

    const LeadStatus all[] = {LeadStatus::Pending, LeadStatus::Validated, LeadStatus::Rejected, LeadStatus::Expired};
    for (const LeadStatus from : all) {
        for (const LeadStatus to : all) {
            const bool allowed = from == LeadStatus::Pending && to != LeadStatus::Pending;
            QTest::addRow("%s → %s", qPrintable(lm::toString(from)), qPrintable(lm::toString(to)))
                << from << to << allowed;
        }
    }
}

void TestRules::leadStatusTransitions()
{
    QFETCH(LeadStatus, from);
    QFETCH(LeadStatus, to);
    QFETCH(bool, allowed);

    QCOMPARE(lm::canTransition(from, to), allowed);
    // Only a final status has no way out.
    QCOMPARE(lm::isFinal(from), from != LeadStatus::Pending);
}

void TestRules::leadStatusNames_data()
{
    QTest::addColumn<LeadStatus>("status");
    QTest::addColumn<QString>("name");

    QTest::newRow("pending") << LeadStatus::Pending << u"pending"_s;
    QTest::newRow("validated") << LeadStatus::Validated << u"validated"_s;
    QTest::newRow("rejected") << LeadStatus::Rejected << u"rejected"_s;
    QTest::newRow("expired") << LeadStatus::Expired << u"expired"_s;
}

void TestRules::leadStatusNames()
{
    QFETCH(LeadStatus, status);
    QFETCH(QString, name);

    QCOMPARE(lm::toString(status), name);
    QCOMPARE(lm::leadStatusFromString(name), std::optional<LeadStatus>(status));
}

void TestRules::leadStatusFromUnknown_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Pending"_s;
    QTest::newRow("padded") << u" pending"_s;
    QTest::newRow("French") << u"validé"_s;
    QTest::newRow("other word") << u"deleted"_s;
}

void TestRules::leadStatusFromUnknown()
{
    QFETCH(QString, text);
    QVERIFY(!lm::leadStatusFromString(text).has_value());
}

void TestRules::leadSource_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LeadSource>("source");

    QTest::newRow("instagram") << u"instagram"_s << LeadSource::Instagram;
    QTest::newRow("tiktok") << u"tiktok"_s << LeadSource::TikTok;
    QTest::newRow("whatsapp") << u"whatsapp"_s << LeadSource::WhatsApp;
    QTest::newRow("facebook") << u"facebook"_s << LeadSource::Facebook;
    QTest::newRow("youtube") << u"youtube"_s << LeadSource::YouTube;
    QTest::newRow("other") << u"other"_s << LeadSource::Other;
}

void TestRules::leadSource()
{
    QFETCH(QString, text);
    QFETCH(LeadSource, source);

    QCOMPARE(lm::leadSourceFromString(text), std::optional<LeadSource>(source));
    QCOMPARE(lm::toString(source), text);
}

void TestRules::leadSourceRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Instagram"_s;
    QTest::newRow("camel case") << u"TikTok"_s;
    QTest::newRow("abbreviation") << u"insta"_s;
    QTest::newRow("not offered") << u"linkedin"_s;
    QTest::newRow("trailing space") << u"other "_s;
}

void TestRules::leadSourceRefuses()
{
    QFETCH(QString, text);
    QVERIFY(!lm::leadSourceFromString(text).has_value());
}

void TestRules::allLeadSources()
{
    const QList<LeadSource> sources = lm::allLeadSources();
    QCOMPARE(lm::wireNames(sources),
             QStringList({u"instagram"_s, u"tiktok"_s, u"whatsapp"_s, u"facebook"_s, u"youtube"_s, u"other"_s}));
    for (const LeadSource source : sources)
        QCOMPARE(lm::leadSourceFromString(lm::toString(source)), std::optional<LeadSource>(source));
}

namespace {

// One row per enum value: its wire name, and whether the name parses back to the same value.
template<typename Enum>
void addWireNameRows(const char *type, const QList<Enum> &values, std::optional<Enum> (*fromString)(const QString &),
                     const QStringList &expected)
{
    QCOMPARE(values.size(), expected.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = lm::toString(values.at(i));
        QTest::addRow("%s %s", type, qPrintable(expected.at(i)))
            << name << expected.at(i) << (fromString(name) == std::optional<Enum>(values.at(i)));
    }
}

} // namespace

void TestRules::wireNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("roundTrips");

    using namespace lm;
    addWireNameRows("role", allRoles(), &roleFromString, {u"merchant"_s, u"influencer"_s, u"admin"_s});
    addWireNameRows("transaction kind", allTransactionKinds(), &transactionKindFromString,
                    {u"recharge"_s, u"reserve"_s, u"release"_s, u"deduction"_s, u"adjustment"_s});
    addWireNameRows("earnings beneficiary", QList{EarningsBeneficiary::Influencer, EarningsBeneficiary::Platform},
                    &earningsBeneficiaryFromString, {u"influencer"_s, u"platform"_s});
    addWireNameRows("deposit status", allDepositStatuses(), &depositStatusFromString, {u"active"_s, u"blocked"_s});
    addWireNameRows("blocked reason", QList{BlockedReason::Depleted, BlockedReason::Admin}, &blockedReasonFromString,
                    {u"depleted"_s, u"admin"_s});
    addWireNameRows("campaign status", allCampaignStatuses(), &campaignStatusFromString, {u"active"_s, u"paused"_s});
    addWireNameRows("paused reason", QList{PausedReason::Manual, PausedReason::Depleted}, &pausedReasonFromString,
                    {u"manual"_s, u"depleted"_s});
}

void TestRules::wireNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(bool, roundTrips);

    QCOMPARE(name, expected);
    QVERIFY(roundTrips);
}

void TestRules::wireNamesRefuse_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Merchant"_s;
    QTest::newRow("upper case") << u"ACTIVE"_s;
    QTest::newRow("padded") << u" recharge"_s;
    QTest::newRow("plural") << u"admins"_s;
    QTest::newRow("French") << u"bloqué"_s;
    QTest::newRow("another set's name") << u"pending"_s;
}

void TestRules::wireNamesRefuse()
{
    QFETCH(QString, text);

    QVERIFY(!lm::roleFromString(text));
    QVERIFY(!lm::transactionKindFromString(text));
    QVERIFY(!lm::earningsBeneficiaryFromString(text));
    QVERIFY(!lm::depositStatusFromString(text));
    QVERIFY(!lm::blockedReasonFromString(text));
    QVERIFY(!lm::campaignStatusFromString(text));
    QVERIFY(!lm::pausedReasonFromString(text));
}

void TestRules::expiry_data()
{
    QTest::addColumn<qint64>("createdAt");
    QTest::addColumn<qint64>("expiresAt");

    constexpr qint64 hour = 3'600'000;
    // 2026-11-09T10:15:00.123Z, API.md's example instant.
    constexpr qint64 t0 = 1'794'219'300'123;
    QTest::newRow("72 h after the epoch") << qint64(0) << 72 * hour;
    QTest::newRow("72 h after API.md's instant, to the millisecond") << t0 << t0 + 72 * hour;
    QTest::newRow("3 days later, whatever the clock says") << t0 + 1 << t0 + 1 + 3 * 24 * hour;
}

void TestRules::expiry()
{
    QFETCH(qint64, createdAt);
    QFETCH(qint64, expiresAt);

    QCOMPARE(lm::leadpolicy::expiresAt(createdAt), expiresAt);
    QCOMPARE(lm::leadpolicy::ExpiryMs, qint64(lm::leadpolicy::ExpiryHours) * 3'600'000);
}

void TestRules::duplicateWindow_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<bool>("duplicate");

    constexpr qint64 day = 24 * 3'600'000LL;
    QTest::newRow("same instant is a duplicate") << qint64(0) << true;
    QTest::newRow("29 days is a duplicate") << 29 * day << true;
    QTest::newRow("30 days less 1 ms is a duplicate") << 30 * day - 1 << true;
    QTest::newRow("exactly 30 days is a duplicate") << 30 * day << true;
    QTest::newRow("30 days and 1 ms is not") << 30 * day + 1 << false;
    QTest::newRow("31 days is not") << 31 * day << false;
}

void TestRules::duplicateWindow()
{
    QFETCH(qint64, age);
    QFETCH(bool, duplicate);

    constexpr qint64 now = 1'794'219'300'123;
    QCOMPARE(lm::leadpolicy::isWithinDuplicateWindow(now - age, now), duplicate);
    QCOMPARE(now - age >= lm::leadpolicy::duplicateWindowStart(now), duplicate);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
