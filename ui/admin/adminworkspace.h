#pragma once

#include "workspace.h"

namespace lm::client {

class AdminListPage;
class AlertsBoard;
class LedgerPage;
class ReportsPage;

/// The administrator's console: the alerts board (home), daily reports, payouts, users, outbox,
/// jobs, ledger check, audit log, then the notifications, leads and campaigns from the cache.
/// Every page but the last three reads the server directly through AdminService.
class AdminWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit AdminWorkspace(WorkspaceContext context, QWidget *parent = nullptr);

    AlertsBoard *alertsBoard() const { return m_board; }
    ReportsPage *reportsPage() const { return m_reports; }
    LedgerPage *ledgerPage() const { return m_ledger; }

    void focusSearch() override;
    void syncEnded() override;

private:
    void addNotifications();
    AlertsBoard *m_board = nullptr;
    ReportsPage *m_reports = nullptr;
    LedgerPage *m_ledger = nullptr;
};

} // namespace lm::client
