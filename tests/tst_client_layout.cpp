// The window as it fits a small screen (offscreen, against the real server): each role's workspace
// at 1024×700 and at 960×600 (1440×900 at 150 %), in French and in Arabic (right to left), page by
// page: every control lies inside the window and off the status bar, the status bar's items do not
// overlap, a name in a table is never cut to "Sara Al…", no table scrolls sideways, an empty table
// says what will appear there, every control has an accessible name, and no two keyboard shortcuts
// (Alt+letter: buttons, labels, tabs, menus) are the same. A geometry saved off this screen comes
// back on it.
// LM_SCREENSHOT_DIR=… also saves each page.

#include "clientharness.h"
#include "moneyharness.h"
#include "serverfixture.h"
#include "serverharness.h"

#include "clientcore.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;
using namespace lmtest;

namespace {

constexpr int ServerTimeoutMs = 20'000;
const QSize ScreenSize(1366, 768); // the offscreen screen this test sets up (see main)

const QString ClientName = u"Sara Alaoui-Benjelloun"_s;
const QString MerchantName = u"Agence Immobilière Atlas Casablanca"_s;
const QString InfluencerName = u"Yasmine Bennani-Tazi"_s;
const QString CampaignName = u"Villas Bouskoura"_s;

QLocale localeFor(const QString &language)
{
    return language == u"ar"_s ? QLocale(u"ar_MA"_s) : QLocale(QLocale::French, QLocale::Morocco);
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w);
}

/// A control's own part (the header of a table, a combo box's line edit, a tab bar's scroll
/// button, a line edit's clear button): it belongs to the control, which is checked instead.
bool isPartOfAnother(const QWidget *w, const QWidget *window)
{
    if (qobject_cast<const QHeaderView *>(w) || w->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
    }
    return false;
}

/// The scroll area (not an item view) the widget sits in, if any: it is reached by scrolling.
const QScrollArea *scrolledIn(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (const auto *area = qobject_cast<const QScrollArea *>(p))
            return area;
    return nullptr;
}

QRect inWindow(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

/// The Alt+letter of a text ("Sign &out" → "o"), empty without one ("&&" is a literal ampersand).
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *w)
{
    return u"%1 (%2)"_s.arg(w->objectName().isEmpty() ? u"<unnamed>"_s : w->objectName(),
                            QString::fromLatin1(w->metaObject()->className()));
}

} // namespace

class TestClientLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void workspaceFits_data();
    void workspaceFits();
    void geometryComesBackOnScreen();

private:
    const Account &account(const QString &role) const
    {
        return role == u"merchant"_s ? m_merchant : role == u"influencer"_s ? m_influencer : m_fixture.admin();
    }
    /// Checks the page in front; false (with the failures reported) when something does not fit.
    void checkPage(MainWindow &window, QTabWidget &workspace, const QString &page);

    ServerFixture m_fixture;
    Account m_merchant;
    Account m_influencer;
};

void TestClientLayout::initTestCase()
{
    prepareClientTestApplication();
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), ScreenSize);
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    // A merchant with a campaign and a deposit, an influencer with a lead on it for a client whose
    // name is long: the names the tables must show whole.
    QJsonObject campaign = fullCommissionCampaign();
    campaign.insert(u"name"_s, CampaignName);
    const MerchantSetup shop = setUpMerchant(m_fixture.http(), 500'000, campaign, MerchantName);
    QVERIFY2(shop.ok(), qPrintable(shop.error));
    m_merchant = shop.merchant;
    m_influencer = m_fixture.http().registerUser(u"influencer"_s, InfluencerName);
    LM_VERIFY_ACCOUNT(m_influencer);
    const Response lead = m_fixture.http().post(
        u"/api/leads/create"_s, leadBody(shop.campaignId, 120'000, QJsonObject{{u"client_name"_s, ClientName}}),
        m_influencer.token);
    QVERIFY2(lead.status == 201, qPrintable(lead.describe()));
}

void TestClientLayout::cleanup()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientLayout::workspaceFits_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QString &role : {u"merchant"_s, u"influencer"_s, u"admin"_s})
        for (const QSize size : {QSize(1024, 700), QSize(960, 600)})
            for (const QString &language : {u"fr"_s, u"ar"_s})
                QTest::addRow("%s at %dx%d in %s", qPrintable(role), size.width(), size.height(), qPrintable(language))
                    << role << size << language;
}

