// DataCipher, the sealing of personal data at rest (LEADMARKET_DATA_KEY_FILE): a sealed value opens
// with its key only, each sealing has its own nonce, an altered value does not open, and the key
// file must hold exactly 32 bytes.

#include "datacipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using lm::server::DataCipher;

class TestDataCipher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void roundTrip();
    void eachSealingIsDifferent();
    void wrongKeyOrAlteredValueDoesNotOpen_data();
    void wrongKeyOrAlteredValueDoesNotOpen();
    void keyFile_data();
    void keyFile();
};

void TestDataCipher::roundTrip()
{
    const DataCipher cipher(QByteArray(32, 'a'));
    const QByteArray rib = "007780000123456789012396";
    const QString sealed = cipher.seal(rib);
    QVERIFY(sealed.startsWith(u"v1:"_s));
    QVERIFY(!sealed.contains(u"0001234567"_s));
    QCOMPARE(cipher.open(sealed), std::optional<QByteArray>(rib));
    QCOMPARE(cipher.open(cipher.seal({})), std::optional<QByteArray>(QByteArray()));
}

void TestDataCipher::eachSealingIsDifferent()
{
    const DataCipher cipher(QByteArray(32, 'a'));
    QVERIFY(cipher.seal("same") != cipher.seal("same"));
}

void TestDataCipher::wrongKeyOrAlteredValueDoesNotOpen_data()
{
    QTest::addColumn<QString>("sealed");
    const DataCipher cipher(QByteArray(32, 'a'));
    const QString good = cipher.seal("007780000123456789012396");
    const DataCipher other(QByteArray(32, 'b'));
    QTest::newRow("sealed under another key") << other.seal("007780000123456789012396");
    QString flipped = good;
    flipped[10] = flipped[10] == u'A' ? u'B' : u'A';
    QTest::newRow("one character changed") << flipped;
    QTest::newRow("cut short") << good.left(good.size() - 4);
    QTest::newRow("no v1: prefix") << good.mid(3);
    QTest::newRow("not base64") << u"v1:@@@@"_s;
    QTest::newRow("empty") << QString();
}

void TestDataCipher::wrongKeyOrAlteredValueDoesNotOpen()
{
    QFETCH(QString, sealed);
    const DataCipher cipher(QByteArray(32, 'a'));
    QCOMPARE(cipher.open(sealed), std::nullopt);
}

void TestDataCipher::keyFile_data()
{
    QTest::addColumn<int>("size"); // -1: no file
    QTest::addColumn<bool>("accepted");
    QTest::newRow("32 bytes") << 32 << true;
    QTest::newRow("31 bytes") << 31 << false;
    QTest::newRow("33 bytes") << 33 << false;
    QTest::newRow("64 bytes") << 64 << false;
    QTest::newRow("empty") << 0 << false;
    QTest::newRow("missing") << -1 << false;
}

void TestDataCipher::keyFile()
{
    QFETCH(int, size);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.key"_s);
    if (size >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(size, 'k'));
    }
    QString error;
    const auto cipher = DataCipher::fromKeyFile(path, &error);
    QCOMPARE(bool(cipher), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted)
        QCOMPARE(cipher->open(DataCipher(QByteArray(32, 'k')).seal("x")), std::optional<QByteArray>("x"));
    else
        QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDataCipher)
#include "tst_server_datacipher.moc"
