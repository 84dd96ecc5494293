#pragma once

#include <dto.h>

#include <QObject>
#include <QPointer>

#include <memory>

class QUrl;

namespace lm::client {

class ClientCore;
class LoginDialog;
class MainWindow;
class Profile;
class RechargeFlow;
class Settings;

/// Wires the program together: the window at once with the last known state from the cache,
/// then silent sign-in, sync in the background, the login dialog whenever a session is needed
/// (the window and its state stay), sign-out.
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
    ClientCore &core() { return *m_core; }

private:
    void onSignedIn(const dto::User &user);
    void showLogin(const QString &reason);
    void signOut();

    Settings &m_settings;
    std::unique_ptr<ClientCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RechargeFlow> m_recharge;
    QPointer<LoginDialog> m_login;
};

} // namespace lm::client
