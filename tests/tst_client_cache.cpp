// The client's offline cache: the lead codec (every field round-trips, damaged bytes are refused),
// migrations from every earlier schema (leads and queued actions kept), two connections opening a
// new cache at once.

#include "cache.h"
#include "leadcodec.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

dto::Lead fullLead()
{
    dto::Lead l;
    l.id = u"9f0c2f4e-lead"_s;
    l.campaignId = u"c1"_s;
    l.campaignName = u"Service Marketing Digital"_s;
    l.merchantId = u"m1"_s;
    l.influencerId = u"i1"_s;
    l.influencerName = u"Yasmine"_s;
    l.clientName = u"Ahmed Bennani"_s;
    l.clientEmail = u"ahmed@email.com"_s;
    l.clientPhone = u"+212612345678"_s;
    l.company = u"TechCorp"_s;
    l.estimatedValueCents = 150000;
    l.commissionCents = 8000;
    l.commissionType = CommissionType::Fixed;
    l.influencerShareCents = 2400;
    l.source = LeadSource::WhatsApp;
    l.notes = u"Préfère être appelé après 18 h — مرحبا"_s;
    l.status = LeadStatus::Validated;
    l.qualityScore = 9;
    l.feedback = u"Très bon contact"_s;
    l.createdAt = 1'793'000'000'000;
    l.expiresAt = 1'793'000'000'000 + 72 * 3600 * 1000LL;
    l.decidedAt = 1'793'000'100'000;
    l.updatedAt = 1'793'000'100'000;
    return l;
}

QList<dto::Lead> sampleLeads()
{
    QList<dto::Lead> leads;
    for (int i = 0; i < 4; ++i) {
        dto::Lead l = fullLead();
        l.id = u"lead-%1"_s.arg(i);
        l.clientName = u"Client %1"_s.arg(i);
        l.status = LeadStatus::Pending;
        l.qualityScore.reset();
        l.decidedAt.reset();
        l.updatedAt = 1000 + i;
        leads.append(l);
    }
    return leads;
}

/// Runs statements on the file outside the Cache (as an older client left it).
bool raw(const QString &file, const QStringList &statements, const QVariantList &values = {})
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.prepare(sql);
            for (const QVariant &value : values) {
                if (sql.contains(u'?'))
                    query.addBindValue(value);
            }
            ok = ok && query.exec();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

int scalar(const QString &file, const QString &sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scalar"_s);
        db.setDatabaseName(file);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"scalar"_s);
    return value;
}

