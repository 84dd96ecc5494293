#include "alertservice.h"

#include "apierror.h"
#include "eventlog.h"
#include "logging.h"
#include "texts.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lm::server {

AlertService::AlertService(Context &ctx)
    : m_ctx(ctx), m_ledger(ctx), m_notifications(ctx), m_zone(ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8()),
      m_deposits(ctx.db), m_campaigns(ctx.db), m_leads(ctx.db), m_transactions(ctx.db), m_reports(ctx.db),
      m_users(ctx.db)
{
}

void AlertService::alert(const DepositRepository::AlertState &state, AlertLevel level, bool reminder)
{
    const texts::Language language = texts::languageFor(state.locale);
    // The help page the email links to, in the merchant's language.
    const QString rechargeUrl = m_ctx.publicUrl + u"/recharge?lang="_s + texts::languageCode(language);
    const texts::DepositAlert data{state.merchantName, level, state.deposit.currentBalanceCents,
                                   state.deposit.referenceCents, reminder, rechargeUrl};
    const QString &merchantId = state.deposit.merchantId;
    const AlertChannels channels = channelsFor(level);
    if (channels.dashboard) {
        const texts::Notice notice = texts::depositAlertNotice(data, language);
        m_notifications.notify(merchantId, u"deposit_alert"_s, toString(level), notice.title, notice.body);
    }
    if (channels.email) {
        const texts::Email mail = texts::depositAlertEmail(data, language);
        m_notifications.enqueue({u"email"_s, state.email, mail.subject, mail.body, {}, {}});
    }
    if (channels.sms)
        m_notifications.enqueue({u"sms"_s, state.phone, {}, texts::depositAlertShortText(data, language), {}, {}});
    if (channels.whatsapp)
        m_notifications.enqueue({u"whatsapp"_s, state.phone, {}, texts::depositAlertShortText(data, language),
                                 texts::depositAlertTemplateVariables(data, language), {}});
    if (level >= AlertLevel::Critical)
        m_notifications.notifyAdmins(u"merchant_alert"_s, toString(level), [&data](texts::Language adminLanguage) {
            return texts::merchantAlertNotice(data, adminLanguage);
        });
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
        const DepositStatus status = state->deposit.status;
        const AlertLevel previous = alertLevelFromString(state->lastLevel).value_or(AlertLevel::Healthy);
        const qint64 lastAlertAt = state->lastAlertAt.value_or(0);
        ++checked;
        if (reference <= 0)
            continue; // never recharged: nothing to warn about yet, nothing to block
        const AlertLevel level = classifyDeposit(balance, reference);
        const qint64 now = m_ctx.now();

        EventLog events(m_ctx);
        bool depositChanged = false;
        if (level == AlertLevel::Depleted) {
            if (status == DepositStatus::Active) {
                m_deposits.blockForDepletion(merchantId, now);
                ++blocked;
                depositChanged = true;
            }
            if (m_campaigns.pauseForDepletion(merchantId, now) > 0 || depositChanged)
                events.merchantCampaignsChanged(merchantId, /*everyone=*/true);
        }
        const bool worse = level > previous;
        const bool reminder = !worse && level == previous && level >= AlertLevel::Critical
            && now - lastAlertAt >= ReminderMs;
        if (worse || reminder) {
            alert(*state, level, reminder);
            ++alerts;
            m_deposits.setLastAlert(merchantId, toString(level), now);
        } else if (level != previous) {
            m_deposits.setLastLevel(merchantId, toString(level));
        }
        if (depositChanged)
            events.depositChanged(merchantId); // with its board row
        else if (worse || reminder || level != previous)
            events.alertChanged(merchantId);
        tx.commit();
    }
    logger("server.jobs")->info("deposit check: {} deposit(s), {} alert(s), {} blocked", checked, alerts, blocked);
    return {{u"deposits_checked"_s, checked}, {u"alerts_sent"_s, alerts}, {u"blocked"_s, blocked}};
}

QJsonObject AlertService::depositsByLevel()
{
    QJsonObject levels{{u"healthy"_s, 0}, {u"attention"_s, 0}, {u"warning"_s, 0}, {u"critical"_s, 0}, {u"depleted"_s, 0}};
    for (const dto::Deposit &deposit : m_deposits.all()) {
        const QString level = toString(classifyDeposit(deposit.currentBalanceCents, deposit.referenceCents));
        levels.insert(level, levels.value(level).toInt() + 1);
    }
    return levels;
}

