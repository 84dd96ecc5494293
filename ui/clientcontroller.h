#pragma once

#include "cache.h"
#include "profile.h"
#include "session.h"
#include "syncservice.h"
#include "tokenstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace lm::client {

class LoginDialog;
class MainWindow;
class RechargeFlow;
class Settings;

/// Wires the program together: cache → window at once (last known state), then silent sign-in,
/// sync in the background, the login dialog whenever a session is needed (the window and its
/// state stay), sign-out.
class ClientController final : public QObject
{
    Q_OBJECT

public:
    ClientController(const Profile &profile, Settings &settings, QObject *parent = nullptr);
    ~ClientController() override;
    Q_DISABLE_COPY_MOVE(ClientController)

    /// `server`/`email` override the settings; a non-empty `password` signs in with it (not remembered).
    void start(const QUrl &server, const QString &email, const QString &password);

    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const;
    Session &session() { return m_session; }

private:
    void onSignedIn(const dto::User &user);
    void showLogin(const QString &reason);
    void signOut();

    Settings &m_settings;
    Cache m_cache;
    TokenStore m_tokens;
    Session m_session;
    SyncService m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RechargeFlow> m_recharge;
    QPointer<LoginDialog> m_login;
};

} // namespace lm::client
