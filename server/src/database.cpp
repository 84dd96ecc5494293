#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QDateTime>
#include <QFile>

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

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

/// One open connection (QSqlDatabase), used by one thread at a time.
class Connection final
{
public:
    Connection(Engine engine, const QString &url, const QString &name) : m_name(name)
    {
        if (engine == Engine::SQLite) {
            m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
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
            QUrl u(url);
            m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            m_db.setHostName(u.host());
            m_db.setPort(u.port(5432));
            m_db.setUserName(u.userName(QUrl::FullyDecoded));
            m_db.setPassword(u.password(QUrl::FullyDecoded));
            m_db.setDatabaseName(u.path().mid(1));
            m_db.setConnectOptions(u"connect_timeout=10"_s);
            if (!m_db.open())
                fail(u"cannot open PostgreSQL database "_s + u.path().mid(1) + u" on "_s + u.host(),
                     m_db.lastError());
            execRaw(u"SET synchronous_commit = on"_s);
            execRaw(u"SET client_min_messages = warning"_s);
        }
    }

    ~Connection()
    {
        m_used.clear();
        m_kept.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    /// Runs `sql`. With `keep`, its prepared statement stays for the next run of the same text (the
    /// caller resets kept statements with finishKept() when its unit of work ends).
    QSqlQuery exec(const QString &sql, const QVariantList &values, bool keep)
    {
        if (!keep) {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.prepare(sql))
                fail(u"prepare failed ("_s + sql.left(80) + u')', query.lastError());
            bind(query, values);
            if (!query.exec())
                fail(u"query failed ("_s + sql.left(80) + u')', query.lastError());
            return query;
        }
        auto it = m_kept.find(sql);
        if (it == m_kept.end()) {
            if (m_kept.size() >= MaxKept) { // statements built from varying text: start again
                finishKept();
                m_kept.clear();
            }
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.prepare(sql))
                fail(u"prepare failed ("_s + sql.left(80) + u')', query.lastError());
            it = m_kept.emplace(sql, Kept{std::move(query), false}).first;
        }
        Kept &kept = it->second;
        QSqlQuery query = share(kept.query);
        if (query.isActive())
            query.finish();
        bind(query, values);
        if (!query.exec())
            fail(u"query failed ("_s + sql.left(80) + u')', query.lastError());
        if (!kept.used) {
            kept.used = true;
            m_used.push_back(&kept);
        }
        return query;
    }

    /// Resets the kept statements run since the last call: their rows are released, and on SQLite
    /// the read snapshot they held ends (the next read sees every commit).
    void finishKept()
    {
        for (Kept *kept : m_used) {
            kept->query.finish();
            kept->used = false;
        }
        m_used.clear();
    }

    void execRaw(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            fail(u"statement failed ("_s + sql.left(80) + u')', query.lastError());
    }

    /// Best effort (a rollback that fails leaves nothing committed either).
    void tryRaw(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.exec(sql);
    }

    bool ping()
    {
        QSqlQuery query(m_db);
        return query.exec(u"SELECT 1"_s) && query.next();
    }

private:
    struct Kept
    {
        QSqlQuery query;
        bool used = false;
    };
    static constexpr std::size_t MaxKept = 512;

    /// A second handle on the same statement: the caller reads its rows, finishKept() resets it.
    /// Qt 6 deprecates copying a QSqlQuery because the copies share one result, which is exactly
    /// what a kept statement needs (the copy constructor itself is still supported in Qt 6).
    static QSqlQuery share(const QSqlQuery &query)
    {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        return QSqlQuery(query);
        QT_WARNING_POP
    }

    static void bind(QSqlQuery &query, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            // Only an explicit null variant means SQL NULL; an empty QString() is the empty string.
            if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
                query.bindValue(i, QString(u""_s));
            else
                query.bindValue(i, v);
        }
    }

    QSqlDatabase m_db;
    QString m_name;
    std::unordered_map<QString, Kept> m_kept; ///< node-based: m_used's pointers stay valid
    std::vector<Kept *> m_used;
};

/// What one thread has of a Database: its own connection and its transaction depth.
struct Database::ThreadState
{
    std::unique_ptr<Connection> own;
    QString connectionName;
    int depth = 0;
    bool onWriter = false;                    ///< inside a SQLite group: statements go to the writer
    int scopes = 0;                           ///< open StatementScopes: the thread keeps its statements
    std::vector<std::function<void()>> after; ///< afterCommit callbacks of the open transaction
};

/// SQLite's group commit: the writer connection and whose turn it is to use it.
struct Database::Group
{
    static constexpr int MaxMembers = 64; ///< a busy stream of writers still commits this often

