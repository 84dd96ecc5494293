#include "alertservice.h"

#include "logging.h"
#include "money.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QLocale>

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
    : m_ctx(ctx), m_ledger(ctx), m_notifications(ctx), m_zone(ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8()),
      m_deposits(ctx.db), m_campaigns(ctx.db), m_leads(ctx.db), m_transactions(ctx.db), m_reports(ctx.db),
      m_users(ctx.db)
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
    const QStringList merchants = m_deposits.merchantIds();
    int checked = 0, alerts = 0, blocked = 0;
    for (const QString &merchantId : merchants) {
        // One transaction per deposit: a lead or a recharge in between is seen whole or not at all.
        WriteTransaction tx(m_ctx.db);
        const auto state = m_deposits.alertState(merchantId);
        if (!state)
            continue;
        const qint64 balance = state->deposit.currentBalanceCents;
        const qint64 reference = state->deposit.referenceCents;
        const QString status = state->deposit.status;
        const AlertLevel previous = alertLevelFromString(state->lastLevel).value_or(AlertLevel::Healthy);
        const qint64 lastAlertAt = state->lastAlertAt.value_or(0);
        const QString name = state->merchantName;
        const QString email = state->email;
        const QString phone = state->phone;
        ++checked;
        if (reference <= 0)
            continue; // never recharged: nothing to warn about yet, nothing to block
        const AlertLevel level = classifyDeposit(balance, reference);
        const qint64 now = m_ctx.now();

        if (level == AlertLevel::Depleted) {
            if (status == "active"_L1) {
                m_deposits.blockForDepletion(merchantId, now);
                ++blocked;
            }
            m_campaigns.pauseForDepletion(merchantId, now);
        }
        const bool worse = level > previous;
        const bool reminder = !worse && level == previous && level >= AlertLevel::Critical
            && now - lastAlertAt >= ReminderMs;
        if (worse || reminder) {
            alert(merchantId, name, email, phone, level, balance, reference, reminder);
            ++alerts;
            m_deposits.setLastAlert(merchantId, toString(level), now);
        } else if (level != previous) {
            m_deposits.setLastLevel(merchantId, toString(level));
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
    QJsonObject levels{{u"healthy"_s, 0}, {u"attention"_s, 0}, {u"warning"_s, 0}, {u"critical"_s, 0}, {u"depleted"_s, 0}};
    for (const dto::Deposit &deposit : m_deposits.all()) {
        const QString level = toString(classifyDeposit(deposit.currentBalanceCents, deposit.referenceCents));
        levels.insert(level, levels.value(level).toInt() + 1);
    }
    return {{u"date"_s, date.toString(Qt::ISODate)},
            {u"leads_created"_s, m_leads.countCreatedBetween(start, end)},
            {u"leads_validated"_s, m_leads.countDecidedBetween(u"validated"_s, start, end)},
            {u"leads_rejected"_s, m_leads.countDecidedBetween(u"rejected"_s, start, end)},
            {u"leads_expired"_s, m_leads.countDecidedBetween(u"expired"_s, start, end)},
            {u"commissions_cents"_s, m_transactions.deductionsBetween(start, end)},
            {u"recharges_cents"_s, m_transactions.rechargesBetween(start, end)},
            {u"deposits_by_level"_s, levels}};
}

QJsonObject AlertService::buildDailyReport(const QDate &date, bool email)
{
    WriteTransaction tx(m_ctx.db);
    const QJsonObject report = computeReport(date);
    const QString key = date.toString(Qt::ISODate);
    m_reports.replace(date, report, m_ctx.now());
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
        const QStringList admins = m_users.adminEmails();
        for (const QString &admin : admins)
            m_notifications.enqueue({u"email"_s, admin, u"LeadMarket — rapport du "_s + key, body, {}, {}});
    }
    tx.commit();
    return report;
}

QJsonObject AlertService::dailyReport(const QDate &date)
{
    if (auto stored = m_reports.find(date))
        return *stored;
    return computeReport(date);
}

} // namespace lm::server
