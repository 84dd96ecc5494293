#include "mainwindow.h"
#include "icons.h"

#include "aboutdialog.h"
#include "accountmenu.h"
#include "adminworkspace.h"
#include "influencerworkspace.h"
#include "desktopattention.h"
#include "merchantworkspace.h"

#include <actions.h>
#include <session.h>
#include <clientcore.h>
#include <clientmodels.h>
#include <settings.h>
#include <store.h>
#include <syncservice.h>

#include <algorithm>

#include <QAction>
#include <QCloseEvent>
#include <QShowEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The widest the signed-in user's name may be on the status bar.
constexpr int UserLabelMaxWidth = 260;

} // namespace

MainWindow::MainWindow(ClientCore &core, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_core(core), m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(QString()); // the application's name alone
    m_baseIcon = windowIcon();
    m_notifier = createPlatformNotifier(this);
    m_chooseSaveFile = [this](const QString &title, const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString filter = suggestedName.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? tr("PDF documents (*.pdf)")
                                                                                      : tr("CSV files (*.csv)");
        return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedName), filter);
    };
    createActions();
    createStatusBar();
    showNotSignedIn();

    SyncService &sync = core.sync();
    connect(&sync, &SyncService::connectionChanged, this, &MainWindow::setConnection);
    connect(&sync, &SyncService::liveChanged, this, &MainWindow::updatePushLabel);
    connect(&sync, &SyncService::syncingChanged, this, &MainWindow::setSyncing);
    connect(&sync, &SyncService::progress, this, &MainWindow::setProgress);
    connect(&sync, &SyncService::actionFailed, this, [this](qint64, const QString &message) {
        showMessage(tr("An action was refused by the server: %1").arg(message));
    });
    connect(&sync, &SyncService::syncFinished, this, [this](bool ok, const QString &message) {
        if (!ok && !message.isEmpty())
            showMessage(message);
    });
    connect(&core.store(), &Store::outboxChanged, this,
            [this](const QList<OutboxEntry> &, int queued, int failed) { setOutboxCounts(queued, failed); });

    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray())) {
        // The first start: a comfortable size, never larger than the screen.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.95));
    }
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    fitIntoScreen();
}

void MainWindow::fitIntoScreen()
{
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the window manager sizes those
    // The screen under the window's centre, else the nearest one (its screen may be gone).
    QScreen *target = QGuiApplication::screenAt(geometry().center());
    if (!target) {
        const QList<QScreen *> screens = QGuiApplication::screens();
        const auto distance = [this](const QScreen *s) {
            return (s->availableGeometry().center() - geometry().center()).manhattanLength();
        };
        const auto nearest = std::min_element(screens.cbegin(), screens.cend(), [&](const QScreen *a, const QScreen *b) {
            return distance(a) < distance(b);
        });
        target = nearest != screens.cend() ? *nearest : nullptr;
    }
    if (!target)
        return;
    const QRect available = target->availableGeometry();
    // Room for the title bar and borders once shown (not known before the first show).
    const QMargins frame = isVisible() ? QMargins(geometry().left() - frameGeometry().left(),
                                                  geometry().top() - frameGeometry().top(),
                                                  frameGeometry().right() - geometry().right(),
                                                  frameGeometry().bottom() - geometry().bottom())
                                       : QMargins();
    const QRect room = available.marginsRemoved(frame);
    const QSize fitted = size().boundedTo(room.size()).expandedTo(minimumSize());
    const int x = std::clamp(geometry().x(), room.left(), std::max(room.left(), room.right() + 1 - fitted.width()));
    const int y = std::clamp(geometry().y(), room.top(), std::max(room.top(), room.bottom() + 1 - fitted.height()));
    if (QRect(QPoint(x, y), fitted) != geometry())
        setGeometry(QRect(QPoint(x, y), fitted));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedShown && !event->spontaneous()) {
        m_fittedShown = true;
        fitIntoScreen(); // again, now that the title bar and borders are known
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncAction = new QAction(tr("&Synchronise now"), this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setIcon(actionIcon(ActionIcon::Sync));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setStatusTip(tr("Send queued actions and fetch the latest data (F5)"));
    connect(m_syncAction, &QAction::triggered, &m_core.sync(), &SyncService::syncNow);

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setIcon(actionIcon(ActionIcon::SignOut));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(tr("&About LeadMarket"), this);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    auto *search = new QAction(tr("&Find a lead"), this);
    search->setObjectName(u"searchAction"_s);
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->focusSearch();
    });

    auto *notifications = new QAction(tr("&Desktop notifications"), this);
    notifications->setObjectName(u"desktopNotificationsAction"_s);
    notifications->setCheckable(true);
    notifications->setChecked(m_settings.desktopNotifications());
    notifications->setStatusTip(tr("Announce new leads and deposit alerts on the desktop"));
    connect(notifications, &QAction::toggled, this, [this](bool enabled) {
        m_settings.setValue(Settings::Key::DesktopNotifications, enabled);
        m_settings.sync();
    });

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addSeparator();
    m_workspaceActionsEnd = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(search);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(u"settingsMenu"_s);
    settingsMenu->addAction(notifications);
    // In File, beside Sign out: a menu of its own on the bar would take an Alt+letter that every
    // page's buttons and fields need.
    auto *account = new AccountMenu(m_core.accounts(), m_core.session(), this);
    m_fileMenu->insertMenu(m_signOutAction, account);
    connect(account, &AccountMenu::message, this, &MainWindow::showMessage);
    // A profile saved or the email verified: the name on the bar and in the title follows.
    connect(&m_core.session(), &Session::userChanged, this, [this](const dto::User &user) {
        if (m_user && m_user->id == user.id) {
            m_user = user;
            showWho(user);
        }
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the words stay: icons alone say too little
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_signOutAction);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_queuedLabel = new QLabel(this);
    m_queuedLabel->setObjectName(u"queuedLabel"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_pushLabel = new QLabel(this);
    m_pushLabel->setObjectName(u"pushLabel"_s);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_queuedLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_pushLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->setToolTip(QString()); // the shortened message is gone, its whole text too
    });
    setConnection(Connection::Unknown);
    setOutboxCounts(0, 0);
}

