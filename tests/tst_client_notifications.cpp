// New-lead awareness, observed on a private D-Bus session bus (ctest runs this under
// dbus-run-session): a fake org.freedesktop.Notifications records what the client sends while
// the real MainWindow reads a pre-filled cache the way a sync leaves it.

#include "cache.h"
#include "desktopnotifier.h"
#include "desktopattention.h"
#include "leadawareness.h"
#include "clientcore.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <money.h>

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

struct Call
{
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    QVariantMap hints;
    int expireTimeout = 0;
};

} // namespace

/// The notification daemon's side of the specification, recording every Notify.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Call> calls;

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body, const QStringList &actions,
                             const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        calls.append(Call{appName, replacesId, summary, body, hints, expireTimeout});
        return static_cast<uint>(calls.size());
    }
};

class TestClientNotifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notifierCallsTheFreedesktopService();
    void newLeadsAreAnnouncedAndBadged();
    void depositAlertsAreAnnounced();
    void nothingWhenTurnedOff();
    void nothingOnTheFirstSyncOfAnEmptyCache();
    void aNewMerchantsFirstLeadIsAnnounced();
    void aNewMerchantsFirstDepositAlertIsAnnounced();
    void badgeIconCapsAt99();

private:
    dto::Lead lead(const QString &id, const QString &client, qint64 valueCents,
                   LeadStatus status = LeadStatus::Pending) const;
    dto::Notification notification(const QString &id, const QString &kind, const QString &title) const;
    void seed(bool synced);
    void openWindow();
    void markSynced();
    void reload();

    FakeNotifications m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ClientCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestClientNotifications::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no D-Bus session bus: run this test under dbus-run-session");
    // A private bus: nobody else owns the name.
    QVERIFY(!bus.interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s).value());
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_fake, QDBusConnection::ExportScriptableSlots));
    QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
    installTranslations(*qApp, QLocale(QLocale::French, QLocale::Morocco));
}

