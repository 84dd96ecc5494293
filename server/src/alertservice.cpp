#include "alertservice.h"

#include "logging.h"
#include "money.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

QString levelTitle(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Healthy: return u"Solde sain"_s;
    case AlertLevel::Attention: return u"Attention"_s;
    case AlertLevel::Warning: return u"Avertissement"_s;
    case AlertLevel::Critical: return u"Critique"_s;
    case AlertLevel::Depleted: return u"Épuisé"_s;
    }
    return {};
}

QString percentText(qint64 balance, qint64 reference)
{
    const int tenths = percentTenths(balance, reference);
    return QLocale(u"fr_MA"_s).toString(tenths / 10) + (tenths % 10 ? u","_s + QString::number(tenths % 10) : QString())
        + u" %"_s;
}

} // namespace

AlertService::AlertService(Context &ctx)
    : m_ctx(ctx), m_ledger(ctx), m_notifications(ctx), m_zone(ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8())
{
}

void AlertService::alert(const QString &merchantId, const QString &name, const QString &email, const QString &phone,
                         AlertLevel level, qint64 balance, qint64 reference, bool reminder)
{
    const QLocale fr(u"fr_MA"_s);
    const QString balanceText = Money(balance).format(fr);
    const QString referenceText = Money(reference).format(fr);
    const QString percent = percentText(balance, reference);
    const QString rechargeLink = m_ctx.publicUrl + u"/recharge"_s;
    const AlertChannels channels = channelsFor(level);
    const QString title = (reminder ? u"Rappel — "_s : QString()) + levelTitle(level) + u" : dépôt à "_s + percent;
    QString advice;
    switch (level) {
    case AlertLevel::Attention: advice = u"Pensez à recharger votre dépôt."_s; break;
    case AlertLevel::Warning: advice = u"Recharge urgente : votre dépôt baisse."_s; break;
    case AlertLevel::Critical: advice = u"Vos leads seront bloqués sous peu : rechargez maintenant."_s; break;
    case AlertLevel::Depleted:
        advice = u"Dépôt épuisé : les nouveaux leads sont bloqués et vos campagnes sont en pause jusqu'à la recharge."_s;
        break;
    case AlertLevel::Healthy: break;
    }
    const QString text = balanceText + u" / "_s + referenceText + u" ("_s + percent + u"). "_s + advice;
    if (channels.dashboard)
        m_notifications.notify(merchantId, u"deposit_alert"_s, toString(level), title, text);
    if (channels.email) {
        m_notifications.enqueue({u"email"_s, email, u"LeadMarket — "_s + title,
                                 u"Bonjour "_s + name + u",\n\n"_s + u"Votre dépôt LeadMarket est au niveau « "_s
                                     + levelTitle(level) + u" » : solde "_s + balanceText + u" sur "_s + referenceText
                                     + u" ("_s + percent + u").\n"_s + advice + u"\n\nRecharger votre dépôt : "_s
                                     + rechargeLink + u"\n\nL'équipe LeadMarket\n"_s,
                                 {},
                                 {}});
    }
    const QString shortText = u"LeadMarket : dépôt "_s + levelTitle(level).toLower() + u" ("_s + percent + u", "_s
        + balanceText + u"). "_s + advice;
    const QJsonObject variables{{u"1"_s, name}, {u"2"_s, levelTitle(level)}, {u"3"_s, percent}, {u"4"_s, balanceText}};
    if (channels.sms)
        m_notifications.enqueue({u"sms"_s, phone, {}, shortText, {}, {}});
    if (channels.whatsapp)
        m_notifications.enqueue({u"whatsapp"_s, phone, {}, shortText, variables, {}});
    if (level >= AlertLevel::Critical)
        m_notifications.notifyAdmins(u"merchant_alert"_s, toString(level), name + u" : "_s + title, text);
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
        const QLocale fr(u"fr_MA"_s);
        const QJsonObject levels = report.value(u"deposits_by_level"_s).toObject();
        const QString body =
            u"Rapport quotidien LeadMarket du "_s + fr.toString(date, QLocale::LongFormat) + u"\n\n"_s
            + u"Leads créés : "_s + QString::number(report.value(u"leads_created"_s).toInteger()) + u'\n'
            + u"Leads validés : "_s + QString::number(report.value(u"leads_validated"_s).toInteger()) + u'\n'
            + u"Leads rejetés : "_s + QString::number(report.value(u"leads_rejected"_s).toInteger()) + u'\n'
            + u"Leads expirés : "_s + QString::number(report.value(u"leads_expired"_s).toInteger()) + u'\n'
            + u"Commissions : "_s + Money(report.value(u"commissions_cents"_s).toInteger()).format(fr) + u'\n'
            + u"Recharges : "_s + Money(report.value(u"recharges_cents"_s).toInteger()).format(fr) + u"\n\n"_s
            + u"Dépôts par niveau : sain "_s + QString::number(levels.value(u"healthy"_s).toInt()) + u", attention "_s
            + QString::number(levels.value(u"attention"_s).toInt()) + u", avertissement "_s
            + QString::number(levels.value(u"warning"_s).toInt()) + u", critique "_s
            + QString::number(levels.value(u"critical"_s).toInt()) + u", épuisé "_s
            + QString::number(levels.value(u"depleted"_s).toInt()) + u"\n"_s;
        QSqlQuery q = m_ctx.db.exec(u"SELECT email FROM users WHERE role = 'admin' ORDER BY id"_s);
        QStringList admins;
        while (q.next())
            admins << q.value(0).toString();
        for (const QString &admin : admins)
            m_notifications.enqueue({u"email"_s, admin, u"LeadMarket — rapport du "_s + key, body, {}, {}});
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
