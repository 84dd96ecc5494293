#include "cache.h"

#include "apiclient.h"
#include "logging.h"

#include <leadpolicy.h>
#include <timeutil.h>

#include <QAtomicInteger>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QAtomicInteger<int> g_connectionCounter;

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// A lead's packed form, written beside its JSON: decoding JSON costs about ten times as much, and
/// the client decodes every cached lead at start-up (DESIGN.md: 100,000 leads shown in < 300 ms).
/// A format byte, then each field in order: integers as 8 little-endian bytes, texts as a 4-byte
/// count of UTF-16 units and the units themselves (read into strings of exactly that size). A row
/// whose packed form is missing or unreadable is read from its JSON instead.
constexpr char PackedLeadFormat = 1;

class Packer
{
public:
    Packer() { m_bytes.reserve(512); m_bytes.append(PackedLeadFormat); }
    Packer &operator<<(qint64 value)
    {
        const quint64 bits = quint64(value);
        for (int shift = 0; shift < 64; shift += 8)
            m_bytes.append(char((bits >> shift) & 0xff));
        return *this;
    }
    Packer &operator<<(const QString &text)
    {
        *this << qint64(text.size());
        for (const QChar c : text) {
            m_bytes.append(char(c.unicode() & 0xff));
            m_bytes.append(char(c.unicode() >> 8));
        }
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Unpacker
{
public:
    explicit Unpacker(QByteArrayView bytes) : m_bytes(bytes) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    bool format()
    {
        m_ok = m_ok && !m_bytes.isEmpty() && m_bytes.front() == PackedLeadFormat;
        m_pos = 1;
        return m_ok;
    }
    qint64 integer()
    {
        if (!m_ok || m_bytes.size() - m_pos < 8)
            return fail();
        quint64 bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = (bits << 8) | quint8(m_bytes[m_pos + i]);
        m_pos += 8;
        return qint64(bits);
    }
    QString text()
    {
        const qint64 units = integer();
        if (!m_ok || units < 0 || units > (m_bytes.size() - m_pos) / 2) {
            fail();
            return {};
        }
        QString result(qsizetype(units), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(result.data());
        for (qint64 i = 0; i < units; ++i, m_pos += 2)
            out[i] = char16_t(quint8(m_bytes[m_pos]) | (quint8(m_bytes[m_pos + 1]) << 8));
        return result;
    }
    template <class Enum>
    Enum enumeration(Enum last)
    {
        const qint64 raw = integer();
        if (raw < 0 || raw > qint64(last))
            fail();
        return m_ok ? Enum(raw) : Enum{};
    }

private:
    qint64 fail()
    {
        m_ok = false;
        return 0;
    }
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

QByteArray packLead(const dto::Lead &lead)
{
    Packer out;
    out << lead.id << lead.campaignId << lead.campaignName << lead.merchantId << lead.influencerId
        << lead.influencerName << lead.clientName << lead.clientEmail << lead.clientPhone << lead.company
        << lead.estimatedValueCents << lead.commissionCents << qint64(lead.commissionType)
        << lead.influencerShareCents << qint64(lead.source) << lead.notes << qint64(lead.status)
        << qint64(lead.qualityScore ? 1 : 0) << qint64(lead.qualityScore.value_or(0)) << lead.feedback
        << lead.rejectionReason << lead.createdAt << lead.expiresAt << qint64(lead.decidedAt ? 1 : 0)
        << lead.decidedAt.value_or(0) << lead.updatedAt;
    return out.bytes();
}

std::optional<dto::Lead> unpackLead(QByteArrayView bytes)
{
    Unpacker in(bytes);
    if (!in.format())
        return std::nullopt;
    dto::Lead lead;
    lead.id = in.text();
    lead.campaignId = in.text();
    lead.campaignName = in.text();
    lead.merchantId = in.text();
    lead.influencerId = in.text();
    lead.influencerName = in.text();
    lead.clientName = in.text();
    lead.clientEmail = in.text();
    lead.clientPhone = in.text();
    lead.company = in.text();
    lead.estimatedValueCents = in.integer();
    lead.commissionCents = in.integer();
    lead.commissionType = in.enumeration(CommissionType::Fixed);
    lead.influencerShareCents = in.integer();
    lead.source = in.enumeration(LeadSource::Other);
    lead.notes = in.text();
    lead.status = in.enumeration(LeadStatus::Expired);
    const bool hasScore = in.integer() != 0;
    const qint64 score = in.integer();
    lead.feedback = in.text();
    lead.rejectionReason = in.text();
    lead.createdAt = in.integer();
    lead.expiresAt = in.integer();
    const bool hasDecidedAt = in.integer() != 0;
    const qint64 decidedAt = in.integer();
    lead.updatedAt = in.integer();
    if (!in.ok() || !in.atEnd() || score < std::numeric_limits<int>::min() || score > std::numeric_limits<int>::max())
        return std::nullopt;
    if (hasScore)
        lead.qualityScore = int(score);
    if (hasDecidedAt)
        lead.decidedAt = decidedAt;
    return lead;
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Keeps a transaction open until commit(); rolls back otherwise.
class Transaction final
{
public:
    explicit Transaction(const QString &connection) : m_db(QSqlDatabase::database(connection, false))
    {
        m_active = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

QString OutboxEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateLead: return u"create_lead"_s;
    case Kind::ValidateLead: return u"validate_lead"_s;
    case Kind::RejectLead: return u"reject_lead"_s;
    }
    return {};
}

std::optional<OutboxEntry::Kind> OutboxEntry::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::CreateLead, Kind::ValidateLead, Kind::RejectLead}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Cache::Cache(QString filePath)
    : m_filePath(std::move(filePath)), m_connection(u"lm-cache-"_s + QString::number(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Cache::~Cache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

Expected<bool> Cache::open()
{
    // The file exists with mode 0600 before SQLite writes anything; its -wal and -shm files take
    // the same mode from it.
    QFile file(m_filePath);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return Expected<bool>::failure(u"cannot create "_s + m_filePath + u": "_s + file.errorString());
        file.close();
    }
    if (!QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Expected<bool>::failure(u"cannot restrict the permissions of "_s + m_filePath);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Expected<bool>::failure(u"cannot open the cache: "_s + db.lastError().text());
    m_open = true;
    if (!enableWal() || !exec(u"PRAGMA synchronous=NORMAL"_s) || !migrate()) {
        m_open = false;
        return Expected<bool>::failure(u"cannot prepare the cache database "_s + m_filePath);
    }
    return true;
}

bool Cache::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    logger("app.cache")->error("SQL error: {} ({})", query.lastError().text().toStdString(),
                               query.lastQuery().left(80).toStdString());
    return false;
}

bool Cache::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(sql)) {
        logger("app.cache")->error("SQL prepare error: {} ({})", query.lastError().text().toStdString(),
                                   sql.left(80).toStdString());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

bool Cache::migrate()
{
    // Stepwise: step N brings the schema from version N-1 to N.
    static const QList<QStringList> steps{
        {
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
        {
            // Version 2: each lead's packed form beside its JSON (NULL until the lead is next written).
            u"ALTER TABLE leads ADD COLUMN packed BLOB"_s,
        },
    };
    static_assert(SchemaVersion == 2, "add a migration step");
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
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(u"SELECT version FROM schema_version"_s);
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
        for (const QString &sql : steps.at(version)) {
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

bool Cache::enableWal()
{
    // Switching to WAL needs the file to itself for a moment: another connection opening it at the
    // same time makes SQLite answer "busy" at once. Wait a little for it; a file already in WAL
    // mode (the other connection switched it) is what we wanted.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
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

template <class T>
QList<T> Cache::readAll(const QString &sql) const
{
    QList<T> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!exec(query))
        return result;
    while (query.next()) {
        if (auto item = T::fromJson(fromText(query.value(0).toString())))
            result.append(std::move(*item));
    }
    return result;
}

template <class T>
std::optional<T> Cache::readOne(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return T::fromJson(fromText(query.value(0).toString()));
}

std::optional<dto::User> Cache::user() const
{
    return readOne<dto::User>(u"SELECT value FROM meta WHERE key = 'user'"_s);
}

QString Cache::serverUrl() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT value FROM meta WHERE key = 'server'"_s);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

void Cache::setUser(const dto::User &account, const QString &server)
{
    const auto current = user();
    if (current && (current->id != account.id || serverUrl() != server)) {
        logger("app.cache")->info("another account signed in on this profile: the cache is emptied");
        clearAll();
    }
    Transaction tx(m_connection);
    exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('user', ?)"_s, {toText(account.toJson())});
    exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('server', ?)"_s, {server});
    tx.commit();
}

void Cache::clearAll()
{
    Transaction tx(m_connection);
    for (const QString &table : {u"meta"_s, u"leads"_s, u"campaigns"_s, u"deposit"_s, u"transactions"_s,
                                 u"notifications"_s, u"sync_state"_s, u"outbox"_s})
        exec(u"DELETE FROM "_s + table);
    tx.commit();
}

QList<dto::Lead> Cache::leads() const
{
    // The client reads every cached lead at start-up (DESIGN.md: 100,000 shown in < 300 ms and
    // < 150 MB), so: packed forms rather than JSON, decoded straight from SQLite's row (through
    // the driver's sqlite3 handle: no copy of each row, no per-row allocation besides the lead's
    // own strings), rows in storage order (an ORDER BY would sort the blobs in SQLite).
    QList<dto::Lead> result;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        logger("app.cache")->error("the cache is not an SQLite database");
        return result;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT packed, id FROM leads", -1, &statement, nullptr) != SQLITE_OK) {
        logger("app.cache")->error("SQL prepare error: {}", sqlite3_errmsg(connection));
        return result;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(statement, &sqlite3_finalize);

    // A merchant's leads come from a few campaigns and influencers: their ids and names are
    // shared between leads rather than held once per lead (tens of megabytes for 100,000 leads).
    QSet<QString> seen;
    const auto share = [&seen](QString &text) {
        const auto it = seen.constFind(text);
        if (it != seen.cend())
            text = *it;
        else
            seen.insert(text);
    };
    QStringList fromJson; // no packed form (written before schema 2), or one that does not read
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(statement, 0);
        auto lead = blob ? unpackLead(QByteArrayView(static_cast<const char *>(blob), sqlite3_column_bytes(statement, 0)))
                         : std::nullopt;
        if (!lead) {
            fromJson.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)),
                                              sqlite3_column_bytes(statement, 1)));
            continue;
        }
        for (QString *text : {&lead->campaignId, &lead->campaignName, &lead->merchantId, &lead->influencerId,
                              &lead->influencerName, &lead->company})
            share(*text);
        result.append(std::move(*lead));
    }
    if (step != SQLITE_DONE)
        logger("app.cache")->error("SQL error while reading the leads: {}", sqlite3_errmsg(connection));
    for (const QString &id : std::as_const(fromJson)) {
        if (auto lead = this->lead(id))
            result.append(std::move(*lead));
    }
    // Most recently changed first, as before; the order is stable, so a reload that changes a
    // few leads keeps the others on their rows.
    std::sort(result.begin(), result.end(), [](const dto::Lead &a, const dto::Lead &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id;
    });
    return result;
}

std::optional<dto::Lead> Cache::lead(const QString &id) const
{
    return readOne<dto::Lead>(u"SELECT json FROM leads WHERE id = ?"_s, {id});
}

namespace {

const QString &insertLeadSql()
{
    static const QString sql =
        u"INSERT OR REPLACE INTO leads (id, status, updated_at, local, json, packed) VALUES (?, ?, ?, ?, ?, ?)"_s;
    return sql;
}

QVariantList leadRow(const dto::Lead &lead, bool local)
{
    return {lead.id, toString(lead.status), lead.updatedAt, local ? 1 : 0, toText(lead.toJson()), packLead(lead)};
}

} // namespace

void Cache::writeLead(const dto::Lead &lead, bool local)
{
    exec(insertLeadSql(), leadRow(lead, local));
}

void Cache::upsertLeads(const QList<dto::Lead> &leads)
{
    // One prepared statement each for the whole batch: a first sync can bring 100,000 leads.
    Transaction tx(m_connection);
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery queued(db);
    queued.prepare(u"SELECT 1 FROM outbox WHERE target_id = ? AND status = 'queued'"_s);
    QSqlQuery insert(db);
    insert.prepare(insertLeadSql());
    for (const dto::Lead &lead : leads) {
        queued.bindValue(0, lead.id);
        if (!exec(queued))
            return;
        const bool hasQueued = queued.next();
        queued.finish();
        if (hasQueued)
            continue;
        const QVariantList row = leadRow(lead, false);
        for (qsizetype i = 0; i < row.size(); ++i)
            insert.bindValue(int(i), row.at(i));
        if (!exec(insert))
            return;
    }
    tx.commit();
}

QList<dto::Campaign> Cache::campaigns() const
{
    return readAll<dto::Campaign>(u"SELECT json FROM campaigns ORDER BY updated_at DESC, id"_s);
}

std::optional<dto::Campaign> Cache::campaign(const QString &id) const
{
    return readOne<dto::Campaign>(u"SELECT json FROM campaigns WHERE id = ?"_s, {id});
}

void Cache::upsertCampaigns(const QList<dto::Campaign> &campaigns)
{
    Transaction tx(m_connection);
    for (const dto::Campaign &campaign : campaigns) {
        exec(u"INSERT OR REPLACE INTO campaigns (id, updated_at, json) VALUES (?, ?, ?)"_s,
             {campaign.id, campaign.updatedAt, toText(campaign.toJson())});
    }
    tx.commit();
}

std::optional<dto::Deposit> Cache::deposit() const
{
    return readOne<dto::Deposit>(u"SELECT json FROM deposit WHERE id = 1"_s);
}

void Cache::setDeposit(const dto::Deposit &deposit)
{
    exec(u"INSERT OR REPLACE INTO deposit (id, json) VALUES (1, ?)"_s, {toText(deposit.toJson())});
}

void Cache::adjustDeposit(qint64 balanceDelta, qint64 reservedDelta)
{
    auto current = deposit();
    if (!current)
        return;
    current->currentBalanceCents += balanceDelta;
    current->reservedCents += reservedDelta;
    setDeposit(*current);
}

QList<dto::Transaction> Cache::transactions() const
{
    return readAll<dto::Transaction>(u"SELECT json FROM transactions ORDER BY created_at DESC, id DESC"_s);
}

void Cache::upsertTransactions(const QList<dto::Transaction> &transactions)
{
    Transaction tx(m_connection);
    for (const dto::Transaction &transaction : transactions) {
        exec(u"INSERT OR REPLACE INTO transactions (id, created_at, json) VALUES (?, ?, ?)"_s,
             {transaction.id, transaction.createdAt, toText(transaction.toJson())});
    }
    tx.commit();
}

QList<dto::Notification> Cache::notifications() const
{
    return readAll<dto::Notification>(u"SELECT json FROM notifications ORDER BY created_at DESC, id DESC"_s);
}

void Cache::upsertNotifications(const QList<dto::Notification> &notifications)
{
    Transaction tx(m_connection);
    for (const dto::Notification &notification : notifications) {
        exec(u"INSERT OR REPLACE INTO notifications (id, created_at, json) VALUES (?, ?, ?)"_s,
             {notification.id, notification.createdAt, toText(notification.toJson())});
    }
    tx.commit();
}

QString Cache::syncState(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

void Cache::setSyncState(const QString &key, const QString &value)
{
    if (value.isEmpty())
        exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
    else
        exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s, {key, value});
}

qint64 Cache::lastSyncAt() const
{
    return syncState(u"last_sync_at"_s).toLongLong();
}

Expected<qint64> Cache::insertOutbox(OutboxEntry::Kind kind, const QString &targetId, const QJsonObject &body,
                                     const std::optional<dto::Lead> &previous)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO outbox (kind, target_id, body, idempotency_key, status, previous, created_at) "
                  "VALUES (?, ?, ?, ?, 'queued', ?, ?)"_s);
    query.addBindValue(OutboxEntry::kindName(kind));
    query.addBindValue(targetId);
    query.addBindValue(toText(body));
    query.addBindValue(ApiClient::newIdempotencyKey());
    query.addBindValue(previous ? toText(previous->toJson()) : QString());
    query.addBindValue(now());
    if (!exec(query))
        return Expected<qint64>::failure(u"cannot queue the action"_s);
    return query.lastInsertId().toLongLong();
}

Expected<qint64> Cache::enqueueValidate(const QString &leadId, int qualityScore, const QString &feedback)
{
    Transaction tx(m_connection);
    auto lead = this->lead(leadId);
    if (!lead)
        return Expected<qint64>::failure(u"unknown lead"_s);
    if (lead->status != LeadStatus::Pending)
        return Expected<qint64>::failure(u"lead is not pending"_s);
    QJsonObject body{{u"quality_score"_s, qualityScore}};
    if (!feedback.isEmpty())
        body.insert(u"feedback"_s, feedback);
    const dto::Lead previous = *lead;
    auto id = insertOutbox(OutboxEntry::Kind::ValidateLead, leadId, body, previous);
    if (!id.ok())
        return id;
    lead->status = LeadStatus::Validated;
    lead->qualityScore = qualityScore;
    lead->feedback = feedback;
    lead->decidedAt = now();
    lead->updatedAt = now();
    writeLead(*lead, false);
    adjustDeposit(-lead->commissionCents, -lead->commissionCents);
    if (!tx.commit())
        return Expected<qint64>::failure(u"cannot queue the action"_s);
    return id;
}

Expected<qint64> Cache::enqueueReject(const QString &leadId, const QString &reason)
{
    Transaction tx(m_connection);
    auto lead = this->lead(leadId);
    if (!lead)
        return Expected<qint64>::failure(u"unknown lead"_s);
    if (lead->status != LeadStatus::Pending)
        return Expected<qint64>::failure(u"lead is not pending"_s);
    const dto::Lead previous = *lead;
    auto id = insertOutbox(OutboxEntry::Kind::RejectLead, leadId, QJsonObject{{u"reason"_s, reason}}, previous);
    if (!id.ok())
        return id;
    lead->status = LeadStatus::Rejected;
    lead->rejectionReason = reason;
    lead->decidedAt = now();
    lead->updatedAt = now();
    writeLead(*lead, false);
    adjustDeposit(0, -lead->commissionCents);
    if (!tx.commit())
        return Expected<qint64>::failure(u"cannot queue the action"_s);
    return id;
}

Expected<qint64> Cache::enqueueCreateLead(const QJsonObject &body)
{
    Transaction tx(m_connection);
    const auto campaign = this->campaign(body.value("campaign_id"_L1).toString());
    if (!campaign)
        return Expected<qint64>::failure(u"unknown campaign"_s);
    const auto me = user();

    // A local preview with core's commission rule; the server's answer replaces it.
    dto::Lead lead;
    lead.id = u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    lead.campaignId = campaign->id;
    lead.campaignName = campaign->name;
    lead.merchantId = campaign->merchantId;
    lead.influencerId = me ? me->id : QString();
    lead.influencerName = me ? me->displayName : QString();
    lead.clientName = body.value("client_name"_L1).toString();
    lead.clientEmail = body.value("client_email"_L1).toString();
    lead.clientPhone = body.value("client_phone"_L1).toString();
    lead.company = body.value("company"_L1).toString();
    lead.estimatedValueCents = body.value("estimated_value_cents"_L1).toInteger();
    const Commission commission = campaign->policy.compute(lead.estimatedValueCents);
    lead.commissionCents = commission.commissionCents;
    lead.commissionType = commission.type;
    lead.influencerShareCents = commission.influencerShareCents;
    lead.source = leadSourceFromString(body.value("source"_L1).toString()).value_or(LeadSource::Other);
    lead.notes = body.value("notes"_L1).toString();
    lead.createdAt = now();
    lead.expiresAt = leadpolicy::expiresAt(lead.createdAt);
    lead.updatedAt = lead.createdAt;

    auto id = insertOutbox(OutboxEntry::Kind::CreateLead, lead.id, body, std::nullopt);
    if (!id.ok())
        return id;
    writeLead(lead, true);
    if (!tx.commit())
        return Expected<qint64>::failure(u"cannot queue the action"_s);
    return id;
}

QList<OutboxEntry> Cache::outbox(std::optional<OutboxEntry::Status> status) const
{
    QList<OutboxEntry> result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QString sql = u"SELECT id, kind, target_id, body, idempotency_key, status, error_code, error_message, attempts, "
                  "created_at FROM outbox"_s;
    if (status)
        sql += *status == OutboxEntry::Status::Queued ? u" WHERE status = 'queued'"_s : u" WHERE status = 'failed'"_s;
    sql += u" ORDER BY id"_s;
    query.prepare(sql);
    if (!exec(query))
        return result;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        const auto kind = OutboxEntry::kindFromName(query.value(1).toString());
        if (!kind)
            continue;
        entry.kind = *kind;
        entry.targetId = query.value(2).toString();
        entry.body = fromText(query.value(3).toString());
        entry.idempotencyKey = query.value(4).toString();
        entry.status = query.value(5).toString() == "failed"_L1 ? OutboxEntry::Status::Failed
                                                                : OutboxEntry::Status::Queued;
        entry.errorCode = query.value(6).toString();
        entry.errorMessage = query.value(7).toString();
        entry.attempts = query.value(8).toInt();
        entry.createdAt = query.value(9).toLongLong();
        result.append(entry);
    }
    return result;
}

