#pragma once

#include "context.h"
#include "ledger.h"
#include "notificationservice.h"
#include "repositories/campaignrepository.h"
#include "repositories/depositrepository.h"
#include "repositories/leadrepository.h"
#include "repositories/reportrepository.h"
#include "repositories/transactionrepository.h"
#include "repositories/userrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

namespace lm::server {

/// The scheduler's jobs about money: the hourly deposit check (levels, alerts on every channel
/// the level calls for, depletion block and campaign pause) and the daily report.
class AlertService final
{
public:
    explicit AlertService(Context &ctx);

    static constexpr qint64 ReminderMs = 24LL * 3600 * 1000;

    /// Grades every deposit; alerts when a level gets worse (and reminds every 24 h while critical
    /// or depleted); blocks and pauses on depletion. Returns {deposits_checked, alerts_sent, blocked}.
    QJsonObject checkDeposits();

    /// The report of `date` (a day in the scheduler's zone), computed and stored (replacing an
    /// earlier one of that date), emailed to admins when `email`.
    QJsonObject buildDailyReport(const QDate &date, bool email);
    /// The stored report of `date`, or one computed now when none is stored.
    QJsonObject dailyReport(const QDate &date);
    /// GET /api/admin/reports/daily: `?date=` (default yesterday) answers that day's report;
    /// `?from=&to=` (both days included, at most MaxReportDays) answers {items} oldest first.
    QJsonObject dailyReports(const QUrlQuery &query);

    static constexpr int MaxReportDays = 92;

    QTimeZone zone() const { return m_zone; }

private:
    /// Deposits per level now (a report computed today shows today's levels).
    QJsonObject depositsByLevel();
    QJsonObject computeReport(const QDate &date, const QJsonObject &depositsByLevel);
    /// Tells the merchant of `state` (in its language) and, from Critical on, the admins (in theirs).
    void alert(const DepositRepository::AlertState &state, AlertLevel level, bool reminder);

    Context &m_ctx;
    Ledger m_ledger;
    NotificationService m_notifications;
    QTimeZone m_zone;
    DepositRepository m_deposits;
    CampaignRepository m_campaigns;
    LeadRepository m_leads;
    TransactionRepository m_transactions;
    ReportRepository m_reports;
    UserRepository m_users;
};

} // namespace lm::server