void TestClientNotifications::init()
{
    m_fake.calls.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<Cache>(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(m_cache->open().ok());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
}

void TestClientNotifications::cleanup()
{
    m_window.reset();
    m_core.reset();
    m_settings.reset();
    m_cache.reset();
    m_dir.reset();
}

dto::Lead TestClientNotifications::lead(const QString &id, const QString &client, qint64 valueCents,
                                        LeadStatus status) const
{
    dto::Lead l;
    l.id = id;
    l.campaignId = u"c1"_s;
    l.campaignName = u"Marketing digital"_s;
    l.merchantId = u"u1"_s;
    l.clientName = client;
    l.estimatedValueCents = valueCents;
    l.commissionCents = valueCents / 20;
    l.status = status;
    l.createdAt = l.updatedAt = QDateTime::currentMSecsSinceEpoch();
    l.expiresAt = l.createdAt + 72 * 3600 * 1000LL;
    return l;
}

dto::Notification TestClientNotifications::notification(const QString &id, const QString &kind,
                                                        const QString &title) const
{
    dto::Notification n;
    n.id = id;
    n.kind = kind;
    n.level = u"critical"_s;
    n.title = title;
    n.body = u"800,00 dhs / 10 000,00 dhs (8,0 %). Vos leads seront bloqués sous peu : rechargez maintenant."_s;
    n.createdAt = QDateTime::currentMSecsSinceEpoch();
    return n;
}

void TestClientNotifications::seed(bool synced)
{
    dto::User user;
    user.id = u"u1"_s;
    user.email = u"merchant@demo.ma"_s;
    user.role = Role::Merchant;
    user.displayName = u"Agence Atlas"_s;
    m_cache->setUser(user, u"http://127.0.0.1:1"_s);
    if (!synced)
        return;
    m_cache->upsertLeads({lead(u"l1"_s, u"Client un"_s, 100000), lead(u"l2"_s, u"Client deux"_s, 200000),
                          lead(u"l3"_s, u"Client trois"_s, 300000, LeadStatus::Validated)});
    m_cache->upsertNotifications({notification(u"n1"_s, u"deposit_alert"_s, u"Attention : dépôt à 40,0 %"_s)});
    markSynced();
}

void TestClientNotifications::markSynced()
{
    // What the SyncEngine writes last, once a sync went through.
    m_cache->setSyncState(u"last_sync_at"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
}

void TestClientNotifications::reload()
{
    // The leads are read off the UI thread: wait until they are in the window.
    QSignalSpy loaded(m_window.get(), &MainWindow::leadsLoaded);
    m_window->reloadFromCache();
    QVERIFY(loaded.wait(10000));
}

void TestClientNotifications::openWindow()
{
    m_core = std::make_unique<ClientCore>(m_cache->filePath(), *m_settings);
    m_window = std::make_unique<MainWindow>(*m_core, *m_settings);
    QSignalSpy loaded(m_window.get(), &MainWindow::leadsLoaded);
    m_window->setUser(*m_cache->user());
    QVERIFY(loaded.wait(10000));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The merchant is on another page: what arrives is not seen yet.
    auto *tabs = m_window->findChild<QTabWidget *>(u"merchantWorkspace"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
}

void TestClientNotifications::notifierCallsTheFreedesktopService()
{
    DBusDesktopNotifier notifier(u"LeadMarket"_s);
    QVERIFY(notifier.notify(u"Résumé"_s, u"Corps"_s, DesktopNotifier::Urgency::Critical));
    QTRY_COMPARE(m_fake.calls.size(), 1);
    const Call &call = m_fake.calls.first();
    QCOMPARE(call.appName, u"LeadMarket"_s);
    QCOMPARE(call.replacesId, 0U);
    QCOMPARE(call.summary, u"Résumé"_s);
    QCOMPARE(call.body, u"Corps"_s);
    QCOMPARE(call.expireTimeout, -1);
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);
}

void TestClientNotifications::newLeadsAreAnnouncedAndBadged()
{
    seed(true);
    openWindow();
    QVERIFY(qobject_cast<DBusDesktopNotifier *>(m_window->desktopNotifier()));
    auto *badge = m_window->findChild<QLabel *>(u"newLeadsBadge"_s);
    QVERIFY(badge);
    // What the cache held when the workspace opened is not news.
    QCOMPARE(m_window->newLeadCount(), 0);
    QVERIFY(badge->isHidden());
    const qint64 plainIcon = m_window->windowIcon().cacheKey();

    // A sync brings two pending leads and one already decided.
    m_cache->upsertLeads({lead(u"l4"_s, u"Yasmine Alaoui"_s, 1250000), lead(u"l5"_s, u"Karim Bennani"_s, 500000),
                          lead(u"l6"_s, u"Omar Tazi"_s, 700000, LeadStatus::Rejected)});
    markSynced();
    reload();

    QTRY_COMPARE(m_fake.calls.size(), 2);
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 2);
    const QLocale locale;
    QStringList summaries;
    for (const Call &call : std::as_const(m_fake.calls)) {
        QCOMPARE(call.appName, u"LeadMarket"_s);
        summaries << call.summary;
        QVERIFY2(call.body.contains(u"Valeur estimée"_s), qPrintable(call.body));
    }
    QVERIFY2(summaries.contains(u"Nouveau lead : Yasmine Alaoui"_s), qPrintable(summaries.join(u" | "_s)));
    QVERIFY(summaries.contains(u"Nouveau lead : Karim Bennani"_s));
    const Call &yasmine = m_fake.calls.at(summaries.indexOf(u"Nouveau lead : Yasmine Alaoui"_s));
    QVERIFY2(yasmine.body.contains(Money(1250000).formatShort(locale)), qPrintable(yasmine.body));

    // The badge on the Overview tab and on the window icon.
    QTRY_COMPARE(m_window->newLeadCount(), 2);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"2"_s);
    QVERIFY(m_window->windowIcon().cacheKey() != plainIcon);

    // Nothing new on the next sync: nothing announced again.
    reload();
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 2);
    QCOMPARE(m_window->newLeadCount(), 2);

    // A decided lead leaves the count.
    auto decided = *m_cache->lead(u"l5"_s);
    decided.status = LeadStatus::Validated;
    m_cache->upsertLeads({decided});
    reload();
    QTRY_COMPARE(m_window->newLeadCount(), 1);
    QCOMPARE(badge->text(), u"1"_s);

    // Looking at the pending list clears it.
    m_window->findChild<QTabWidget *>(u"merchantWorkspace"_s)->setCurrentIndex(0);
    QCOMPARE(m_window->newLeadCount(), 0);
    QVERIFY(badge->isHidden());
    QCOMPARE(m_window->windowIcon().cacheKey(), plainIcon);
}

void TestClientNotifications::depositAlertsAreAnnounced()
{
    seed(true);
    openWindow();
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 0); // n1 was there before

    m_cache->upsertNotifications({notification(u"n2"_s, u"deposit_alert"_s, u"Critique : dépôt à 8,0 %"_s),
                                  notification(u"n3"_s, u"lead_created"_s, u"Nouveau lead"_s)});
    markSynced();
    reload();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, u"Critique : dépôt à 8,0 %"_s);
    QVERIFY(m_fake.calls.first().body.contains(u"rechargez maintenant"_s));
    QCOMPARE(m_fake.calls.first().hints.value(u"urgency"_s).toInt(), 2);
}

