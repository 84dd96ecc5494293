#include "jobsfixture.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace lmjobs {

namespace {

void fail(const QString &message)
{
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
}

} // namespace

QTimeZone schedulerZone()
{
    return QTimeZone("Africa/Casablanca"_ba);
}

QDate baseDay()
{
    return QDateTime::currentDateTime().toTimeZone(schedulerZone()).date().addDays(1);
}

QDateTime localTime(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, schedulerZone());
}

QStringList clockArgsForMs(qint64 targetMs)
{
    const qint64 delta = targetMs - QDateTime::currentMSecsSinceEpoch();
    // Rounded to the nearest second: the server takes whole seconds.
    const qint64 seconds = delta >= 0 ? (delta + 500) / 1000 : -((-delta + 500) / 1000);
    return {u"--clock-offset="_s + QString::number(seconds)};
}

QStringList clockArgsFor(const QDateTime &target)
{
    if (!target.isValid())
        return {};
    return clockArgsForMs(target.toMSecsSinceEpoch());
}

qint64 apiTimeMs(const QJsonValue &value)
{
    if (!isApiTime(value))
        return 0;
    return parseApiTime(value).toMSecsSinceEpoch();
}

// ---------------------------------------------------------------------------------------------
// Env

bool Env::start(const QDateTime &at, const QProcessEnvironment &extra)
{
    m_env = extra;
    m_env.insert(u"LEADMARKET_SANDBOX_PAYMENTS"_s, u"1"_s);
    return m_fixture.startWithAdmin(clockArgsFor(at), m_env);
}

bool Env::restartAt(const QDateTime &at)
{
    return m_fixture.restart(clockArgsFor(at));
}

bool Env::restartAtMs(qint64 ms)
{
    return m_fixture.restart(clockArgsForMs(ms));
}

std::unique_ptr<ServerProcess> Env::startSecond(const QDateTime &at, QString *error)
{
    auto second = std::make_unique<ServerProcess>(m_fixture.db().url(), clockArgsFor(at), m_env);
    if (!second->start()) {
        if (error)
            *error = second->errorString();
        return nullptr;
    }
    return second;
}

Account Env::merchant(const QString &name, const QString &phone)
{
    Account account = http().registerUser(u"merchant"_s, name, phone);
    if (!account.ok())
        fail(account.error);
    return account;
}

Account Env::influencer()
{
    Account account = http().registerUser(u"influencer"_s);
    if (!account.ok())
        fail(account.error);
    return account;
}

QJsonObject Env::recharge(const Account &merchant, qint64 cents)
{
    const Response started =
        http().post(u"/api/leads/deposits/recharge"_s,
                    QJsonObject{{"amount_cents"_L1, cents}, {"provider"_L1, u"sandbox"_s}}, merchant.token);
    if (started.status != 201 || started.json.value("payment_id"_L1).toString().isEmpty()) {
        fail(u"sandbox recharge not started: "_s + started.describe());
        return {};
    }
    const QString paymentId = started.json.value("payment_id"_L1).toString();
    const Response paid = http().post(u"/sandbox/checkout/"_s + paymentId + u"/pay"_s, Body{});
    if (paid.status != 303) {
        fail(u"sandbox pay did not redirect: "_s + paid.describe());
        return {};
    }
    const Response payment = http().get(u"/api/payments/"_s + paymentId, merchant.token);
    if (payment.status != 200 || payment.json.value("status"_L1).toString() != "paid"_L1) {
        fail(u"sandbox payment not paid: "_s + payment.describe());
        return {};
    }
    return deposit(merchant);
}

QString Env::campaign(const Account &merchant, bool atCost)
{
    QJsonObject body{{"name"_L1, QString(u"Campagne "_s + uniqueSuffix())}};
    if (atCost) {
        body.insert("commission_rate_bp"_L1, 10000);
        body.insert("fixed_threshold_cents"_L1, 99999999);
    }
    const Response r = http().post(u"/api/campaigns"_s, body, merchant.token);
    if (r.status != 201 || r.json.value("id"_L1).toString().isEmpty()) {
        fail(u"campaign not created: "_s + r.describe());
        return {};
    }
    return r.json.value("id"_L1).toString();
}

