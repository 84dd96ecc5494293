#pragma once

#include <kinds.h>

#include <QList>
#include <QTabWidget>

#include <functional>

class QAction;

namespace lm::client {

class Actions;
class AdminService;
class CampaignService;
class ClientModels;
class DesktopNotifier;
class EarningsService;
class LeadsPage;
class Settings;

/// What every workspace needs from the shell: the models it reads, the actions it asks for, the
/// online services (earnings, the admin console, campaigns), the settings, and how to ask where to save a file
/// (tests answer without a dialog).
struct WorkspaceContext
{
    using SaveFileChooser = std::function<QString(const QString &title, const QString &suggestedName)>;

    ClientModels &models;
    Actions &actions;
    EarningsService &earnings;
    AdminService &admin;
    CampaignService &campaigns;
    Settings &settings;
    SaveFileChooser chooseSaveFile;
};

/// One role's screens, as tabs: created when the user signs in, destroyed when they sign out,
/// with its models and actions (so nothing of one account outlives its session). The shell asks
/// it for its File-menu entries and for the search field; it emits what the status bar says.
class Workspace : public QTabWidget
{
    Q_OBJECT

public:
    Workspace(const QString &objectName, WorkspaceContext context, QWidget *parent = nullptr);

    ClientModels &models() const { return m_context.models; }
    /// The role's File-menu entries (owned here: they leave the menu with the workspace).
    QList<QAction *> fileActions() const { return m_fileActions; }
    /// Ctrl+F: the search field of the page in front (the leads page otherwise).
    virtual void focusSearch();
    /// A sync ended.
    virtual void syncEnded() {}
    /// Where desktop notifications go (not owned); null: nowhere.
    virtual void setDesktopNotifier(DesktopNotifier *notifier) { Q_UNUSED(notifier) }
    /// How many things are new for the user (the window's badge).
    virtual int attentionCount() const { return 0; }
    /// The leads, as the leads page shows them, to a CSV file.
    void exportLeads();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void attentionChanged(int count);

protected:
    /// Adds a page with its Alt+<n> shortcut (the first nine pages).
    void addPage(QWidget *page, const QString &title);
    /// The leads page, with its "Export leads" entry in the File menu.
    LeadsPage *addLeadsPage(const QString &title, Role reader);
    /// The queued actions (cancel a waiting one) and the notifications (mark read; the tab shows
    /// the unread count), their messages on the status bar.
    void addQueuePage(const QString &title);
    void addNotificationsPage(const QString &title);
    /// `page`'s tab reads "title (unread)" while notifications are unread.
    void showUnreadCount(QWidget *page, const QString &title);
    void addFileSeparator();
    QAction *addFileAction(const QString &objectName, const QString &text, const QString &statusTip);
    void exportCsv(const QString &title, const QString &suggestedName, const QByteArray &bytes, int rows);
    const WorkspaceContext &context() const { return m_context; }
    LeadsPage *leadsPage() const { return m_leadsPage; }

private:
    WorkspaceContext m_context;
    QList<QAction *> m_fileActions;
    LeadsPage *m_leadsPage = nullptr;
};

} // namespace lm::client
