#pragma once

// The setup every server suite shares: a fresh database, the real server on it, an Http speaking to
// that server and, when asked, an admin account. A suite's initTestCase is then one line:
//     LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});

#include "serverharness.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lmtest {

// Owns the database, the server process and the Http of one suite (or one test function); the
// server stops before the database is dropped.
class ServerFixture final
{
public:
    ServerFixture() = default;
    Q_DISABLE_COPY_MOVE(ServerFixture)

    /// A fresh database and the server on it with `args` and `env`; http() then speaks to it.
    bool start(const QStringList &args = {}, const QProcessEnvironment &env = {});
    /// start(), then an admin (add-user on the database, then a login): admin().
    bool startWithAdmin(const QStringList &args = {}, const QProcessEnvironment &env = {});
    /// The same database and environment, the server restarted with `args`; http() follows its new port.
    bool restart(const QStringList &args);
    bool restart(); ///< with the last arguments
    void stop() { m_server.stop(); }

    TestDatabase &db() { return m_db; }
    ServerProcess &server() { return m_server; }
    Http &http() { return m_http; }
    Account &admin() { return m_admin; }
    const Account &admin() const { return m_admin; }
    /// Why start() or restart() failed: "database: …", "server: …" or "admin: …".
    QString error() const { return m_error; }

private:
    bool followServer(bool started);

    TestDatabase m_db;
    ServerProcess m_server;
    Http m_http;
    Account m_admin;
    QString m_error;
};

} // namespace lmtest

// Start the fixture (arguments as for ServerFixture::start) or fail the test with its error().
#define LM_START_SERVER(fixture, ...) QVERIFY2((fixture).start(__VA_ARGS__), qPrintable((fixture).error()))
#define LM_START_SERVER_WITH_ADMIN(fixture, ...)                                                                       \
    QVERIFY2((fixture).startWithAdmin(__VA_ARGS__), qPrintable((fixture).error()))
