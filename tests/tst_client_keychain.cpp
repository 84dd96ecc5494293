// Tokens in a real Secret Service (gnome-keyring-daemon in a private D-Bus session, started by
// run-with-keyring.sh), and the message a user gets when there is no keychain at all.
// LEADMARKET_TEST_KEYCHAIN=present|absent says which situation this run is in; CTest runs the
// first two functions with a keyring and the last one without a bus.

#include "apierror.h"
#include "tokenstore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace lm::client;

class TestClientKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadDelete();
    void keysSeparateServersAndAccounts();
    void missingKeychainIsExplained();

private:
    KeychainResult run(const std::function<void(TokenStore &, QObject *, TokenStore::Done)> &call);
    bool m_present = false;
    TokenStore m_store{u"LeadMarketTest"_s};
};

void TestClientKeychain::initTestCase()
{
    const QByteArray mode = qgetenv("LEADMARKET_TEST_KEYCHAIN");
    QVERIFY2(mode == "present" || mode == "absent",
             "set LEADMARKET_TEST_KEYCHAIN=present (inside tests/run-with-keyring.sh) or absent (no session bus)");
    m_present = mode == "present";
    if (m_present)
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no session bus: run through run-with-keyring.sh");
    else
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("DISPLAY"),
                 "the absent case runs without a session bus and without a display");
}

KeychainResult TestClientKeychain::run(const std::function<void(TokenStore &, QObject *, TokenStore::Done)> &call)
{
    std::optional<KeychainResult> result;
    call(m_store, this, [&result](const KeychainResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        KeychainResult timedOut;
        timedOut.error = ApiError::keychain(u"no answer within 20 s"_s);
        return timedOut;
    }
    return *result;
}

void TestClientKeychain::storeReadDelete()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_keychain)");
    const QString key = TokenStore::accountKey(QUrl(u"https://api.leadmarket.ma/"_s), u"Merchant@Demo.ma"_s);
    QCOMPARE(key, u"merchant@demo.ma@https://api.leadmarket.ma"_s);

    auto written = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.write(key, u"token-123"_s, c, d); });
    QVERIFY2(written.ok, qPrintable(written.error.detail()));
    auto read = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.read(key, c, d); });
    QVERIFY2(read.ok, qPrintable(read.error.detail()));
    QCOMPARE(read.token, u"token-123"_s);

    // Overwrite keeps one entry with the new value.
    QVERIFY(run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.write(key, u"token-456"_s, c, d); }).ok);
    QCOMPARE(run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.read(key, c, d); }).token, u"token-456"_s);

    auto removed = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.remove(key, c, d); });
    QVERIFY2(removed.ok, qPrintable(removed.error.detail()));
    auto gone = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.read(key, c, d); });
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
    QVERIFY(!gone.error.isError());
}

void TestClientKeychain::keysSeparateServersAndAccounts()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_keychain)");
    const QString a = TokenStore::accountKey(QUrl(u"https://a.example.ma"_s), u"x@demo.ma"_s);
    const QString b = TokenStore::accountKey(QUrl(u"https://b.example.ma"_s), u"x@demo.ma"_s);
    const QString c = TokenStore::accountKey(QUrl(u"https://a.example.ma"_s), u"y@demo.ma"_s);
    QVERIFY(a != b && a != c && b != c);
    QVERIFY(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.write(a, u"A"_s, o, d); }).ok);
    QVERIFY(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.write(b, u"B"_s, o, d); }).ok);
    QCOMPARE(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.read(a, o, d); }).token, u"A"_s);
    QCOMPARE(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.read(b, o, d); }).token, u"B"_s);
    QVERIFY(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.read(c, o, d); }).notFound);
    QVERIFY(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.remove(a, o, d); }).ok);
    QVERIFY(run([&](TokenStore &s, QObject *o, TokenStore::Done d) { s.remove(b, o, d); }).ok);
}

void TestClientKeychain::missingKeychainIsExplained()
{
    QVERIFY2(!m_present, "runs without a session bus (ctest: tst_client_keychain_missing)");
    const QString key = TokenStore::accountKey(QUrl(u"https://api.leadmarket.ma"_s), u"merchant@demo.ma"_s);
    const auto written = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.write(key, u"token"_s, c, d); });
    QVERIFY(!written.ok);
    QCOMPARE(written.error.kind(), ApiError::Kind::Keychain);
    QVERIFY(!written.error.detail().isEmpty());
    const QString message = written.error.userMessage();
    QVERIFY2(message.contains(u"no keychain is available"_s), qPrintable(message));
    const auto read = run([&](TokenStore &s, QObject *c, TokenStore::Done d) { s.read(key, c, d); });
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind(), ApiError::Kind::Keychain);
}

QTEST_GUILESS_MAIN(TestClientKeychain)
#include "tst_client_keychain.moc"