/// The schema the first client wrote (version 1), as it shipped.
const QStringList SchemaOne{
    u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
    u"INSERT INTO schema_version (version) VALUES (1)"_s,
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE leads (id TEXT PRIMARY KEY, status TEXT NOT NULL, updated_at INTEGER NOT NULL, "
    "local INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL)"_s,
    u"CREATE INDEX leads_status ON leads (status)"_s,
    u"CREATE TABLE campaigns (id TEXT PRIMARY KEY, updated_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
    u"CREATE TABLE deposit (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)"_s,
    u"CREATE TABLE transactions (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
    u"CREATE TABLE notifications (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
    u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target_id TEXT NOT NULL, "
    "body TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, status TEXT NOT NULL, error_code TEXT, "
    "error_message TEXT, previous TEXT, attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s,
};

QString json(const dto::Lead &lead)
{
    return QString::fromUtf8(QJsonDocument(lead.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

Q_DECLARE_METATYPE(lm::dto::Lead)

class TestClientCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codecRoundTrips_data();
    void codecRoundTrips();
    void codecReadsVersionOneRows();
    void codecRefusesDamagedBytes_data();
    void codecRefusesDamagedBytes();
    void damagedRowIsLeftOut();
    void schemaOneIsMigratedKeepingLeadsAndQueuedActions();
    void schemaTwoIsMigratedPackingJsonOnlyRows();
    void newerSchemaIsRefused();
    void newCacheOpenedByTwoConnectionsAtOnce();
};

void TestClientCache::codecRoundTrips_data()
{
    QTest::addColumn<dto::Lead>("lead");
    QTest::newRow("every field set, accents and Arabic") << fullLead();
    dto::Lead pending = fullLead();
    pending.status = LeadStatus::Pending;
    pending.qualityScore.reset();
    pending.decidedAt.reset();
    pending.feedback.clear();
    QTest::newRow("pending: no score, no decision time") << pending;
    dto::Lead empty;
    QTest::newRow("every text empty, every number zero") << empty;
    dto::Lead extremes = fullLead();
    extremes.estimatedValueCents = std::numeric_limits<qint64>::max();
    extremes.commissionCents = std::numeric_limits<qint64>::min();
    extremes.qualityScore = 0;
    extremes.source = LeadSource::Other;
    QTest::newRow("extreme amounts, score 0 kept apart from no score") << extremes;
    dto::Lead erased = fullLead();
    erased.erased = true; // contract v2: contact fields erased under law 09-08
    erased.clientName = u"Y. E. A."_s;
    erased.clientEmail.clear();
    erased.clientPhone.clear();
    QTest::newRow("erased") << erased;
    dto::Lead disputed = fullLead();
    disputed.status = LeadStatus::Rejected;
    disputed.rejectionReason = u"Wrong city"_s;
    disputed.dispute = dto::Dispute{DisputeStatus::Upheld, u"Signed quote"_s, 1'780'000'000'000,
                                    1'780'100'000'000, u"The quote is not signed"_s};
    QTest::newRow("disputed (format 3)") << disputed;
}

void TestClientCache::codecRoundTrips()
{
    QFETCH(dto::Lead, lead);
    const QByteArray bytes = leadcodec::pack(lead);
    QCOMPARE(bytes.front(), leadcodec::FormatVersion);
    const auto back = leadcodec::unpack(bytes);
    QVERIFY(back.has_value());
    QVERIFY(*back == lead);
}

void TestClientCache::codecReadsVersionOneRows()
{
    // A row the first release wrote: format byte 1, no `erased` and no `dispute` at the end.
    const dto::Lead lead = fullLead();
    QByteArray versionOne = leadcodec::pack(lead).chopped(16);
    versionOne[0] = char(1);
    const auto back = leadcodec::unpack(versionOne);
    QVERIFY(back.has_value());
    QVERIFY(*back == lead);
    QVERIFY(!back->erased);
    // A row of the second: `erased`, no `dispute`.
    QByteArray versionTwo = leadcodec::pack(lead).chopped(8);
    versionTwo[0] = char(2);
    const auto two = leadcodec::unpack(versionTwo);
    QVERIFY(two.has_value());
    QVERIFY(*two == lead);
    QVERIFY(!two->dispute);
    // A version-3 row must have both.
    QVERIFY(!leadcodec::unpack(leadcodec::pack(lead).chopped(8)));
}

void TestClientCache::codecRefusesDamagedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = leadcodec::pack(fullLead());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown format version") << QByteArray(QByteArray(1, char(leadcodec::FormatVersion + 1)) + good.mid(1));
    QTest::newRow("format 0") << QByteArray(QByteArray(1, '\0') + good.mid(1));
    QTest::newRow("truncated by one byte") << good.chopped(1);
    QTest::newRow("truncated in the first text") << good.left(12);
    QTest::newRow("a trailing byte") << QByteArray(good + 'x');
    QByteArray badStatus = leadcodec::pack(dto::Lead{});
    // The empty lead's status sits after 10 empty texts, 2 amounts, the type, the share, the
    // source and the notes: 1 + 10*8 + 8*2 + 8 + 8 + 8 + 8 bytes in.
    const int statusAt = 1 + 10 * 8 + 2 * 8 + 8 + 8 + 8 + 8;
    badStatus[statusAt] = char(9);
    QTest::newRow("a status past the last one") << badStatus;
    QByteArray hugeText = good;
    hugeText[1 + 7] = char(0x7f); // the id's length: far beyond the bytes there are
    QTest::newRow("a text longer than the row") << hugeText;
}

void TestClientCache::codecRefusesDamagedBytes()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!leadcodec::unpack(bytes).has_value());
}

void TestClientCache::damagedRowIsLeftOut()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    cache.upsertLeads(sampleLeads());
    QVERIFY(raw(file, {u"UPDATE leads SET packed = x'01ffff' WHERE id = 'lead-1'"_s}));
    const QList<dto::Lead> read = cache.leads();
    QCOMPARE(read.size(), 3);
    for (const dto::Lead &lead : read)
        QVERIFY(lead.id != u"lead-1"_s);
    QVERIFY(!cache.lead(u"lead-1"_s).has_value());
    QVERIFY(cache.lead(u"lead-2"_s) == sampleLeads().at(2));
}