void MainWindow::showNotSignedIn()
{
    auto *empty = new QLabel(tr("Not signed in."), this);
    empty->setAlignment(Qt::AlignCenter);
    setCentralWidget(empty); // the previous central widget (a workspace) is deleted
}

void MainWindow::setUser(const dto::User &user)
{
    m_user = user;
    // The models and the workspace are the user's: made now, gone at sign-out.
    auto *models = new ClientModels(m_core.store());
    // The chooser is asked at each export (tests replace it after sign-in).
    WorkspaceContext context{*models, m_core.actions(), m_core.earnings(), m_core.admin(), m_core.campaigns(),
                             m_settings,
                             [this](const QString &title, const QString &name) {
                                 return m_chooseSaveFile ? m_chooseSaveFile(title, name) : QString();
                             }};
    Workspace *workspace = nullptr;
    switch (user.role) {
    case Role::Merchant: {
        auto *merchant = new MerchantWorkspace(context);
        connect(merchant, &MerchantWorkspace::rechargeRequested, this, &MainWindow::rechargeRequested);
        workspace = merchant;
        break;
    }
    case Role::Influencer:
        workspace = new InfluencerWorkspace(context);
        break;
    case Role::Admin:
        workspace = new AdminWorkspace(context);
        break;
    }
    models->setParent(workspace);
    workspace->setDesktopNotifier(m_notifier);
    connect(workspace, &Workspace::statusMessage, this, &MainWindow::showMessage);
    connect(workspace, &Workspace::attentionChanged, this, &MainWindow::setAttention);
    connect(models, &ClientModels::leadsLoaded, this, &MainWindow::leadsLoaded);
    connect(models, &ClientModels::loadFailed, this, [this](const QString &problem) {
        showMessage(tr("The cached leads could not be read: %1").arg(problem));
    });
    m_fileMenu->insertActions(m_workspaceActionsEnd, workspace->fileActions());
    addActions(workspace->fileActions()); // their shortcuts work wherever the focus is
    m_workspace = workspace;
    setCentralWidget(workspace);
    setAttention(0);

    showWho(user);
    updatePushLabel();
}

void MainWindow::showWho(const dto::User &user)
{
    QString roleName;
    switch (user.role) {
    case Role::Merchant:
        roleName = tr("merchant");
        break;
    case Role::Influencer:
        roleName = tr("influencer");
        break;
    case Role::Admin:
        roleName = tr("administrator");
        break;
    }
    // A long company name is shortened on the bar (whole in its tooltip): the bar's other items
    // and its messages keep their room on a small screen.
    const QString who = tr("%1 (%2)").arg(user.displayName, roleName);
    m_userLabel->setText(m_userLabel->fontMetrics().elidedText(who, Qt::ElideMiddle, UserLabelMaxWidth));
    m_userLabel->setToolTip(who);
    m_userLabel->setAccessibleName(who);
    // Qt adds the application's name: "Agence Atlas — LeadMarket".
    setWindowTitle(user.displayName);
}

