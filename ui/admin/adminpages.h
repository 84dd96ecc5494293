#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace lm::client {

class AdminListPage;
class AdminService;
class JsonTableModel;

/// The translation context of the pages made by functions (and of the ledger page).
class AdminPages final
{
    Q_DECLARE_TR_FUNCTIONS(AdminPages)
};

/// A merchant's name from its id (the alerts board knows them); empty when unknown.
using MerchantNames = std::function<QString(const QString &merchantId)>;

// The admin console's list pages, each an AdminListPage over its own model (parented to it).

/// Outgoing messages (GET /api/admin/outbox), filtered by status; failed ones in red.
AdminListPage *makeOutboxPage(AdminService &admin, QWidget *parent);
/// Scheduled jobs with their last and next run; "Run now…".
AdminListPage *makeJobsPage(AdminService &admin, QWidget *parent);
/// Accounts by role and search; "New user…", "Disable…", "Enable…" (never one's own account).
AdminListPage *makeUsersPage(AdminService &admin, QWidget *parent);
/// Influencers' payout requests (requested by default); "Mark paid…", "Reject…".
AdminListPage *makePayoutsPage(AdminService &admin, QWidget *parent);
/// Who did what, newest first, searchable.
AdminListPage *makeAuditPage(AdminService &admin, MerchantNames merchantNames, QWidget *parent);

/// A job's result in words ("12 deposits checked, 3 alerts sent, 1 blocked").
QString jobResultText(const QString &job, const QJsonValue &result);
/// "Deposit check and alerts", "Daily report", … for a job's name.
QString jobTitle(const QString &job);

/// The ledger check (GET /api/admin/ledger-check), run on request: "OK — N deposits checked" in
/// green, or every mismatch in a table.
class LedgerPage final : public QWidget
{
    Q_OBJECT

public:
    LedgerPage(AdminService &admin, MerchantNames merchantNames, QWidget *parent = nullptr);

    AdminListPage &page() const { return *m_page; }
    JsonTableModel &mismatches() const { return *m_model; }
    QString resultText() const;
    /// Runs the check.
    void run();

private:
    AdminService &m_admin;
    MerchantNames m_merchantNames;
    JsonTableModel *m_model = nullptr;
    AdminListPage *m_page = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace lm::client
