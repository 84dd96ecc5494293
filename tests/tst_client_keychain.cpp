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
    template <typename T>
    Result<T> run(const std::function<void(TokenStore &, QObject *, Callback<T>)> &call);
    Result<> write(const QString &key, const QString &token);
    Result<std::optional<QString>> read(const QString &key);
    Result<> remove(const QString &key);
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

template <typename T>
Result<T> TestClientKeychain::run(const std::function<void(TokenStore &, QObject *, Callback<T>)> &call)
{
    std::optional<Result<T>> result;
    call(m_store, this, [&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return ApiError::keychain(u"no answer within 20 s"_s);
    return *result;
}

Result<> TestClientKeychain::write(const QString &key, const QString &token)
{
    return run<Done>([&](TokenStore &s, QObject *c, Callback<> d) { s.write(key, token, c, d); });
}

Result<std::optional<QString>> TestClientKeychain::read(const QString &key)
{
    return run<std::optional<QString>>(
        [&](TokenStore &s, QObject *c, Callback<std::optional<QString>> d) { s.read(key, c, d); });
}

Result<> TestClientKeychain::remove(const QString &key)
{
    return run<Done>([&](TokenStore &s, QObject *c, Callback<> d) { s.remove(key, c, d); });
}

void TestClientKeychain::storeReadDelete()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_keychain)");
    const QString key = TokenStore::accountKey(QUrl(u"https://api.leadmarket.ma/"_s), u"Merchant@Demo.ma"_s);
    QCOMPARE(key, u"merchant@demo.ma@https://api.leadmarket.ma"_s);

    const auto written = write(key, u"token-123"_s);
    QVERIFY2(written.ok(), qPrintable(written.error().detail()));
    const auto stored = read(key);
    QVERIFY2(stored.ok(), qPrintable(stored.error().detail()));
    QCOMPARE(stored.value(), std::optional<QString>(u"token-123"_s));

    // Overwrite keeps one entry with the new value.
    QVERIFY(write(key, u"token-456"_s).ok());
    QCOMPARE(read(key).value(), std::optional<QString>(u"token-456"_s));

    const auto removed = remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error().detail()));
    const auto gone = read(key);
    QVERIFY(gone.ok()); // nothing stored is an answer, not an error
    QVERIFY(!gone.value().has_value());
    QVERIFY(remove(key).ok()); // nor is deleting what is not there
}

void TestClientKeychain::keysSeparateServersAndAccounts()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_keychain)");
    const QString a = TokenStore::accountKey(QUrl(u"https://a.example.ma"_s), u"x@demo.ma"_s);
    const QString b = TokenStore::accountKey(QUrl(u"https://b.example.ma"_s), u"x@demo.ma"_s);
    const QString c = TokenStore::accountKey(QUrl(u"https://a.example.ma"_s), u"y@demo.ma"_s);
    QVERIFY(a != b && a != c && b != c);
    QVERIFY(write(a, u"A"_s).ok());
    QVERIFY(write(b, u"B"_s).ok());
    QCOMPARE(read(a).value(), std::optional<QString>(u"A"_s));
    QCOMPARE(read(b).value(), std::optional<QString>(u"B"_s));
    QVERIFY(read(c).ok() && !read(c).value().has_value());
    QVERIFY(remove(a).ok());
    QVERIFY(remove(b).ok());
}

void TestClientKeychain::missingKeychainIsExplained()
{
    QVERIFY2(!m_present, "runs without a session bus (ctest: tst_client_keychain_missing)");
    const QString key = TokenStore::accountKey(QUrl(u"https://api.leadmarket.ma"_s), u"merchant@demo.ma"_s);
    const auto written = write(key, u"token"_s);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), ApiError::Kind::Keychain);
    QVERIFY(!written.error().detail().isEmpty());
    const QString message = written.errorMessage();
    QVERIFY2(message.contains(u"no keychain is available"_s), qPrintable(message));
    const auto stored = read(key);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind(), ApiError::Kind::Keychain);
}

QTEST_GUILESS_MAIN(TestClientKeychain)
#include "tst_client_keychain.moc"