int Cache::queuedCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT COUNT(*) FROM outbox WHERE status = 'queued'"_s);
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

int Cache::failedCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT COUNT(*) FROM outbox WHERE status = 'failed'"_s);
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

void Cache::countAttempt(qint64 outboxId)
{
    exec(u"UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"_s, {outboxId});
}

void Cache::completeOutbox(qint64 outboxId, const dto::Lead &serverLead)
{
    Transaction tx(m_connection);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT kind, target_id FROM outbox WHERE id = ?"_s);
    query.addBindValue(outboxId);
    if (!exec(query) || !query.next())
        return;
    const QString kind = query.value(0).toString();
    const QString target = query.value(1).toString();
    query.finish();
    if (kind == OutboxEntry::kindName(OutboxEntry::Kind::CreateLead))
        exec(u"DELETE FROM leads WHERE id = ? AND local = 1"_s, {target});
    exec(u"DELETE FROM outbox WHERE id = ?"_s, {outboxId});
    writeLead(serverLead, false);
    tx.commit();
}

void Cache::failOutbox(qint64 outboxId, const QString &code, const QString &message,
                       const std::optional<dto::Lead> &serverLead)
{
    Transaction tx(m_connection);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT kind, target_id, previous FROM outbox WHERE id = ?"_s);
    query.addBindValue(outboxId);
    if (!exec(query) || !query.next())
        return;
    const QString kind = query.value(0).toString();
    const QString target = query.value(1).toString();
    const QString previous = query.value(2).toString();
    query.finish();
    exec(u"UPDATE outbox SET status = 'failed', error_code = ?, error_message = ? WHERE id = ?"_s,
         {code, message, outboxId});
    if (kind == OutboxEntry::kindName(OutboxEntry::Kind::CreateLead)) {
        exec(u"DELETE FROM leads WHERE id = ? AND local = 1"_s, {target});
    } else if (serverLead) {
        writeLead(*serverLead, false);
    } else if (auto before = dto::Lead::fromJson(fromText(previous))) {
        writeLead(*before, false);
    }
    tx.commit();
}

void Cache::dismissOutbox(qint64 outboxId)
{
    exec(u"DELETE FROM outbox WHERE id = ? AND status = 'failed'"_s, {outboxId});
}

} // namespace lm::client
