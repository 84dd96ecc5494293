// API.md "Auth and users": `leadmarket-server add-user` — password from standard input, exit status
// 0 on success and non-zero with a message otherwise; the user it makes logs in over HTTP.

#include "serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

class TestServerCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void addUserThenLogin_data();
    void addUserThenLogin();
    void addUserOnFreshDatabase();
    void passwordIsFirstLineOfStdin_data();
    void passwordIsFirstLineOfStdin();
    void refused_data();
    void refused();

private:
    CliResult addUser(const QStringList &args, const QByteArray &input);

    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account m_existing;
};

void TestServerCli::initTestCase()
{
    LM_START_SERVER(m_fixture);
    m_existing = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(m_existing);
}

void TestServerCli::cleanupTestCase()
{
    m_fixture.stop();
}

CliResult TestServerCli::addUser(const QStringList &args, const QByteArray &input)
{
    return runServerCommand(QStringList{u"add-user"_s} + args, input);
}

void TestServerCli::addUserThenLogin_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("phone");         // empty: no --phone
    QTest::addColumn<QJsonValue>("storedPhone");
    QTest::newRow("admin without phone") << u"admin"_s << QString() << QJsonValue(QJsonValue::Null);
    QTest::newRow("merchant with a written Moroccan phone") << u"merchant"_s << u"06 12 34 56 78"_s
                                                            << QJsonValue(u"+212612345678"_s);
    QTest::newRow("influencer with +212 phone") << u"influencer"_s << u"+212 7 00 11 22 33"_s
                                                << QJsonValue(u"+212700112233"_s);
}

void TestServerCli::addUserThenLogin()
{
    QFETCH(QString, role);
    QFETCH(QString, phone);
    QFETCH(QJsonValue, storedPhone);
    const QString email = u"Cli-"_s + uniqueSuffix() + u"@Example.MA"_s;
    const QString password = u"cli-password-"_s + uniqueSuffix();
    QStringList args{u"--db"_s, m_fixture.db().url(), u"--email"_s,         email, u"--role"_s,
                     role,      u"--name"_s,          u"Salma El Idrissi"_s};
    if (!phone.isEmpty())
        args << u"--phone"_s << phone;
    const CliResult cli = addUser(args, password.toUtf8() + '\n');
    QVERIFY2(cli.finished && !cli.crashed && cli.exitCode == 0, qPrintable(cli.describe()));
    QVERIFY2(!QByteArray(cli.out + cli.err).contains(password.toUtf8()), "add-user printed the password");

    // The running server (same database) lets the user in.
    const Account account = m_http.login(email.toLower(), password);
    LM_VERIFY_ACCOUNT(account);
    const Response me = m_http.get(u"/api/me"_s, account.token);
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value("email"_L1).toString(), email.toLower());
    QCOMPARE(me.json.value("role"_L1).toString(), role);
    QCOMPARE(me.json.value("display_name"_L1).toString(), u"Salma El Idrissi"_s);
    QCOMPARE(me.json.value("phone"_L1), storedPhone);

    // The role is real: only an admin may create users over HTTP.
    const Response create = m_http.post(u"/api/admin/users"_s,
                                        QJsonObject{{"email"_L1, uniqueEmail(u"byadmin"_s)},
                                                    {"password"_L1, defaultPassword()},
                                                    {"role"_L1, u"merchant"_s},
                                                    {"display_name"_L1, u"By admin"_s}},
                                        account.token);
    if (role == u"admin"_s)
        LM_VERIFY_STATUS(create, 201);
    else
        LM_VERIFY_ERROR(create, 403, u"forbidden"_s);
}

void TestServerCli::addUserOnFreshDatabase()
{
    // Bootstrapping: the first admin is made before the server ever ran on the database.
    TestDatabase db;
    QVERIFY2(db.create(), qPrintable(db.errorString()));
    const QString email = uniqueEmail(u"first-admin"_s);
    const CliResult cli = addUser({u"--db"_s, db.url(), u"--email"_s, email, u"--role"_s, u"admin"_s, u"--name"_s,
                                   u"First admin"_s},
                                  defaultPassword().toUtf8() + '\n');
    QVERIFY2(cli.finished && !cli.crashed && cli.exitCode == 0, qPrintable(cli.describe()));

    ServerProcess server(db.url());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Http http(server.baseUrl());
    const Account admin = http.login(email, defaultPassword());
    LM_VERIFY_ACCOUNT(admin);
    QCOMPARE(admin.user.value("role"_L1).toString(), u"admin"_s);

    // A second add-user while that server runs is seen at once.
    const QString second = uniqueEmail(u"second"_s);
    const CliResult more = addUser({u"--db"_s, db.url(), u"--email"_s, second, u"--role"_s, u"merchant"_s,
                                    u"--name"_s, u"Second"_s},
                                   defaultPassword().toUtf8() + '\n');
    QVERIFY2(more.finished && !more.crashed && more.exitCode == 0, qPrintable(more.describe()));
    LM_VERIFY_ACCOUNT(http.login(second, defaultPassword()));
}

void TestServerCli::passwordIsFirstLineOfStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("notPassword");
    QTest::newRow("first of two lines") << "first-line-password\nsecond line\n"_ba << u"first-line-password"_s
                                        << u"first-line-password\nsecond line"_s;
    QTest::newRow("no final newline") << "no-newline-password"_ba << u"no-newline-password"_s
                                      << u"no-newline-password\n"_s;
    QTest::newRow("spaces inside are kept") << "pass with spaces 42\n"_ba << u"pass with spaces 42"_s
                                            << u"passwithspaces42"_s;
    QTest::newRow("UTF-8 password") << "mot-de-passe-été-٣\n"_ba << u"mot-de-passe-été-٣"_s << u"mot-de-passe-ete-3"_s;
}

void TestServerCli::passwordIsFirstLineOfStdin()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, password);
    QFETCH(QString, notPassword);
    const QString email = uniqueEmail(u"stdin"_s);
    const CliResult cli = addUser(
        {u"--db"_s, m_fixture.db().url(), u"--email"_s, email, u"--role"_s, u"influencer"_s, u"--name"_s, u"Stdin"_s},
        input);
    QVERIFY2(cli.finished && !cli.crashed && cli.exitCode == 0, qPrintable(cli.describe()));
    const Response wrong =
        m_http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, notPassword}});
    LM_VERIFY_ERROR(wrong, 401, u"invalid_credentials"_s);
    LM_VERIFY_ACCOUNT(m_http.login(email, password));
}

void TestServerCli::refused_data()
{
    QTest::addColumn<QStringList>("args"); // {db}, {email} (a fresh address) and {existing} are replaced
    QTest::addColumn<QByteArray>("input");

    const QByteArray password = defaultPassword().toUtf8() + '\n';
    const QStringList db{u"--db"_s, u"{db}"_s};
    const QStringList name{u"--name"_s, u"Refused"_s};
    const QStringList role{u"--role"_s, u"merchant"_s};
    const QStringList email{u"--email"_s, u"{email}"_s};

    QTest::newRow("duplicate email") << (db + QStringList{u"--email"_s, u"{existing}"_s} + role + name) << password;
    QTest::newRow("duplicate email in upper case")
        << (db + QStringList{u"--email"_s, u"{EXISTING}"_s} + role + name) << password;
    QTest::newRow("password of 9 characters") << (db + email + role + name) << "123456789\n"_ba;
    QTest::newRow("no password on stdin") << (db + email + role + name) << QByteArray();
    QTest::newRow("empty first line") << (db + email + role + name) << "\nsecond-line-password\n"_ba;
    QTest::newRow("bad role") << (db + email + QStringList{u"--role"_s, u"superuser"_s} + name) << password;
    QTest::newRow("bad phone") << (db + email + role + name + QStringList{u"--phone"_s, u"12345"_s}) << password;
    QTest::newRow("foreign phone without +") << (db + email + role + name + QStringList{u"--phone"_s, u"33612345678"_s})
                                             << password;
    QTest::newRow("invalid email") << (db + QStringList{u"--email"_s, u"not-an-email"_s} + role + name) << password;
    QTest::newRow("missing --email") << (db + role + name) << password;
    QTest::newRow("missing --role") << (db + email + name) << password;
    QTest::newRow("missing --name") << (db + email + role) << password;
    QTest::newRow("name of 201 characters") << (db + email + role + QStringList{u"--name"_s, QString(201, u'n')})
                                            << password;
    QTest::newRow("database URL of an unknown kind")
        << (QStringList{u"--db"_s, u"mysql://root@127.0.0.1/lm"_s} + email + role + name) << password;
}

void TestServerCli::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const QString email = uniqueEmail(u"refused"_s);
    for (QString &arg : args) {
        arg.replace(u"{db}"_s, m_fixture.db().url())
            .replace(u"{email}"_s, email)
            .replace(u"{existing}"_s, m_existing.email)
            .replace(u"{EXISTING}"_s, m_existing.email.toUpper());
    }
    const CliResult cli = addUser(args, input);
    QVERIFY2(cli.finished && !cli.crashed, qPrintable(cli.describe()));
    QVERIFY2(cli.exitCode != 0, qPrintable(cli.describe()));
    QVERIFY2(!cli.err.trimmed().isEmpty(), qPrintable(u"no message on stderr: "_s + cli.describe()));

    // Nothing was created, and the existing account is untouched.
    for (const QString &password : {defaultPassword(), u"123456789"_s, u"second-line-password"_s}) {
        const Response r =
            m_http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, password}});
        LM_VERIFY_ERROR(r, 401, u"invalid_credentials"_s);
    }
    const Account existing = m_http.login(m_existing.email, m_existing.password);
    LM_VERIFY_ACCOUNT(existing);
    QCOMPARE(existing.user.value("role"_L1).toString(), u"merchant"_s);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
