#pragma once

#include "workspace.h"

#include <connection.h>
#include <desktopnotifier.h>
#include <dto.h>

#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace lm::client {

class ClientCore;
class ClientModels;
class DesktopNotifier;
class Settings;

/// The shell: menus, toolbar, the status bar (online / offline / syncing, queued actions), and
/// the workspace of the signed-in user's role, created at sign-in and destroyed at sign-out. It
/// follows the sync through the ClientCore; everything shown comes from the cache through the
/// workspace's models.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ClientCore &core, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Builds the workspace of `user.role` and fills it from the cache.
    void setUser(const dto::User &user);
    void clearUser();
    std::optional<dto::User> user() const { return m_user; }
    /// The signed-in user's workspace; null when nobody is signed in.
    Workspace *workspace() const { return m_workspace; }

    void setConnection(lm::client::Connection connection);
    void setSyncing(bool syncing);
    void setProgress(int done, int total, const QString &step);
    void setOutboxCounts(int queued, int failed);
    void showMessage(const QString &message);

    /// Asks where to save an export (tests answer without a file dialog); empty: cancelled.
    void setSaveFileChooser(WorkspaceContext::SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    /// Whether a read of the cache is still running (see leadsLoaded()).
    bool isLoadingLeads() const;
    /// What is new for the user since they last looked (merchants: pending leads).
    int newLeadCount() const;
    /// Where desktop notifications go (not owned; the platform's by default); null: nowhere.
    void setDesktopNotifier(DesktopNotifier *notifier);
    DesktopNotifier *desktopNotifier() const { return m_notifier.data(); }

public Q_SLOTS:
    /// Everything shown again from the cache; the leads arrive later (leadsLoaded()).
    void reloadFromCache();
    void showAbout();

Q_SIGNALS:
    void signOutRequested();
    /// The merchant wants to recharge (Ctrl+R or the deposit card's button).
    void rechargeRequested();
    /// The workspace's models hold what the cache held at the latest reload (the leads are read
    /// off the UI thread, so they arrive after the rest).
    void leadsLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Shrinks and moves the window onto the screen it lands on (a geometry saved on a larger or
    /// since disconnected screen comes back whole).
    void fitIntoScreen();
    void createActions();
    void createStatusBar();
    void showNotSignedIn();
    /// The user's name and role on the status bar and in the title.
    void showWho(const dto::User &user);
    void setAttention(int count);
    /// "Live" (the server's event stream is open) or "Polling every 30 s", while online.
    void updatePushLabel();

    ClientCore &m_core;
    Settings &m_settings;
    std::optional<dto::User> m_user;
    QPointer<Workspace> m_workspace;
    WorkspaceContext::SaveFileChooser m_chooseSaveFile;
    QPointer<DesktopNotifier> m_notifier;
    QIcon m_baseIcon;

    QMenu *m_fileMenu = nullptr;
    QAction *m_workspaceActionsEnd = nullptr; ///< the workspace's File entries go before it
    QAction *m_syncAction = nullptr;
    QAction *m_signOutAction = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_queuedLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QString m_stepShown; ///< the sync step the status bar shows, if it still does
    QLabel *m_pushLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    Connection m_connection = Connection::Unknown;
    bool m_fittedShown = false; ///< fitted to its screen at the first show
};

} // namespace lm::client
