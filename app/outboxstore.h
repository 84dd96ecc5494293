#pragma once

#include "result.h"

#include <dto.h>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lm::client {

class CacheDatabase;

/// One queued mutation: stored (with its idempotency key) before the first send.
struct OutboxEntry
{
    enum class Kind { CreateLead, ValidateLead, RejectLead };
    enum class Status { Queued, Failed };

    qint64 id = 0;
    Kind kind = Kind::ValidateLead;
    QString targetId; ///< the lead (a local id for CreateLead until the server answers)
    QJsonObject body;
    QString idempotencyKey;
    Status status = Status::Queued;
    QString errorCode;
    QString errorMessage; ///< the user-facing reason of a refusal
    QMap<QString, QString> errorFields; ///< a 422's problems by API field ("client_email" → "invalid")
    int attempts = 0;
    qint64 createdAt = 0;
    /// Queued and taken by the replay: its request is on its way, it can no longer be cancelled.
    bool sending = false;
    qint64 balanceDeltaCents = 0; ///< what it did to the cached deposit (undone if it does not happen)
    qint64 reservedDeltaCents = 0;
    /// Its body was sealed under another key (the cache was copied, or its key is not available):
    /// `body` is empty and it cannot be sent from here.
    bool unreadable = false;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

/// The outbox table of the cache: what the user did while the server had not yet heard of it,
/// replayed in order by the SyncEngine. Each entry keeps the lead as it was before (`previous`),
/// so a refusal or a cancellation puts it back. A queued entry is waiting, or sending once the
/// replay has claimed it (claim()); only a waiting one can be cancelled (removeWaiting()): both are
/// one conditional statement on the row, so the replay and a cancellation never both get it.
/// A new lead's body and every earlier lead hold client contact fields: both are stored sealed
/// (CacheCipher), like the leads' contact fields.
class OutboxStore final
{
public:
    explicit OutboxStore(const CacheDatabase &db) : m_db(db) {}

    /// Stores a new entry (its id and createdAt are set here); the new row's id.
    Result<qint64> insert(const OutboxEntry &entry, const std::optional<dto::Lead> &previous);
    /// Status::Queued: waiting and sending ones alike (neither is settled yet).
    QList<OutboxEntry> entries(std::optional<OutboxEntry::Status> status = std::nullopt) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    /// The lead as it was when the entry was queued (none for a new lead).
    std::optional<dto::Lead> previousLead(qint64 id) const;
    int count(OutboxEntry::Status status) const;
    /// Whether a queued (not yet sent) entry targets this lead.
    bool hasQueued(const QString &targetId) const;

    void countAttempt(qint64 id);
    /// The replay takes a queued entry before sending it (an attempt counted): false when it is no
    /// longer queued (cancelled meanwhile: nothing to send). An entry left sending by an earlier
    /// run (the client quit, the answer was dropped) may be claimed again.
    bool claim(qint64 id);
    /// Its request got no answer (network, timeout, 5xx): waiting again, and cancellable.
    void release(qint64 id);
    /// Removes a waiting entry (not one being sent, nor a refused one); false when it was not waiting.
    bool removeWaiting(qint64 id);
    void markFailed(qint64 id, const QString &code, const QString &message, const QMap<QString, QString> &fields = {});
    /// Seals what an earlier version stored in clear (within the caller's transaction); how many
    /// values it sealed, or -1 on an SQL error.
    int sealPlainValues();
    void remove(qint64 id);
    /// Only a failed entry can be dismissed.
    void dismiss(qint64 id);
    void clear();

private:
    const CacheDatabase &m_db;
};

} // namespace lm::client