void TestClientCache::schemaOneIsMigratedKeepingLeadsAndQueuedActions()
{
    // A cache written by the first client: JSON rows only, and a validation queued offline that
    // must still be sent after the upgrade.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    QVERIFY(raw(file, SchemaOne));
    const QList<dto::Lead> leads = sampleLeads();
    for (const dto::Lead &lead : leads)
        QVERIFY(raw(file, {u"INSERT INTO leads (id, status, updated_at, json) VALUES (?, ?, ?, ?)"_s},
                    {lead.id, toString(lead.status), lead.updatedAt, json(lead)}));
    QVERIFY(raw(file, {u"INSERT INTO outbox (kind, target_id, body, idempotency_key, status, previous, created_at) "
                       "VALUES ('validate_lead', 'lead-0', '{\"quality_score\":8}', 'key-1', 'queued', ?, 1)"_s},
                {json(leads.at(0))}));

    Cache cache(file);
    QVERIFY(cache.open().ok());
    QCOMPARE(scalar(file, u"SELECT version FROM schema_version"_s), CacheDatabase::SchemaVersion);
    QCOMPARE(cache.leads().size(), leads.size());
    for (const dto::Lead &lead : leads)
        QVERIFY(cache.lead(lead.id) == lead);
    // One stored form per lead.
    QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM pragma_table_info('leads') WHERE name = 'json'"_s), 0);
    QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM leads WHERE packed IS NULL"_s), 0);
    const QList<OutboxEntry> queued = cache.outbox().entries(OutboxEntry::Status::Queued);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().idempotencyKey, u"key-1"_s);
    QCOMPARE(queued.first().body.value("quality_score"_L1).toInt(), 8);
    QVERIFY(cache.outbox().previousLead(queued.first().id) == leads.at(0));
}

void TestClientCache::schemaTwoIsMigratedPackingJsonOnlyRows()
{
    // Version 2 kept both forms; rows written before it had only JSON (packed NULL). A row
    // whose JSON does not read is dropped: the server still has it.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    QStringList schemaTwo = SchemaOne;
    schemaTwo[1] = u"INSERT INTO schema_version (version) VALUES (2)"_s;
    schemaTwo << u"ALTER TABLE leads ADD COLUMN packed BLOB"_s;
    QVERIFY(raw(file, schemaTwo));
    const QList<dto::Lead> leads = sampleLeads();
    QVERIFY(raw(file, {u"INSERT INTO leads (id, status, updated_at, json, packed) VALUES (?, ?, ?, ?, ?)"_s},
                {leads.at(0).id, u"pending"_s, leads.at(0).updatedAt, json(leads.at(0)), leadcodec::pack(leads.at(0))}));
    QVERIFY(raw(file, {u"INSERT INTO leads (id, status, updated_at, json) VALUES (?, ?, ?, ?)"_s},
                {leads.at(1).id, u"pending"_s, leads.at(1).updatedAt, json(leads.at(1))}));
    QVERIFY(raw(file, {u"INSERT INTO leads (id, status, updated_at, json) VALUES ('broken', 'pending', 1, 'not json')"_s}));

    Cache cache(file);
    QVERIFY(cache.open().ok());
    QCOMPARE(cache.leads().size(), 2);
    QVERIFY(cache.lead(leads.at(0).id) == leads.at(0));
    QVERIFY(cache.lead(leads.at(1).id) == leads.at(1));
    QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM leads"_s), 2);
}

void TestClientCache::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache.sqlite"_s);
    {
        Cache cache(file);
        QVERIFY(cache.open().ok());
    }
    QVERIFY(raw(file, {u"UPDATE schema_version SET version = 99"_s}));
    Cache cache(file);
    const auto opened = cache.open();
    QVERIFY(!opened.ok());
    QVERIFY(!opened.errorMessage().isEmpty());
    QCOMPARE(scalar(file, u"SELECT version FROM schema_version"_s), 99); // left as it was
}

void TestClientCache::newCacheOpenedByTwoConnectionsAtOnce()
{
    // The window's, the store's and the sync thread's connections open a new cache at the same
    // moment (a first sign-in): all must end up with a ready schema.
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

QTEST_GUILESS_MAIN(TestClientCache)
#include "tst_client_cache.moc"
