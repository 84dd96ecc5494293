#include "cache.h"

#include "cachecipher.h"
#include "leadcodec.h"
#include "logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// The lists whose items name a client (a reservation's description, a notification about a
/// lead): their JSON is sealed like the leads' contact fields.
bool isSealedTable(const QString &table)
{
    return table == u"transactions"_s || table == u"notifications"_s;
}

QVariant storedJson(const CacheCipher &cipher, const QJsonObject &json, bool sealed)
{
    const QString text = toText(json);
    return sealed ? QVariant(cipher.seal(text.toUtf8())) : QVariant(text);
}

/// A stored JSON value, sealed or in clear; nullopt when sealed and it does not open here.
std::optional<QJsonObject> openedJson(const CacheCipher &cipher, const QByteArray &stored)
{
    if (!CacheCipher::isSealed(stored))
        return QJsonDocument::fromJson(stored).object();
    const auto plain = cipher.open(stored);
    if (!plain)
        return std::nullopt;
    return QJsonDocument::fromJson(*plain).object();
}

const QString InsertLead =
    u"INSERT OR REPLACE INTO leads (id, status, updated_at, local, packed, contact) VALUES (?, ?, ?, ?, ?, ?)"_s;

/// The contact fields sealed (a null blob when there are none).
QVariant sealedContact(const CacheCipher &cipher, const dto::Lead &lead)
{
    if (!leadcodec::hasContact(lead))
        return QVariant(QMetaType::fromType<QByteArray>());
    return cipher.seal(leadcodec::packContact(lead));
}

void bindLead(QSqlQuery &query, const dto::Lead &lead, bool local, const CacheCipher &cipher)
{
    query.bindValue(0, lead.id);
    query.bindValue(1, toString(lead.status));
    query.bindValue(2, lead.updatedAt);
    query.bindValue(3, local ? 1 : 0);
    query.bindValue(4, leadcodec::pack(leadcodec::withoutContact(lead)));
    query.bindValue(5, sealedContact(cipher, lead));
}

/// Fills the lead's contact fields from their sealed form; false when it does not open (sealed
/// under another key, or changed): the fields stay empty.
bool openContact(const CacheCipher &cipher, QByteArrayView sealed, dto::Lead &lead)
{
    const auto contact = cipher.open(sealed);
    return contact && leadcodec::unpackContact(*contact, lead);
}

} // namespace

Cache::Cache(QString filePath) : m_db(std::move(filePath))
{
}

template <class T>
QList<T> Cache::readAll(const QString &sql) const
{
    QList<T> result;
    QSqlQuery query = m_db.prepare(sql);
    query.setForwardOnly(true);
    if (!m_db.exec(query))
        return result;
    while (query.next()) {
        const auto json = openedJson(m_db.cipher(), query.value(0).toByteArray());
        if (!json)
            continue; // sealed under another key: the next sync brings it again
        if (auto item = T::fromJson(*json))
            result.append(std::move(*item));
    }
    return result;
}

template <class T>
std::optional<T> Cache::readOne(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const auto json = openedJson(m_db.cipher(), query.value(0).toByteArray());
    return json ? T::fromJson(*json) : std::nullopt;
}

template <class T>
void Cache::upsertJson(const QString &table, const QString &orderColumn, const QList<T> &items,
                       qint64 (*order)(const T &))
{
    CacheDatabase::Transaction tx(m_db);
    QSqlQuery insert = m_db.prepare(u"INSERT OR REPLACE INTO "_s + table + u" (id, "_s + orderColumn
                                    + u", json) VALUES (?, ?, ?)"_s);
    const bool sealed = isSealedTable(table);
    for (const T &item : items) {
        insert.bindValue(0, item.id);
        insert.bindValue(1, order(item));
        insert.bindValue(2, storedJson(m_db.cipher(), item.toJson(), sealed));
        if (!m_db.exec(insert))
            return;
    }
    tx.commit();
}

std::optional<dto::User> Cache::user() const
{
    return readOne<dto::User>(u"SELECT value FROM meta WHERE key = 'user'"_s);
}

QString Cache::serverUrl() const
{
    QSqlQuery query = m_db.prepare(u"SELECT value FROM meta WHERE key = 'server'"_s);
    if (!m_db.exec(query) || !query.next())
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
    CacheDatabase::Transaction tx(m_db);
    m_db.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('user', ?)"_s, {toText(account.toJson())});
    m_db.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('server', ?)"_s, {server});
    tx.commit();
}

void Cache::clearAll()
{
    CacheDatabase::Transaction tx(m_db);
    for (const QString &table : {u"meta"_s, u"leads"_s, u"campaigns"_s, u"deposit"_s, u"transactions"_s,
                                 u"notifications"_s, u"sync_state"_s, u"documents"_s, u"payouts"_s,
                                 u"notification_reads"_s})
        m_db.exec(u"DELETE FROM "_s + table);
    m_outbox.clear();
    tx.commit();
}

