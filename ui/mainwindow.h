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
class QItemSelection;
class QLabel;
class QPushButton;
class QTabBar;
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
class LeadDetailPane;
class DepositBar;
class DepositGauge;
class LeadFilterProxy;
class LeadsLoader;
class LeadsModel;
class NewLeadForm;
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
    std::optional<Role> role() const { return m_user ? std::optional(m_user->role) : std::nullopt; }

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

    /// Whether a leads load is still running (see leadsLoaded()).
    bool isLoadingLeads() const;

    /// New-lead awareness: pending leads arrived since the merchant last looked at the pending list.
    int newLeadCount() const;
    /// Where desktop notifications go (not owned; the platform's by default); null: nowhere.
    void setDesktopNotifier(DesktopNotifier *notifier);
    DesktopNotifier *desktopNotifier() const;

public Q_SLOTS:
    /// Everything shown again from the cache; the leads arrive later (leadsLoaded()).
    void reloadFromCache();
    /// Only the queued actions (list and counts) again from the cache: the outbox changed.
    void reloadOutbox();
    void showAbout();

Q_SIGNALS:
    void syncRequested();
    /// Ctrl+R or the deposit card's button: the merchant wants to recharge.
    void rechargeRequested();
    void signOutRequested();
    /// Something was put in the outbox: time to send it.
    void actionQueued();
    /// The leads tables hold what the cache held at the latest reloadFromCache() (the leads are
    /// read off the UI thread, so they arrive after the rest).
    void leadsLoaded();

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
    QWidget *leadsPanel();
    void updateDeposit();
    void updateRecentTransactions();
    void updateTransactionLeadNames();
    /// Footer, status tab counts, the Overview tab's count, the buttons (once per burst of changes).
    void updateLeadsSummary();
    void selectionChanged();
    void setStatusTab(int index);
    void validateSelected();
    void rejectSelected();
    /// Makes `proxyIndex`'s row the selection and the current row of the leads table.
    void selectOnly(const QModelIndex &proxyIndex);
    /// Nulls the pointers to the widgets of the workspace about to be replaced.
    void forgetWorkspaceWidgets();
    /// The selected leads of the overview table, in table order; pending ones only when asked.
    QList<dto::Lead> selectedLeads(bool pendingOnly) const;
    /// Applies a decision to several leads (cache + outbox), updates their rows in place; the
    /// message for the ones refused locally, if any.
    void decide(const QList<dto::Lead> &leads, const std::function<bool(const QString &id)> &queue,
                const std::function<QString(int done)> &doneMessage);
    void afterLocalChange(const QStringList &leadIds);
    void saveGeometry();
    void exportCsv(const QString &title, const QString &suggestedName, const QByteArray &bytes, int rows);

    Cache &m_cache;
    Settings &m_settings;
    std::optional<dto::User> m_user;

    LeadsModel *m_leads = nullptr;
    LeadsLoader *m_leadsLoader = nullptr;
    LeadFilterProxy *m_pendingProxy = nullptr;
    LeadFilterProxy *m_allLeadsProxy = nullptr;
    CampaignsModel *m_campaigns = nullptr;
    TransactionsModel *m_transactions = nullptr;
    NotificationsModel *m_notifications = nullptr;
    OutboxModel *m_outbox = nullptr;
    QPointer<NewLeadForm> m_newLeadForm; ///< the influencer's form (gone with its workspace)

    QTabWidget *m_workspace = nullptr;
    QTableView *m_pendingView = nullptr;
    QTabBar *m_statusTabs = nullptr;
    QLineEdit *m_pendingSearch = nullptr;
    QLabel *m_leadsFooter = nullptr;
    LeadDetailPane *m_detail = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QLabel *m_recentTransactions = nullptr;
    QLabel *m_leadsTitle = nullptr;
    QTimer *m_summaryTimer = nullptr;
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
    bool m_syncEndedWhileLoading = false; ///< handled once the leads that sync brought are loaded
    QAction *m_desktopNotificationsAction = nullptr;
    QPointer<QLabel> m_newLeadsBadge;
    QIcon m_baseIcon;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_queuedLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace lm::client