void MainWindow::clearUser()
{
    m_user.reset();
    m_core.store().cancel();
    showNotSignedIn();
    m_userLabel->clear();
    m_userLabel->setToolTip(QString());
    updatePushLabel();
    setAttention(0);
    setOutboxCounts(0, 0);
    setWindowTitle(QString()); // the application's name alone
}

void MainWindow::reloadFromCache()
{
    if (m_workspace)
        m_workspace->models().reload();
}

bool MainWindow::isLoadingLeads() const
{
    return m_workspace && m_workspace->models().isLoading();
}

int MainWindow::newLeadCount() const
{
    return m_workspace ? m_workspace->attentionCount() : 0;
}

void MainWindow::setDesktopNotifier(DesktopNotifier *notifier)
{
    m_notifier = notifier;
    if (m_workspace)
        m_workspace->setDesktopNotifier(notifier);
}

void MainWindow::setAttention(int count)
{
    setWindowIcon(count > 0 ? iconWithBadge(m_baseIcon, count) : m_baseIcon);
}

void MainWindow::setConnection(Connection connection)
{
    m_connection = connection;
    switch (connection) {
    case Connection::Online: m_connectionLabel->setText(tr("Online")); break;
    case Connection::Offline: m_connectionLabel->setText(tr("Offline")); break;
    case Connection::Unknown: m_connectionLabel->setText(tr("Connecting…")); break;
    }
    updatePushLabel();
}

void MainWindow::updatePushLabel()
{
    // How changes reach this window: pushed by the server as they happen, or at the next poll.
    const SyncService &sync = m_core.sync();
    if (sync.isLive()) {
        m_pushLabel->setText(tr("Live"));
        m_pushLabel->setToolTip(tr("Changes appear as soon as they happen."));
    } else {
        m_pushLabel->setText(tr("Polling every %n s", nullptr, sync.intervalSeconds()));
        m_pushLabel->setToolTip(tr("Changes appear at the next synchronisation."));
    }
    m_pushLabel->setVisible(m_user && (sync.isLive() || m_connection == Connection::Online));
}

void MainWindow::setSyncing(bool syncing)
{
    if (!syncing && m_workspace)
        m_workspace->syncEnded();
    m_progress->setVisible(syncing);
    if (syncing)
        m_connectionLabel->setText(tr("Synchronising…"));
    else
        setConnection(m_connection);
}

void MainWindow::setProgress(int done, int total, const QString &step)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    // A sync step is chatter: it never covers a message meant for the user (a refusal, the keychain).
    if (!step.isEmpty() && (statusBar()->currentMessage().isEmpty() || m_stepShown == statusBar()->currentMessage())) {
        m_stepShown = tr("Synchronising: %1").arg(step);
        statusBar()->showMessage(m_stepShown, 3000);
    }
}

void MainWindow::setOutboxCounts(int queued, int failed)
{
    QString text = queued > 0 ? tr("%n action(s) waiting", nullptr, queued) : tr("Nothing waiting");
    if (failed > 0)
        text += u" · "_s + tr("%n refused", nullptr, failed);
    m_queuedLabel->setText(text);
}

void MainWindow::showMessage(const QString &message)
{
    // The status bar gives a message the room its permanent labels leave: one that does not fit is
    // shortened with "…" and said whole in the bar's tooltip, never cut in the middle of a word.
    int room = statusBar()->width() - 32;
    for (const QWidget *permanent : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_queuedLabel),
                                     static_cast<QWidget *>(m_connectionLabel), static_cast<QWidget *>(m_pushLabel),
                                     static_cast<QWidget *>(m_userLabel)})
        if (permanent->isVisible())
            room -= permanent->sizeHint().width() + statusBar()->layout()->spacing();
    const QString shown = statusBar()->fontMetrics().elidedText(message, Qt::ElideRight, std::max(room, 80));
    statusBar()->setToolTip(shown == message ? QString() : message);
    statusBar()->showMessage(shown, 10000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace lm::client