    std::unique_ptr<Connection> writer;
    std::mutex turn;          ///< held from a thread's outermost begin() to its outermost commit()/rollback()
    std::atomic<int> queued{0}; ///< threads waiting for the turn
    // Guarded by `turn`:
    bool open = false; ///< the writer's transaction is begun
    int members = 0;   ///< outermost transactions released into it
    std::vector<std::function<void()>> after;
    // Guarded by `stateMutex`:
    std::mutex stateMutex;
    std::condition_variable durableChanged;
    quint64 batch = 0;   ///< the writer's current (or last) transaction
    quint64 durable = 0; ///< every transaction up to this one has ended (committed or failed)
    std::map<quint64, std::string> failed; ///< transactions whose COMMIT failed, and why
    std::atomic<quint64> commits{0};
    std::atomic<quint64> requests{0};

    /// Ends the caller's turn: commits the writer's transaction when nobody is waiting for a turn
    /// (or it is full), so the last writer of a burst makes the whole burst durable at once.
    void release()
    {
        std::vector<std::function<void()>> callbacks;
        if (open && (queued.load() == 0 || members >= MaxMembers)) {
            std::string error;
            try {
                writer->execRaw(u"COMMIT"_s);
                callbacks.swap(after);
                commits += 1;
                requests += quint64(members);
            } catch (const DbError &e) {
                error = e.what();
                writer->tryRaw(u"ROLLBACK"_s);
            }
            after.clear();
            open = false;
            members = 0;
            std::lock_guard lock(stateMutex);
            if (!error.empty()) {
                failed[batch] = error;
                while (failed.size() > 64)
                    failed.erase(failed.begin());
            }
            durable = batch;
            durableChanged.notify_all();
        }
        turn.unlock();
        for (const auto &callback : callbacks)
            callback();
    }

    /// Waits until transaction `mine` has ended; its COMMIT's error, or empty.
    std::string waitDurable(quint64 mine)
    {
        std::unique_lock lock(stateMutex);
        durableChanged.wait(lock, [&] { return durable >= mine; });
        const auto it = failed.find(mine);
        return it == failed.end() ? std::string() : it->second;
    }
};

namespace {
std::atomic<quint64> nextSerial{1};
}

Database::Database(const QString &url, const QString &connectionName)
    : m_url(url), m_connectionName(connectionName), m_serial(nextSerial++)
{
    if (url.startsWith(u"sqlite:"_s)) {
        // SQLite counts every allocation under one process-wide mutex unless told not to: with
        // reads on several threads that mutex was the busiest lock of the server. Only possible
        // before SQLite's first use in the process (a no-op afterwards).
        static const int memoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        Q_UNUSED(memoryStatistics)
        m_engine = Engine::SQLite;
        createPrivateFile(url.mid(7));
        m_group = std::make_unique<Group>();
    } else {
        m_engine = Engine::PostgreSQL;
        QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            throw DbError(u"invalid PostgreSQL URL (postgresql://user:pass@host:port/db)"_s, false);
    }
    // The calling thread's connection now, under the name given: opening errors surface here.
    current();
}

Database::~Database()
{
    // Every thread that used this database is done with it (the server joins its pools first).
    m_threads.clear();
    m_group.reset();
}

Database::ThreadState &Database::thread()
{
    // A per-thread index of every Database's state, by serial (a destroyed Database's address may
    // be reused; its serial never is).
    thread_local std::vector<std::pair<quint64, ThreadState *>> mine;
    for (const auto &[serial, state] : mine) {
        if (serial == m_serial)
            return *state;
    }
    std::lock_guard lock(m_threadsMutex);
    auto state = std::make_unique<ThreadState>();
    state->connectionName =
        m_threads.empty() ? m_connectionName : m_connectionName + u'#' + QString::number(m_threads.size());
    m_threads.push_back(std::move(state));
    mine.emplace_back(m_serial, m_threads.back().get());
    return *m_threads.back();
}

Connection &Database::current()
{
    ThreadState &state = thread();
    if (state.onWriter)
        return *m_group->writer;
    if (!state.own)
        state.own = std::make_unique<Connection>(m_engine, m_url, state.connectionName);
    return *state.own;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    ThreadState &state = thread();
    return current().exec(sql, values, state.onWriter || state.scopes > 0);
}

void Database::finishKept(ThreadState &state)
{
    if (state.own)
        state.own->finishKept();
}

StatementScope::StatementScope(Database &db) : m_db(db)
{
    ++m_db.thread().scopes;
}

StatementScope::~StatementScope()
{
    Database::ThreadState &state = m_db.thread();
    --state.scopes;
    m_db.finishKept(state);
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
    current().execRaw(sql);
}