void TestClientLayout::workspaceFits()
{
    QFETCH(QString, role);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    installTranslations(*qApp, localeFor(language));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientWindow client = makeClientWindow(dir.path(), m_fixture.server().baseUrl(), account(role));
    QVERIFY2(client.window, qPrintable(client.error));
    MainWindow &window = *client.window;
    window.resize(size);
    QVERIFY(showActive(window));
    // The window can be that small: its minimum fits the screen of a 1440×900 laptop at 150 %.
    QCOMPARE(window.size(), size);
    auto *workspace = window.findChild<QTabWidget *>(role + u"Workspace"_s);
    QVERIFY(workspace);
    for (int index = 0; index < workspace->count(); ++index) {
        workspace->setCurrentIndex(index);
        // An admin page loads from the server when shown: its table is checked once it has.
        QVERIFY(QTest::qWaitFor(
            [workspace] {
                const QList<QProgressBar *> bars = workspace->currentWidget()->findChildren<QProgressBar *>();
                return std::none_of(bars.cbegin(), bars.cend(), [](const QProgressBar *bar) {
                    return bar->isVisible() && bar->objectName().endsWith(u"Busy"_s);
                });
            },
            ServerTimeoutMs));
        // The columns fit after the rows arrive, and the scroll bars follow the columns.
        QTest::qWait(50);
        checkPage(window, *workspace, workspace->tabText(index));
        if (QTest::currentTestFailed())
            return;
        if (const QString shots = qEnvironmentVariable("LM_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(QDir(shots).filePath(u"uipages-%1-%2-%3x%4-%5.png"_s.arg(role, language)
                                                        .arg(size.width())
                                                        .arg(size.height())
                                                        .arg(index)));
    }
}

