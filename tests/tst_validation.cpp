#include "validation.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneAccepted_data();
    void phoneAccepted();
    void phoneRefused_data();
    void phoneRefused();
    void phoneNormalisedIsStable_data();
    void phoneNormalisedIsStable();
    void email_data();
    void email();
    void normalizeEmail_data();
    void normalizeEmail();
    void checkText_data();
    void checkText();
    void checkTextKeepsOtherErrors();
    void rib_data();
    void rib();
    void ribKeyMakesTheNumberDivisibleBy97_data();
    void ribKeyMakesTheNumberDivisibleBy97();
};

void TestValidation::phoneAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");

    const QString mobile = u"+212612345678"_s;
    QTest::newRow("06 national, no separators") << u"0612345678"_s << mobile;
    QTest::newRow("06 with spaces") << u"06 12 34 56 78"_s << mobile;
    QTest::newRow("06 with dots") << u"06.12.34.56.78"_s << mobile;
    QTest::newRow("06 with dashes") << u"06-12-34-56-78"_s << mobile;
    QTest::newRow("06 with mixed separators") << u"06 12.34-56 78"_s << mobile;
    QTest::newRow("06 with surrounding spaces") << u"  0612345678 "_s << mobile;
    QTest::newRow("06 with no-break spaces") << u"06\u00A012\u00A034\u00A056\u00A078"_s << mobile;
    QTest::newRow("+212 with spaces") << u"+212 6 12 34 56 78"_s << mobile;
    QTest::newRow("+212 no separators") << u"+212612345678"_s << mobile;
    QTest::newRow("+212 with dashes") << u"+212-612-345-678"_s << mobile;
    QTest::newRow("+212 (0)6…") << u"+212 (0)6 12 34 56 78"_s << mobile;
    QTest::newRow("+212(0)6… without spaces") << u"+212(0)612345678"_s << mobile;
    QTest::newRow("00212 no separators") << u"00212612345678"_s << mobile;
    QTest::newRow("00212 with spaces") << u"00212 6 12 34 56 78"_s << mobile;
    QTest::newRow("00212 (0)6…") << u"00212 (0)6 12 34 56 78"_s << mobile;
    QTest::newRow("07 mobile") << u"07 00 11 22 33"_s << u"+212700112233"_s;
    QTest::newRow("05 fixed line") << u"05 22 12 34 56"_s << u"+212522123456"_s;
    QTest::newRow("08 fixed line") << u"0808 12 34 56"_s << u"+212808123456"_s;
    QTest::newRow("+212 5 fixed line") << u"+212 522 12 34 56"_s << u"+212522123456"_s;
    QTest::newRow("06 with grouping parentheses") << u"(06) 12 34 56 78"_s << mobile;
    QTest::newRow("France in E.164") << u"+33 6 12 34 56 78"_s << u"+33612345678"_s;
    QTest::newRow("USA with parentheses and dashes") << u"+1 (415) 555-2671"_s << u"+14155552671"_s;
    QTest::newRow("UK with dots") << u"+44.20.7946.0958"_s << u"+442079460958"_s;
    QTest::newRow("foreign, 8 digits (shortest)") << u"+35812345"_s << u"+35812345"_s;
    QTest::newRow("foreign, 15 digits (longest)") << u"+861234567890123"_s << u"+861234567890123"_s;
}

void TestValidation::phoneAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);

    const auto normalised = lm::normalizePhone(input);
    QVERIFY2(normalised.has_value(), qPrintable(input));
    QCOMPARE(*normalised, e164);
}

void TestValidation::phoneRefused_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"   "_s;
    QTest::newRow("plus only") << u"+"_s;
    QTest::newRow("06, one digit short") << u"061234567"_s;
    QTest::newRow("06, one digit too many") << u"06123456789"_s;
    QTest::newRow("+212, one digit short") << u"+212 6 12 34 56 7"_s;
    QTest::newRow("+212, one digit too many") << u"+212 6 12 34 56 789"_s;
    QTest::newRow("+212 alone") << u"+212"_s;
    QTest::newRow("00212, too short") << u"0021261234567"_s;
    QTest::newRow("04 prefix") << u"0412345678"_s;
    QTest::newRow("09 prefix") << u"0912345678"_s;
    QTest::newRow("03 prefix") << u"0312345678"_s;
    QTest::newRow("+212 4 prefix") << u"+212412345678"_s;
    QTest::newRow("+212 9 prefix") << u"+212912345678"_s;
    QTest::newRow("+212 0 6 (trunk zero without parentheses)") << u"+2120612345678"_s;
    QTest::newRow("letters") << u"06 12 AB 56 78"_s;
    QTest::newRow("letter O for zero") << u"O612345678"_s;
    QTest::newRow("extension") << u"0612345678 ext 12"_s;
    QTest::newRow("slash separator") << u"06/12/34/56/78"_s;
    QTest::newRow("Moroccan without 0 or country code") << u"612345678"_s;
    QTest::newRow("212 without + or 00") << u"212612345678"_s;
    QTest::newRow("plus in the middle") << u"06+12345678"_s;
    QTest::newRow("two pluses") << u"++212612345678"_s;
    QTest::newRow("(0) in a national number") << u"(0)612345678"_s;
    QTest::newRow("(0) in the wrong place") << u"+212 6 (0)12345678"_s;
    QTest::newRow("(0) twice") << u"+212 (0)(0)612345678"_s;
    QTest::newRow("unclosed parenthesis") << u"+212 (0 612345678"_s;
    QTest::newRow("empty parentheses") << u"+212 () 612345678"_s;
    QTest::newRow("foreign without +") << u"33612345678"_s;
    QTest::newRow("foreign with 00") << u"0033612345678"_s;
    QTest::newRow("foreign, 7 digits") << u"+3312345"_s;
    QTest::newRow("foreign, 16 digits") << u"+3312345678901234"_s;
    QTest::newRow("foreign, country code starting with 0") << u"+0612345678"_s;
    QTest::newRow("foreign with (0)") << u"+44 (0)20 7946 0958"_s;
    QTest::newRow("Eastern Arabic digits") << u"٠٦١٢٣٤٥٦٧٨"_s;
}

