#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QDateTime>
#include <QFile>

#include <sodium.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

bool isUnique(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    return native == "23505"_L1 /* PostgreSQL unique_violation */ || native == "2067"_L1 || native == "1555"_L1
        || error.databaseText().contains("UNIQUE constraint failed"_L1);
}

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    throw DbError(what + u": "_s + error.text(), isUnique(error));
}

// The database holds contacts and password hashes: the server's user alone may read it. SQLite
// gives its -wal and -shm files the main file's mode, so the main file is created 0600 (atomically,
// whatever the umask) before SQLite would create it with 0644.
void createPrivateFile(const QString &path)
{
    if (path.isEmpty() || path == ":memory:"_L1 || path.startsWith("file:"_L1) || QFile::exists(path))
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && !QFile::exists(path)) // another process may have just made it
        throw DbError(u"cannot create "_s + path + u": "_s + file.errorString(), false);
}

} // namespace

Database::Database(const QString &url, const QString &connectionName) : m_connectionName(connectionName)
{
    if (url.startsWith(u"sqlite:"_s)) {
        m_engine = Engine::SQLite;
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        createPrivateFile(url.mid(7));
        m_db.setDatabaseName(url.mid(7));
        // A second process (the CLI, another instance) may write at the same time: wait for it.
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!m_db.open())
            fail(u"cannot open "_s + url, m_db.lastError());
        execRaw(u"PRAGMA journal_mode=WAL"_s);
        // An acknowledged money move must survive a power cut.
        execRaw(u"PRAGMA synchronous=FULL"_s);
        execRaw(u"PRAGMA foreign_keys=ON"_s);
    } else {
        m_engine = Engine::PostgreSQL;
        QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            throw DbError(u"invalid PostgreSQL URL (postgresql://user:pass@host:port/db)"_s, false);
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        m_db.setHostName(u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName(QUrl::FullyDecoded));
        m_db.setPassword(u.password(QUrl::FullyDecoded));
        m_db.setDatabaseName(u.path().mid(1));
        m_db.setConnectOptions(u"connect_timeout=10"_s);
        if (!m_db.open())
            fail(u"cannot open PostgreSQL database "_s + u.path().mid(1) + u" on "_s + u.host(), m_db.lastError());
        execRaw(u"SET synchronous_commit = on"_s);
        execRaw(u"SET client_min_messages = warning"_s);
    }
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(u"prepare failed ("_s + sql.left(80) + u')', query.lastError());
    for (const QVariant &v : values) {
        // Only an explicit null variant means SQL NULL; an empty QString() is the empty string.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        fail(u"query failed ("_s + sql.left(80) + u')', query.lastError());
    return query;
}

std::optional<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    if (!query.next())
        return std::nullopt;
    // The one read by position: a scalar query has a single column, whatever its name.
    QVariant v = query.value(0);
    query.finish(); // SQLite: an unfinished RETURNING statement makes COMMIT fail.
    return v;
}

void Database::execRaw(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(u"statement failed ("_s + sql.left(80) + u')', query.lastError());
}

QString Database::forUpdate() const
{
    return m_engine == Engine::PostgreSQL ? u" FOR UPDATE"_s : QString();
}

void Database::begin()
{
    if (m_depth == 0)
        execRaw(m_engine == Engine::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    else
        execRaw(u"SAVEPOINT lm_sp"_s + QString::number(m_depth));
    ++m_depth;
}

void Database::commit()
{
    --m_depth;
    if (m_depth == 0)
        execRaw(u"COMMIT"_s);
    else
        execRaw(u"RELEASE SAVEPOINT lm_sp"_s + QString::number(m_depth));
}

void Database::rollback()
{
    --m_depth;
    QSqlQuery query(m_db);
    // Best effort: a failed rollback leaves nothing committed either.
    if (m_depth == 0) {
        query.exec(u"ROLLBACK"_s);
    } else {
        const QString name = u"lm_sp"_s + QString::number(m_depth);
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + name);
        query.exec(u"RELEASE SAVEPOINT "_s + name);
    }
}

bool Database::ping()
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1"_s) && query.next();
}

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    m_db.begin();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        m_db.rollback();
}

void WriteTransaction::commit()
{
    m_db.commit();
    m_done = true;
}

QString newId()
{
    // UUIDv7: 48-bit Unix milliseconds, version, 74 random bits. Monotonic within the process so
    // ids made in one millisecond still sort in creation order.
    static std::mutex mutex;
    static quint64 lastMs = 0;
    static quint16 counter = 0;
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint16 seq = 0;
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            ++counter;
            if (counter >= 0x0FFF) { // exhausted the 12-bit sequence: borrow the next millisecond
                ++ms;
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMs = ms;
        seq = counter;
    }
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>(0x70 | ((seq >> 8) & 0x0F));
    bytes[7] = static_cast<unsigned char>(seq & 0xFF);
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace lm::server
