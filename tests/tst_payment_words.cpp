// The receipt's amount in words. French (traditional spelling): the rules of "et", hyphens,
// "quatre-vingts"/"cents" plurals and "un million de dirhams". English (British): "and" after the
// hundreds, hyphens in 21–99. Arabic: the counted noun's form after 1, 2, 3–10, 11–99 and 100s
// (the last two digits decide), "و" between the parts.

#include "amountwords.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestPaymentWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("words");
        const QList<QPair<qint64, QString>> rows{
            {0, u"zéro"_s},
            {1, u"un"_s},
            {16, u"seize"_s},
            {17, u"dix-sept"_s},
            {20, u"vingt"_s},
            {21, u"vingt et un"_s},
            {22, u"vingt-deux"_s},
            {31, u"trente et un"_s},
            {61, u"soixante et un"_s},
            {70, u"soixante-dix"_s},
            {71, u"soixante et onze"_s},
            {72, u"soixante-douze"_s},
            {77, u"soixante-dix-sept"_s},
            {80, u"quatre-vingts"_s},
            {81, u"quatre-vingt-un"_s},
            {90, u"quatre-vingt-dix"_s},
            {91, u"quatre-vingt-onze"_s},
            {99, u"quatre-vingt-dix-neuf"_s},
            {100, u"cent"_s},
            {101, u"cent un"_s},
            {180, u"cent quatre-vingts"_s},
            {200, u"deux cents"_s},
            {201, u"deux cent un"_s},
            {280, u"deux cent quatre-vingts"_s},
            {1000, u"mille"_s},
            {1001, u"mille un"_s},
            {2000, u"deux mille"_s},
            {5000, u"cinq mille"_s},
            {21000, u"vingt et un mille"_s},
            {80000, u"quatre-vingt mille"_s},
            {200000, u"deux cent mille"_s},
            {280300, u"deux cent quatre-vingt mille trois cents"_s},
            {1000000, u"un million"_s},
            {1000001, u"un million un"_s},
            {2000000, u"deux millions"_s},
            {80000000, u"quatre-vingts millions"_s},
            {200000000, u"deux cents millions"_s},
            {1234567, u"un million deux cent trente-quatre mille cinq cent soixante-sept"_s},
            {999999999, u"neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille "
                        u"neuf cent quatre-vingt-dix-neuf"_s},
        };
        for (const auto &[number, words] : rows)
            QTest::addRow("%lld", number) << number << words;
    }

    void numbers()
    {
        QFETCH(qint64, number);
        QFETCH(QString, words);
        QCOMPARE(lm::server::frenchNumberWords(number), words);
    }

    void amounts_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("words");
        QTest::newRow("5,000.00 dhs") << qint64(500000) << u"cinq mille dirhams"_s;
        QTest::newRow("5,000.50 dhs") << qint64(500050) << u"cinq mille dirhams et cinquante centimes"_s;
        QTest::newRow("1.00 dh") << qint64(100) << u"un dirham"_s;
        QTest::newRow("1.01 dhs") << qint64(101) << u"un dirham et un centime"_s;
        QTest::newRow("0.01 dh") << qint64(1) << u"un centime"_s;
        QTest::newRow("0.80 dh") << qint64(80) << u"quatre-vingts centimes"_s;
        QTest::newRow("0.00 dh") << qint64(0) << u"zéro dirham"_s;
        QTest::newRow("1,000,000.00 dhs") << qint64(100000000) << u"un million de dirhams"_s;
        QTest::newRow("1,500,000.00 dhs") << qint64(150000000) << u"un million cinq cent mille dirhams"_s;
        QTest::newRow("the API's largest amount") << qint64(99999999)
                                                  << u"neuf cent quatre-vingt-dix-neuf mille neuf cent "
                                                     u"quatre-vingt-dix-neuf dirhams et quatre-vingt-dix-neuf centimes"_s;
        QTest::newRow("999,999,999.99 dhs")
            << qint64(99999999999)
            << u"neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent "
               u"quatre-vingt-dix-neuf dirhams et quatre-vingt-dix-neuf centimes"_s;
    }

    void amounts()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, words);
        QCOMPARE(lm::server::frenchAmountWords(cents), words);
    }

    void englishNumbers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("words");
        const QList<QPair<qint64, QString>> rows{
            {0, u"zero"_s},
            {1, u"one"_s},
            {13, u"thirteen"_s},
            {20, u"twenty"_s},
            {21, u"twenty-one"_s},
            {99, u"ninety-nine"_s},
            {100, u"one hundred"_s},
            {105, u"one hundred and five"_s},
            {999, u"nine hundred and ninety-nine"_s},
            {1000, u"one thousand"_s},
            {1005, u"one thousand and five"_s},
            {1500, u"one thousand five hundred"_s},
            {21000, u"twenty-one thousand"_s},
            {1000000, u"one million"_s},
            {1234567, u"one million two hundred and thirty-four thousand five hundred and sixty-seven"_s},
        };
        for (const auto &[number, words] : rows)
            QTest::addRow("%lld", number) << number << words;
    }

    void englishNumbers()
    {
        QFETCH(qint64, number);
        QFETCH(QString, words);
        QCOMPARE(lm::server::englishNumberWords(number), words);
    }

    void englishAmounts_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("words");
        QTest::newRow("5,000.50") << qint64(500050) << u"five thousand dirhams and fifty centimes"_s;
        QTest::newRow("1.00") << qint64(100) << u"one dirham"_s;
        QTest::newRow("1.01") << qint64(101) << u"one dirham and one centime"_s;
        QTest::newRow("0.80") << qint64(80) << u"eighty centimes"_s;
        QTest::newRow("0.00") << qint64(0) << u"zero dirhams"_s;
        QTest::newRow("799.99") << qint64(79999)
                                << u"seven hundred and ninety-nine dirhams and ninety-nine centimes"_s;
    }

    void englishAmounts()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, words);
        QCOMPARE(lm::server::englishAmountWords(cents), words);
    }

    void arabicNumbers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("words");
        const QList<QPair<qint64, QString>> rows{
            {0, u"صفر"_s},
            {1, u"واحد"_s},
            {2, u"اثنان"_s},
            {10, u"عشرة"_s},
            {11, u"أحد عشر"_s},
            {12, u"اثنا عشر"_s},
            {15, u"خمسة عشر"_s},
            {20, u"عشرون"_s},
            {21, u"واحد وعشرون"_s},
            {99, u"تسعة وتسعون"_s},
            {100, u"مئة"_s},
            {200, u"مئتان"_s},
            {305, u"ثلاثمئة وخمسة"_s},
            {1000, u"ألف"_s},
            {2000, u"ألفان"_s},
            {3000, u"ثلاثة آلاف"_s},
            {10000, u"عشرة آلاف"_s},
            {11000, u"أحد عشر ألفًا"_s},
            {100000, u"مئة ألف"_s},
            {103000, u"مئة وثلاثة آلاف"_s},
            {2500, u"ألفان وخمسمئة"_s},
            {1000000, u"مليون"_s},
            {5000000, u"خمسة ملايين"_s},
            {1234567, u"مليون ومئتان وأربعة وثلاثون ألفًا وخمسمئة وسبعة وستون"_s},
        };
        for (const auto &[number, words] : rows)
            QTest::addRow("%lld", number) << number << words;
    }

    void arabicNumbers()
    {
        QFETCH(qint64, number);
        QFETCH(QString, words);
        QCOMPARE(lm::server::arabicNumberWords(number), words);
    }

    void arabicAmounts_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("words");
        QTest::newRow("1.00: singular, then 'one'") << qint64(100) << u"درهم واحد"_s;
        QTest::newRow("2.00: dual") << qint64(200) << u"درهمان"_s;
        QTest::newRow("3.00: plural") << qint64(300) << u"ثلاثة دراهم"_s;
        QTest::newRow("10.00: plural") << qint64(1000) << u"عشرة دراهم"_s;
        QTest::newRow("11.00: accusative") << qint64(1100) << u"أحد عشر درهمًا"_s;
        QTest::newRow("99.00: accusative") << qint64(9900) << u"تسعة وتسعون درهمًا"_s;
        QTest::newRow("100.00: singular") << qint64(10000) << u"مئة درهم"_s;
        QTest::newRow("105.00: last two digits, plural") << qint64(10500) << u"مئة وخمسة دراهم"_s;
        QTest::newRow("5,000.50") << qint64(500050) << u"خمسة آلاف درهم وخمسون سنتيمًا"_s;
        QTest::newRow("0.05") << qint64(5) << u"خمسة سنتيمات"_s;
        QTest::newRow("0.00") << qint64(0) << u"صفر درهم"_s;
    }

    void arabicAmounts()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, words);
        QCOMPARE(lm::server::arabicAmountWords(cents), words);
    }
};

QTEST_GUILESS_MAIN(TestPaymentWords)
#include "tst_payment_words.moc"
