#include "serverharness.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace lmtest {

// ---------------------------------------------------------------------------------------------
// Body, Response, small helpers

Body::Body(const QJsonObject &json)
    : bytes(QJsonDocument(json).toJson(QJsonDocument::Compact))
    , contentType("application/json"_ba)
    , present(true)
{
}

Body::Body(const QJsonArray &json)
    : bytes(QJsonDocument(json).toJson(QJsonDocument::Compact))
    , contentType("application/json"_ba)
    , present(true)
{
}

Body Body::raw(const QByteArray &bytes, const QByteArray &contentType)
{
    Body body;
    body.bytes = bytes;
    body.contentType = contentType;
    body.present = true;
    return body;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Response::errorCode() const
{
    return json.value("error"_L1).toObject().value("code"_L1).toString();
}

QString Response::describe() const
{
    QString text = QString::fromLatin1(method) + u' ' + path + " -> "_L1;
    if (status == 0)
        text += "no answer ("_L1 + networkError + u')';
    else
        text += QString::number(status);
    QByteArray shown = body.left(600);
    if (body.size() > shown.size())
        shown += "…";
    return text + u' ' + QString::fromUtf8(shown);
}

QString errorProblem(const Response &response, int status, const QString &code, const QString &field)
{
    const QString expected = u"expected %1 %2%3, got: "_s.arg(status).arg(code, field.isEmpty() ? QString() : u" (field "_s + field + u')');
    if (response.status != status)
        return expected + response.describe();
    const QJsonValue error = response.json.value("error"_L1);
    if (!error.isObject())
        return expected + u"no \"error\" object: "_s + response.describe();
    const QJsonObject object = error.toObject();
    if (object.value("code"_L1).toString() != code)
        return expected + u"wrong error.code: "_s + response.describe();
    if (!object.value("message"_L1).isString() || object.value("message"_L1).toString().isEmpty())
        return expected + u"error.message missing or empty: "_s + response.describe();
    if (status == 422) {
        const QJsonValue fields = object.value("fields"_L1);
        if (!fields.isObject() || fields.toObject().isEmpty())
            return expected + u"a 422 must name its fields: "_s + response.describe();
        if (!field.isEmpty()) {
            const QJsonValue why = fields.toObject().value(field);
            if (!why.isString() || why.toString().isEmpty())
                return expected + u"error.fields lacks the field: "_s + response.describe();
        }
    } else if (object.contains("fields"_L1)) {
        return expected + u"\"fields\" is only for 422: "_s + response.describe();
    }
    return {};
}

bool isApiTime(const QJsonValue &value)
{
    static const QRegularExpression format(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    return value.isString() && format.match(value.toString()).hasMatch() && parseApiTime(value).isValid();
}

QDateTime parseApiTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString uniqueSuffix()
{
    static QAtomicInteger<quint32> counter;
    return QString::number(counter.fetchAndAddRelaxed(1) + 1) + u'x'
        + QString::number(QRandomGenerator::global()->generate(), 36);
}

QString uniqueEmail(const QString &tag)
{
    return tag.toLower() + u'-' + uniqueSuffix() + u"@example.com"_s;
}

QString serverBinary()
{
    return QString::fromUtf8(LEADMARKET_SERVER_BIN);
}

QProcessEnvironment serverEnvironment(const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool debug = env.contains(u"LEADMARKET_TEST_DEBUG"_s);
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith("LEADMARKET_"_L1))
            env.remove(key);
    }
    // Argon2 at its minimum keeps every login in the suites fast.
    env.insert(u"LEADMARKET_ARGON2_OPSLIMIT"_s, u"1"_s);
    env.insert(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s, u"8"_s);
    // The suites register many users from 127.0.0.1; the suite of the limit sets its own.
    env.insert(u"LEADMARKET_REGISTRATIONS_PER_HOUR"_s, u"0"_s);
    // Likewise the suites create many leads per influencer within minutes; tst_server_fraud tests
    // the hourly lead limit with its own setting (and its default of 30 through --help).
    env.insert(u"LEADMARKET_MAX_LEADS_PER_HOUR"_s, u"1000000"_s);
    if (debug) // LEADMARKET_TEST_DEBUG=1: the servers' debug lines too (a failing test prints them)
        env.insert(u"LEADMARKET_LOG_LEVEL"_s, u"debug"_s);
    const QStringList extraKeys = extra.keys();
    for (const QString &key : extraKeys)
        env.insert(key, extra.value(key));
    return env;
}