QJsonObject Env::lead(const Account &influencer, const QString &campaignId, qint64 valueCents,
                      const QString &clientName)
{
    const QJsonObject body{
        {"campaign_id"_L1, campaignId},
        {"client_name"_L1, clientName.isEmpty() ? QString(u"Client "_s + uniqueSuffix()) : clientName},
        {"client_email"_L1, uniqueEmail(u"client"_s)},
        {"client_phone"_L1, uniqueMobile()},
        {"estimated_value_cents"_L1, valueCents},
        {"source"_L1, u"instagram"_s}};
    const Response r = http().post(u"/api/leads/create"_s, body, influencer.token);
    if (r.status != 201 || r.json.value("id"_L1).toString().isEmpty()) {
        fail(u"lead not created: "_s + r.describe());
        return {};
    }
    return r.json;
}

QJsonObject Env::validate(const Account &merchant, const QString &leadId)
{
    const Response r =
        http().put(u"/api/leads/"_s + leadId + u"/validate"_s, QJsonObject{{"quality_score"_L1, 8}}, merchant.token);
    if (r.status != 200) {
        fail(u"lead not validated: "_s + r.describe());
        return {};
    }
    return r.json;
}

void Env::spend(const Account &merchant, const Account &influencer, const QString &campaignId, qint64 cents)
{
    const QJsonObject created = lead(influencer, campaignId, cents);
    if (created.isEmpty())
        return;
    if (created.value("commission_cents"_L1).toInteger() != cents) {
        fail(
            u"an at-cost campaign's lead of %1 centimes has another commission: %2"_s.arg(cents).arg(compact(created)));
        return;
    }
    validate(merchant, created.value("id"_L1).toString());
}

QJsonObject Env::deposit(const Account &merchant)
{
    const Response r = http().get(u"/api/leads/deposits/me"_s, merchant.token);
    if (r.status != 200) {
        fail(u"deposit not readable: "_s + r.describe());
        return {};
    }
    return r.json;
}

QJsonObject Env::runJob(const QString &job)
{
    const Response r = http().post(u"/api/admin/jobs/"_s + job + u"/run"_s, QJsonObject{}, admin().token);
    if (r.status != 200) {
        fail(u"job did not run: "_s + r.describe());
        return {};
    }
    return r.json;
}

QJsonArray Env::outbox(const QString &query)
{
    QString problem;
    const auto rows = http().listAll(u"/api/admin/outbox"_s + query, admin().token, &problem);
    if (!rows) {
        fail(u"outbox not listed: "_s + problem);
        return {};
    }
    return *rows;
}

QJsonArray Env::notifications(const Account &user)
{
    QString problem;
    const auto rows = http().listAll(u"/api/notifications"_s, user.token, &problem);
    if (!rows) {
        fail(u"notifications not listed: "_s + problem);
        return {};
    }
    return *rows;
}

QJsonObject Env::leadById(const Account &user, const QString &id)
{
    const Response r = http().get(u"/api/leads/"_s + id, user.token);
    if (r.status != 200) {
        fail(u"lead not readable: "_s + r.describe());
        return {};
    }
    return r.json;
}

// ---------------------------------------------------------------------------------------------
// Snapshots

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value("id"_L1).toString());
    return ids;
}

QJsonArray added(const QJsonArray &before, const QJsonArray &after)
{
    const QSet<QString> known = idsOf(before);
    QJsonArray fresh;
    for (const QJsonValue &item : after) {
        if (!known.contains(item.toObject().value("id"_L1).toString()))
            fresh.append(item);
    }
    return fresh;
}

QJsonArray where(const QJsonArray &items, const QString &key, const QString &value)
{
    QJsonArray matching;
    for (const QJsonValue &item : items) {
        if (item.toObject().value(key).toString() == value)
            matching.append(item);
    }
    return matching;
}

QJsonArray auditOf(lmtest::Http &http, const QString &adminToken, const QString &targetId)
{
    QString problem;
    const auto rows = http.listAll(u"/api/admin/audit"_s, adminToken, &problem);
    if (!rows) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return {};
    }
    return where(*rows, u"target_id"_s, targetId);
}

QJsonArray outboxTo(const QJsonArray &rows, const QString &channel, const QString &recipient)
{
    return where(where(rows, u"channel"_s, channel), u"recipient"_s, recipient);
}

QString compact(const QJsonArray &items)
{
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &item)
{
    return QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
}

QString uniqueMobile()
{
    static const quint32 base = QRandomGenerator::global()->bounded(40000000u);
    static quint32 counter = 0;
    ++counter;
    return u"+2126"_s + u"%1"_s.arg(qulonglong(base + counter), 8, 10, QChar(u'0'));
}

} // namespace lmjobs
