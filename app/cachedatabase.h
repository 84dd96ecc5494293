#pragma once

#include "result.h"

#include <QString>

#include <memory>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;

namespace lm::client {

class CacheCipher;

/// The cache's SQLite file as one connection of the calling thread: created mode 0600 before
/// SQLite writes to it, WAL, a busy timeout, and migrated step by step to SchemaVersion. Every
/// thread that reads or writes the cache opens its own (a Qt SQL connection belongs to its thread).
class CacheDatabase final
{
public:
    static constexpr int SchemaVersion = 6;

    explicit CacheDatabase(QString filePath);
    ~CacheDatabase();
    Q_DISABLE_COPY_MOVE(CacheDatabase)

    /// Creates or migrates the database.
    Result<> open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }

    /// Seals and opens the values kept unreadable in the file (shared by every connection to it).
    const CacheCipher &cipher() const { return *m_cipher; }

    QSqlDatabase connection() const;
    /// The driver's handle, for the few reads that decode straight from SQLite's rows.
    sqlite3 *handle() const;
    /// A prepared statement on this connection (errors are logged when it runs).
    QSqlQuery prepare(const QString &sql) const;
    /// Runs a prepared statement; logs and returns false on error.
    bool exec(QSqlQuery &query) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    /// Keeps a transaction open until commit(); rolls back otherwise.
    class Transaction final
    {
    public:
        explicit Transaction(const CacheDatabase &db);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        bool commit();

    private:
        QString m_connection;
        bool m_active = false;
    };

private:
    bool migrate();
    bool enableWal();

    QString m_filePath;
    std::shared_ptr<CacheCipher> m_cipher;
    QString m_connection;
    bool m_open = false;
};

} // namespace lm::client