QList<dto::Lead> Cache::leads() const
{
    // The client reads every cached lead at start-up (DESIGN.md: 100,000 shown in < 300 ms and
    // < 150 MB), so: decoded straight from SQLite's row (through the driver's sqlite3 handle: no
    // copy of each row, no per-row allocation besides the lead's own strings), rows in storage
    // order (an ORDER BY would sort the blobs in SQLite).
    QList<dto::Lead> result;
    sqlite3 *connection = m_db.handle();
    if (!connection) {
        logger("app.cache")->error("the cache is not an open SQLite database");
        return result;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT packed, contact FROM leads", -1, &statement, nullptr) != SQLITE_OK) {
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
    const CacheCipher &cipher = m_db.cipher();
    int unreadable = 0;
    int unavailable = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(statement, 0);
        auto lead = blob ? leadcodec::unpack(QByteArrayView(static_cast<const char *>(blob),
                                                            sqlite3_column_bytes(statement, 0)))
                         : std::nullopt;
        if (!lead) {
            ++unreadable;
            continue;
        }
        // Opened from SQLite's own buffer: no copy of the sealed bytes (a secretbox is about a
        // microsecond; what a large cache costs here is memory traffic).
        if (const void *contact = sqlite3_column_blob(statement, 1)) {
            if (!openContact(cipher, QByteArrayView(static_cast<const char *>(contact), sqlite3_column_bytes(statement, 1)),
                             *lead))
                ++unavailable;
        }
        for (QString *text : {&lead->campaignId, &lead->campaignName, &lead->merchantId, &lead->influencerId,
                              &lead->influencerName, &lead->company})
            share(*text);
        result.append(std::move(*lead));
    }
    if (step != SQLITE_DONE)
        logger("app.cache")->error("SQL error while reading the leads: {}", sqlite3_errmsg(connection));
    if (unreadable > 0)
        logger("app.cache")->warn("{} cached leads could not be read", unreadable);
    if (unavailable > 0)
        logger("app.cache")->warn("the client details of {} cached leads are unavailable (sealed under another key, "
                                  "or changed)",
                                  unavailable);
    // Most recently changed first; the order is stable, so a reload that changes a few leads
    // keeps the others on their rows.
    std::sort(result.begin(), result.end(), [](const dto::Lead &a, const dto::Lead &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id;
    });
    return result;
}

std::optional<dto::Lead> Cache::lead(const QString &id) const
{
    QSqlQuery query = m_db.prepare(u"SELECT packed, contact FROM leads WHERE id = ?"_s);
    query.addBindValue(id);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    auto lead = leadcodec::unpack(query.value(0).toByteArray());
    if (lead && !query.value(1).isNull())
        openContact(m_db.cipher(), query.value(1).toByteArray(), *lead);
    return lead;
}

bool Cache::writeLead(const dto::Lead &lead, bool local)
{
    QSqlQuery insert = m_db.prepare(InsertLead);
    bindLead(insert, lead, local, m_db.cipher());
    return m_db.exec(insert);
}

