// The client's item models: QAbstractItemModelTester on each, raw-value sorting, filtering,
// precise dataChanged on reload.

#include "actions.h"
#include "cache.h"
#include "clientmodels.h"
#include "store.h"
#include "campaignsmodel.h"
#include "leadfilterproxy.h"
#include "leadsmodel.h"
#include "notificationsmodel.h"
#include "outboxmodel.h"
#include "transactionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

dto::Lead lead(const QString &id, const QString &client, qint64 value, LeadStatus status, qint64 createdAt)
{
    dto::Lead l;
    l.id = id;
    l.campaignId = u"c1"_s;
    l.campaignName = u"Marketing digital"_s;
    l.clientName = client;
    l.company = client == "Ahmed Bennani"_L1 ? u"TechCorp"_s : QString();
    l.influencerName = u"Yasmine"_s;
    l.estimatedValueCents = value;
    l.commissionCents = CommissionPolicy{}.compute(value).commissionCents;
    l.status = status;
    l.createdAt = createdAt;
    l.expiresAt = createdAt + 72 * 3600 * 1000LL;
    l.updatedAt = createdAt;
    return l;
}

QList<dto::Lead> sampleLeads()
{
    return {lead(u"1"_s, u"Ahmed Bennani"_s, 150000, LeadStatus::Pending, 3000),
            lead(u"2"_s, u"Sara Alaoui"_s, 60000, LeadStatus::Pending, 2000),
            lead(u"3"_s, u"Karim Tazi"_s, 30000, LeadStatus::Validated, 1000),
            lead(u"4"_s, u"Zineb Idrissi"_s, 900000, LeadStatus::Rejected, 4000)};
}

} // namespace

class TestClientModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco)); }
    void leadsModelPassesTheTester();
    void leadsShowMoneyInTheLocale();
    void sortByCentimesNotText();
    void filterByStatusAndText();
    void reloadSignalsOnlyChangedRows();
    void filterIsAccentInsensitiveAndMatchesPhoneDigits();
    void proxyFollowsChangedRows();
    void otherModelsPassTheTester();
    void updateLeadChangesOneRowInPlace();
    void storeFillsTheModelsOffTheUiThread();
    void laterReloadsMergeAndCancelDrops();
    void localChangesReachTheModelsAtOnce();
    void transactionsNameTheirLeadsClient();
};

void TestClientModels::leadsModelPassesTheTester()
{
    LeadsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeads(sampleLeads());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(LeadsModel::ColumnCount));
    model.setLeads(sampleLeads().mid(1));
    model.setLeads({});
    QCOMPARE(model.rowCount(), 0);
    LeadFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setLeads(sampleLeads());
    proxy.setStatusFilter(LeadStatus::Pending);
    proxy.sort(LeadsModel::EstimatedValue);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestClientModels::leadsShowMoneyInTheLocale()
{
    LeadsModel model;
    model.setLeads(sampleLeads());
    QCOMPARE(model.index(0, LeadsModel::EstimatedValue).data().toString(), u"1.500,00 dhs"_s);
    QCOMPARE(model.index(0, LeadsModel::Commission).data().toString(), u"80,00 dhs"_s);
    QCOMPARE(model.index(1, LeadsModel::Commission).data().toString(), u"60,00 dhs"_s);
    QCOMPARE(model.index(0, LeadsModel::EstimatedValue).data(TableModelBase::SortRole).toLongLong(), 150000);
    QCOMPARE(model.index(2, 0).data(TableModelBase::IdRole).toString(), u"3"_s);
    QCOMPARE(model.index(2, LeadsModel::Status).data().toString(), u"Validated"_s);
}

void TestClientModels::sortByCentimesNotText()
{
    LeadsModel model;
    model.setLeads(sampleLeads());
    LeadFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LeadsModel::EstimatedValue, Qt::AscendingOrder);
    // As text "9.000,00" < "300,00" would be wrong; by centimes 300 < 600 < 1,500 < 9,000.
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, LeadsModel::Client).data().toString();
    QCOMPARE(order, (QStringList{u"Karim Tazi"_s, u"Sara Alaoui"_s, u"Ahmed Bennani"_s, u"Zineb Idrissi"_s}));
    proxy.sort(LeadsModel::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Zineb Idrissi"_s);
}

