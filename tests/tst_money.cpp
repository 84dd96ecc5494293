#include "money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using lm::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localeSeparators_data();
    void localeSeparators();
    void format_data();
    void format();
    void formatShort_data();
    void formatShort();
    void formatSigned_data();
    void formatSigned();
    void currencyLabel_data();
    void currencyLabel();
    void defaultLocaleIsFrenchMorocco();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void parseNegative_data();
    void parseNegative();
    void roundTrip_data();
    void roundTrip();
    void arithmetic();
    void applyBasisPoints_data();
    void applyBasisPoints();
};

// The formats below rely on what Qt 6.4's CLDR data gives these locales on this machine
// (PLATFORM-NOTES.md, "Locales"); this pins it so a different Qt shows up here first.
void TestMoney::localeSeparators_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("zero");

    QTest::newRow("fr_MA groups with '.' and decimals with ','") << u"fr_MA"_s << u","_s << u"."_s << u"0"_s;
    QTest::newRow("ar_MA is like fr_MA, Western digits") << u"ar_MA"_s << u","_s << u"."_s << u"0"_s;
    QTest::newRow("en_US groups with ',' and decimals with '.'") << u"en_US"_s << u"."_s << u","_s << u"0"_s;
}

void TestMoney::localeSeparators()
{
    QFETCH(QString, locale);
    QFETCH(QString, decimal);
    QFETCH(QString, group);
    QFETCH(QString, zero);

    const QLocale l(locale);
    QCOMPARE(l.decimalPoint(), decimal);
    QCOMPARE(l.groupSeparator(), group);
    QCOMPARE(l.zeroDigit(), zero);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("withCurrency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1,500.00 in fr_MA") << u"fr_MA"_s << qint64(150000) << true << u"1.500,00 dhs"_s;
    QTest::newRow("1,500.00 in ar_MA") << u"ar_MA"_s << qint64(150000) << true << u"1.500,00 د.م."_s;
    QTest::newRow("1,500.00 in en_US") << u"en_US"_s << qint64(150000) << true << u"1,500.00 MAD"_s;
    QTest::newRow("without currency") << u"fr_MA"_s << qint64(150000) << false << u"1.500,00"_s;
    QTest::newRow("zero") << u"fr_MA"_s << qint64(0) << true << u"0,00 dhs"_s;
    QTest::newRow("one centime pads the fraction") << u"fr_MA"_s << qint64(1) << true << u"0,01 dhs"_s;
    QTest::newRow("ten centimes") << u"en_US"_s << qint64(10) << true << u"0.10 MAD"_s;
    QTest::newRow("under a thousand has no group") << u"fr_MA"_s << qint64(79999) << true << u"799,99 dhs"_s;
    QTest::newRow("millions group twice") << u"fr_MA"_s << qint64(123456789) << true << u"1.234.567,89 dhs"_s;
    QTest::newRow("API maximum in en_US") << u"en_US"_s << Money::MaxApiCents << true << u"999,999.99 MAD"_s;
    QTest::newRow("negative in fr_MA") << u"fr_MA"_s << qint64(-8000) << true << u"-80,00 dhs"_s;
    QTest::newRow("negative in en_US") << u"en_US"_s << qint64(-150005) << true << u"-1,500.05 MAD"_s;
    // ar_MA's minus sign carries a left-to-right mark (U+200E) in Qt's data; a right-to-left mark
    // (U+200F) before it keeps the amount right to left wherever it is shown.
    QTest::newRow("negative in ar_MA") << u"ar_MA"_s << qint64(-8000) << true << u"\u200F\u200E-80,00 د.م."_s;
    QTest::newRow("largest qint64") << u"en_US"_s << std::numeric_limits<qint64>::max() << false
                                    << u"92,233,720,368,547,758.07"_s;
    QTest::newRow("smallest qint64") << u"en_US"_s << std::numeric_limits<qint64>::min() << false
                                     << u"-92,233,720,368,547,758.08"_s;
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(bool, withCurrency);
    QFETCH(QString, expected);

    QCOMPARE(Money(cents).format(QLocale(locale), withCurrency), expected);
}

void TestMoney::formatShort_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole amount drops the decimals") << u"fr_MA"_s << qint64(500000) << u"5.000 dhs"_s;
    QTest::newRow("whole amount in en_US") << u"en_US"_s << qint64(500000) << u"5,000 MAD"_s;
    QTest::newRow("whole amount in ar_MA") << u"ar_MA"_s << qint64(200000) << u"2.000 د.م."_s;
    QTest::newRow("centimes are kept") << u"fr_MA"_s << qint64(500050) << u"5.000,50 dhs"_s;
    QTest::newRow("zero") << u"fr_MA"_s << qint64(0) << u"0 dhs"_s;
}

