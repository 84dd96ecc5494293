#pragma once

#include "syncengine.h"

#include <dto.h>

#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QTimer;
class QTableView;

namespace lm::client {

class Cache;
class CampaignsModel;
class DesktopNotifier;
class LeadAwareness;
class DepositBar;
class DepositGauge;
class LeadFilterProxy;
class LeadsModel;
class NotificationsModel;
class OutboxModel;
class Settings;
class TransactionsModel;

/// The shell: menu, toolbar, status bar (online / offline / syncing, queued actions) and the
/// workspace of the signed-in user's role. Everything shown comes from the cache.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Cache &cache, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Builds the workspace of `user.role` and fills it from the cache.
    void setUser(const dto::User &user);
    void clearUser();
    QString role() const { return m_user ? m_user->role : QString(); }

    void setConnection(SyncEngine::Connection connection);
    void setSyncing(bool syncing);
    void setProgress(int done, int total, const QString &step);
    void setOutboxCounts(int queued, int failed);
    void showMessage(const QString &message);

    /// Queue the decision on a lead (the UI's path: cache + outbox); the message when refused locally.
    std::optional<QString> queueValidate(const QString &leadId, int score, const QString &feedback);
    std::optional<QString> queueReject(const QString &leadId, const QString &reason);

    /// Asks where to save an export (tests answer without a file dialog); empty: cancelled.
    using SaveFileChooser = std::function<QString(const QString &title, const QString &suggestedName)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    /// The leads as the "All leads" table shows them (filter and order), as CSV.
    void exportLeads();
    /// The transaction history, as CSV (merchants).
    void exportTransactions();

    /// New-lead awareness: pending leads arrived since the merchant last looked at the pending list.
    int newLeadCount() const;
    /// Where desktop notifications go (not owned; the platform's by default); null: nowhere.
    void setDesktopNotifier(DesktopNotifier *notifier);
    DesktopNotifier *desktopNotifier() const;

public Q_SLOTS:
    void reloadFromCache();
    void showAbout();

Q_SIGNALS:
    void syncRequested();
    /// Ctrl+R or the deposit card's button: the merchant wants to recharge.
    void rechargeRequested();
    void signOutRequested();
    /// Something was put in the outbox: time to send it.
    void actionQueued();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // New-lead awareness (badge on the Overview tab and the window icon, desktop notifications).
    void createAwareness();
    void installNewLeadsBadge(QTabWidget *tabs);
    void updateNewLeadsBadge(int count);
    void leadsChangedForAwareness();
    void syncEndedForAwareness();
    bool pendingListVisible() const;
    void createActions();
    QWidget *buildMerchantWorkspace();
    QWidget *buildInfluencerWorkspace();
    QWidget *buildAdminWorkspace();
    QWidget *leadsPage(const QString &name, bool withSearch);
    QTableView *tableView(const QString &name, QAbstractItemModel *model);
    QWidget *depositCard();
    void updateDeposit();
    void validateSelected();
    void rejectSelected();
    std::optional<dto::Lead> selectedPendingLead() const;
    void saveGeometry();
    void exportCsv(const QString &title, const QString &suggestedName, const QByteArray &bytes, int rows);

    Cache &m_cache;
    Settings &m_settings;
    std::optional<dto::User> m_user;

    LeadsModel *m_leads = nullptr;
    LeadFilterProxy *m_pendingProxy = nullptr;
    LeadFilterProxy *m_allLeadsProxy = nullptr;
    CampaignsModel *m_campaigns = nullptr;
    TransactionsModel *m_transactions = nullptr;
    NotificationsModel *m_notifications = nullptr;
    OutboxModel *m_outbox = nullptr;

    QTabWidget *m_workspace = nullptr;
    QTableView *m_pendingView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_reserved = nullptr;
    QLabel *m_available = nullptr;
    DepositGauge *m_gauge = nullptr;
    DepositBar *m_bar = nullptr;

    QAction *m_syncAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_rechargeAction = nullptr;
    QAction *m_exportLeadsAction = nullptr;
    QAction *m_exportTransactionsAction = nullptr;
    SaveFileChooser m_chooseSaveFile;

    LeadAwareness *m_awareness = nullptr;
    QTimer *m_awarenessCheck = nullptr;
    QAction *m_desktopNotificationsAction = nullptr;
    QPointer<QLabel> m_newLeadsBadge;
    QIcon m_baseIcon;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_queuedLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace lm::client
