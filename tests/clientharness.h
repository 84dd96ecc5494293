#pragma once

// Client additions to the server harness: the desktop client's window for one account, wired to
// its cache and SyncService as ClientController does and synchronised once with the real server,
// and the keyboard as a person uses it (keys to whatever has the focus).

#include "serverharness.h"

#include <QString>
#include <QUrl>

#include <memory>

class QLineEdit;
class QWidget;

namespace lm::client {
class Cache;
class ClientCore;
class MainWindow;
class Settings;
class SyncService;
} // namespace lm::client

namespace lmtest {

// Keys as a keyboard sends them: to the focus widget of the active window (QTest routes a null
// widget that way), shortcuts included.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(const QString &text);
// Replaces a line edit's text the way a person does: focus, select all, type over it.
void retype(QLineEdit *edit, const QString &text);
// What has the keyboard, by object name (for readable failures).
QString focusName();

struct ClientWindow
{
    std::unique_ptr<lm::client::Cache> cache; ///< the test's own connection, to look inside
    std::unique_ptr<lm::client::Settings> settings;
    std::unique_ptr<lm::client::ClientCore> core;
    lm::client::SyncService *sync = nullptr; ///< the core's
    std::unique_ptr<lm::client::MainWindow> window; ///< null when something failed (see error)
    QString error;

    ClientWindow();
    ~ClientWindow();
    ClientWindow(ClientWindow &&) noexcept;
    ClientWindow &operator=(ClientWindow &&) noexcept;
};

// The client's services (ClientCore on `folder`/cache.sqlite, its SyncService on an hourly
// timer), settings and MainWindow for `account` on `server`, as ClientController makes them,
// after a first sync and with the leads loaded (no reload lands later in the middle of a test).
ClientWindow makeClientWindow(const QString &folder, const QUrl &server, const Account &account);

// What every client suite against the real server starts with: test-mode paths, its own
// application name, no session bus (neither the keychain nor desktop notifications are under test).
void prepareClientTestApplication();
// A fresh database and a leadmarket-server on it with sandbox payments, `http` pointed at it;
// false with `error` set when either fails.
bool startSandboxServer(TestDatabase &db, std::unique_ptr<ServerProcess> &server, Http &http, QString *error);

// Shows the window and waits until it is exposed and active (keys reach it).
bool showActive(QWidget &window);

} // namespace lmtest