void TestMoney::formatShort()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(Money(cents).formatShort(QLocale(locale)), expected);
}

void TestMoney::formatSigned_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("recharge") << u"fr_MA"_s << qint64(200000) << u"+2.000,00 dhs"_s;
    QTest::newRow("deduction") << u"fr_MA"_s << qint64(-8000) << u"-80,00 dhs"_s;
    QTest::newRow("zero has no sign") << u"fr_MA"_s << qint64(0) << u"0,00 dhs"_s;
    QTest::newRow("recharge in en_US") << u"en_US"_s << qint64(200000) << u"+2,000.00 MAD"_s;
    QTest::newRow("recharge in ar_MA") << u"ar_MA"_s << qint64(200000) << u"\u200F\u200E+2.000,00 د.م."_s;
}

void TestMoney::formatSigned()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);

    QCOMPARE(Money(cents).formatSigned(QLocale(locale)), expected);
}

void TestMoney::currencyLabel_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr_MA") << u"fr_MA"_s << u"dhs"_s;
    QTest::newRow("fr_FR is French too") << u"fr_FR"_s << u"dhs"_s;
    QTest::newRow("ar_MA") << u"ar_MA"_s << u"د.م."_s;
    QTest::newRow("en_US") << u"en_US"_s << u"MAD"_s;
    QTest::newRow("de_DE falls back to MAD") << u"de_DE"_s << u"MAD"_s;
}

void TestMoney::currencyLabel()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(Money::currencyLabel(QLocale(locale)), expected);
}