void TestValidation::phoneRefused()
{
    QFETCH(QString, input);

    const auto normalised = lm::normalizePhone(input);
    QVERIFY2(!normalised.has_value(), qPrintable(u"%1 → %2"_s.arg(input, normalised.value_or(QString()))));
}

void TestValidation::phoneNormalisedIsStable_data()
{
    QTest::addColumn<QString>("e164");

    QTest::newRow("Moroccan mobile") << u"+212612345678"_s;
    QTest::newRow("Moroccan fixed line") << u"+212522123456"_s;
    QTest::newRow("foreign") << u"+14155552671"_s;
}

void TestValidation::phoneNormalisedIsStable()
{
    // What the server stores must be accepted again unchanged (a lead edited and saved again).
    QFETCH(QString, e164);
    QCOMPARE(lm::normalizePhone(e164), std::optional<QString>(e164));
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    // "@x.ma" is 5 characters; the local part fills the rest up to the length wanted.
    const auto ofLength = [](int length) -> QString { return QString(length - 5, u'a') + u"@x.ma"_s; };
    QTest::newRow("simple") << u"client@example.ma"_s << true;
    QTest::newRow("sub-domain and plus") << u"first.last+lead@mail.example.co.ma"_s << true;
    QTest::newRow("upper case") << u"Client@Example.MA"_s << true;
    QTest::newRow("exactly 254 characters") << ofLength(254) << true;
    QTest::newRow("255 characters") << ofLength(255) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no @") << u"client.example.ma"_s << false;
    QTest::newRow("two @") << u"a@b@example.ma"_s << false;
    QTest::newRow("empty local part") << u"@example.ma"_s << false;
    QTest::newRow("empty domain") << u"client@"_s << false;
    QTest::newRow("domain without a dot") << u"client@localhost"_s << false;
    QTest::newRow("domain ends with a dot") << u"client@example."_s << false;
    QTest::newRow("domain starts with a dot") << u"client@.example.ma"_s << false;
    QTest::newRow("empty label in the domain") << u"client@example..ma"_s << false;
    QTest::newRow("space in the local part") << u"cli ent@example.ma"_s << false;
    QTest::newRow("space in the domain") << u"client@exa mple.ma"_s << false;
    QTest::newRow("leading space (not trimmed here)") << u" client@example.ma"_s << false;
    QTest::newRow("tab") << u"client\t@example.ma"_s << false;
    QTest::newRow("newline") << u"client@example.ma\n"_s << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);

    QCOMPARE(lm::isValidEmail(email), valid);
}

void TestValidation::normalizeEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lower-cased") << u"Client@Example.MA"_s << u"client@example.ma"_s;
    QTest::newRow("trimmed") << u"  client@example.ma \n"_s << u"client@example.ma"_s;
    QTest::newRow("already normal") << u"client@example.ma"_s << u"client@example.ma"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidation::normalizeEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(lm::normalizeEmail(input), expected);
}