void Cache::upsertLeads(const QList<dto::Lead> &leads)
{
    // One prepared statement for the whole batch: a first sync can bring 100,000 leads.
    CacheDatabase::Transaction tx(m_db);
    QSet<QString> queued;
    for (const OutboxEntry &entry : m_outbox.entries(OutboxEntry::Status::Queued))
        queued.insert(entry.targetId);
    QSqlQuery insert = m_db.prepare(InsertLead);
    for (const dto::Lead &lead : leads) {
        if (queued.contains(lead.id))
            continue;
        bindLead(insert, lead, false, m_db.cipher());
        if (!m_db.exec(insert))
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
    upsertJson<dto::Campaign>(u"campaigns"_s, u"updated_at"_s, campaigns,
                              [](const dto::Campaign &c) { return c.updatedAt; });
}

std::optional<dto::Deposit> Cache::deposit() const
{
    return readOne<dto::Deposit>(u"SELECT json FROM deposit WHERE id = 1"_s);
}

void Cache::setDeposit(const dto::Deposit &deposit)
{
    m_db.exec(u"INSERT OR REPLACE INTO deposit (id, json) VALUES (1, ?)"_s, {toText(deposit.toJson())});
}

QList<dto::Transaction> Cache::transactions() const
{
    return readAll<dto::Transaction>(u"SELECT json FROM transactions ORDER BY created_at DESC, id DESC"_s);
}

void Cache::upsertTransactions(const QList<dto::Transaction> &transactions)
{
    upsertJson<dto::Transaction>(u"transactions"_s, u"created_at"_s, transactions,
                                 [](const dto::Transaction &t) { return t.createdAt; });
}

QList<dto::Notification> Cache::notifications() const
{
    return readAll<dto::Notification>(u"SELECT json FROM notifications ORDER BY created_at DESC, id DESC"_s);
}

void Cache::upsertNotifications(const QList<dto::Notification> &notifications)
{
    // A read not yet delivered stays read here: the server only learns of it with the PUT.
    QHash<QString, qint64> pending;
    for (const PendingRead &read : pendingReads())
        pending.insert(read.notificationId, read.readAt);
    QList<dto::Notification> kept = notifications;
    for (dto::Notification &n : kept) {
        if (!n.readAt && pending.contains(n.id))
            n.readAt = pending.value(n.id);
    }
    upsertJson<dto::Notification>(u"notifications"_s, u"created_at"_s, kept,
                                  [](const dto::Notification &n) { return n.createdAt; });
}

QList<dto::Notification> Cache::markNotificationsRead(const QList<PendingRead> &reads)
{
    QList<dto::Notification> changed;
    CacheDatabase::Transaction tx(m_db);
    for (const PendingRead &read : reads) {
        auto n = readOne<dto::Notification>(u"SELECT json FROM notifications WHERE id = ?"_s, {read.notificationId});
        if (!n || n->readAt)
            continue;
        n->readAt = read.readAt;
        if (!m_db.exec(u"UPDATE notifications SET json = ? WHERE id = ?"_s,
                        {storedJson(m_db.cipher(), n->toJson(), true), n->id})
            || !m_db.exec(u"INSERT OR IGNORE INTO notification_reads (notification_id, idempotency_key, read_at) "
                          "VALUES (?, ?, ?)"_s,
                          {read.notificationId, read.idempotencyKey, read.readAt}))
            return {};
        changed.append(std::move(*n));
    }
    if (!tx.commit())
        return {};
    return changed;
}

QList<PendingRead> Cache::pendingReads() const
{
    QList<PendingRead> result;
    QSqlQuery query = m_db.prepare(
        u"SELECT notification_id, idempotency_key, read_at FROM notification_reads ORDER BY read_at, notification_id"_s);
    if (!m_db.exec(query))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return result;
}

void Cache::readDelivered(const QString &notificationId)
{
    m_db.exec(u"DELETE FROM notification_reads WHERE notification_id = ?"_s, {notificationId});
}

template <class T>
std::optional<T> Cache::document(const QString &key, qint64 *fetchedAt, bool *known) const
{
    QSqlQuery query = m_db.prepare(u"SELECT fetched_at, json FROM documents WHERE key = ?"_s);
    query.addBindValue(key);
    const bool found = m_db.exec(query) && query.next();
    if (fetchedAt)
        *fetchedAt = found ? query.value(0).toLongLong() : 0;
    if (known)
        *known = found;
    if (!found || query.value(1).isNull())
        return std::nullopt;
    return T::fromJson(fromText(query.value(1).toString()));
}

void Cache::setDocument(const QString &key, const std::optional<QJsonObject> &json, qint64 fetchedAt)
{
    m_db.exec(u"INSERT OR REPLACE INTO documents (key, fetched_at, json) VALUES (?, ?, ?)"_s,
              {key, fetchedAt, json ? QVariant(toText(*json)) : QVariant()});
}

std::optional<dto::InfluencerStats> Cache::influencerStats(qint64 *fetchedAt) const
{
    return document<dto::InfluencerStats>(u"influencer_stats"_s, fetchedAt, nullptr);
}

void Cache::setInfluencerStats(const dto::InfluencerStats &stats, qint64 fetchedAt)
{
    setDocument(u"influencer_stats"_s, stats.toJson(), fetchedAt);
}

std::optional<dto::BankDetails> Cache::bankDetails(bool *known) const
{
    return document<dto::BankDetails>(u"bank_details"_s, nullptr, known);
}

void Cache::setBankDetails(const std::optional<dto::BankDetails> &bank, qint64 fetchedAt)
{
    setDocument(u"bank_details"_s, bank ? std::optional(bank->toJson()) : std::nullopt, fetchedAt);
}

QList<dto::Payout> Cache::payouts() const
{
    return readAll<dto::Payout>(u"SELECT json FROM payouts ORDER BY requested_at DESC, id DESC"_s);
}

void Cache::upsertPayouts(const QList<dto::Payout> &payouts)
{
    upsertJson<dto::Payout>(u"payouts"_s, u"requested_at"_s, payouts, [](const dto::Payout &p) { return p.requestedAt; });
}

QString Cache::syncState(const QString &key) const
{
    QSqlQuery query = m_db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!m_db.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

void Cache::setSyncState(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_db.exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
    else
        m_db.exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s, {key, value});
}

qint64 Cache::lastSyncAt() const
{
    return syncState(u"last_sync_at"_s).toLongLong();
}

Result<qint64> Cache::queue(const LocalAction &action)
{
    CacheDatabase::Transaction tx(m_db);
    const auto id = store(action);
    if (id.ok() && !tx.commit())
        return Result<qint64>::failure(u"cannot queue the action"_s);
    return id;
}

Result<qint64> Cache::resubmit(qint64 refusedOutboxId, const LocalAction &action)
{
    CacheDatabase::Transaction tx(m_db);
    const auto refused = m_outbox.entry(refusedOutboxId);
    if (!refused || refused->status != OutboxEntry::Status::Failed)
        return Result<qint64>::failure(u"the refused action is gone"_s);
    const auto id = store(action);
    if (!id.ok())
        return id;
    m_outbox.remove(refusedOutboxId);
    if (!tx.commit())
        return Result<qint64>::failure(u"cannot queue the action"_s);
    return id;
}

Result<qint64> Cache::store(const LocalAction &action)
{
    if (action.previous) {
        // The sync thread may have changed the lead since the caller read it.
        QSqlQuery current = m_db.prepare(u"SELECT status FROM leads WHERE id = ?"_s);
        current.addBindValue(action.previous->id);
        if (!m_db.exec(current) || !current.next() || current.value(0).toString() != toString(action.previous->status))
            return Result<qint64>::failure(u"the lead changed meanwhile"_s);
    }
    OutboxEntry entry = action.entry;
    entry.balanceDeltaCents = action.balanceDeltaCents;
    entry.reservedDeltaCents = action.reservedDeltaCents;
    const auto id = m_outbox.insert(entry, action.previous);
    if (!id.ok())
        return id;
    if (!writeLead(action.lead, !action.previous))
        return Result<qint64>::failure(u"cannot store the lead"_s);
    if (action.balanceDeltaCents != 0 || action.reservedDeltaCents != 0) {
        if (auto current = deposit()) {
            current->currentBalanceCents += action.balanceDeltaCents;
            current->reservedCents += action.reservedDeltaCents;
            setDeposit(*current);
        }
    }
    return id;
}

void Cache::completeOutbox(qint64 outboxId, const dto::Lead &serverLead)
{
    CacheDatabase::Transaction tx(m_db);
    const auto entry = m_outbox.entry(outboxId);
    if (!entry)
        return;
    if (entry->kind == OutboxEntry::Kind::CreateLead)
        m_db.exec(u"DELETE FROM leads WHERE id = ? AND local = 1"_s, {entry->targetId});
    m_outbox.remove(outboxId);
    writeLead(serverLead, false);
    tx.commit();
}

void Cache::failOutbox(qint64 outboxId, const QString &code, const QString &message,
                       const QMap<QString, QString> &fields, const std::optional<dto::Lead> &serverLead)
{
    CacheDatabase::Transaction tx(m_db);
    const auto entry = m_outbox.entry(outboxId);
    if (!entry)
        return;
    m_outbox.markFailed(outboxId, code, message, fields);
    undoLocal(*entry, serverLead);
    tx.commit();
}

Result<CancelledAction> Cache::cancelOutbox(qint64 outboxId)
{
    CacheDatabase::Transaction tx(m_db);
    const auto entry = m_outbox.entry(outboxId);
    if (!entry || entry->status != OutboxEntry::Status::Queued)
        return Result<CancelledAction>::failure(u"the action is no longer queued"_s);
    // Undone first (the lead as it was is read from the row), then one conditional DELETE: the
    // replay claims a row with one conditional UPDATE, so of the two exactly one gets it, whichever
    // thread comes first; when the replay won, the rollback leaves everything as it was.
    CancelledAction cancelled{*entry, undoLocal(*entry, std::nullopt)};
    if (!m_outbox.removeWaiting(outboxId))
        return Result<CancelledAction>::failure(u"the action is being sent"_s);
    if (!tx.commit())
        return Result<CancelledAction>::failure(u"cannot cancel the action"_s);
    return cancelled;
}

std::optional<dto::Lead> Cache::undoLocal(const OutboxEntry &entry, const std::optional<dto::Lead> &serverLead)
{
    std::optional<dto::Lead> now;
    if (entry.kind == OutboxEntry::Kind::CreateLead) {
        m_db.exec(u"DELETE FROM leads WHERE id = ? AND local = 1"_s, {entry.targetId});
    } else {
        now = serverLead ? serverLead : m_outbox.previousLead(entry.id);
        if (now)
            writeLead(*now, false);
    }
    if (entry.balanceDeltaCents != 0 || entry.reservedDeltaCents != 0) {
        if (auto current = deposit()) {
            current->currentBalanceCents -= entry.balanceDeltaCents;
            current->reservedCents -= entry.reservedDeltaCents;
            setDeposit(*current);
        }
    }
    return now;
}

} // namespace lm::client