void TestMoney::defaultLocaleIsFrenchMorocco()
{
    QCOMPARE(Money::defaultLocale().name(), u"fr_MA"_s);
    QCOMPARE(Money::fromMad(1500).format(), u"1.500,00 dhs"_s);
    QCOMPARE(Money::parse(u"1.500,00 dhs"_s).value_or(Money()).cents(), qint64(150000));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("fr_MA grouped with decimals") << u"fr_MA"_s << u"1.500,00"_s << qint64(150000);
    QTest::newRow("fr_MA grouped, no decimals") << u"fr_MA"_s << u"1.500"_s << qint64(150000);
    QTest::newRow("fr_MA plain digits") << u"fr_MA"_s << u"1500"_s << qint64(150000);
    QTest::newRow("fr_MA grouped with spaces") << u"fr_MA"_s << u"1 500"_s << qint64(150000);
    QTest::newRow("fr_MA grouped with a no-break space") << u"fr_MA"_s << u"1\u00A0500,5"_s << qint64(150050);
    QTest::newRow("fr_MA '.' as a decimal point") << u"fr_MA"_s << u"1500.5"_s << qint64(150050);
    QTest::newRow("fr_MA '.' with two decimals") << u"fr_MA"_s << u"799.99"_s << qint64(79999);
    QTest::newRow("fr_MA one decimal") << u"fr_MA"_s << u"12,5"_s << qint64(1250);
    QTest::newRow("fr_MA two groups") << u"fr_MA"_s << u"1.234.567,89"_s << qint64(123456789);
    QTest::newRow("fr_MA with dhs") << u"fr_MA"_s << u"1500 dhs"_s << qint64(150000);
    QTest::newRow("fr_MA with DH glued") << u"fr_MA"_s << u"80DH"_s << qint64(8000);
    QTest::newRow("fr_MA label in front") << u"fr_MA"_s << u"MAD 80"_s << qint64(8000);
    QTest::newRow("fr_MA surrounding spaces") << u"fr_MA"_s << u"  80,00 dhs  "_s << qint64(8000);
    QTest::newRow("fr_MA leading zeros") << u"fr_MA"_s << u"007"_s << qint64(700);
    QTest::newRow("fr_MA zero") << u"fr_MA"_s << u"0"_s << qint64(0);
    QTest::newRow("fr_MA explicit plus") << u"fr_MA"_s << u"+80"_s << qint64(8000);
    QTest::newRow("fr_FR narrow no-break space group") << u"fr_FR"_s << u"1\u202F500,00"_s << qint64(150000);
    QTest::newRow("fr_FR '.' is a decimal point") << u"fr_FR"_s << u"1.5"_s << qint64(150);
    QTest::newRow("ar_MA grouped with decimals") << u"ar_MA"_s << u"1.500,00"_s << qint64(150000);
    QTest::newRow("ar_MA with its label") << u"ar_MA"_s << u"1.500,00 د.م."_s << qint64(150000);
    QTest::newRow("ar_MA label with Qt's RLM") << u"ar_MA"_s << u"80 د.م.\u200F"_s << qint64(8000);
    QTest::newRow("ar_MA with the word dirham") << u"ar_MA"_s << u"80 درهم"_s << qint64(8000);
    QTest::newRow("en_US grouped with decimals") << u"en_US"_s << u"1,500.00"_s << qint64(150000);
    QTest::newRow("en_US plain with one decimal") << u"en_US"_s << u"1500.5"_s << qint64(150050);
    QTest::newRow("en_US with MAD") << u"en_US"_s << u"1,500.00 MAD"_s << qint64(150000);
    QTest::newRow("en_US lower-case label") << u"en_US"_s << u"80 mad"_s << qint64(8000);
    QTest::newRow("ar_EG Eastern Arabic digits") << u"ar_EG"_s << u"١٬٥٠٠٫٥٠"_s << qint64(150050);
    QTest::newRow("largest qint64") << u"en_US"_s << u"92233720368547758.07"_s
                                    << std::numeric_limits<qint64>::max();
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const auto parsed = Money::parse(text, QLocale(locale));
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << u"fr_MA"_s << QString();
    QTest::newRow("spaces only") << u"fr_MA"_s << u"   "_s;
    QTest::newRow("label only") << u"fr_MA"_s << u"dhs"_s;
    QTest::newRow("three decimals") << u"fr_MA"_s << u"1,505"_s;
    QTest::newRow("three decimals after '.'") << u"en_US"_s << u"1.505"_s;
    QTest::newRow("decimal point without digits") << u"fr_MA"_s << u"15,"_s;
    QTest::newRow("decimal point without integer part") << u"fr_MA"_s << u",50"_s;
    QTest::newRow("two decimal points") << u"fr_MA"_s << u"1,5,0"_s;
    QTest::newRow("fr_MA ',' and '.' out of place") << u"fr_MA"_s << u"1,500.00"_s;
    QTest::newRow("fr_MA two dots that cannot be groups") << u"fr_MA"_s << u"1.50.0"_s;
    QTest::newRow("group of two digits") << u"en_US"_s << u"1,50,000"_s;
    QTest::newRow("first group of four digits") << u"en_US"_s << u"1500,000"_s;
    QTest::newRow("group separator at the end") << u"en_US"_s << u"1,500,"_s;
    QTest::newRow("group separator at the start") << u"en_US"_s << u",500"_s;
    QTest::newRow("group separator in the decimals") << u"en_US"_s << u"1.5 0"_s;
    QTest::newRow("en_US ',' is not a decimal point") << u"en_US"_s << u"12,5"_s;
    QTest::newRow("letters") << u"fr_MA"_s << u"12abc"_s;
    QTest::newRow("exponent") << u"en_US"_s << u"1e3"_s;
    QTest::newRow("two labels") << u"fr_MA"_s << u"MAD 80 dhs"_s;
    QTest::newRow("foreign currency") << u"fr_MA"_s << u"80 €"_s;
    QTest::newRow("minus without allowNegative") << u"fr_MA"_s << u"-80"_s;
    QTest::newRow("minus zero without allowNegative") << u"fr_MA"_s << u"-0"_s;
    QTest::newRow("sign apart from the digits") << u"fr_MA"_s << u"+ 80"_s;
    QTest::newRow("two signs") << u"fr_MA"_s << u"+-80"_s;
    QTest::newRow("one centime over qint64") << u"en_US"_s << u"92233720368547758.08"_s;
    QTest::newRow("far over qint64") << u"en_US"_s << u"999999999999999999999999"_s;
    QTest::newRow("Arabic digits in en_US") << u"en_US"_s << u"١٥٠٠"_s;
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);

    const auto parsed = Money::parse(text, QLocale(locale));
    const qint64 cents = parsed.value_or(Money()).cents();
    QVERIFY2(!parsed.has_value(), qPrintable(u"%1 read as %2 centimes"_s.arg(text).arg(cents)));
}

void TestMoney::parseNegative_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("fr_MA minus") << u"fr_MA"_s << u"-80,00 dhs"_s << qint64(-8000);
    QTest::newRow("label then minus") << u"fr_MA"_s << u"MAD -1.500"_s << qint64(-150000);
    QTest::newRow("en_US minus") << u"en_US"_s << u"-1,500.05"_s << qint64(-150005);
    QTest::newRow("ar_MA minus with its LRM") << u"ar_MA"_s << u"\u200E-80,00 د.م."_s << qint64(-8000);
    QTest::newRow("ar_MA minus as formatted (RLM, LRM)") << u"ar_MA"_s << u"\u200F\u200E-80,00 د.م."_s << qint64(-8000);
    QTest::newRow("Unicode minus sign") << u"fr_MA"_s << u"\u221280"_s << qint64(-8000);
    QTest::newRow("minus zero is zero") << u"fr_MA"_s << u"-0"_s << qint64(0);
    QTest::newRow("positive stays positive") << u"fr_MA"_s << u"80"_s << qint64(8000);
}

