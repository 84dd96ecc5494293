#include "alertservice.h"

#include "logging.h"
#include "texts.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

AlertService::AlertService(Context &ctx)
    : m_ctx(ctx), m_ledger(ctx), m_notifications(ctx), m_zone(ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8())
{
}

void AlertService::alert(const QString &merchantId, const QString &name, const QString &email, const QString &phone,
                         AlertLevel level, qint64 balance, qint64 reference, bool reminder)
{
    const texts::DepositAlert data{name, level, balance, reference, reminder, m_ctx.publicUrl + u"/recharge"_s};
    const AlertChannels channels = channelsFor(level);
    if (channels.dashboard) {
        const texts::Notice notice = texts::depositAlertNotice(data);
        m_notifications.notify(merchantId, u"deposit_alert"_s, toString(level), notice.title, notice.body);
    }
    if (channels.email) {
        const texts::Email mail = texts::depositAlertEmail(data);
        m_notifications.enqueue({u"email"_s, email, mail.subject, mail.body, {}, {}});
    }
    if (channels.sms)
        m_notifications.enqueue({u"sms"_s, phone, {}, texts::depositAlertShortText(data), {}, {}});
    if (channels.whatsapp)
        m_notifications.enqueue({u"whatsapp"_s, phone, {}, texts::depositAlertShortText(data),
                                 texts::depositAlertTemplateVariables(data), {}});
    if (level >= AlertLevel::Critical) {
        const texts::Notice notice = texts::merchantAlertNotice(data);
        m_notifications.notifyAdmins(u"merchant_alert"_s, toString(level), notice.title, notice.body);
    }
}

QJsonObject AlertService::checkDeposits()
{
    QStringList merchants;
    {
        QSqlQuery q = m_ctx.db.exec(u"SELECT merchant_id FROM deposits ORDER BY merchant_id"_s);
        while (q.next())
            merchants << q.value(0).toString();
    }
    int checked = 0, alerts = 0, blocked = 0;
    for (const QString &merchantId : merchants) {
        // One transaction per deposit: a lead or a recharge in between is seen whole or not at all.
        WriteTransaction tx(m_ctx.db);
        QSqlQuery q = m_ctx.db.exec(u"SELECT d.current_balance, d.reference_amount, d.status, d.blocked_reason, "
                                    u"d.last_level, d.last_alert_at, u.display_name, u.email, u.phone FROM deposits d "
                                    u"JOIN users u ON u.id = d.merchant_id WHERE d.merchant_id = ?"_s
                                        + m_ctx.db.forUpdate(),
                                    {merchantId});
        if (!q.next())
            continue;
        const qint64 balance = q.value(0).toLongLong();
        const qint64 reference = q.value(1).toLongLong();
        const std::optional<DepositStatus> status = depositStatusFromString(q.value(2).toString());
        const AlertLevel previous = alertLevelFromString(q.value(4).toString()).value_or(AlertLevel::Healthy);
        const qint64 lastAlertAt = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        const QString name = q.value(6).toString();
        const QString email = q.value(7).toString();
        const QString phone = q.value(8).toString();
        q.finish();
        ++checked;
        if (reference <= 0)
            continue; // never recharged: nothing to warn about yet, nothing to block
        const AlertLevel level = classifyDeposit(balance, reference);
        const qint64 now = m_ctx.now();

        if (level == AlertLevel::Depleted) {
            if (status == DepositStatus::Active) {
                m_ctx.db.exec(u"UPDATE deposits SET status = 'blocked', blocked_reason = 'depleted', updated_at = ? "
                              u"WHERE merchant_id = ?"_s,
                              {now, merchantId});
                ++blocked;
            }
            m_ctx.db.exec(u"UPDATE campaigns SET status = 'paused', paused_reason = 'depleted', updated_at = ? "
                          u"WHERE merchant_id = ? AND status = 'active'"_s,
                          {now, merchantId});
        }
        const bool worse = level > previous;
        const bool reminder = !worse && level == previous && level >= AlertLevel::Critical
            && now - lastAlertAt >= ReminderMs;
        if (worse || reminder) {
            alert(merchantId, name, email, phone, level, balance, reference, reminder);
            ++alerts;
            m_ctx.db.exec(u"UPDATE deposits SET last_level = ?, last_alert_at = ? WHERE merchant_id = ?"_s,
                          {toString(level), now, merchantId});
        } else if (level != previous) {
            m_ctx.db.exec(u"UPDATE deposits SET last_level = ? WHERE merchant_id = ?"_s, {toString(level), merchantId});
        }
        tx.commit();
    }
    logger("server.jobs")->info("deposit check: {} deposit(s), {} alert(s), {} blocked", checked, alerts, blocked);
    return {{u"deposits_checked"_s, checked}, {u"alerts_sent"_s, alerts}, {u"blocked"_s, blocked}};
}

