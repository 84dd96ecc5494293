#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <stdexcept>

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

/// One connection to SQLite or PostgreSQL, and the one place where the two engines differ:
/// opening options, how a write transaction starts, row locks.
class Database final
{
public:
    /// Opens `url` (sqlite:<path> or postgresql://user:pass@host:port/db) on a connection named
    /// `connectionName`. Throws DbError when the database cannot be opened.
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
    /// transactions (BEGIN IMMEDIATE) already exclude every other writer.
    QString forUpdate() const;

    /// Transactions nest: the outermost begins the database transaction, inner ones are savepoints
    /// (so an inner failure rolls back only its own work).
    void begin();
    void commit();
    void rollback();
    /// True while the database answers a trivial query.
    bool ping();

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    int m_depth = 0;
};

/// A write transaction: begun on construction (SQLite: BEGIN IMMEDIATE with the busy timeout;
/// PostgreSQL: BEGIN; inside another one: a savepoint), rolled back on destruction unless commit()
/// was called.
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