void TestClientNotifications::nothingWhenTurnedOff()
{
    seed(true);
    openWindow();
    auto *toggle = m_window->findChild<QAction *>(u"desktopNotificationsAction"_s);
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QVERIFY(toggle->isChecked());
    QCOMPARE(toggle->text(), u"Notifications du &bureau"_s);
    toggle->trigger();
    QVERIFY(!toggle->isChecked());
    QCOMPARE(m_settings->desktopNotifications(), false);
    QCOMPARE(Settings(m_settings->fileName()).desktopNotifications(), false);

    m_cache->upsertLeads({lead(u"l4"_s, u"Yasmine Alaoui"_s, 1250000)});
    m_cache->upsertNotifications({notification(u"n2"_s, u"deposit_alert"_s, u"Critique : dépôt à 8,0 %"_s)});
    markSynced();
    reload();
    // The badge still counts; only the desktop stays quiet.
    QTRY_COMPARE(m_window->newLeadCount(), 1);
    QTest::qWait(200);
    QCOMPARE(m_fake.calls.size(), 0);

    // Back on: the next lead is announced.
    toggle->trigger();
    QCOMPARE(m_settings->desktopNotifications(), true);
    m_cache->upsertLeads({lead(u"l5"_s, u"Karim Bennani"_s, 500000)});
    reload();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, u"Nouveau lead : Karim Bennani"_s);
}

void TestClientNotifications::nothingOnTheFirstSyncOfAnEmptyCache()
{
    seed(false);
    openWindow();
    m_window->setSyncing(true);
    // The first sync fills the cache in steps, each followed by a reload…
    m_cache->upsertLeads({lead(u"l1"_s, u"Client un"_s, 100000), lead(u"l2"_s, u"Client deux"_s, 200000)});
    reload();
    QTest::qWait(50);
    m_cache->upsertNotifications({notification(u"n1"_s, u"deposit_alert"_s, u"Critique : dépôt à 8,0 %"_s)});
    reload();
    QTest::qWait(50);
    // …and records its end last, possibly before the window has read its last changes (the
    // engine runs in its own thread).
    m_cache->upsertLeads({lead(u"l9"_s, u"Client neuf"_s, 200000)});
    markSynced();
    reload();
    m_window->setSyncing(false);
    QTest::qWait(200);
    QCOMPARE(m_fake.calls.size(), 0);
    QCOMPARE(m_window->newLeadCount(), 0);

    // The second sync's lead is news, even without a reload in between.
    m_window->setSyncing(true);
    m_cache->upsertLeads({lead(u"l3"_s, u"Salma Idrissi"_s, 900000)});
    reload();
    markSynced();
    m_window->setSyncing(false);
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, u"Nouveau lead : Salma Idrissi"_s);
    QTRY_COMPARE(m_window->newLeadCount(), 1);
}

// A synced merchant with no lead yet: the empty cache read at sign-in changes nothing in the
// (empty) leads model, yet it is the baseline — the first lead to arrive is news.
void TestClientNotifications::aNewMerchantsFirstLeadIsAnnounced()
{
    seed(false);
    markSynced();
    openWindow();
    auto *badge = m_window->findChild<QLabel *>(u"newLeadsBadge"_s);
    QVERIFY(badge);
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 0);
    QCOMPARE(m_window->newLeadCount(), 0);
    QVERIFY(badge->isHidden());

    m_window->setSyncing(true);
    m_cache->upsertLeads({lead(u"l1"_s, u"Yasmine Alaoui"_s, 1250000)});
    markSynced();
    reload();
    m_window->setSyncing(false);

    QTRY_COMPARE(m_fake.calls.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, u"Nouveau lead : Yasmine Alaoui"_s);
    QTRY_COMPARE(m_window->newLeadCount(), 1);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"1"_s);
}

// The same for the notifications: a merchant with none at sign-in hears of the first deposit alert.
void TestClientNotifications::aNewMerchantsFirstDepositAlertIsAnnounced()
{
    seed(false);
    markSynced();
    openWindow();
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 0);

    m_cache->upsertNotifications({notification(u"n1"_s, u"deposit_alert"_s, u"Critique : dépôt à 8,0 %"_s)});
    markSynced();
    reload();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, u"Critique : dépôt à 8,0 %"_s);
}

void TestClientNotifications::badgeIconCapsAt99()
{
    const QIcon base = applicationIcon();
    QVERIFY(!base.isNull());
    const QImage plain = iconWithBadge(base, 0).pixmap(64, 64).toImage();
    const QImage three = iconWithBadge(base, 3).pixmap(64, 64).toImage();
    const QImage many = iconWithBadge(base, 150).pixmap(64, 64).toImage();
    QVERIFY(plain != three);
    QVERIFY(three != many);
    // The badge is red, top right.
    const QColor corner = three.pixelColor(64 - 12, 16);
    QVERIFY2(corner.red() > 150 && corner.green() < 100, qPrintable(corner.name()));
    QCOMPARE(iconWithBadge(base, 150).pixmap(64, 64).toImage(), iconWithBadge(base, 999).pixmap(64, 64).toImage());
}

QTEST_MAIN(TestClientNotifications)
#include "tst_client_notifications.moc"