void TestClientLayout::checkPage(MainWindow &window, QTabWidget &workspace, const QString &page)
{
    const QRect bar = inWindow(window.statusBar(), &window);
    QVERIFY2(window.rect().contains(bar), qPrintable(u"the status bar is outside the window"_s));
    // The names that never give way: the client's (leads) and the merchant's (the alerts board);
    // a campaign's or an influencer's name may elide in a narrow window, whole in its tooltip.
    const QStringList names{ClientName, MerchantName};

    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(&window) || !isInteractive(w) || isPartOfAnother(w, &window))
            continue;
        const QString what = page + u": "_s + describe(w);
        // Reachable: inside the window (or inside the scroll area it scrolls in), off the status bar.
        const QScrollArea *area = scrolledIn(w, &window);
        const QRect r = inWindow(area ? static_cast<const QWidget *>(area) : w, &window);
        QVERIFY2(window.rect().contains(r),
                 qPrintable(what + u" lies at %1,%2 %3×%4, outside the window"_s.arg(r.x()).arg(r.y()).arg(r.width())
                                       .arg(r.height())));
        if (!window.statusBar()->isAncestorOf(w))
            QVERIFY2(!r.intersects(bar), qPrintable(what + u" overlaps the status bar"_s));
        // Named for a screen reader.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(what + u" has no accessible name"_s));
    }

    // The status bar's items side by side, none over another.
    QList<QRect> items;
    for (const QWidget *w : window.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (w->isVisibleTo(&window) && !w->objectName().startsWith(u"qt_"_s))
            items.append(inWindow(w, &window));
    for (qsizetype i = 0; i < items.size(); ++i) {
        QVERIFY2(bar.contains(items[i]), qPrintable(page + u": a status bar item lies outside the bar"_s));
        for (qsizetype j = i + 1; j < items.size(); ++j)
            QVERIFY2(!items[i].intersects(items[j]), qPrintable(page + u": two status bar items overlap"_s));
    }

    // One owner per Alt+letter among what the keyboard can reach now: the menus, the workspace's
    // tabs, and the buttons and labelled fields shown.
    QMap<QString, QString> owners;
    const auto claim = [&owners, &page](const QString &text, const QString &what) {
        const QString key = mnemonicOf(text);
        if (key.isEmpty())
            return;
        QVERIFY2(!owners.contains(key), qPrintable(page + u": Alt+%1 is both \"%2\" and \"%3\""_s
                                                              .arg(key.toUpper(), owners.value(key), what)));
        owners.insert(key, what);
    };
    for (const QAction *menu : window.menuBar()->actions())
        if (menu->isVisible())
            claim(menu->text(), menu->text());
    for (int tab = 0; tab < workspace.count(); ++tab)
        claim(workspace.tabText(tab), workspace.tabText(tab));
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(&window))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            claim(button->text(), button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            claim(label->text(), label->text());
        if (QTest::currentTestFailed())
            return;
    }

    QWidget *current = workspace.currentWidget();
    for (QAbstractItemView *view : current->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || isPartOfAnother(view, &window) || !view->horizontalScrollBar()->isVisible())
            continue;
        QStringList widths; // which columns take the room, for whoever reads the failure
        if (auto *table = qobject_cast<QTableView *>(view))
            for (int column = 0; column < table->model()->columnCount(); ++column)
                if (!table->isColumnHidden(column))
                    widths << table->model()->headerData(column, Qt::Horizontal).toString() + u" "_s
                            + QString::number(table->columnWidth(column));
        QFAIL(qPrintable(page + u": "_s + describe(view) + u" scrolls sideways: %1 px wide, columns "_s
                                                                    .arg(view->viewport()->width())
                             + widths.join(u", "_s)));
    }
    for (QAbstractItemView *view : current->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view) || isPartOfAnother(view, &window) || !view->model())
            continue;
        const QString what = page + u": "_s + describe(view);
        if (view->model()->rowCount() == 0) {
            // Never a silent empty table: the overlay on a shown table, or the page's own text in its place.
            QString said;
            if (view->isVisible()) {
                if (const auto *empty = view->viewport()->findChild<EmptyState *>(QString(), Qt::FindDirectChildrenOnly))
                    said = empty->shownText();
            } else {
                for (const QLabel *label : current->findChildren<QLabel *>())
                    if (label->isVisible() && label->objectName().endsWith(u"Empty"_s))
                        said = label->text();
            }
            QVERIFY2(!said.trimmed().isEmpty(), qPrintable(what + u" is empty and says nothing"_s));
            continue;
        }
        auto *table = qobject_cast<QTableView *>(view);
        if (!table || !table->isVisible())
            continue;
        // A name is shown whole: its column is as wide as the text and the cell's margins.
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        for (int row = 0; row < std::min(table->model()->rowCount(), 50); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                if (table->isColumnHidden(column))
                    continue;
                const QString text = table->model()->index(row, column).data().toString();
                if (!names.contains(text))
                    continue;
                const int needed = table->fontMetrics().horizontalAdvance(text) + 2 * margin;
                QVERIFY2(table->columnWidth(column) >= needed,
                         qPrintable(what + u": \"%1\" needs %2 px, its column has %3"_s.arg(text)
                                               .arg(needed)
                                               .arg(table->columnWidth(column))));
            }
        }
    }
}

void TestClientLayout::geometryComesBackOnScreen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClientWindow client = makeClientWindow(dir.path(), m_fixture.server().baseUrl(), m_merchant);
    QVERIFY2(client.window, qPrintable(client.error));
    // Last closed on a screen to the right of this one (x = 3000), larger than this one.
    client.window->setGeometry(QRect(3000, 100, 1600, 1000));
    QVERIFY(showActive(*client.window));
    client.window->setGeometry(QRect(3000, 100, 1600, 1000));
    QVERIFY(client.window->close());
    const QRect saved = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(!saved.contains(client.window->geometry()), "the test needs a window off this screen");

    MainWindow again(*client.core, *client.settings);
    QVERIFY(showActive(again));
    const QRect available = again.screen()->availableGeometry();
    QVERIFY2(available.contains(again.frameGeometry()),
             qPrintable(u"the window is at %1,%2 %3×%4 on a screen of %5×%6"_s.arg(again.frameGeometry().x())
                            .arg(again.frameGeometry().y())
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

int main(int argc, char **argv)
{
    // The offscreen platform's screen is 800×600 unless told: one of 1366×768 here, the smallest
    // laptop screen in use, for the windows and the geometry that must come back on it.
    const QString config = QDir::temp().filePath(u"tst_client_layout-screen-%1.json"_s.arg(QCoreApplication::applicationPid()));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(config));
        file.write(QByteArrayLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                       "logicalDpi": 96, "logicalBpp": 32, "dpr": 1}]})"));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    QFile::remove(config);
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the server started by the test reads no screen file
    TestClientLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_client_layout.moc"
