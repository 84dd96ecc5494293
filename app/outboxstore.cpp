#include "outboxstore.h"

#include "cachecipher.h"
#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString statusName(OutboxEntry::Status status)
{
    return status == OutboxEntry::Status::Failed ? u"failed"_s : u"queued"_s;
}

/// A queued entry the replay has claimed (OutboxEntry::sending).
const QString Sending = u"sending"_s;

/// The rows of `status`: a queued one may be waiting or sending.
QString statusFilter(OutboxEntry::Status status)
{
    return status == OutboxEntry::Status::Failed ? u"status = 'failed'"_s : u"status IN ('queued', 'sending')"_s;
}

const QString SelectEntries = u"SELECT id, kind, target_id, body, idempotency_key, status, error_code, error_message, "
                              "error_fields, attempts, created_at, balance_delta, reserved_delta FROM outbox"_s;

/// A stored body or earlier lead: sealed, or in clear from an earlier version (empty: none).
QByteArray sealed(const CacheDatabase &db, const QJsonObject &json)
{
    return db.cipher().seal(toText(json).toUtf8());
}

/// The JSON of a stored value; nullopt when it is sealed and does not open here.
std::optional<QJsonObject> opened(const CacheDatabase &db, const QByteArray &stored)
{
    if (!CacheCipher::isSealed(stored))
        return QJsonDocument::fromJson(stored).object();
    const auto plain = db.cipher().open(stored);
    if (!plain)
        return std::nullopt;
    return QJsonDocument::fromJson(*plain).object();
}

