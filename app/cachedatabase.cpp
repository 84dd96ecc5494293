#include "cachedatabase.h"

#include "cachecipher.h"
#include "leadcodec.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QAtomicInteger<int> g_connectionCounter;

/// Version 3: one stored form per lead. Rows written before version 2 have only their JSON: it is
/// packed here, then the JSON column goes. A row whose JSON does not read is dropped (the server
/// still has it; nothing the user queued lives in `leads`).
bool packJsonOnlyLeads(const CacheDatabase &db)
{
    QSqlQuery rows = db.prepare(u"SELECT id, json FROM leads WHERE packed IS NULL"_s);
    if (!db.exec(rows))
        return false;
    QList<std::pair<QString, std::optional<dto::Lead>>> found;
    while (rows.next())
        found.append({rows.value(0).toString(),
                      dto::Lead::fromJson(QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object())});
    rows.finish();
    for (const auto &[id, lead] : std::as_const(found)) {
        const bool ok = lead ? db.exec(u"UPDATE leads SET packed = ? WHERE id = ?"_s, {leadcodec::pack(*lead), id})
                             : db.exec(u"DELETE FROM leads WHERE id = ?"_s, {id});
        if (!ok)
            return false;
    }
    return true;
}

struct MigrationStep
{
    QStringList sql;
    std::function<bool(const CacheDatabase &)> before; ///< runs before the step's SQL
};

/// Step N brings the schema from version N-1 to N. Shipped steps are never edited.
const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{
        {{
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
         },
         {}},
        // Version 2: each lead's packed form beside its JSON (NULL until the lead is next written).
        {{u"ALTER TABLE leads ADD COLUMN packed BLOB"_s}, {}},
        // Version 3: the packed form is the only one (see packJsonOnlyLeads).
        {{u"ALTER TABLE leads DROP COLUMN json"_s}, packJsonOnlyLeads},
        // Version 4: the influencer's figures and bank details (one JSON document each, with when
        // they were fetched), their payouts, and the field errors of a refused action (so a refused
        // lead comes back into the form with each problem beside its field).
        {{
             u"CREATE TABLE documents (key TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL, json TEXT)"_s,
             u"CREATE TABLE payouts (id TEXT PRIMARY KEY, requested_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
             u"ALTER TABLE outbox ADD COLUMN error_fields TEXT"_s,
         },
         {}},
        // Version 5: what a queued action did to the cached deposit (so cancelling or a refusal
        // puts it back), and the notifications read here whose PUT has not reached the server yet.
        {{
             u"ALTER TABLE outbox ADD COLUMN balance_delta INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE outbox ADD COLUMN reserved_delta INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE TABLE notification_reads (notification_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, "
             "read_at INTEGER NOT NULL)"_s,
         },
         {}},
        // Version 6: each lead's client contact fields sealed apart from its packed form (NULL: none,
        // or a row of an earlier version whose packed form still holds them, until Cache::adoptKey
        // seals them with the key from the keychain).
        {{u"ALTER TABLE leads ADD COLUMN contact BLOB"_s}, {}},
    };
    return steps;
}

} // namespace

CacheDatabase::CacheDatabase(QString filePath)
    : m_filePath(std::move(filePath)),
      m_cipher(CacheCipher::forFile(m_filePath)),
      m_connection(u"lm-cache-"_s + QString::number(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

Result<> CacheDatabase::open()
{
    // The file exists with mode 0600 before SQLite writes anything; its -wal and -shm files take
    // the same mode from it.
    QFile file(m_filePath);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return Result<>::failure(u"cannot create "_s + m_filePath + u": "_s + file.errorString());
        file.close();
    }
    if (!QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Result<>::failure(u"cannot restrict the permissions of "_s + m_filePath);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Result<>::failure(u"cannot open the cache: "_s + db.lastError().text());
    m_open = true;
    if (!enableWal() || !exec(u"PRAGMA synchronous=NORMAL"_s) || !migrate()) {
        m_open = false;
        return Result<>::failure(u"cannot prepare the cache database "_s + m_filePath);
    }
    return Done{};
}

QSqlDatabase CacheDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3 *CacheDatabase::handle() const
{
    const QSqlDatabase db = connection();
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlQuery CacheDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        logger("app.cache")->error("SQL prepare error: {} ({})", query.lastError().text().toStdString(),
                                   sql.left(80).toStdString());
    return query;
}

bool CacheDatabase::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    logger("app.cache")->error("SQL error: {} ({})", query.lastError().text().toStdString(),
                               query.lastQuery().left(80).toStdString());
    return false;
}

bool CacheDatabase::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

bool CacheDatabase::migrate()
{
    const QList<MigrationStep> &steps = migrationSteps();
    Q_ASSERT(steps.size() == SchemaVersion);
    // Two connections may open a new cache at the same moment (the window's and the sync
    // thread's, at the first sign-in): the version is read and the steps run under one write
    // lock, so the second waits (busy timeout) and then finds the schema ready.
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    const auto rollback = [this] {
        exec(u"ROLLBACK"_s);
        return false;
    };
    if (!exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
        return rollback();
    int version = 0;
    {
        QSqlQuery query = prepare(u"SELECT version FROM schema_version"_s);
        if (!exec(query))
            return rollback();
        version = query.next() ? query.value(0).toInt() : 0;
    }
    if (version > SchemaVersion) {
        logger("app.cache")->error("cache schema {} is newer than this program's {}", version, SchemaVersion);
        return rollback();
    }
    const int from = version;
    while (version < SchemaVersion) {
        const MigrationStep &step = steps.at(version);
        if (step.before && !step.before(*this))
            return rollback();
        for (const QString &sql : step.sql) {
            if (!exec(sql))
                return rollback();
        }
        ++version;
    }
    if (version != from
        && (!exec(u"DELETE FROM schema_version"_s) || !exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version})))
        return rollback();
    if (!exec(u"COMMIT"_s))
        return rollback();
    if (version != from)
        logger("app.cache")->info("cache schema at version {}", version);
    return true;
}

bool CacheDatabase::enableWal()
{
    // Switching to WAL needs the file to itself for a moment: another connection opening it at the
    // same time makes SQLite answer "busy" at once. Wait a little for it; a file already in WAL
    // mode (the other connection switched it) is what we wanted.
    QSqlQuery query(connection());
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (query.exec(u"PRAGMA journal_mode=WAL"_s) && query.next()
            && query.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) == 0)
            return true;
        query.finish();
        if (query.exec(u"PRAGMA journal_mode"_s) && query.next()
            && query.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) == 0)
            return true;
        query.finish();
        if (waited.elapsed() > 5000) {
            logger("app.cache")->error("cannot switch the cache to WAL: {}", query.lastError().text().toStdString());
            return false;
        }
        QThread::msleep(20);
    }
}

CacheDatabase::Transaction::Transaction(const CacheDatabase &db) : m_connection(db.m_connection)
{
    m_active = QSqlDatabase::database(m_connection, false).transaction();
}

CacheDatabase::Transaction::~Transaction()
{
    if (m_active)
        QSqlDatabase::database(m_connection, false).rollback();
}

bool CacheDatabase::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return QSqlDatabase::database(m_connection, false).commit();
}

} // namespace lm::client
