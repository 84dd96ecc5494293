#include "clientharness.h"

#include "cache.h"
#include "clientcore.h"
#include "logging.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "store.h"
#include "syncservice.h"

#include <dto.h>

#include <QApplication>
#include <QDir>
#include <QObject>
#include <QStandardPaths>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace lmtest {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(static_cast<QWidget *>(nullptr), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(static_cast<QWidget *>(nullptr), text);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : u"<nothing>"_s;
}

void prepareClientTestApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"leadmarket-tests"_s);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    // LEADMARKET_TEST_DEBUG=1 shows the client's debug lines (the event stream's attempts, ...).
    if (qEnvironmentVariableIsSet("LEADMARKET_TEST_DEBUG"))
        lm::client::setupLogging(QString(), true, true);
}

bool startSandboxServer(TestDatabase &db, std::unique_ptr<ServerProcess> &server, Http &http, QString *error)
{
    if (!db.create()) {
        *error = db.errorString();
        return false;
    }
    server = std::make_unique<ServerProcess>(db.url(), QStringList{u"--sandbox-payments"_s});
    if (!server->start()) {
        *error = server->errorString();
        return false;
    }
    http.setBaseUrl(server->baseUrl());
    return true;
}

ClientWindow::ClientWindow() = default;
ClientWindow::~ClientWindow() = default;
ClientWindow::ClientWindow(ClientWindow &&) noexcept = default;
ClientWindow &ClientWindow::operator=(ClientWindow &&) noexcept = default;

ClientWindow makeClientWindow(const QString &folder, const QUrl &server, const Account &account)
{
    ClientWindow c;
    const QDir dir(folder);
    const QString cacheFile = dir.filePath(u"cache.sqlite"_s);
    c.cache = std::make_unique<Cache>(cacheFile);
    if (!c.cache->open().ok()) {
        c.error = u"cannot open the cache"_s;
        return c;
    }
    const auto user = dto::User::fromJson(account.user);
    if (!user) {
        c.error = u"unexpected user"_s;
        return c;
    }
    c.settings = std::make_unique<Settings>(dir.filePath(u"settings.ini"_s));
    c.core = std::make_unique<ClientCore>(cacheFile, *c.settings);
    c.sync = &c.core->sync();
    c.sync->setIntervalSeconds(3600);
    c.sync->setRequestTimeoutMs(10000);
    // The session signs in as ClientController's does, so that the online services (earnings,
    // the admin console) have the server, a token and the user of their own.
    if (!account.password.isEmpty()) {
        QObject signInContext;
        bool answered = false;
        QString problem;
        c.core->session().signIn(server, account.email, account.password, /*remember=*/false, &signInContext,
                                 [&](const Result<dto::User> &signedIn) {
                                     answered = true;
                                     problem = signedIn.ok() ? QString() : signedIn.errorMessage();
                                 });
        if (!QTest::qWaitFor([&] { return answered && c.core->session().isSignedIn(); }, 20000)) {
            c.error = u"the session did not sign in: "_s + (answered ? problem : u"no answer"_s);
            return c;
        }
    }
    c.core->startFor(*user, server.toString(), account.token, false);

    auto window = std::make_unique<MainWindow>(*c.core, *c.settings);
    window->setDesktopNotifier(nullptr);
    MainWindow *w = window.get();
    SyncService *sync = c.sync;
    w->setUser(*user);

    // The first sync, then every reload it asked for: the engine reports the outbox right after
    // syncFinished, and each report reloads the window, so wait for that report and for the last
    // leads load to end (no reload may land in the middle of the test's selection).
    QObject context; // the connections below end with this function
    bool syncOk = false;
    bool syncEnded = false;
    bool reportedAfter = false;
    QString syncMessage;
    QObject::connect(sync, &SyncService::syncFinished, &context, [&](bool ok, const QString &message) {
        syncEnded = true;
        syncOk = ok;
        syncMessage = message;
    });
    QObject::connect(sync, &SyncService::outboxChanged, &context, [&](int, int) { reportedAfter = syncEnded; });
    if (!QTest::qWaitFor([&] { return syncEnded; }, 30000) || !syncOk) {
        c.error = u"the first sync failed: "_s + (syncEnded ? syncMessage : u"no answer"_s);
        return c;
    }
    if (!QTest::qWaitFor([&] { return reportedAfter && !w->isLoadingLeads(); }, 10000)) {
        c.error = u"the leads were not loaded"_s;
        return c;
    }
    c.window = std::move(window);
    return c;
}

bool showActive(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace lmtest
