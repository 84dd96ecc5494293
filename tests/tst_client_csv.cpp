// CSV export: RFC 4180 quoting, money as a plain decimal under a MAD header, UTF-8 with a BOM, text
// defused against formula injection, and files written then read back.

#include "csvexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

class TestClientCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void plainDecimal_data();
    void plainDecimal();
    void leadsRoundTrip();
    void exportedTextIsDefused_data();
    void exportedTextIsDefused();
    void moneyStaysNumeric_data();
    void moneyStaysNumeric();
    void transactionsRoundTrip();
    void parseRefusesAnUnclosedQuote();
    void unwritableFolderIsExplained();
};

void TestClientCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text stays") << u"Karim Bennani"_s << u"Karim Bennani"_s;
    QTest::newRow("a comma is quoted") << u"Atlas, SARL"_s << u"\"Atlas, SARL\""_s;
    QTest::newRow("quotes are doubled") << u"Le \"Riad\""_s << u"\"Le \"\"Riad\"\"\""_s;
    QTest::newRow("a line break is quoted") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
    QTest::newRow("a carriage return is quoted") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("accents and Arabic stay") << u"Épuisé مستنفد"_s << u"Épuisé مستنفد"_s;
    QTest::newRow("a formula is defused") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("a leading + is defused") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("a leading - is defused") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("a leading @ is defused") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("a leading tab is defused") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("a leading carriage return is defused and quoted") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::newRow("a phone's + is defused too") << u"+212612345678"_s << u"'+212612345678"_s;
    QTest::newRow("= + - @ further in stay") << u"Karim = +1 - @x"_s << u"Karim = +1 - @x"_s;
    QTest::newRow("a leading apostrophe stays single") << u"'quoted"_s << u"'quoted"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestClientCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(csv::field(text), expected);
}

void TestClientCsv::plainDecimal_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1,500 MAD") << qint64(150000) << u"1500.00"_s;
    QTest::newRow("80 MAD") << qint64(8000) << u"80.00"_s;
    QTest::newRow("5 centimes") << qint64(5) << u"0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("a deduction") << qint64(-8050) << u"-80.50"_s;
    QTest::newRow("the API's largest") << qint64(99'999'999) << u"999999.99"_s;
}

void TestClientCsv::plainDecimal()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(csv::plainDecimal(cents), expected);
}

void TestClientCsv::leadsRoundTrip()
{
    dto::Lead a;
    a.id = u"l1"_s;
    a.clientName = u"Yasmine \"Yas\" El Amrani"_s;
    a.clientEmail = u"yas@example.ma"_s;
    a.clientPhone = u"+212612345678"_s;
    a.company = u"Atlas, SARL"_s;
    a.campaignName = u"Marketing digital"_s;
    a.influencerName = u"سارة"_s;
    a.estimatedValueCents = 150000;
    a.commissionCents = 8000;
    a.createdAt = 1'793'000'000'000;
    a.expiresAt = a.createdAt + 72LL * 3600 * 1000;
    dto::Lead b;
    b.id = u"l2"_s;
    b.clientName = u"Omar\nsecond line"_s;
    b.estimatedValueCents = 79999;
    b.commissionCents = 8000;
    b.notes = u"not exported"_s;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"leads.csv"_s);
    QVERIFY(csv::writeFile(path, csv::leads({a, b})).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const auto rows = csv::parse(bytes);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 3);
    const QStringList header = rows->at(0);
    QCOMPARE(header.size(), 12);
    const int value = int(header.indexOf(u"Estimated value (MAD)"_s));
    const int commission = int(header.indexOf(u"Commission (MAD)"_s));
    QVERIFY(value >= 0 && commission >= 0);
    for (const QStringList &row : *rows)
        QCOMPARE(row.size(), 12);
    const QStringList first = rows->at(1);
    QCOMPARE(first.at(0), u"2026-10-26T07:33:20.000Z"_s);
    QCOMPARE(first.at(1), a.clientName);
    QCOMPARE(first.at(3), QString(u"'"_s + a.clientPhone)); // defused: '+' may open a formula
    QCOMPARE(first.at(4), a.company);
    QCOMPARE(first.at(6), a.influencerName);
    QCOMPARE(first.at(value), u"1500.00"_s);
    QCOMPARE(first.at(commission), u"80.00"_s);
    const QStringList second = rows->at(2);
    QCOMPARE(second.at(1), b.clientName);
    QCOMPARE(second.at(value), u"799.99"_s);
    QVERIFY(!bytes.contains("not exported"));
}

void TestClientCsv::exportedTextIsDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("= gets a quote") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("+ gets a quote (the DDE attack)") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("- gets a quote") << u"-1+1"_s << u"'-1+1"_s;
    QTest::newRow("@ gets a quote") << u"@SUM(1+1)"_s << u"'@SUM(1+1)"_s;
    QTest::newRow("a tab gets a quote") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("a carriage return gets a quote") << u"\r=1+1"_s << u"'\r=1+1"_s;
    QTest::newRow("a safe value is unchanged") << u"Karim Bennani"_s << u"Karim Bennani"_s;
    QTest::newRow("a negative-looking text is text") << u"-80.00"_s << u"'-80.00"_s;
}

