// The client's item models: QAbstractItemModelTester on each, raw-value sorting, filtering,
// precise dataChanged on reload.

#include "cache.h"
#include "campaignsmodel.h"
#include "leadfilterproxy.h"
#include "leadsloader.h"
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
    void loaderFillsTheModelOffTheUiThread();
    void laterLoadSupersedesEarlierOnes();
    void cacheReadsPackedAndJsonRowsAlike();
    void newCacheOpenedByTwoConnectionsAtOnce();
    void transactionsNameTheirLeadsClient();
    void cacheOfVersionOneIsMigrated();
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
    QCOMPARE(transactions.index(0, TransactionsModel::Amount).data().toString(), u"-80,00 dhs"_s);
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

void TestClientModels::loaderFillsTheModelOffTheUiThread()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    QList<dto::Lead> leads;
    for (int i = 0; i < 5000; ++i)
        leads.append(lead(u"l%1"_s.arg(i), u"Client %1"_s.arg(i), 10000 + i, LeadStatus::Pending, 1000 + i));
    cache.upsertLeads(leads);

    LeadsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LeadsLoader loader(&model);
    QSignalSpy loaded(&loader, &LeadsLoader::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    loader.load(file);
    QVERIFY(loader.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing on the UI thread yet
    QVERIFY(loaded.wait(10000));
    QVERIFY(!loader.isLoading());
    QCOMPARE(loaded.first().at(0).toInt(), 5000);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(reset.count(), 1);
    // Most recently changed first, as Cache::leads() orders them.
    QCOMPARE(model.leadAt(0).id, u"l4999"_s);
    QCOMPARE(model.leadAt(4999).id, u"l0"_s);
    QCOMPARE(model.leadAt(0).commissionCents, leads.at(4999).commissionCents);
}

void TestClientModels::laterLoadSupersedesEarlierOnes()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.sqlite"_s);
    const QString second = dir.filePath(u"second.sqlite"_s);
    {
        Cache a(first);
        QVERIFY(a.open().ok());
        a.upsertLeads(sampleLeads());
        Cache b(second);
        QVERIFY(b.open().ok());
        b.upsertLeads({sampleLeads().constFirst()});
    }
    LeadsModel model;
    LeadsLoader loader(&model);
    QSignalSpy loaded(&loader, &LeadsLoader::loaded);
    // A burst while a read runs: the requests after it collapse into one, the last one wins.
    loader.load(first);
    loader.load(first);
    loader.load(first);
    loader.load(second);
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(loaded.count(), 2); // the running read, then the one that waited
    QCOMPARE(loaded.at(0).at(0).toInt(), 4);
    QCOMPARE(loaded.at(1).at(0).toInt(), 1);
    QCOMPARE(model.rowCount(), 1);

    // A cancelled load changes nothing, nor does the request that waited behind it.
    loader.load(first);
    loader.load(first);
    loader.cancel();
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(model.rowCount(), 1);

    // Unreadable: the model keeps what it had.
    QSignalSpy failed(&loader, &LeadsLoader::failed);
    loader.load(dir.filePath(u"no/such/folder/cache.sqlite"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(model.rowCount(), 1);
}

void TestClientModels::cacheReadsPackedAndJsonRowsAlike()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    QList<dto::Lead> leads = sampleLeads();
    leads[0].notes = u"Préfère être appelé après 18 h — مرحبا"_s;
    leads[0].qualityScore = 7;
    leads[0].decidedAt = 5000;
    leads[0].feedback = u"Très bon contact"_s;
    leads[1].commissionType = CommissionType::Fixed;
    leads[1].source = LeadSource::YouTube;
    cache.upsertLeads(leads);
    const auto sameAs = [&leads](const QList<dto::Lead> &read) {
        if (read.size() != leads.size())
            return false;
        for (const dto::Lead &l : read) {
            const auto it = std::find_if(leads.cbegin(), leads.cend(), [&l](const dto::Lead &o) { return o.id == l.id; });
            if (it == leads.cend() || !(*it == l))
                return false;
        }
        return true;
    };
    QVERIFY(sameAs(cache.leads()));

    // Rows written before the packed column (schema 1), and a damaged packed form, are read
    // from their JSON.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE leads SET packed = NULL WHERE id = '1'"_s));
        QVERIFY(query.exec(u"UPDATE leads SET packed = x'01ffff' WHERE id = '2'"_s));
        QVERIFY(query.exec(u"UPDATE leads SET packed = x'02' || packed WHERE id = '3'"_s));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QVERIFY(sameAs(cache.leads()));
}

void TestClientModels::newCacheOpenedByTwoConnectionsAtOnce()
{
    // The window's and the sync thread's connections open a new cache at the same moment (a
    // first sign-in): both must end up with a ready schema.
    QTemporaryDir dir;
    for (int round = 0; round < 20; ++round) {
        const QString file = dir.filePath(u"cache-%1.sqlite"_s.arg(round));
        std::atomic<int> opened{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back(QThread::create([&file, &opened] {
                Cache cache(file);
                if (cache.open().ok() && cache.leads().isEmpty())
                    ++opened;
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(20000));
        QCOMPARE(opened.load(), 3);
    }
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

void TestClientModels::cacheOfVersionOneIsMigrated()
{
    // A cache written by the previous client (schema 1: no packed column) opens, gains the
    // column, and its leads read from their JSON until they are next written.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    const QList<dto::Lead> leads = sampleLeads();
    {
        Cache cache(file);
        QVERIFY(cache.open().ok());
        cache.upsertLeads(leads);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"ALTER TABLE leads DROP COLUMN packed"_s));
        QVERIFY(query.exec(u"UPDATE schema_version SET version = 1"_s));
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    Cache cache(file);
    QVERIFY(cache.open().ok());
    QCOMPARE(cache.leads().size(), leads.size());
    for (const dto::Lead &lead : leads)
        QVERIFY(cache.lead(lead.id) == lead);
    cache.upsertLeads({leads.constFirst()}); // written again: packed from now on
    QCOMPARE(cache.leads().size(), leads.size());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Cache::SchemaVersion);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM leads WHERE packed IS NOT NULL"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

#include "tst_client_models.moc"
