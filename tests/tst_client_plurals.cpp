// Plural forms in every language of the client, English included: English is the source language,
// and its catalogue (translations/leadmarket_en.ts, plural forms only) turns "%n action(s)
// waiting" into "1 action waiting" / "2 actions waiting" rather than showing the "(s)".

#include "translations.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lm::client;

class TestClientPlurals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluralForms_data();
    void pluralForms();
    void englishHasNoPlaceholderForms();
};

void TestClientPlurals::pluralForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::Morocco);
    const QLocale ar(QLocale::Arabic, QLocale::Morocco);
    QTest::newRow("en 1") << en << 1 << u"1 action waiting"_s;
    QTest::newRow("en 2") << en << 2 << u"2 actions waiting"_s;
    QTest::newRow("en 0") << en << 0 << u"0 actions waiting"_s;
    QTest::newRow("fr 1") << fr << 1 << u"1 action en attente"_s;
    QTest::newRow("ar 2") << ar << 2 << u"إجراءان منتظران"_s;
}

void TestClientPlurals::pluralForms()
{
    QFETCH(QLocale, locale);
    QFETCH(int, count);
    QFETCH(QString, expected);
    installTranslations(*qApp, locale);
    QCOMPARE(QCoreApplication::translate("lm::client::MainWindow", "%n action(s) waiting", nullptr, count), expected);
}

// Every plural message of the English catalogue is finished: no "(s)" reaches the screen.
void TestClientPlurals::englishHasNoPlaceholderForms()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    for (const int n : {1, 3}) {
        const QString text =
            QCoreApplication::translate("lm::client::MainWindow", "%n action(s) waiting", nullptr, n);
        QVERIFY2(!text.contains(u"(s)"_s), qPrintable(text));
    }
}

QTEST_MAIN(TestClientPlurals)
#include "tst_client_plurals.moc"