// Every text column of both exports, written then parsed back: the quote is there.
void TestClientCsv::exportedTextIsDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    dto::Lead lead;
    lead.id = u"l1"_s;
    lead.clientName = lead.clientEmail = lead.clientPhone = lead.company = text;
    lead.campaignName = lead.influencerName = text;
    lead.estimatedValueCents = 150000;
    lead.commissionCents = 8000;
    const auto leadRows = csv::parse(csv::leads({lead}));
    QVERIFY(leadRows.has_value());
    QCOMPARE(leadRows->size(), 2);
    for (int column = 1; column <= 6; ++column)
        QCOMPARE(leadRows->at(1).at(column), expected);
    QCOMPARE(leadRows->at(1).at(9), u"1500.00"_s);

    dto::Transaction transaction;
    transaction.id = u"t1"_s;
    transaction.kind = TransactionKind::Deduction;
    transaction.amountCents = 8000;
    transaction.balanceDeltaCents = -8000;
    transaction.description = text;
    const auto transactionRows = csv::parse(csv::transactions({transaction}));
    QVERIFY(transactionRows.has_value());
    QCOMPARE(transactionRows->size(), 2);
    QCOMPARE(transactionRows->at(1).at(6), expected);
    QCOMPARE(transactionRows->at(1).at(3), u"-80.00"_s);
}

void TestClientCsv::moneyStaysNumeric_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a deduction stays -80.00") << qint64(-8000) << u"-80.00"_s;
    QTest::newRow("a refund of centimes stays -0.05") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("a recharge stays 5000.00") << qint64(500000) << u"5000.00"_s;
}

// The amounts this code writes are numbers: no quote, no apostrophe in the file itself.
void TestClientCsv::moneyStaysNumeric()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    dto::Transaction t;
    t.id = u"t1"_s;
    t.kind = TransactionKind::Adjustment;
    t.amountCents = cents;
    t.balanceDeltaCents = cents;
    t.balanceAfterCents = cents;
    t.reservedAfterCents = cents;
    const QByteArray bytes = csv::transactions({t});
    const QByteArray line = bytes.split('\n').at(1);
    const QByteArray written = QByteArray(",") + expected.toUtf8() + ',';
    QVERIFY2(line.contains(written), line.constData());
    QVERIFY(!line.contains('\''));
    const auto rows = csv::parse(bytes);
    QVERIFY(rows.has_value());
    for (int column = 2; column <= 5; ++column)
        QCOMPARE(rows->at(1).at(column), expected);

    dto::Lead lead;
    lead.id = u"l1"_s;
    lead.estimatedValueCents = cents;
    lead.commissionCents = cents;
    const auto leadRows = csv::parse(csv::leads({lead}));
    QVERIFY(leadRows.has_value());
    QCOMPARE(leadRows->at(1).at(9), expected);
    QCOMPARE(leadRows->at(1).at(10), expected);
}

void TestClientCsv::transactionsRoundTrip()
{
    dto::Transaction recharge;
    recharge.id = u"t1"_s;
    recharge.kind = TransactionKind::Recharge;
    recharge.amountCents = 500000;
    recharge.balanceDeltaCents = 500000;
    recharge.balanceAfterCents = 500000;
    recharge.description = u"Recharge, sandbox"_s;
    recharge.createdAt = 1'793'000'000'000;
    dto::Transaction deduction;
    deduction.id = u"t2"_s;
    deduction.kind = TransactionKind::Deduction;
    deduction.amountCents = 8000;
    deduction.balanceDeltaCents = -8000;
    deduction.balanceAfterCents = 492000;
    deduction.reservedAfterCents = 0;
    deduction.createdAt = 1'793'000'100'000;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"transactions.csv"_s);
    QVERIFY(csv::writeFile(path, csv::transactions({recharge, deduction})).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rows = csv::parse(file.readAll());
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0),
             (QStringList{u"Date"_s, u"Operation"_s, u"Amount (MAD)"_s, u"Balance change (MAD)"_s,
                          u"Balance after (MAD)"_s, u"Reserved after (MAD)"_s, u"Description"_s}));
    QCOMPARE(rows->at(1).at(2), u"5000.00"_s);
    QCOMPARE(rows->at(1).at(6), u"Recharge, sandbox"_s);
    QCOMPARE(rows->at(2).at(3), u"-80.00"_s);
    QCOMPARE(rows->at(2).at(4), u"4920.00"_s);
    QCOMPARE(rows->at(2).at(5), u"0.00"_s);
}

void TestClientCsv::parseRefusesAnUnclosedQuote()
{
    QVERIFY(!csv::parse("a,\"b\r\n").has_value());
    const auto empty = csv::parse("\xEF\xBB\xBF");
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
    QCOMPARE(csv::parse("a,,\r\n")->at(0), (QStringList{u"a"_s, QString(), QString()}));
}

void TestClientCsv::unwritableFolderIsExplained()
{
    const auto problem = csv::writeFile(u"/nonexistent-folder/leads.csv"_s, "x");
    QVERIFY(!problem.ok());
    QVERIFY(problem.errorMessage().contains(u"/nonexistent-folder/leads.csv"_s));
}

QTEST_GUILESS_MAIN(TestClientCsv)
#include "tst_client_csv.moc"
