#pragma once

#include <dto.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QSqlQuery;

namespace lm::client {

/// A value or an error message.
template <typename T>
class Expected final
{
public:
    Expected(T value) : m_data(std::move(value)) {} // NOLINT(google-explicit-constructor)
    static Expected failure(QString message) { return Expected(Error{std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }

private:
    struct Error
    {
        QString message;
    };
    explicit Expected(Error error) : m_data(std::move(error)) {}
    std::variant<T, Error> m_data;
};

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
    int attempts = 0;
    qint64 createdAt = 0;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

/// The offline copy of what the server holds for one profile: an SQLite file readable by the user
/// alone, versioned schema, WAL. One instance per thread (each has its own connection); the UI
/// reads it, the SyncEngine writes it. The server stays the authority: nothing here decides money.
class Cache final
{
public:
    static constexpr int SchemaVersion = 2;

    explicit Cache(QString filePath);
    ~Cache();
    Q_DISABLE_COPY_MOVE(Cache)

    /// Creates or migrates the database; the file is made mode 0600 before SQLite writes to it.
    Expected<bool> open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }

    // Who the cached data belongs to.
    std::optional<dto::User> user() const;
    QString serverUrl() const;
    /// Records the signed-in user; when it differs from the cached one (other user or server),
    /// everything cached and queued is dropped first, so one account never sees another's data.
    void setUser(const dto::User &account, const QString &server);
    void clearAll();

    // Server data.
    QList<dto::Lead> leads() const;
    std::optional<dto::Lead> lead(const QString &id) const;
    /// Leads with a queued mutation keep their local state (the outbox result will replace them).
    void upsertLeads(const QList<dto::Lead> &leads);
    QList<dto::Campaign> campaigns() const;
    std::optional<dto::Campaign> campaign(const QString &id) const;
    void upsertCampaigns(const QList<dto::Campaign> &campaigns);
    std::optional<dto::Deposit> deposit() const;
    void setDeposit(const dto::Deposit &deposit);
    QList<dto::Transaction> transactions() const; ///< newest first
    void upsertTransactions(const QList<dto::Transaction> &transactions);
    QList<dto::Notification> notifications() const; ///< newest first
    void upsertNotifications(const QList<dto::Notification> &notifications);

    // Sync bookkeeping (cursors, last server_time per list).
    QString syncState(const QString &key) const;
    void setSyncState(const QString &key, const QString &value);
    qint64 lastSyncAt() const;

    // The outbox: each enqueue applies its effect to the cached lead (and deposit) at once.
    Expected<qint64> enqueueValidate(const QString &leadId, int qualityScore, const QString &feedback);
    Expected<qint64> enqueueReject(const QString &leadId, const QString &reason);
    /// `body` is API.md's create-lead body; returns the outbox id (the local lead id is its target).
    Expected<qint64> enqueueCreateLead(const QJsonObject &body);
    QList<OutboxEntry> outbox(std::optional<OutboxEntry::Status> status = std::nullopt) const;
    int queuedCount() const;
    int failedCount() const;
    void countAttempt(qint64 outboxId);
    /// The server accepted it: the entry goes, the server's lead replaces the local one.
    void completeOutbox(qint64 outboxId, const dto::Lead &serverLead);
    /// The server refused it: kept as failed with the reason; the lead goes back to the server's
    /// state (`serverLead`) or, without it, to what it was before (a local new lead is removed).
    void failOutbox(qint64 outboxId, const QString &code, const QString &message,
                    const std::optional<dto::Lead> &serverLead);
    void dismissOutbox(qint64 outboxId);

private:
    bool exec(QSqlQuery &query) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    /// Every row's `json` column (the first) parsed as T; rows that do not parse are left out.
    template <class T>
    QList<T> readAll(const QString &sql) const;
    /// The first row's JSON parsed as T.
    template <class T>
    std::optional<T> readOne(const QString &sql, const QVariantList &values = {}) const;
    bool migrate();
    bool enableWal();
    void writeLead(const dto::Lead &lead, bool local);
    Expected<qint64> insertOutbox(OutboxEntry::Kind kind, const QString &targetId, const QJsonObject &body,
                                  const std::optional<dto::Lead> &previous);
    void adjustDeposit(qint64 balanceDelta, qint64 reservedDelta);

    QString m_filePath;
    QString m_connection;
    bool m_open = false;
};

} // namespace lm::client