void TestValidation::checkText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("refused");

    QTest::newRow("name at exactly 200") << QString(200, u'n') << lm::limits::Name << true << QString(200, u'n')
                                         << false;
    QTest::newRow("name at 201") << QString(201, u'n') << lm::limits::Name << true << QString(201, u'n') << true;
    QTest::newRow("notes at exactly 2000") << QString(2000, u'x') << lm::limits::LongText << false
                                           << QString(2000, u'x') << false;
    QTest::newRow("notes at 2001") << QString(2001, u'x') << lm::limits::LongText << false << QString(2001, u'x')
                                   << true;
    QTest::newRow("reason at exactly 500") << QString(500, u'r') << lm::limits::Reason << true << QString(500, u'r')
                                           << false;
    QTest::newRow("reason at 501") << QString(501, u'r') << lm::limits::Reason << true << QString(501, u'r') << true;
    QTest::newRow("company at exactly 200") << QString(200, u'c') << lm::limits::Company << false
                                            << QString(200, u'c') << false;
    QTest::newRow("company at 201") << QString(201, u'c') << lm::limits::Company << false << QString(201, u'c')
                                    << true;
    QTest::newRow("spaces around do not count") << u"  "_s + QString(200, u'n') + u"  "_s << lm::limits::Name << true
                                                << QString(200, u'n') << false;
    QTest::newRow("Arabic letters count one each") << QString(500, QChar(0x0628)) << lm::limits::Reason << true
                                                   << QString(500, QChar(0x0628)) << false;
    QTest::newRow("required and empty") << QString() << lm::limits::Reason << true << QString() << true;
    QTest::newRow("required and blank") << u"   "_s << lm::limits::Reason << true << QString() << true;
    QTest::newRow("optional and empty") << QString() << lm::limits::LongText << false << QString() << false;
    QTest::newRow("optional and blank") << u" \t "_s << lm::limits::LongText << false << QString() << false;
    QTest::newRow("trimmed value returned") << u"  Acme SARL "_s << lm::limits::Company << false << u"Acme SARL"_s
                                            << false;
}

void TestValidation::checkText()
{
    QFETCH(QString, value);
    QFETCH(int, maxLength);
    QFETCH(bool, required);
    QFETCH(QString, expected);
    QFETCH(bool, refused);

    lm::FieldErrors errors;
    QCOMPARE(lm::checkText(errors, u"field"_s, value, maxLength, required), expected);
    QCOMPARE(errors.contains(u"field"_s), refused);
    QCOMPARE(errors.size(), refused ? 1 : 0);
    if (refused)
        QVERIFY(!errors.value(u"field"_s).isEmpty());
}

void TestValidation::checkTextKeepsOtherErrors()
{
    lm::FieldErrors errors;
    lm::checkText(errors, u"client_name"_s, QString(), lm::limits::Name, true);
    lm::checkText(errors, u"notes"_s, QString(2001, u'x'), lm::limits::LongText, false);
    lm::checkText(errors, u"company"_s, u"Acme"_s, lm::limits::Company, false);
    QCOMPARE(errors.keys(), (QStringList{u"client_name"_s, u"notes"_s}));
    QVERIFY(errors.value(u"notes"_s).contains(u"2000"_s));
}

void TestValidation::rib_data()
{
    QTest::addColumn<QString>("rib");
    QTest::addColumn<int>("problem");
    const int none = int(lm::RibProblem::None);
    QTest::newRow("valid") << u"011780000012345678901296"_s << none;
    QTest::newRow("valid, spaced as printed") << u"230 780 0001234567890123 72"_s << none;
    QTest::newRow("valid, key 97") << u"000000000000000000000097"_s << none;
    QTest::newRow("valid, key 09") << u"000000000000000000009409"_s << none;
    QTest::newRow("wrong key") << u"011780000012345678901297"_s << int(lm::RibProblem::Key);
    QTest::newRow("key 00") << u"000000000000000000000000"_s << int(lm::RibProblem::Key);
    QTest::newRow("key 98") << u"011780000012345678901298"_s << int(lm::RibProblem::Key);
    QTest::newRow("23 digits") << u"01178000001234567890129"_s << int(lm::RibProblem::Length);
    QTest::newRow("25 digits") << u"0117800000123456789012960"_s << int(lm::RibProblem::Length);
    QTest::newRow("empty") << QString() << int(lm::RibProblem::Length);
    QTest::newRow("letters") << u"0117800000123456789012AB"_s << int(lm::RibProblem::Characters);
    QTest::newRow("dashes") << u"011-780-000012345678901296"_s << int(lm::RibProblem::Characters);
    QTest::newRow("arabic-indic digits") << u"٠١١٧٨٠٠٠٠٠١٢٣٤٥٦٧٨٩٠١٢٩٦"_s << int(lm::RibProblem::Characters);
}

void TestValidation::rib()
{
    QFETCH(QString, rib);
    QFETCH(int, problem);
    QCOMPARE(int(lm::checkRib(rib)), problem);
}

void TestValidation::ribKeyMakesTheNumberDivisibleBy97_data()
{
    QTest::addColumn<QString>("first22");
    QTest::newRow("zeros") << QString(22, u'0');
    QTest::newRow("nines") << QString(22, u'9');
    QTest::newRow("a bank, a city, an account") << u"0077800001234567890123"_s;
    QTest::newRow("leading 1") << u"1000000000000000000000"_s;
}

void TestValidation::ribKeyMakesTheNumberDivisibleBy97()
{
    QFETCH(QString, first22);
    const int key = lm::ribKey(first22);
    QVERIFY(key >= 1 && key <= 97);
    // 24 digits fit in neither 64 bits nor a double: check divisibility digit by digit.
    const QString whole = first22 + QString::number(key).rightJustified(2, u'0');
    int remainder = 0;
    for (const QChar c : whole)
        remainder = (remainder * 10 + c.digitValue()) % 97;
    QCOMPARE(remainder, 0);
    QCOMPARE(lm::checkRib(whole), lm::RibProblem::None);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
