// The deposit gauge (offscreen): the arc's colour for each alert level, the centre label in each
// language, the animation towards a new value, and high-DPI rendering.

#include "depositbanner.h"
#include "depositgauge.h"
#include "translations.h"

#include <alertlevel.h>

#include <QApplication>
#include <QImage>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

constexpr int Side = 200;

/// A point on the middle of the ring's stroke, `degrees` clockwise from 12 o'clock (mirrors the
/// widget's geometry: pen = 9 % of the side, ring inset by half of it plus a pixel).
QPoint onRing(double degrees, int side = Side)
{
    const double pen = std::max(6.0, side * 0.09);
    const double radius = (side - pen - 2) / 2;
    const double rad = degrees * std::numbers::pi / 180;
    return {qRound(side / 2.0 + radius * std::sin(rad)), qRound(side / 2.0 - radius * std::cos(rad))};
}

bool near(QColor actual, QColor expected)
{
    return std::abs(actual.red() - expected.red()) <= 3 && std::abs(actual.green() - expected.green()) <= 3
        && std::abs(actual.blue() - expected.blue()) <= 3 && actual.alpha() == 255;
}

QString describe(QColor colour)
{
    return colour.name(QColor::HexArgb);
}

} // namespace

class TestClientGauge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void arcColourAndLabelByLevel_data();
    void arcColourAndLabelByLevel();
    void labelsAreTranslated_data();
    void labelsAreTranslated();
    void unknownDepositShowsEmptyRing();
    void animatesTowardsNewValue();
    void rendersAtDevicePixelRatioTwo();
    void bannerSaysWhatTheLevelMeans_data();
    void bannerSaysWhatTheLevelMeans();
};

void TestClientGauge::init()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientGauge::arcColourAndLabelByLevel_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<bool>("trackAt300");

    QTest::newRow("3,750 of 5,000 is healthy") << qint64(375000) << qint64(500000)
                                               << int(AlertLevel::Healthy) << u"Healthy balance"_s << u"75.0%"_s << true;
    QTest::newRow("2,500.00 of 5,000 is attention") << qint64(250000) << qint64(500000)
                                                    << int(AlertLevel::Attention) << u"Attention"_s << u"50.0%"_s << true;
    QTest::newRow("751.65 of 5,000 is warning") << qint64(75165) << qint64(500000) << int(AlertLevel::Warning)
                                                << u"Warning"_s << u"15.0%"_s << true;
    QTest::newRow("400 of 5,000 is critical") << qint64(40000) << qint64(500000) << int(AlertLevel::Critical)
                                              << u"Critical"_s << u"8.0%"_s << true;
    QTest::newRow("0 is depleted, the ring empty") << qint64(0) << qint64(500000) << int(AlertLevel::Depleted)
                                                   << u"Depleted"_s << u"0.0%"_s << true;
    QTest::newRow("overdrawn is depleted, the ring empty") << qint64(-1200) << qint64(500000)
                                                           << int(AlertLevel::Depleted) << u"Depleted"_s << u"0.0%"_s
                                                           << true;
}

void TestClientGauge::arcColourAndLabelByLevel()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, reference);
    QFETCH(int, level);
    QFETCH(QString, label);
    QFETCH(QString, percent);
    QFETCH(bool, trackAt300);

    DepositGauge gauge;
    gauge.resize(Side, Side);
    gauge.setDeposit(balance, reference);
    QCOMPARE(int(gauge.level()), level);
    QCOMPARE(gauge.levelLabel(), label);
    QCOMPARE(gauge.percentText(), percent);
    QVERIFY(gauge.toolTip().contains(label));

    const QImage image = gauge.grab().toImage();
    // An arc from 12 o'clock in the level's colour; none at all when nothing is left.
    const QColor expected = AlertLevel(level) == AlertLevel::Depleted ? depositlook::trackColour()
                                                                      : depositlook::levelColour(AlertLevel(level));
    const QColor start = image.pixelColor(onRing(8));
    QVERIFY2(near(start, expected), qPrintable(describe(start) + u" ≠ "_s + describe(expected)));
    const QColor late = image.pixelColor(onRing(300));
    const QColor lateExpected = trackAt300 ? depositlook::trackColour() : expected;
    QVERIFY2(near(late, lateExpected), qPrintable(describe(late) + u" ≠ "_s + describe(lateExpected)));
    // The centre is not empty: the percentage is painted there.
    bool inked = false;
    for (int x = Side / 3; x < 2 * Side / 3 && !inked; ++x)
        inked = image.pixelColor(x, Side / 2 - 8).alpha() == 255 && image.pixelColor(x, Side / 2 - 8) != gauge.palette().color(QPalette::Window);
    QVERIFY(inked);
}

void TestClientGauge::labelsAreTranslated_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("percent");
    QTest::newRow("fr_MA") << QLocale(QLocale::French, QLocale::Morocco)
                           << QStringList{u"Solde sain"_s, u"Attention"_s, u"Avertissement"_s, u"Critique"_s, u"Épuisé"_s}
                           << u"68,3\u202F%"_s;
    QTest::newRow("ar_MA, Western digits") << QLocale(QLocale::Arabic, QLocale::Morocco)
                                           << QStringList{u"رصيد جيد"_s, u"انتباه"_s, u"تحذير"_s, u"حرج"_s, u"مستنفد"_s}
                                           << u"68,3\u202F%"_s;
}