QString Database::forUpdate() const
{
    return m_engine == Engine::PostgreSQL ? u" FOR UPDATE"_s : QString();
}

void Database::begin()
{
    ThreadState &state = thread();
    if (state.depth > 0)
        current().execRaw(u"SAVEPOINT lm_sp"_s + QString::number(state.depth));
    else if (m_group)
        beginGroup(state);
    else
        current().execRaw(u"BEGIN"_s);
    ++state.depth;
}

void Database::commit()
{
    ThreadState &state = thread();
    --state.depth;
    if (state.depth > 0) {
        const QString name = u"lm_sp"_s + QString::number(state.depth);
        try {
            current().execRaw(u"RELEASE SAVEPOINT "_s + name);
        } catch (const DbError &) {
            current().tryRaw(u"ROLLBACK TO SAVEPOINT "_s + name);
            current().tryRaw(u"RELEASE SAVEPOINT "_s + name);
            throw;
        }
        return;
    }
    if (m_group) {
        endGroup(state, true);
        return;
    }
    std::vector<std::function<void()>> callbacks;
    callbacks.swap(state.after);
    finishKept(state); // a RETURNING statement left open would fail the COMMIT
    try {
        current().execRaw(u"COMMIT"_s);
    } catch (const DbError &) {
        current().tryRaw(u"ROLLBACK"_s);
        throw;
    }
    for (const auto &callback : callbacks)
        callback();
}

void Database::rollback()
{
    ThreadState &state = thread();
    --state.depth;
    if (state.depth > 0) {
        const QString name = u"lm_sp"_s + QString::number(state.depth);
        current().tryRaw(u"ROLLBACK TO SAVEPOINT "_s + name);
        current().tryRaw(u"RELEASE SAVEPOINT "_s + name);
    } else if (m_group) {
        endGroup(state, false);
    } else {
        state.after.clear();
        finishKept(state);
        current().tryRaw(u"ROLLBACK"_s);
    }
}

void Database::beginGroup(ThreadState &state)
{
    Group &g = *m_group;
    ++g.queued;
    g.turn.lock();
    --g.queued;
    try {
        if (!g.writer)
            g.writer = std::make_unique<Connection>(m_engine, m_url, m_connectionName + u"#writer"_s);
        if (!g.open) {
            // Waits here (busy timeout) while another process writes: on this thread only.
            g.writer->execRaw(u"BEGIN IMMEDIATE"_s);
            g.open = true;
            std::lock_guard lock(g.stateMutex);
            ++g.batch;
        }
        g.writer->execRaw(u"SAVEPOINT lm_req"_s);
    } catch (...) {
        g.release();
        throw;
    }
    state.onWriter = true;
}

void Database::endGroup(ThreadState &state, bool keep)
{
    Group &g = *m_group;
    state.onWriter = false;
    g.writer->finishKept(); // its statements are reset before another thread's turn
    bool kept = false;
    if (keep) {
        try {
            g.writer->execRaw(u"RELEASE SAVEPOINT lm_req"_s);
            kept = true;
        } catch (const DbError &) {
            g.writer->tryRaw(u"ROLLBACK TO SAVEPOINT lm_req"_s);
            g.writer->tryRaw(u"RELEASE SAVEPOINT lm_req"_s);
            state.after.clear();
            g.release();
            throw;
        }
        ++g.members;
        for (auto &callback : state.after)
            g.after.push_back(std::move(callback));
    } else {
        g.writer->tryRaw(u"ROLLBACK TO SAVEPOINT lm_req"_s);
        g.writer->tryRaw(u"RELEASE SAVEPOINT lm_req"_s);
    }
    state.after.clear();
    quint64 mine = 0;
    {
        std::lock_guard lock(g.stateMutex);
        mine = g.batch;
    }
    g.release();
    // Even a refusal waits: what it read in the group may be others' work, not durable yet.
    const std::string error = g.waitDurable(mine);
    finishKept(state); // the thread's own reads from here on see this commit
    if (kept && !error.empty())
        throw DbError(QString::fromStdString("group commit failed: " + error), false);
}

void Database::afterCommit(std::function<void()> callback)
{
    ThreadState &state = thread();
    if (state.depth == 0)
        callback();
    else
        state.after.push_back(std::move(callback));
}

Database::GroupStats Database::groupStats() const
{
    if (!m_group)
        return {};
    return {m_group->commits.load(), m_group->requests.load()};
}

bool Database::ping()
{
    return current().ping();
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
    m_done = true; // a failed commit has already rolled back: the destructor must not again
    m_db.commit();
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