void TestClientModels::filterByStatusAndText()
{
    LeadsModel model;
    model.setLeads(sampleLeads());
    LeadFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(LeadStatus::Pending);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"techcorp"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Ahmed Bennani"_s);
    proxy.setStatusFilter(std::nullopt);
    proxy.setSearchText(u"  KARIM "_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestClientModels::filterIsAccentInsensitiveAndMatchesPhoneDigits()
{
    QList<dto::Lead> leads = sampleLeads();
    leads[0].clientName = u"Ahm\u00e9d Bennani"_s;
    leads[1].clientPhone = u"+212612345678"_s;
    leads[2].clientEmail = u"karim@example.ma"_s;
    LeadsModel model;
    model.setLeads(leads);
    LeadFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(u"ahmed"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Ahm\u00e9d Bennani"_s);
    proxy.setSearchText(u"AHM\u00c9D"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"0612"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Sara Alaoui"_s);
    proxy.setSearchText(u"06 12 34"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"+212 6 12"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"karim@"_s);
    QCOMPARE(proxy.rowCount(), 1);
    // Narrowing then widening the query again.
    proxy.setSearchText(u"a"_s);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setSearchText(u"ala"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"a"_s);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestClientModels::proxyFollowsChangedRows()
{
    LeadsModel model;
    model.setLeads(sampleLeads());
    LeadFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(LeadStatus::Pending);
    proxy.sort(LeadsModel::EstimatedValue, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Sara Alaoui"_s);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QList<dto::Lead> next = sampleLeads();
    next[1].status = LeadStatus::Validated; // Sara leaves the pending list
    next[2].status = LeadStatus::Pending;   // Karim joins it, first by value
    next[0].estimatedValueCents = 10000;    // Ahmed moves before Karim
    model.setLeads(next);
    QCOMPARE(reset.count(), 0);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, LeadsModel::Client).data().toString();
    QCOMPARE(order, (QStringList{u"Ahmed Bennani"_s, u"Karim Tazi"_s}));
    proxy.sort(LeadsModel::Client, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, LeadsModel::Client).data().toString(), u"Karim Tazi"_s);
}

void TestClientModels::reloadSignalsOnlyChangedRows()
{
    LeadsModel model;
    model.setLeads(sampleLeads());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<dto::Lead> next = sampleLeads();
    next[1].status = LeadStatus::Validated;
    model.setLeads(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(LeadsModel::ColumnCount) - 1);
    next.removeLast();
    model.setLeads(next);
    QCOMPARE(reset.count(), 1);
}

void TestClientModels::otherModelsPassTheTester()
{
    CampaignsModel campaigns;
    QAbstractItemModelTester t1(&campaigns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dto::Campaign c;
    c.id = u"c1"_s;
    c.name = u"Marketing digital"_s;
    c.merchantName = u"Agence Atlas"_s;
    campaigns.setCampaigns({c});
    QCOMPARE(campaigns.index(0, CampaignsModel::Commission).data().toString(), u"10 % below 800 dhs, else 80 dhs"_s);
    c.status = CampaignStatus::Paused;
    c.pausedReason = u"depleted"_s;
    campaigns.setCampaigns({c});
    QCOMPARE(campaigns.index(0, CampaignsModel::Status).data().toString(), u"Paused (deposit empty)"_s);

    TransactionsModel transactions;
    QAbstractItemModelTester t2(&transactions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dto::Transaction recharge;
    recharge.id = u"t1"_s;
    recharge.kind = TransactionKind::Recharge;
    recharge.amountCents = 500000;
    recharge.balanceDeltaCents = 500000;
    recharge.balanceAfterCents = 500000;
    dto::Transaction reserve;
    reserve.id = u"t2"_s;
    reserve.kind = TransactionKind::Reserve;
    reserve.amountCents = 8000;
    reserve.reservedDeltaCents = 8000;
    reserve.balanceAfterCents = 500000;
    reserve.reservedAfterCents = 8000;
    transactions.setTransactions({reserve, recharge});
    // A reservation is shown as one, not as a debit; it still sorts below the credits.
    QCOMPARE(transactions.index(0, TransactionsModel::Amount).data().toString(), u"80,00 dhs reserved"_s);
    QCOMPARE(transactions.index(0, TransactionsModel::Amount).data(TableModelBase::SortRole).toLongLong(), -8000);
    QCOMPARE(transactions.index(1, TransactionsModel::Amount).data().toString(), u"+5.000,00 dhs"_s);
    QCOMPARE(transactions.index(0, TransactionsModel::Kind).data().toString(), u"Reservation"_s);

    NotificationsModel notifications;
    QAbstractItemModelTester t3(&notifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dto::Notification n;
    n.id = u"n1"_s;
    n.level = u"critical"_s;
    n.title = u"Dépôt critique"_s;
    notifications.setNotifications({n});
    QCOMPARE(notifications.unreadCount(), 1);
    QCOMPARE(notifications.index(0, NotificationsModel::Level).data().toString(), u"Critical"_s);
    QVERIFY(notifications.index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    OutboxModel outbox;
    QAbstractItemModelTester t4(&outbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OutboxEntry e;
    e.id = 7;
    e.kind = OutboxEntry::Kind::RejectLead;
    e.targetId = u"42"_s;
    e.status = OutboxEntry::Status::Failed;
    e.errorMessage = u"déjà traité"_s;
    outbox.setEntries({e});
    QCOMPARE(outbox.index(0, OutboxModel::State).data().toString(), u"Refused"_s);
    QCOMPARE(outbox.index(0, OutboxModel::Reason).data().toString(), u"déjà traité"_s);
    outbox.setEntries({});
    QCOMPARE(outbox.rowCount(), 0);
}

QTEST_MAIN(TestClientModels)
void TestClientModels::updateLeadChangesOneRowInPlace()
{
    LeadsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLeads(sampleLeads());
    LeadFilterProxy pending;
    pending.setSourceModel(&model);
    pending.setStatusFilter(LeadStatus::Pending);
    QCOMPARE(pending.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    dto::Lead decided = model.leadAt(1);
    decided.status = LeadStatus::Validated;
    decided.qualityScore = 9;
    QVERIFY(model.updateLead(decided));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.leadAt(1).qualityScore, std::optional<int>(9));
    QVERIFY(model.keysAt(1).status == LeadStatus::Validated);
    QCOMPARE(pending.rowCount(), 1); // left the pending list at once

    // A change of searchable text is searchable at once.
    dto::Lead renamed = model.leadAt(0);
    renamed.clientName = u"Hamza Berrada"_s;
    QVERIFY(model.updateLead(renamed));
    pending.setSearchText(u"berrada"_s);
    QCOMPARE(pending.rowCount(), 1);

    dto::Lead unknown = renamed;
    unknown.id = u"nope"_s;
    QVERIFY(!model.updateLead(unknown));
}

void TestClientModels::storeFillsTheModelsOffTheUiThread()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    QList<dto::Lead> leads;
    for (int i = 0; i < 5000; ++i)
        leads.append(lead(u"l%1"_s.arg(i), u"Client %1"_s.arg(i), 10000 + i, LeadStatus::Pending, 1000 + i));
    cache.upsertLeads(leads);
    dto::Deposit deposit;
    deposit.currentBalanceCents = 500000;
    deposit.referenceCents = 500000;
    cache.setDeposit(deposit);

    Store store(file);
    ClientModels models(store); // asks for everything at once
    QAbstractItemModelTester tester(&models.leads(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&models, &ClientModels::leadsLoaded);
    QSignalSpy reset(&models.leads(), &QAbstractItemModel::modelReset);
    QVERIFY(models.isLoading());
    QCOMPARE(models.leads().rowCount(), 0); // nothing on the UI thread yet
    QVERIFY(loaded.wait(10000));
    QVERIFY(!models.isLoading());
    QCOMPARE(models.leads().rowCount(), 5000);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(models.deposit(), deposit);
    // Most recently changed first, as Cache::leads() orders them.
    QCOMPARE(models.leads().leadAt(0).id, u"l4999"_s);
    QCOMPARE(models.leads().leadAt(4999).id, u"l0"_s);
    QCOMPARE(models.leads().leadAt(0).commissionCents, leads.at(4999).commissionCents);
    QCOMPARE(models.leadsWithIds({u"l7"_s, u"nope"_s, u"l3"_s}).size(), 2);
    QCOMPARE(models.leadsWithIds({u"l7"_s, u"l3"_s}).at(1).id, u"l3"_s);
}

void TestClientModels::laterReloadsMergeAndCancelDrops()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    cache.upsertLeads(sampleLeads());
    Store store(file);
    QSignalSpy leadsRead(&store, &Store::leadsLoaded);
    QSignalSpy outboxRead(&store, &Store::outboxChanged);
    qsizetype lastCount = -1;
    connect(&store, &Store::leadsLoaded, this,
            [&lastCount](const std::shared_ptr<LeadIndex> &index) { lastCount = index->leads.size(); });
    QSignalSpy idle(&store, &Store::idle);
    // A burst while a read runs: the requests after it merge into one, which reads what any asked for.
    store.reload(Store::Leads);
    store.reload(Store::Outbox);
    store.reload(Store::Outbox);
    store.reload(Store::Leads);
    QTRY_VERIFY(!store.isLoading());
    QCOMPARE(leadsRead.count(), 2); // the running read, then the merged one
    QCOMPARE(outboxRead.count(), 1);
    QCOMPARE(idle.count(), 1);
    QCOMPARE(idle.first().at(0).toBool(), true);
    QCOMPARE(lastCount, 4);

    // A cancelled read delivers nothing, nor does the request that waited behind it.
    store.reload();
    store.reload();
    store.cancel();
    QTest::qWait(200);
    QTRY_VERIFY(!store.isLoading());
    QCOMPARE(leadsRead.count(), 2);
    QCOMPARE(idle.count(), 1);

    // Unreadable: said, and nothing else changes.
    Store lost(dir.filePath(u"no/such/folder/cache.sqlite"_s));
    QSignalSpy failed(&lost, &Store::loadFailed);
    QSignalSpy lostLeads(&lost, &Store::leadsLoaded);
    lost.reload();
    QVERIFY(failed.wait(10000));
    QCOMPARE(lostLeads.count(), 0);
}

void TestClientModels::localChangesReachTheModelsAtOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    cache.upsertLeads(sampleLeads());
    dto::Deposit deposit;
    deposit.currentBalanceCents = 500000;
    deposit.reservedCents = 15000 + 6000;
    deposit.referenceCents = 500000;
    cache.setDeposit(deposit);
    Store store(file);
    ClientModels models(store);
    QSignalSpy loaded(&models, &ClientModels::leadsLoaded);
    QVERIFY(loaded.wait(10000));

    Actions actions(cache);
    connect(&actions, &Actions::leadsChanged, &store, &Store::applyLeads);
    connect(&actions, &Actions::depositAdjusted, &store, &Store::adjustDeposit);
    QSignalSpy queued(&actions, &Actions::queued);
    QSignalSpy resets(&models.leads(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(&models.leads(), &QAbstractItemModel::dataChanged);
    const Actions::Decided decided = actions.validate({u"2"_s, u"3"_s}, 9, u"Bien"_s); // 3 is already validated
    QCOMPARE(decided.done.size(), 1);
    QCOMPARE(decided.refused, 1);
    QCOMPARE(queued.count(), 1);
    QCOMPARE(resets.count(), 0); // in place
    QCOMPARE(changed.count(), 1);
    const int row = *models.leads().rowOf(u"2"_s);
    QCOMPARE(toString(models.leads().leadAt(row).status), toString(LeadStatus::Validated));
    QCOMPARE(models.leads().leadAt(row).qualityScore, 9);
    // The commission of 600 MAD (60 MAD) is paid: out of the balance and the reservation.
    QCOMPARE(models.deposit()->currentBalanceCents, 500000 - 6000);
    QCOMPARE(models.deposit()->reservedCents, 15000);
    QCOMPARE(cache.outbox().count(OutboxEntry::Status::Queued), 1);
    QCOMPARE(cache.outbox().entries().first().body.value("quality_score"_L1).toInt(), 9);
}

void TestClientModels::transactionsNameTheirLeadsClient()
{
    TransactionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dto::Transaction reserve;
    reserve.id = u"t1"_s;
    reserve.kind = TransactionKind::Reserve;
    reserve.leadId = u"l1"_s;
    reserve.reservedDeltaCents = 8000;
    reserve.description = u"Reservation for lead Ahmed Bennani"_s;
    dto::Transaction recharge;
    recharge.id = u"t2"_s;
    recharge.kind = TransactionKind::Recharge;
    recharge.balanceDeltaCents = 500000;
    recharge.description = u"Recharge (sandbox)"_s;
    model.setTransactions({reserve, recharge});
    const QModelIndex first = model.index(0, TransactionsModel::Description);
    // Unknown lead: the server's text.
    QCOMPARE(first.data().toString(), u"Reservation for lead Ahmed Bennani"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLeadNames({{u"l1"_s, u"Ahmed Bennani"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(first.data().toString(), u"Lead of Ahmed Bennani"_s);
    QCOMPARE(model.index(1, TransactionsModel::Description).data().toString(), u"Recharge (sandbox)"_s);
    model.setLeadNames({{u"l1"_s, u"Ahmed Bennani"_s}}); // the same: no signal
    QCOMPARE(changed.count(), 1);
}

#include "tst_client_models.moc"