QJsonObject AlertService::computeReport(const QDate &date, const QJsonObject &levels)
{
    const qint64 start = QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(date.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    return {{u"date"_s, date.toString(Qt::ISODate)},
            {u"leads_created"_s, m_leads.countCreatedBetween(start, end)},
            {u"leads_validated"_s, m_leads.countDecidedBetween(LeadStatus::Validated, start, end)},
            {u"leads_rejected"_s, m_leads.countDecidedBetween(LeadStatus::Rejected, start, end)},
            {u"leads_expired"_s, m_leads.countDecidedBetween(LeadStatus::Expired, start, end)},
            {u"commissions_cents"_s, m_transactions.deductionsBetween(start, end)},
            {u"recharges_cents"_s, m_transactions.rechargesBetween(start, end)},
            {u"deposits_by_level"_s, levels}};
}

QJsonObject AlertService::buildDailyReport(const QDate &date, bool email)
{
    WriteTransaction tx(m_ctx.db);
    const QJsonObject report = computeReport(date, depositsByLevel());
    m_reports.replace(date, report, m_ctx.now());
    if (email) {
        const QJsonObject levels = report.value(u"deposits_by_level"_s).toObject();
        const texts::DailyReport data{date,
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
                                      levels.value(u"depleted"_s).toInt()};
        const QList<UserRepository::Recipient> admins = m_users.admins();
        for (const UserRepository::Recipient &admin : admins) {
            const texts::Email mail = texts::dailyReportEmail(data, texts::languageFor(admin.locale));
            m_notifications.enqueue({u"email"_s, admin.email, mail.subject, mail.body, {}, {}});
        }
    }
    tx.commit();
    return report;
}

QJsonObject AlertService::dailyReport(const QDate &date)
{
    if (auto stored = m_reports.find(date))
        return *stored;
    return computeReport(date, depositsByLevel());
}

namespace {

/// A day written YYYY-MM-DD exactly, or an invalid date (recorded in `errors` under `field`).
QDate readDay(const QUrlQuery &query, const QString &field, FieldErrors &errors)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QString text = query.queryItemValue(field, QUrl::FullyDecoded);
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        errors.insert(field, u"must be a day as YYYY-MM-DD"_s);
    return day;
}

} // namespace

QJsonObject AlertService::dailyReports(const QUrlQuery &query)
{
    FieldErrors errors;
    const bool range = query.hasQueryItem(u"from"_s) || query.hasQueryItem(u"to"_s);
    if (!range) {
        const QDate date = query.hasQueryItem(u"date"_s)
            ? readDay(query, u"date"_s, errors)
            : QDateTime::fromMSecsSinceEpoch(m_ctx.now(), m_zone).date().addDays(-1);
        throwIfInvalid(errors);
        return dailyReport(date);
    }
    if (query.hasQueryItem(u"date"_s))
        errors.insert(u"date"_s, u"cannot be combined with from and to"_s);
    for (const QString &field : {u"from"_s, u"to"_s}) {
        if (!query.hasQueryItem(field))
            errors.insert(field, u"is required with "_s + (field == "from"_L1 ? u"to"_s : u"from"_s));
    }
    const QDate from = query.hasQueryItem(u"from"_s) ? readDay(query, u"from"_s, errors) : QDate();
    const QDate to = query.hasQueryItem(u"to"_s) ? readDay(query, u"to"_s, errors) : QDate();
    if (from.isValid() && to.isValid() && to < from)
        errors.insert(u"to"_s, u"must not be before from"_s);
    else if (from.isValid() && to.isValid() && from.daysTo(to) + 1 > MaxReportDays)
        errors.insert(u"to"_s, u"must be at most %1 days from from (both included)"_s.arg(MaxReportDays));
    throwIfInvalid(errors);

    // The levels of "now" are the same for every computed day: counted once.
    std::optional<QJsonObject> levels;
    QJsonArray items;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (auto stored = m_reports.find(day)) {
            items.append(*stored);
            continue;
        }
        if (!levels)
            levels = depositsByLevel();
        items.append(computeReport(day, *levels));
    }
    return {{u"items"_s, items}, {u"next_cursor"_s, QJsonValue()}, {u"server_time"_s, formatApiTime(m_ctx.now())}};
}

} // namespace lm::server