void TestClientGauge::labelsAreTranslated()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, labels);
    QFETCH(QString, percent);
    installTranslations(*qApp, locale);
    const qint64 balances[] = {341500, 200000, 75000, 25000, 0};
    for (int i = 0; i < 5; ++i) {
        DepositGauge gauge;
        gauge.setDeposit(balances[i], 500000);
        QCOMPARE(int(gauge.level()), i);
        QCOMPARE(gauge.levelLabel(), labels.at(i));
    }
    DepositGauge gauge;
    gauge.setDeposit(341500, 500000);
    QCOMPARE(gauge.percentText(), percent);
}

void TestClientGauge::unknownDepositShowsEmptyRing()
{
    DepositGauge gauge;
    gauge.resize(Side, Side);
    gauge.setDeposit(375000, 500000);
    gauge.clear();
    QVERIFY(!gauge.isKnown());
    QCOMPARE(gauge.percentText(), u"—"_s);
    const QImage image = gauge.grab().toImage();
    QVERIFY(near(image.pixelColor(onRing(8)), depositlook::trackColour()));
}

void TestClientGauge::animatesTowardsNewValue()
{
    DepositGauge gauge;
    DepositBar bar;
    QObject::connect(&gauge, &DepositGauge::displayedChanged, &bar, &DepositBar::setDisplayed);
    gauge.resize(Side, Side);
    gauge.setDeposit(100000, 500000); // hidden: jumps
    QCOMPARE(gauge.displayedTenths(), 200.0);
    gauge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gauge));
    gauge.setDeposit(450000, 500000);
    QCOMPARE(gauge.percentTenths(), 900);
    QVERIFY(gauge.level() == AlertLevel::Healthy); // the level changes at once, the arc follows
    QVERIFY(gauge.isAnimating());
    QVERIFY(gauge.displayedTenths() < 900);
    QTRY_VERIFY(!gauge.isAnimating());
    QCOMPARE(gauge.displayedTenths(), 900.0);
    QVERIFY(near(gauge.grab().toImage().pixelColor(onRing(300)), depositlook::levelColour(AlertLevel::Healthy)));
}

void TestClientGauge::rendersAtDevicePixelRatioTwo()
{
    DepositGauge gauge;
    gauge.resize(Side, Side);
    gauge.setDeposit(40000, 500000);
    QImage image(QSize(Side, Side) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    gauge.render(&image);
    const QPoint start = onRing(8) * 2;
    QVERIFY(near(image.pixelColor(start), depositlook::levelColour(AlertLevel::Critical)));
    const QPoint late = onRing(300) * 2;
    QVERIFY(near(image.pixelColor(late), depositlook::trackColour()));
}

void TestClientGauge::bannerSaysWhatTheLevelMeans_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("reference");
    QTest::addColumn<QString>("blockedReason"); // empty: active
    QTest::addColumn<QString>("says");          // empty: no banner
    QTest::newRow("healthy: no banner") << qint64(375000) << qint64(500000) << QString() << QString();
    QTest::newRow("warning at 10.1 %: no banner") << qint64(50500) << qint64(500000) << QString() << QString();
    QTest::newRow("critical at 10.0 %: recharge now")
        << qint64(50000) << qint64(500000) << QString()
        << u"Your deposit is almost empty (10.0%): new leads will be blocked at 0 %. Recharge now."_s;
    QTest::newRow("depleted and blocked: leads blocked")
        << qint64(0) << qint64(500000) << u"depleted"_s
        << u"Leads blocked — your campaigns are paused. Recharge to resume."_s;
    QTest::newRow("depleted before the hourly check blocks it: already said")
        << qint64(-800) << qint64(500000) << QString()
        << u"Leads blocked — your campaigns are paused. Recharge to resume."_s;
    QTest::newRow("blocked by an admin at a healthy balance")
        << qint64(375000) << qint64(500000) << u"admin"_s
        << u"Leads blocked by LeadMarket — your campaigns are paused. Contact LeadMarket to resume."_s;
    QTest::newRow("never recharged: nothing to warn about") << qint64(0) << qint64(0) << QString() << QString();
}

void TestClientGauge::bannerSaysWhatTheLevelMeans()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, reference);
    QFETCH(QString, blockedReason);
    QFETCH(QString, says);
    QWidget window;
    auto *banner = new DepositBanner(&window);
    window.show();
    dto::Deposit deposit;
    deposit.currentBalanceCents = balance;
    deposit.referenceCents = reference;
    if (!blockedReason.isEmpty()) {
        deposit.status = DepositStatus::Blocked;
        deposit.blockedReason = blockedReason;
    }
    banner->setDeposit(deposit);
    QCOMPARE(banner->isVisible(), !says.isEmpty());
    if (!says.isEmpty()) {
        QCOMPARE(banner->text(), says);
        QCOMPARE(banner->offersRecharge(), blockedReason != u"admin"_s);
    }
    banner->setDeposit(std::nullopt);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestClientGauge)
#include "tst_client_gauge.moc"