std::optional<OutboxEntry> entryFromRow(const CacheDatabase &db, const QSqlQuery &row)
{
    const QSqlRecord record = row.record();
    const auto value = [&](const char *column) { return row.value(record.indexOf(QLatin1StringView(column))); };
    const auto kind = OutboxEntry::kindFromName(value("kind").toString());
    if (!kind)
        return std::nullopt;
    OutboxEntry entry;
    entry.id = value("id").toLongLong();
    entry.kind = *kind;
    entry.targetId = value("target_id").toString();
    const auto body = opened(db, value("body").toByteArray());
    entry.body = body.value_or(QJsonObject());
    entry.unreadable = !body;
    entry.idempotencyKey = value("idempotency_key").toString();
    const QString status = value("status").toString();
    entry.status = status == statusName(OutboxEntry::Status::Failed) ? OutboxEntry::Status::Failed
                                                                     : OutboxEntry::Status::Queued;
    entry.sending = status == Sending;
    entry.errorCode = value("error_code").toString();
    entry.errorMessage = value("error_message").toString();
    const QJsonObject fields = QJsonDocument::fromJson(value("error_fields").toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        entry.errorFields.insert(it.key(), it.value().toString());
    entry.attempts = value("attempts").toInt();
    entry.createdAt = value("created_at").toLongLong();
    entry.balanceDeltaCents = value("balance_delta").toLongLong();
    entry.reservedDeltaCents = value("reserved_delta").toLongLong();
    return entry;
}

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

Result<qint64> OutboxStore::insert(const OutboxEntry &entry, const std::optional<dto::Lead> &previous)
{
    QSqlQuery query = m_db.prepare(u"INSERT INTO outbox (kind, target_id, body, idempotency_key, status, previous, "
                                   "created_at, balance_delta, reserved_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(OutboxEntry::kindName(entry.kind));
    query.addBindValue(entry.targetId);
    // A new lead's body holds its client contact fields; a decision's holds none.
    query.addBindValue(entry.kind == OutboxEntry::Kind::CreateLead ? QVariant(sealed(m_db, entry.body))
                                                                   : QVariant(toText(entry.body)));
    query.addBindValue(entry.idempotencyKey);
    query.addBindValue(statusName(OutboxEntry::Status::Queued));
    query.addBindValue(previous ? QVariant(sealed(m_db, previous->toJson())) : QVariant(QString()));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(entry.balanceDeltaCents);
    query.addBindValue(entry.reservedDeltaCents);
    if (!m_db.exec(query))
        return Result<qint64>::failure(u"cannot queue the action"_s);
    return query.lastInsertId().toLongLong();
}

QList<OutboxEntry> OutboxStore::entries(std::optional<OutboxEntry::Status> status) const
{
    QList<OutboxEntry> result;
    QSqlQuery query = m_db.prepare(SelectEntries + (status ? u" WHERE "_s + statusFilter(*status) : QString())
                                   + u" ORDER BY id"_s);
    if (!m_db.exec(query))
        return result;
    while (query.next()) {
        if (auto entry = entryFromRow(m_db, query))
            result.append(std::move(*entry));
    }
    return result;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery query = m_db.prepare(SelectEntries + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return entryFromRow(m_db, query);
}

std::optional<dto::Lead> OutboxStore::previousLead(qint64 id) const
{
    QSqlQuery query = m_db.prepare(u"SELECT previous FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const auto json = opened(m_db, query.value(0).toByteArray());
    return json ? dto::Lead::fromJson(*json) : std::nullopt;
}

int OutboxStore::count(OutboxEntry::Status status) const
{
    QSqlQuery query = m_db.prepare(u"SELECT COUNT(*) FROM outbox WHERE "_s + statusFilter(status));
    return m_db.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

bool OutboxStore::hasQueued(const QString &targetId) const
{
    QSqlQuery query = m_db.prepare(u"SELECT 1 FROM outbox WHERE target_id = ? AND "_s
                                   + statusFilter(OutboxEntry::Status::Queued));
    query.addBindValue(targetId);
    return m_db.exec(query) && query.next();
}

void OutboxStore::countAttempt(qint64 id)
{
    m_db.exec(u"UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"_s, {id});
}

bool OutboxStore::claim(qint64 id)
{
    QSqlQuery query = m_db.prepare(u"UPDATE outbox SET status = ?, attempts = attempts + 1 WHERE id = ? AND "_s
                                   + statusFilter(OutboxEntry::Status::Queued));
    query.addBindValue(Sending);
    query.addBindValue(id);
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

void OutboxStore::release(qint64 id)
{
    m_db.exec(u"UPDATE outbox SET status = ? WHERE id = ? AND status = ?"_s,
              {statusName(OutboxEntry::Status::Queued), id, Sending});
}

bool OutboxStore::removeWaiting(qint64 id)
{
    QSqlQuery query = m_db.prepare(u"DELETE FROM outbox WHERE id = ? AND status = ?"_s);
    query.addBindValue(id);
    query.addBindValue(statusName(OutboxEntry::Status::Queued));
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

void OutboxStore::markFailed(qint64 id, const QString &code, const QString &message,
                             const QMap<QString, QString> &fields)
{
    QJsonObject fieldsJson;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        fieldsJson.insert(it.key(), it.value());
    m_db.exec(u"UPDATE outbox SET status = ?, error_code = ?, error_message = ?, error_fields = ? WHERE id = ?"_s,
              {statusName(OutboxEntry::Status::Failed), code, message,
               fields.isEmpty() ? QVariant() : QVariant(toText(fieldsJson)), id});
}

void OutboxStore::remove(qint64 id)
{
    m_db.exec(u"DELETE FROM outbox WHERE id = ?"_s, {id});
}

void OutboxStore::dismiss(qint64 id)
{
    m_db.exec(u"DELETE FROM outbox WHERE id = ? AND status = ?"_s, {id, statusName(OutboxEntry::Status::Failed)});
}

void OutboxStore::clear()
{
    m_db.exec(u"DELETE FROM outbox"_s);
}

int OutboxStore::sealPlainValues()
{
    QSqlQuery rows = m_db.prepare(u"SELECT id, kind, body, previous FROM outbox"_s);
    if (!m_db.exec(rows))
        return -1;
    QList<std::tuple<qint64, QVariant, QVariant>> changes;
    while (rows.next()) {
        const bool createLead = rows.value(1).toString() == OutboxEntry::kindName(OutboxEntry::Kind::CreateLead);
        const QByteArray body = rows.value(2).toByteArray();
        const QByteArray previous = rows.value(3).toByteArray();
        const bool sealBody = createLead && !CacheCipher::isSealed(body);
        const bool sealPrevious = !previous.isEmpty() && !CacheCipher::isSealed(previous);
        if (!sealBody && !sealPrevious)
            continue;
        changes.append({rows.value(0).toLongLong(), sealBody ? QVariant(m_db.cipher().seal(body)) : rows.value(2),
                        sealPrevious ? QVariant(m_db.cipher().seal(previous)) : rows.value(3)});
    }
    rows.finish();
    for (const auto &[id, body, previous] : std::as_const(changes)) {
        if (!m_db.exec(u"UPDATE outbox SET body = ?, previous = ? WHERE id = ?"_s, {body, previous, id}))
            return -1;
    }
    return int(changes.size());
}

} // namespace lm::client
