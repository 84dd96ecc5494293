#include "clientcontroller.h"

#include "logindialog.h"
#include "mainwindow.h"
#include "rechargeflow.h"

#include <checkoutsession.h>
#include <clientcore.h>
#include <profile.h>
#include <session.h>
#include <settings.h>
#include <syncservice.h>

#include <QApplication>

namespace lm::client {

ClientController::ClientController(const Profile &profile, Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_core(std::make_unique<ClientCore>(profile.cacheFile(), settings))
{
    m_window = std::make_unique<MainWindow>(*m_core, m_settings);
    Session &session = m_core->session();
    connect(&session, &Session::signedIn, this, &ClientController::onSignedIn);
    connect(&session, &Session::signInRequired, this, &ClientController::showLogin);
    connect(&session, &Session::keychainProblem, m_window.get(), &MainWindow::showMessage);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ClientController::signOut);

    m_recharge = std::make_unique<RechargeFlow>(m_core->checkout(), m_window.get());
    connect(m_window.get(), &MainWindow::rechargeRequested, m_recharge.get(), &RechargeFlow::start);
    connect(m_recharge.get(), &RechargeFlow::status, m_window.get(), &MainWindow::showMessage);
    connect(m_recharge.get(), &RechargeFlow::syncRequested, &m_core->sync(), &SyncService::syncNow);
}

ClientController::~ClientController()
{
    if (m_login)
        delete m_login.data();
}

LoginDialog *ClientController::loginDialog() const
{
    return m_login.data();
}

void ClientController::start(const QUrl &server, const QString &email, const QString &password)
{
    if (!server.isEmpty())
        m_settings.setValue(Settings::Key::ServerUrl, server.toString());
    if (!email.isEmpty())
        m_settings.setValue(Settings::Key::LastEmail, email);
    m_settings.sync();

    // The last known state at once, before any network answer.
    const auto cachedUser = m_core->cachedUser();
    if (cachedUser && m_core->cachedServer() == m_settings.serverUrl().toString()
        && cachedUser->email == m_settings.lastEmail()) {
        m_window->setUser(*cachedUser);
        m_window->show();
    }

    if (!password.isEmpty()) {
        m_core->session().signIn(m_settings.serverUrl(), m_settings.lastEmail(), password, false, this,
                                 [this](const Result<dto::User> &signedIn) {
                                     if (!signedIn.ok())
                                         showLogin(signedIn.errorMessage());
                                 });
        return;
    }
    m_core->session().restore(cachedUser);
}

void ClientController::onSignedIn(const dto::User &user)
{
    Session &session = m_core->session();
    m_core->startFor(user, session.server().toString(), session.token(), m_settings.allowInsecureHttp());
    const auto shown = m_window->user();
    if (!shown || shown->id != user.id || shown->role != user.role || !m_window->isVisible())
        m_window->setUser(user);
    m_window->show();
    if (m_login)
        m_login->accept();
}

void ClientController::showLogin(const QString &reason)
{
    m_core->sync().stop();
    if (!m_login) {
        QWidget *parent = m_window->isVisible() ? m_window.get() : nullptr;
        m_login = new LoginDialog(m_core->session(), m_core->accounts(), parent);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &QDialog::rejected, this, [this] {
            // Without a window to go back to, closing the sign-in ends the program.
            if (!m_window->isVisible())
                QApplication::quit();
        });
    }
    m_login->setServer(m_settings.serverUrl());
    m_login->setEmail(m_settings.lastEmail());
    m_login->setRemember(m_settings.rememberMe());
    m_login->setMessage(reason);
    m_login->open();
}

void ClientController::signOut()
{
    m_core->stop();
    m_window->clearUser();
    m_window->hide();
    m_core->session().signOut();
    showLogin(QString());
}

} // namespace lm::client
