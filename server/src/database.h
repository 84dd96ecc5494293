#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

namespace lm::server {

/// A database failure that is not the caller's fault (answered 500, logged, nothing committed).
class DbError final : public std::runtime_error
{
public:
    DbError(const QString &what, bool uniqueViolation)
        : std::runtime_error(what.toStdString()), m_unique(uniqueViolation)
    {
    }
    /// The statement broke a UNIQUE constraint (an insert race another request won).
    bool isUniqueViolation() const { return m_unique; }

private:
    bool m_unique;
};

enum class Engine { SQLite, PostgreSQL };

class Connection;

/// The database of one server process: SQLite or PostgreSQL, and the one place where the two
/// engines differ (opening options, how a write transaction starts, row locks).
///
/// Every thread that uses it gets its own connection, opened on first use (reads on several
/// threads at once; on PostgreSQL, a pool of one connection per worker thread). On SQLite, write
/// transactions share one writer connection and commit in groups: each thread's outermost
/// transaction is a savepoint in the writer's open transaction, and one durable COMMIT covers the
/// savepoints of every thread that was writing meanwhile; `commit()` returns only once its work is
/// durable (DESIGN.md "Concurrency").
class Database final
{
public:
    /// Opens `url` (sqlite:<path> or postgresql://user:pass@host:port/db); the calling thread's
    /// connection is named `connectionName`. Throws DbError when the database cannot be opened.
    Database(const QString &url, const QString &connectionName);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Engine engine() const { return m_engine; }

    /// Prepares, binds positional `?` values and runs `sql`. Throws DbError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// The first row's first column, or nullopt without a row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Runs statements that take no values (DDL); throws DbError on failure.
    void execRaw(const QString &sql);

    /// " FOR UPDATE" on PostgreSQL (row lock inside the transaction); "" on SQLite, whose write
    /// transactions already exclude every other writer.
    QString forUpdate() const;

    /// Transactions nest: the thread's outermost one begins a database transaction (on SQLite: a
    /// savepoint in the writer's group), inner ones are savepoints (so an inner failure rolls back
    /// only its own work). The outermost commit() returns once the work is durable, and throws
    /// DbError when the commit failed (nothing of it was kept).
    void begin();
    void commit();
    void rollback();
    /// True while the database answers a trivial query.
    bool ping();

    /// Runs `callback` once the calling thread's current transaction is durable (at once outside a
    /// transaction); never when it rolls back as a whole. Used to wake readers of what it wrote.
    void afterCommit(std::function<void()> callback);

    /// Commits whose work landed in a group with others (SQLite), for /metrics.
    struct GroupStats
    {
        quint64 commits = 0;  ///< durable COMMITs of the writer
        quint64 requests = 0; ///< outermost transactions they covered
    };
    GroupStats groupStats() const;

private:
    friend class StatementScope;
    struct ThreadState;
    struct Group;
    void finishKept(ThreadState &state);
    ThreadState &thread();
    Connection &current();
    void beginGroup(ThreadState &state);
    void endGroup(ThreadState &state, bool keep);

    QString m_url;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    quint64 m_serial = 0; ///< tells this database's per-thread state apart from any other's
    mutable std::mutex m_threadsMutex;
    std::vector<std::unique_ptr<ThreadState>> m_threads;
    std::unique_ptr<Group> m_group; ///< SQLite only
};

/// One unit of work of the calling thread (a request): while it lasts, the thread's statements stay
/// prepared for their next run (on its own connection; the SQLite writer always keeps its own).
/// They are reset when it ends and after each commit, so no read snapshot outlives the unit.
/// Rule: a query's rows are read before the same statement text runs again on the thread.
class StatementScope final
{
public:
    explicit StatementScope(Database &db);
    ~StatementScope();
    Q_DISABLE_COPY_MOVE(StatementScope)

private:
    Database &m_db;
};

/// A write transaction: begun on construction (SQLite: a savepoint in the writer's group;
/// PostgreSQL: BEGIN; inside another one: a savepoint), rolled back on destruction unless commit()
/// was called. The outermost commit() returns once the work is durable.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

/// SQL NULL for an empty text, the text otherwise (nullable columns such as phone or paused_reason).
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

/// A new identifier: a UUID version 7 (time-ordered, so ids sort by creation), as text.
QString newId();

} // namespace lm::server
