#pragma once

// Test harness for the server suites: a fresh database per use, the real leadmarket-server binary
// on an ephemeral port, and a synchronous HTTP client that speaks raw JSON (the wire is the
// contract, so the suites check exact shapes rather than going through lm::dto).

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lmtest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A request body: JSON (object or any value, serialised compactly) or raw bytes.
struct Body
{
    QByteArray bytes;
    QByteArray contentType;
    bool present = false;

    Body() = default;
    // Implicit on purpose: request(…, QJsonObject{…}) reads like the wire.
    Body(const QJsonObject &json); // NOLINT(google-explicit-constructor)
    Body(const QJsonArray &json);  // NOLINT(google-explicit-constructor)
    static Body raw(const QByteArray &bytes, const QByteArray &contentType = QByteArrayLiteral("application/json"));
};

struct RequestSpec
{
    QByteArray method;
    QString path; ///< absolute path, may carry a query ("/api/campaigns?limit=1")
    Body body;
    QString token; ///< sent as "Authorization: Bearer <token>" when not empty
    Headers headers;
};

struct Response
{
    QByteArray method;
    QString path;
    int status = 0; ///< 0: no HTTP answer (see networkError)
    QByteArray body;
    QJsonDocument doc;      ///< the body parsed as JSON (null when it is not JSON)
    QJsonObject json;       ///< doc.object() when the body is a JSON object
    Headers headers;
    QString networkError;   ///< set when the transfer itself failed or timed out

    QByteArray header(const QByteArray &name) const; ///< case-insensitive, empty when absent
    QString errorCode() const;                       ///< json.error.code or empty
    QString describe() const;                        ///< "POST /x -> 422 {…}" for failure messages
};

// Checks the error shape of API.md: {"error": {"code", "message", "fields" only on 422}}.
// Returns an empty string when the response is `status` with `code` (and, if given, `field` in
// error.fields); otherwise what is wrong.
QString errorProblem(const Response &response, int status, const QString &code, const QString &field = {});

// ISO-8601 UTC with 'Z' and milliseconds, as API.md answers times.
bool isApiTime(const QJsonValue &value);
QDateTime parseApiTime(const QJsonValue &value);

QString uniqueEmail(const QString &tag = QStringLiteral("user")); ///< lower-case, never reused in a process
QString uniqueSuffix();

// The environment every server and CLI run gets: the caller's environment without any
// LEADMARKET_* variable (so a developer's settings never leak in), plus fast Argon2 limits.
QProcessEnvironment serverEnvironment(const QProcessEnvironment &extra = {});
QString serverBinary();

// A fresh database: SQLite in a temporary folder, or a fresh PostgreSQL database when
// LEADMARKET_TEST_ENGINE=postgresql (created through LEADMARKET_TEST_PG_URL, dropped with FORCE).
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool create(); ///< false with errorString() set when the database cannot be made
    QString url() const { return m_url; }
    bool isPostgres() const { return m_postgres; }
    QString errorString() const { return m_error; }
    QString tempPath() const; ///< a private scratch folder (config files, …)

    static bool enginePostgres();

private:
    bool m_postgres = false;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgAdminUrl;
    QString m_pgName;
    QString m_error;
};

struct CliResult
{
    bool started = false;
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const;
};

// Runs the server binary as a command (add-user, --help, --print-config); `input` goes to stdin.
CliResult runServerCommand(const QStringList &args, const QByteArray &input = {},
                           const QProcessEnvironment &extraEnv = {}, int timeoutMs = 20000);

// The real server on --port 0, stopped (SIGTERM, then SIGKILL) when destroyed.
class ServerProcess final
{
public:
    ServerProcess() = default; ///< set the database with configure() before start()
    explicit ServerProcess(QString dbUrl, QStringList extraArgs = {}, QProcessEnvironment extraEnv = {});
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    /// What the next start() runs with (the fixture's server is made before its database exists).
    void configure(QString dbUrl, QStringList extraArgs = {}, QProcessEnvironment extraEnv = {});

    bool start(int timeoutMs = 15000); ///< waits for the "listening on" line
    void stop();
    bool restart(const QStringList &extraArgs); ///< same database, new arguments
    bool restart() { return restart(m_extraArgs); }
    bool isRunning() const;
    qint64 processId() const; ///< the running server's pid, 0 when stopped (fault tests kill it)