// ---------------------------------------------------------------------------------------------
// TestDatabase

namespace {

// Runs one statement on the PostgreSQL admin URL; returns the error text or an empty string.
QString runPgAdminStatement(const QString &adminUrl, const QString &statement)
{
    const QUrl url(adminUrl);
    const QString connection = u"lm_test_admin_"_s + uniqueSuffix();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1).isEmpty() ? u"postgres"_s : url.path().mid(1));
        if (!db.open()) {
            error = u"cannot open "_s + url.toString(QUrl::RemovePassword) + u": "_s + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = statement + u": "_s + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

TestDatabase::TestDatabase()
    : m_postgres(enginePostgres())
{
}

TestDatabase::~TestDatabase()
{
    if (m_postgres && !m_pgName.isEmpty()) {
        const QString error =
            runPgAdminStatement(m_pgAdminUrl, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
        if (!error.isEmpty())
            qWarning("TestDatabase: %s", qPrintable(error));
    }
}

bool TestDatabase::enginePostgres()
{
    const QByteArray engine = qgetenv("LEADMARKET_TEST_ENGINE");
    if (engine.isEmpty() || engine == "sqlite")
        return false;
    if (engine != "postgresql")
        qFatal("LEADMARKET_TEST_ENGINE must be sqlite or postgresql, not %s", engine.constData());
    if (qEnvironmentVariableIsEmpty("LEADMARKET_TEST_PG_URL"))
        qFatal("LEADMARKET_TEST_ENGINE=postgresql but LEADMARKET_TEST_PG_URL is not set: "
               "run scripts/test, or start a cluster with scripts/pg-cluster and export its URL");
    return true;
}

QString TestDatabase::tempPath() const
{
    return m_dir.path();
}

bool TestDatabase::create()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temporary folder: "_s + m_dir.errorString();
        return false;
    }
    if (!m_postgres) {
        m_url = u"sqlite:"_s + m_dir.filePath(u"lm.db"_s);
        return true;
    }
    m_pgAdminUrl = qEnvironmentVariable("LEADMARKET_TEST_PG_URL");
    const QString name = u"lm_t_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString error = runPgAdminStatement(m_pgAdminUrl, u"CREATE DATABASE %1"_s.arg(name));
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    m_pgName = name;
    QUrl url(m_pgAdminUrl);
    url.setPath(u"/"_s + name);
    m_url = url.toString();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Commands and the server process

QString CliResult::describe() const
{
    return u"started %1, finished %2, crashed %3, exit %4\n--- stdout:\n%5\n--- stderr:\n%6"_s.arg(
        started ? u"yes"_s : u"no"_s, finished ? u"yes"_s : u"no"_s, crashed ? u"yes"_s : u"no"_s,
        QString::number(exitCode), QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

CliResult runServerCommand(const QStringList &args, const QByteArray &input, const QProcessEnvironment &extraEnv,
                           int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(serverEnvironment(extraEnv));
    process.start(serverBinary(), args);
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ServerProcess::ServerProcess(QString dbUrl, QStringList extraArgs, QProcessEnvironment extraEnv)
    : m_dbUrl(std::move(dbUrl))
    , m_extraArgs(std::move(extraArgs))
    , m_extraEnv(std::move(extraEnv))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::configure(QString dbUrl, QStringList extraArgs, QProcessEnvironment extraEnv)
{
    m_dbUrl = std::move(dbUrl);
    m_extraArgs = std::move(extraArgs);
    m_extraEnv = std::move(extraEnv);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool ServerProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_listeningLine.clear();
    m_baseUrl.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(serverEnvironment(m_extraEnv));
    QStringList args{u"--port"_s, u"0"_s, u"--db"_s, m_dbUrl};
    args += m_extraArgs;
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"cannot start "_s + serverBinary() + u": "_s + m_process->errorString();
        m_process.reset();
        return false;
    }
    static const QRegularExpression line(u"^listening on (https?://[^\\s/]+:(\\d+))$"_s);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_stdout += m_process->readAllStandardOutput();
        const qsizetype end = m_stdout.indexOf('\n');
        if (end >= 0) {
            m_listeningLine = QString::fromUtf8(m_stdout.left(end)).trimmed();
            const QRegularExpressionMatch match = line.match(m_listeningLine);
            if (!match.hasMatch()) {
                m_error = u"first stdout line is not \"listening on http://…:<port>\": "_s + m_listeningLine;
                stop();
                return false;
            }
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            const QByteArray err = stderrOutput();
            m_error = u"server exited (code %1) before listening; stderr:\n"_s.arg(m_process->exitCode())
                + QString::fromUtf8(err.right(3000));
            stop();
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = u"no \"listening on\" line within %1 ms; stderr:\n"_s.arg(timeoutMs)
                + QString::fromUtf8(stderrOutput().right(3000));
            stop();
            return false;
        }
        m_process->waitForReadyRead(int(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_stdout += m_process->readAllStandardOutput();
    m_lastExitCode = m_process->exitCode();
    m_lastCrashed = m_process->exitStatus() == QProcess::CrashExit;
    m_process.reset();
}

bool ServerProcess::restart(const QStringList &extraArgs)
{
    stop();
    m_extraArgs = extraArgs;
    return start();
}

QByteArray ServerProcess::stderrOutput()
{
    if (m_process) {
        QCoreApplication::processEvents();
        m_stderr += m_process->readAllStandardError();
    }
    return m_stderr;
}

QByteArray ServerProcess::stdoutOutput()
{
    if (m_process) {
        QCoreApplication::processEvents();
        m_stdout += m_process->readAllStandardOutput();
    }
    return m_stdout;
}

// ---------------------------------------------------------------------------------------------
// HTTP

namespace {

QNetworkReply *sendRequest(QNetworkAccessManager &nam, const QUrl &base, const RequestSpec &spec, int timeoutMs)
{
    QNetworkRequest request(QUrl(base.toString(QUrl::StripTrailingSlash) + spec.path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeoutMs);
    if (spec.body.present && !spec.body.contentType.isEmpty())
        request.setRawHeader("Content-Type"_ba, spec.body.contentType);
    if (!spec.token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + spec.token.toUtf8());
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    return nam.sendCustomRequest(request, spec.method, spec.body.bytes);
}

Response collect(QNetworkReply *reply, const RequestSpec &spec)
{
    Response response;
    response.method = spec.method;
    response.path = spec.path;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = u"timed out"_s;
        return response;
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (response.status == 0)
        response.networkError = reply->errorString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error == QJsonParseError::NoError) {
        response.doc = doc;
        if (doc.isObject())
            response.json = doc.object();
    }
    return response;
}

} // namespace

Http::Http(QUrl baseUrl)
    : m_base(std::move(baseUrl))
{
}

Response Http::send(const RequestSpec &spec, int timeoutMs)
{
    QNetworkReply *reply = sendRequest(m_nam, m_base, spec, timeoutMs);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Response response = collect(reply, spec);
    reply->deleteLater();
    return response;
}

Response Http::request(const QByteArray &method, const QString &path, const Body &body, const QString &token,
                       const Headers &headers, int timeoutMs)
{
    return send(RequestSpec{method, path, body, token, headers}, timeoutMs);
}

Account Http::login(const QString &email, const QString &password)
{
    Account account;
    account.email = email;
    account.password = password;
    const Response r = post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, password}});
    if (r.status != 200) {
        account.error = u"login failed: "_s + r.describe();
        return account;
    }
    account.token = r.json.value("token"_L1).toString();
    account.user = r.json.value("user"_L1).toObject();
    account.id = account.user.value("id"_L1).toString();
    account.role = account.user.value("role"_L1).toString();
    account.displayName = account.user.value("display_name"_L1).toString();
    if (account.token.isEmpty() || account.id.isEmpty())
        account.error = u"login answer lacks token or user.id: "_s + r.describe();
    return account;
}

Account Http::registerUser(const QString &role, const QString &displayName, const QString &phone)
{
    const QString email = uniqueEmail(role);
    const QString name = displayName.isEmpty() ? role + u' ' + uniqueSuffix() : displayName;
    QJsonObject body{{"email"_L1, email},
                     {"password"_L1, defaultPassword()},
                     {"role"_L1, role},
                     {"display_name"_L1, name}};
    if (!phone.isEmpty())
        body.insert("phone"_L1, phone);
    const Response r = post(u"/api/auth/register"_s, body);
    if (r.status != 201) {
        Account failed;
        failed.error = u"register failed: "_s + r.describe();
        return failed;
    }
    Account account = login(email, defaultPassword());
    if (account.ok() && account.id != r.json.value("id"_L1).toString())
        account.error = u"login user.id differs from the registered id"_s;
    return account;
}

Account Http::createAdmin(const QString &dbUrl, const QString &displayName)
{
    const QString email = uniqueEmail(u"admin"_s);
    const CliResult cli = runServerCommand({u"add-user"_s, u"--db"_s, dbUrl, u"--email"_s, email, u"--role"_s,
                                            u"admin"_s, u"--name"_s, displayName},
                                           defaultPassword().toUtf8() + '\n');
    if (!cli.finished || cli.crashed || cli.exitCode != 0) {
        Account failed;
        failed.error = u"add-user --role admin failed: "_s + cli.describe();
        return failed;
    }
    return login(email, defaultPassword());
}

std::optional<QJsonArray> Http::listAll(const QString &path, const QString &token, QString *problem, int maxPages)
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < maxPages; ++page) {
        QString pagePath = path;
        if (!cursor.isEmpty())
            pagePath += (path.contains(u'?') ? u'&' : u'?') + u"cursor="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Response r = get(pagePath, token);
        QString wrong;
        if (r.status != 200)
            wrong = u"list page not 200"_s;
        else if (!r.json.value("items"_L1).isArray())
            wrong = u"no items array"_s;
        else if (!r.json.contains("next_cursor"_L1)
                 || !(r.json.value("next_cursor"_L1).isNull() || r.json.value("next_cursor"_L1).isString()))
            wrong = u"next_cursor missing or neither null nor a string"_s;
        else if (!isApiTime(r.json.value("server_time"_L1)))
            wrong = u"server_time missing or not an API time"_s;
        if (!wrong.isEmpty()) {
            if (problem)
                *problem = wrong + u": "_s + r.describe();
            return std::nullopt;
        }
        const QJsonArray items = r.json.value("items"_L1).toArray();
        for (const QJsonValue &item : items)
            all.append(item);
        if (r.json.value("next_cursor"_L1).isNull())
            return all;
        cursor = r.json.value("next_cursor"_L1).toString();
        if (cursor.isEmpty()) {
            if (problem)
                *problem = u"next_cursor is an empty string: "_s + r.describe();
            return std::nullopt;
        }
    }
    if (problem)
        *problem = u"more than %1 pages: the cursor does not advance?"_s.arg(maxPages);
    return std::nullopt;
}

QList<Response> runParallel(const QUrl &baseUrl, int n, const std::function<RequestSpec(int)> &make, int timeoutMs)
{
    return runParallelOn({baseUrl}, n, make, timeoutMs);
}

QList<Response> runParallelOn(const QList<QUrl> &bases, int n, const std::function<RequestSpec(int)> &make,
                              int timeoutMs)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<RequestSpec> specs;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < n; ++i) {
        specs.append(make(i));
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        replies.append(sendRequest(*managers.back(), bases.at(i % bases.size()), specs.last(), timeoutMs));
    }
    QEventLoop loop;
    int pending = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (reply->isFinished())
            continue;
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0) {
        QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QList<Response> responses;
    for (int i = 0; i < n; ++i) {
        responses.append(collect(replies.at(i), specs.at(i)));
        delete replies.at(i);
    }
    return responses;
}

} // namespace lmtest