void TestMoney::parseNegative()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const auto parsed = Money::parse(text, QLocale(locale), true);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->cents(), cents);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");

    const qint64 amounts[] = {0, 1, 9, 10, 99, 100, 999, 79999, 80000, 150000, 123456789, Money::MaxApiCents,
                              -1, -8000, -123456789};
    for (const QString &locale : {u"fr_MA"_s, u"ar_MA"_s, u"en_US"_s, u"fr_FR"_s}) {
        for (const qint64 cents : amounts)
            QTest::addRow("%s %lld centimes", qPrintable(locale), static_cast<long long>(cents)) << locale << cents;
    }
}

void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);

    const QLocale l(locale);
    const Money money(cents);
    for (const QString &text : {money.format(l), money.format(l, false), money.formatShort(l), money.formatSigned(l)}) {
        const auto parsed = Money::parse(text, l, true);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->cents(), cents);
    }
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromMad(800);
    QCOMPARE(a.cents(), qint64(80000));
    QCOMPARE((a + Money(1)).cents(), qint64(80001));
    QCOMPARE((a - Money(80001)).cents(), qint64(-1));
    QVERIFY((a - Money(80001)).isNegative());
    QVERIFY((a - a).isZero());
    QCOMPARE((-a).cents(), qint64(-80000));
    Money b = a;
    b += Money(5);
    b -= Money(10);
    QCOMPARE(b.cents(), qint64(79995));
    QVERIFY(b < a);
    QVERIFY(a > b);
    QVERIFY(Money::fromCents(80000) == a);
}

void TestMoney::applyBasisPoints_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("10 % of 500.00") << qint64(50000) << qint64(1000) << qint64(5000);
    QTest::newRow("10 % of 799.99 rounds 7999.9 up") << qint64(79999) << qint64(1000) << qint64(8000);
    QTest::newRow("10 % of 0.45 is .5 → up") << qint64(45) << qint64(1000) << qint64(5);
    QTest::newRow("10 % of 0.44 is .4 → down") << qint64(44) << qint64(1000) << qint64(4);
    QTest::newRow("10 % of 0.46 is .6 → up") << qint64(46) << qint64(1000) << qint64(5);
    QTest::newRow("30 % of 0.05 is 1.5 → 2") << qint64(5) << qint64(3000) << qint64(2);
    QTest::newRow("30 % of 83.33 is 2499.9 → 2500") << qint64(8333) << qint64(3000) << qint64(2500);
    QTest::newRow("1 bp of 0.50 is .005 → 0") << qint64(50) << qint64(1) << qint64(0);
    QTest::newRow("1 bp of 50.00 is exactly .5 → 1") << qint64(5000) << qint64(1) << qint64(1);
    QTest::newRow("1 bp of 49.99 is just under .5 → 0") << qint64(4999) << qint64(1) << qint64(0);
    QTest::newRow("0 bp") << qint64(123456) << qint64(0) << qint64(0);
    QTest::newRow("100 %") << qint64(123457) << qint64(10000) << qint64(123457);
    QTest::newRow("of nothing") << qint64(0) << qint64(3000) << qint64(0);
    QTest::newRow("negative .5 rounds away from zero") << qint64(-45) << qint64(1000) << qint64(-5);
    QTest::newRow("negative .4 rounds toward zero") << qint64(-44) << qint64(1000) << qint64(-4);
    QTest::newRow("negative 1.5 → -2") << qint64(-5) << qint64(3000) << qint64(-2);
    QTest::newRow("negative basis points") << qint64(45) << qint64(-1000) << qint64(-5);
    QTest::newRow("both negative") << qint64(-45) << qint64(-1000) << qint64(5);
    QTest::newRow("amount above 10000 with a remainder") << qint64(12345) << qint64(3000) << qint64(3704);
    QTest::newRow("API maximum at 100 %") << Money::MaxApiCents << qint64(10000) << Money::MaxApiCents;
    QTest::newRow("API maximum at 10 %") << Money::MaxApiCents << qint64(1000) << qint64(10000000);
    // cents × bp would overflow here; the result itself fits and must still be exact.
    QTest::newRow("huge amount at 30 %") << qint64(9'000'000'000'000'000'005) << qint64(3000)
                                         << qint64(2'700'000'000'000'000'002);
}

void TestMoney::applyBasisPoints()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);

    QCOMPARE(lm::applyBasisPoints(cents, basisPoints), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