    QUrl baseUrl() const { return m_baseUrl; }
    QString dbUrl() const { return m_dbUrl; }
    QString listeningLine() const { return m_listeningLine; }
    QString errorString() const { return m_error; }
    QByteArray stderrOutput(); ///< everything the server wrote to stderr so far (all runs)
    QByteArray stdoutOutput(); ///< stdout of the current run
    int lastExitCode() const { return m_lastExitCode; }
    bool lastExitCrashed() const { return m_lastCrashed; }

private:
    QString m_dbUrl;
    QStringList m_extraArgs;
    QProcessEnvironment m_extraEnv;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_listeningLine;
    QString m_error;
    QByteArray m_stderr;
    QByteArray m_stdout;
    int m_lastExitCode = -1;
    bool m_lastCrashed = false;
};

struct Account
{
    QString id;
    QString email;
    QString password;
    QString role;
    QString displayName;
    QString token;
    QJsonObject user;
    QString error; ///< empty when the account is usable

    bool ok() const { return error.isEmpty(); }
};

// Synchronous HTTP over one QNetworkAccessManager (redirects are not followed).
class Http final
{
public:
    explicit Http(QUrl baseUrl = {});
    Q_DISABLE_COPY_MOVE(Http)

    void setBaseUrl(const QUrl &baseUrl) { m_base = baseUrl; }
    QUrl baseUrl() const { return m_base; }

    Response request(const QByteArray &method, const QString &path, const Body &body = {},
                     const QString &token = {}, const Headers &headers = {}, int timeoutMs = 15000);
    Response send(const RequestSpec &spec, int timeoutMs = 15000);
    Response get(const QString &path, const QString &token = {}) { return request("GET", path, {}, token); }
    Response post(const QString &path, const Body &body, const QString &token = {})
    {
        return request("POST", path, body, token);
    }
    Response put(const QString &path, const Body &body, const QString &token = {})
    {
        return request("PUT", path, body, token);
    }

    // POST /api/auth/register then /api/auth/login.
    Account registerUser(const QString &role, const QString &displayName = {}, const QString &phone = {});
    Account login(const QString &email, const QString &password);
    // add-user on the server's database (role admin), then login.
    Account createAdmin(const QString &dbUrl, const QString &displayName = QStringLiteral("Admin"));

    // Every item of a list route, following next_cursor (at most maxPages pages).
    std::optional<QJsonArray> listAll(const QString &path, const QString &token, QString *problem = nullptr,
                                      int maxPages = 50);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
};

// Fires n requests at once, each on its own QNetworkAccessManager (so its own connection), and
// waits for all answers. make(i) builds request i.
QList<Response> runParallel(const QUrl &baseUrl, int n, const std::function<RequestSpec(int)> &make,
                            int timeoutMs = 30000);
// Like runParallel, but request i goes to bases[i % bases.size()] (several server processes).
QList<Response> runParallelOn(const QList<QUrl> &bases, int n, const std::function<RequestSpec(int)> &make,
                              int timeoutMs = 30000);

inline QString defaultPassword() { return QStringLiteral("correct-horse-battery"); }

} // namespace lmtest

// Failure messages that show the request and the answer. `response` is evaluated once: Qt 6.4's
// QVERIFY2 evaluates its message even when the check passes, so an inline request
// (LM_VERIFY_STATUS(http.post(…), 201)) used to be sent twice.
#define LM_VERIFY_STATUS(response, expected)                                                                \
    do {                                                                                                    \
        const lmtest::Response &lmStatus_ = (response);                                                    \
        QVERIFY2(lmStatus_.status == (expected),                                                           \
                 qPrintable(QString(QStringLiteral("expected %1, got: ").arg(expected) + lmStatus_.describe()))); \
    } while (false)

#define LM_VERIFY_ERROR(response, status, code)                                                             \
    do {                                                                                                    \
        const QString lmProblem_ = lmtest::errorProblem((response), (status), (code));                     \
        QVERIFY2(lmProblem_.isEmpty(), qPrintable(lmProblem_));                                            \
    } while (false)

#define LM_VERIFY_FIELD_ERROR(response, field)                                                             \
    do {                                                                                                    \
        const QString lmProblem_ =                                                                          \
            lmtest::errorProblem((response), 422, QStringLiteral("validation_failed"), (field));           \
        QVERIFY2(lmProblem_.isEmpty(), qPrintable(lmProblem_));                                            \
    } while (false)

#define LM_VERIFY_ACCOUNT(account) QVERIFY2((account).ok(), qPrintable((account).error))
