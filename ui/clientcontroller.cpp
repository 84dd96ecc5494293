#include "clientcontroller.h"

#include "logindialog.h"
#include "logging.h"
#include "mainwindow.h"
#include "rechargeflow.h"
#include "settings.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace lm::client {

ClientController::ClientController(const Profile &profile, Settings &settings, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_cache(profile.cacheFile()),
      m_tokens(settings.keychainService()),
      m_session(settings, m_tokens),
      m_sync(profile.cacheFile())
{
    const auto opened = m_cache.open();
    if (!opened.ok())
        logger("app")->error("{}", opened.error().toStdString());
    m_sync.setIntervalSeconds(m_settings.syncIntervalSeconds());
    m_sync.setRequestTimeoutMs(m_settings.requestTimeoutMs());
    m_window = std::make_unique<MainWindow>(m_cache, m_settings);

    connect(&m_session, &Session::signedIn, this, &ClientController::onSignedIn);
    connect(&m_session, &Session::signInRequired, this, &ClientController::showLogin);
    connect(&m_session, &Session::keychainProblem, m_window.get(), &MainWindow::showMessage);

    MainWindow *window = m_window.get();
    connect(&m_sync, &SyncService::connectionChanged, window, &MainWindow::setConnection);
    connect(&m_sync, &SyncService::syncingChanged, window, &MainWindow::setSyncing);
    connect(&m_sync, &SyncService::progress, window, &MainWindow::setProgress);
    connect(&m_sync, &SyncService::cacheChanged, window, &MainWindow::reloadFromCache);
    // Whatever an outbox change does to the leads comes with its own cacheChanged.
    connect(&m_sync, &SyncService::outboxChanged, window, [window](int, int) { window->reloadOutbox(); });
    connect(&m_sync, &SyncService::actionFailed, window, [window](qint64, const QString &message) {
        window->showMessage(MainWindow::tr("An action was refused by the server: %1").arg(message));
    });
    connect(&m_sync, &SyncService::syncFinished, window, [window](bool ok, const QString &message) {
        if (!ok && !message.isEmpty())
            window->showMessage(message);
    });
    connect(&m_sync, &SyncService::authenticationRequired, &m_session, &Session::expire);
    connect(window, &MainWindow::syncRequested, &m_sync, &SyncService::syncNow);
    connect(window, &MainWindow::actionQueued, &m_sync, &SyncService::syncNow);
    connect(window, &MainWindow::signOutRequested, this, &ClientController::signOut);

    m_recharge = std::make_unique<RechargeFlow>(m_session.api(), window);
    connect(window, &MainWindow::rechargeRequested, m_recharge.get(), &RechargeFlow::start);
    connect(m_recharge.get(), &RechargeFlow::status, window, &MainWindow::showMessage);
    connect(m_recharge.get(), &RechargeFlow::syncRequested, &m_sync, &SyncService::syncNow);
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
    const auto cachedUser = m_cache.user();
    if (cachedUser && m_cache.serverUrl() == m_settings.serverUrl().toString()
        && cachedUser->email == m_settings.lastEmail()) {
        m_window->setUser(*cachedUser);
        m_window->show();
    }

    if (!password.isEmpty()) {
        m_session.signIn(m_settings.serverUrl(), m_settings.lastEmail(), password, false, this,
                         [this](const ApiError &error) {
                             if (error.isError())
                                 showLogin(error.userMessage());
                         });
        return;
    }
    m_session.restore(cachedUser);
}

void ClientController::onSignedIn(const dto::User &user)
{
    m_cache.setUser(user, m_session.server().toString());
    if (m_window->role() != user.role || !m_window->isVisible())
        m_window->setUser(user);
    m_window->show();
    if (m_login)
        m_login->accept();
    m_sync.configure(m_session.server(), m_session.token(), toString(user.role), m_settings.allowInsecureHttp());
    m_sync.syncNow();
}

void ClientController::showLogin(const QString &reason)
{
    m_sync.stop();
    if (!m_login) {
        QWidget *parent = m_window->isVisible() ? m_window.get() : nullptr;
        m_login = new LoginDialog(m_session, m_settings.allowInsecureHttp(), parent);
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
    m_sync.stop();
    m_recharge->session().abort();
    m_window->clearUser();
    m_window->hide();
    m_session.signOut();
    showLogin(QString());
}

} // namespace lm::client