QJsonObject AlertService::computeReport(const QDate &date)
{
    const qint64 start = QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(date.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    auto count = [&](const QString &sql) { return m_ctx.db.scalar(sql, {start, end})->toLongLong(); };
    QJsonObject levels{{u"healthy"_s, 0}, {u"attention"_s, 0}, {u"warning"_s, 0}, {u"critical"_s, 0}, {u"depleted"_s, 0}};
    QSqlQuery q = m_ctx.db.exec(u"SELECT current_balance, reference_amount FROM deposits"_s);
    while (q.next()) {
        const QString level = toString(classifyDeposit(q.value(0).toLongLong(), q.value(1).toLongLong()));
        levels.insert(level, levels.value(level).toInt() + 1);
    }
    return {{u"date"_s, date.toString(Qt::ISODate)},
            {u"leads_created"_s, count(u"SELECT COUNT(*) FROM leads WHERE created_at >= ? AND created_at < ?"_s)},
            {u"leads_validated"_s, count(u"SELECT COUNT(*) FROM leads WHERE status = 'validated' AND decided_at >= ? AND decided_at < ?"_s)},
            {u"leads_rejected"_s, count(u"SELECT COUNT(*) FROM leads WHERE status = 'rejected' AND decided_at >= ? AND decided_at < ?"_s)},
            {u"leads_expired"_s, count(u"SELECT COUNT(*) FROM leads WHERE status = 'expired' AND decided_at >= ? AND decided_at < ?"_s)},
            {u"commissions_cents"_s, count(u"SELECT COALESCE(-SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'deduction' AND created_at >= ? AND created_at < ?"_s)},
            {u"recharges_cents"_s, count(u"SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'recharge' AND created_at >= ? AND created_at < ?"_s)},
            {u"deposits_by_level"_s, levels}};
}

QJsonObject AlertService::buildDailyReport(const QDate &date, bool email)
{
    WriteTransaction tx(m_ctx.db);
    const QJsonObject report = computeReport(date);
    const QString key = date.toString(Qt::ISODate);
    m_ctx.db.exec(u"DELETE FROM daily_reports WHERE report_date = ?"_s, {key});
    m_ctx.db.exec(u"INSERT INTO daily_reports (report_date, report, created_at) VALUES (?, ?, ?)"_s,
                  {key, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)), m_ctx.now()});
    if (email) {
        const QJsonObject levels = report.value(u"deposits_by_level"_s).toObject();
        const texts::Email mail = texts::dailyReportEmail({date,
                                                           report.value(u"leads_created"_s).toInteger(),
                                                           report.value(u"leads_validated"_s).toInteger(),
                                                           report.value(u"leads_rejected"_s).toInteger(),
                                                           report.value(u"leads_expired"_s).toInteger(),
                                                           report.value(u"commissions_cents"_s).toInteger(),
                                                           report.value(u"recharges_cents"_s).toInteger(),
                                                           levels.value(u"healthy"_s).toInt(),
                                                           levels.value(u"attention"_s).toInt(),
                                                           levels.value(u"warning"_s).toInt(),
                                                           levels.value(u"critical"_s).toInt(),
                                                           levels.value(u"depleted"_s).toInt()});
        QSqlQuery q = m_ctx.db.exec(u"SELECT email FROM users WHERE role = 'admin' ORDER BY id"_s);
        QStringList admins;
        while (q.next())
            admins << q.value(0).toString();
        for (const QString &admin : admins)
            m_notifications.enqueue({u"email"_s, admin, mail.subject, mail.body, {}, {}});
    }
    tx.commit();
    return report;
}

QJsonObject AlertService::dailyReport(const QDate &date)
{
    if (auto stored = m_ctx.db.scalar(u"SELECT report FROM daily_reports WHERE report_date = ?"_s,
                                      {date.toString(Qt::ISODate)}))
        return QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    return computeReport(date);
}

} // namespace lm::server
