#include "moneyharness.h"

#include <QAtomicInteger>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace lmtest {

QString uniqueMoroccanPhone(QString *e164)
{
    // 8 digits after the leading 6: a random base for this process plus a counter.
    static const quint32 base = QRandomGenerator::global()->bounded(40'000'000u);
    static QAtomicInteger<quint32> counter;
    const quint32 n = base + counter.fetchAndAddRelaxed(1) * 7u;
    const QString digits = u"%1"_s.arg(n % 100'000'000u, 8, 10, QChar(u'0'));
    if (e164)
        *e164 = u"+2126"_s + digits;
    return u"06 "_s + digits.mid(0, 2) + u' ' + digits.mid(2, 2) + u' ' + digits.mid(4, 2) + u' ' + digits.mid(6, 2);
}

QJsonObject leadBody(const QString &campaignId, qint64 estimatedValueCents, const QJsonObject &extra)
{
    QJsonObject body{{"campaign_id"_L1, campaignId},
                     {"client_name"_L1, QString(u"Client "_s + uniqueSuffix())},
                     {"client_email"_L1, uniqueEmail(u"client"_s)},
                     {"client_phone"_L1, uniqueMoroccanPhone()},
                     {"estimated_value_cents"_L1, estimatedValueCents},
                     {"source"_L1, u"instagram"_s}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject fullCommissionCampaign()
{
    return QJsonObject{{"commission_rate_bp"_L1, 10000}, {"fixed_threshold_cents"_L1, 99999999},
                       {"fixed_commission_cents"_L1, 8000}};
}

QString pathOf(const QString &absoluteUrl)
{
    const QUrl url(absoluteUrl);
    QString path = url.path();
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

Recharge sandboxRecharge(Http &http, const Account &merchant, qint64 amountCents, bool pay)
{
    Recharge result;
    const Response created = http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{"amount_cents"_L1, amountCents}, {"provider"_L1, u"sandbox"_s}},
                                       merchant.token);
    if (created.status != 201) {
        result.error = u"recharge not created: "_s + created.describe();
        return result;
    }
    result.created = created.json;
    result.paymentId = created.json.value("payment_id"_L1).toString();
    const QString checkout = created.json.value("checkout_url"_L1).toString();
    if (result.paymentId.isEmpty() || !checkout.endsWith(u"/sandbox/checkout/"_s + result.paymentId)) {
        result.error = u"recharge answer lacks payment_id or a sandbox checkout_url: "_s + created.describe();
        return result;
    }
    if (!pay)
        return result;
    const Response paid = http.post(pathOf(checkout) + u"/pay"_s, Body());
    if (paid.status != 303) {
        result.error = u"sandbox pay did not redirect: "_s + paid.describe();
        return result;
    }
    return result;
}

QString createCampaign(Http &http, const Account &merchant, const QJsonObject &fields, QString *problem)
{
    QJsonObject body{{"name"_L1, QString(u"Campagne "_s + uniqueSuffix())}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        body.insert(it.key(), it.value());
    const Response r = http.post(u"/api/campaigns"_s, body, merchant.token);
    if (r.status != 201 || r.json.value("id"_L1).toString().isEmpty()) {
        if (problem)
            *problem = u"campaign not created: "_s + r.describe();
        return {};
    }
    return r.json.value("id"_L1).toString();
}

MerchantSetup setUpMerchant(Http &http, qint64 depositCents, const QJsonObject &campaignFields,
                            const QString &displayName)
{
    MerchantSetup setup;
    setup.merchant = http.registerUser(u"merchant"_s, displayName);
    if (!setup.merchant.ok()) {
        setup.error = setup.merchant.error;
        return setup;
    }
    QJsonObject body{{"name"_L1, QString(u"Campagne "_s + uniqueSuffix())}};
    for (auto it = campaignFields.constBegin(); it != campaignFields.constEnd(); ++it)
        body.insert(it.key(), it.value());
    const Response campaign = http.post(u"/api/campaigns"_s, body, setup.merchant.token);
    if (campaign.status != 201) {
        setup.error = u"campaign not created: "_s + campaign.describe();
        return setup;
    }
    setup.campaign = campaign.json;
    setup.campaignId = campaign.json.value("id"_L1).toString();
    if (depositCents > 0) {
        const Recharge recharge = sandboxRecharge(http, setup.merchant, depositCents);
        if (!recharge.ok()) {
            setup.error = recharge.error;
            return setup;
        }
        setup.paymentId = recharge.paymentId;
        const QJsonObject deposit = depositOf(http, setup.merchant);
        if (deposit.value("current_balance_cents"_L1).toInteger(-1) != depositCents)
            setup.error = u"the deposit does not hold the recharge: "_s
                + QString::fromUtf8(QJsonDocument(deposit).toJson(QJsonDocument::Compact));
    }
    return setup;
}

namespace {

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

bool isNonEmptyString(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty();
}

// Exactly these keys, no more, no fewer.
QString keySetProblem(const QJsonObject &object, const QStringList &expected)
{
    QStringList missing;
    QStringList extra;
    for (const QString &key : expected) {
        if (!object.contains(key))
            missing << key;
    }
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (!expected.contains(key))
            extra << key;
    }
    if (missing.isEmpty() && extra.isEmpty())
        return {};
    return u"keys differ from API.md (missing: %1; not in the contract: %2)"_s.arg(missing.join(u", "_s),
                                                                                   extra.join(u", "_s));
}

} // namespace

QString leadProblem(const QJsonObject &lead)
{
    const QString keys = keySetProblem(
        lead, {u"id"_s, u"campaign_id"_s, u"campaign_name"_s, u"merchant_id"_s, u"influencer_id"_s,
               u"influencer_name"_s, u"client_name"_s, u"client_email"_s, u"client_phone"_s, u"company"_s,
               u"estimated_value_cents"_s, u"commission_cents"_s, u"commission_type"_s, u"influencer_share_cents"_s,
               u"source"_s, u"notes"_s, u"status"_s, u"quality_score"_s, u"feedback"_s, u"rejection_reason"_s,
               u"created_at"_s, u"expires_at"_s, u"decided_at"_s, u"updated_at"_s, u"erased"_s, u"dispute"_s});
    if (!keys.isEmpty())
        return keys;
    // Contract v2 "Disputes": null, or {status, note, created_at, decided_at, decision_note}.
    const QJsonValue dispute = lead.value("dispute"_L1);
    if (!dispute.isNull()) {
        const QJsonObject d = dispute.toObject();
        const QString disputeKeys = keySetProblem(
            d, {u"status"_s, u"note"_s, u"created_at"_s, u"decided_at"_s, u"decision_note"_s});
        if (!dispute.isObject() || !disputeKeys.isEmpty())
            return u"dispute: "_s + (disputeKeys.isEmpty() ? u"not an object"_s : disputeKeys);
        const QString status = d.value("status"_L1).toString();
        if (!QStringList{u"open"_s, u"upheld"_s, u"overturned"_s}.contains(status))
            return u"dispute.status is not open, upheld or overturned"_s;
        if (!isNonEmptyString(d.value("note"_L1)) || !isApiTime(d.value("created_at"_L1)))
            return u"dispute.note or dispute.created_at is missing"_s;
        if ((status == u"open"_s) != d.value("decided_at"_L1).isNull()
            || (!d.value("decided_at"_L1).isNull() && !isApiTime(d.value("decided_at"_L1))))
            return u"dispute.decided_at does not match its status"_s;
        if (!d.value("decision_note"_L1).isString() && !d.value("decision_note"_L1).isNull())
            return u"dispute.decision_note is neither a string nor null"_s;
    }
    const bool overturned = !dispute.isNull() && dispute.toObject().value("status"_L1) == u"overturned"_s;
    if (!lead.value("erased"_L1).isBool())
        return u"erased is not a boolean"_s;
    // An erased lead (contract v2 retention) keeps the client's initials only: its email and
    // phone are empty.
    const bool erased = lead.value("erased"_L1).toBool();
    for (const char *key : {"id", "campaign_id", "campaign_name", "merchant_id", "influencer_id", "influencer_name",
                            "client_name", "client_email", "client_phone", "commission_type", "source", "status"}) {
        const QLatin1StringView name(key);
        if (erased && (name == "client_email"_L1 || name == "client_phone"_L1)) {
            if (lead.value(name) != QJsonValue(QString()))
                return u"%1 of an erased lead is not empty"_s.arg(name);
            continue;
        }
        if (!isNonEmptyString(lead.value(name)))
            return u"%1 is not a non-empty string"_s.arg(name);
    }
    for (const char *key : {"company", "notes", "feedback", "rejection_reason"}) {
        const QJsonValue v = lead.value(QLatin1StringView(key));
        if (!v.isString() && !v.isNull())
            return u"%1 is neither a string nor null"_s.arg(QLatin1StringView(key));
    }
    for (const char *key : {"estimated_value_cents", "commission_cents", "influencer_share_cents"}) {
        if (!isInteger(lead.value(QLatin1StringView(key))))
            return u"%1 is not an integer"_s.arg(QLatin1StringView(key));
    }
    for (const char *key : {"created_at", "expires_at", "updated_at"}) {
        if (!isApiTime(lead.value(QLatin1StringView(key))))
            return u"%1 is not an API time"_s.arg(QLatin1StringView(key));
    }
    const QString status = lead.value("status"_L1).toString();
    if (!QStringList{u"pending"_s, u"validated"_s, u"rejected"_s, u"expired"_s}.contains(status))
        return u"status is not pending, validated, rejected or expired"_s;
    const QString type = lead.value("commission_type"_L1).toString();
    if (type != u"percentage"_s && type != u"fixed"_s)
        return u"commission_type is neither percentage nor fixed"_s;
    if (!QStringList{u"instagram"_s, u"tiktok"_s, u"whatsapp"_s, u"facebook"_s, u"youtube"_s, u"other"_s}.contains(
            lead.value("source"_L1).toString()))
        return u"source is not one of API.md's sources"_s;
    if (!erased && !lead.value("client_phone"_L1).toString().startsWith(u'+'))
        return u"client_phone is not in E.164 form"_s;
    const QJsonValue score = lead.value("quality_score"_L1);
    if (status == u"validated"_s && overturned) {
        // Validated by an admin's overturn: no merchant gave a score.
        if (!score.isNull())
            return u"a lead validated by an overturned dispute has a quality_score"_s;
    } else if (status == u"validated"_s) {
        if (!isInteger(score) || score.toInteger() < 1 || score.toInteger() > 10)
            return u"a validated lead's quality_score is not an integer 1..10"_s;
    } else if (!score.isNull()) {
        return u"quality_score is set on a lead that is not validated"_s;
    }
    const QJsonValue decided = lead.value("decided_at"_L1);
    if (status == u"pending"_s) {
        if (!decided.isNull())
            return u"a pending lead has decided_at"_s;
    } else if (!isApiTime(decided)) {
        return u"a decided lead's decided_at is not an API time"_s;
    }
    if (status == u"rejected"_s && !isNonEmptyString(lead.value("rejection_reason"_L1)))
        return u"a rejected lead has no rejection_reason"_s;
    if (parseApiTime(lead.value("updated_at"_L1)) < parseApiTime(lead.value("created_at"_L1)))
        return u"updated_at is before created_at"_s;
    return {};
}

QString depositProblem(const QJsonObject &deposit)
{
    const QString keys = keySetProblem(deposit, {u"merchant_id"_s, u"current_balance_cents"_s, u"reserved_cents"_s,
                                                 u"available_cents"_s, u"reference_cents"_s, u"percent"_s, u"level"_s,
                                                 u"status"_s, u"blocked_reason"_s, u"updated_at"_s});
    if (!keys.isEmpty())
        return keys;
    if (!isNonEmptyString(deposit.value("merchant_id"_L1)))
        return u"merchant_id is not a non-empty string"_s;
    for (const char *key : {"current_balance_cents", "reserved_cents", "available_cents", "reference_cents"}) {
        if (!isInteger(deposit.value(QLatin1StringView(key))))
            return u"%1 is not an integer"_s.arg(QLatin1StringView(key));
    }
    if (deposit.value("available_cents"_L1).toInteger()
        != deposit.value("current_balance_cents"_L1).toInteger() - deposit.value("reserved_cents"_L1).toInteger())
        return u"available_cents is not current_balance_cents - reserved_cents"_s;
    const QJsonValue percent = deposit.value("percent"_L1);
    if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100)
        return u"percent is not a number 0..100"_s;
    const double tenths = percent.toDouble() * 10;
    if (qAbs(tenths - double(qRound64(tenths))) > 1e-6)
        return u"percent has more than one decimal"_s;
    if (!QStringList{u"healthy"_s, u"attention"_s, u"warning"_s, u"critical"_s, u"depleted"_s}.contains(
            deposit.value("level"_L1).toString()))
        return u"level is not one of API.md's levels"_s;
    const QString status = deposit.value("status"_L1).toString();
    const QJsonValue reason = deposit.value("blocked_reason"_L1);
    if (status == u"active"_s) {
        if (!reason.isNull())
            return u"an active deposit has a blocked_reason"_s;
    } else if (status == u"blocked"_s) {
        if (reason != QJsonValue(u"depleted"_s) && reason != QJsonValue(u"admin"_s))
            return u"a blocked deposit's blocked_reason is neither depleted nor admin"_s;
    } else {
        return u"status is neither active nor blocked"_s;
    }
    if (!isApiTime(deposit.value("updated_at"_L1)))
        return u"updated_at is not an API time"_s;
    return {};
}

QString transactionProblem(const QJsonObject &t)
{
    const QString keys = keySetProblem(t, {u"id"_s, u"kind"_s, u"amount_cents"_s, u"balance_delta_cents"_s,
                                           u"reserved_delta_cents"_s, u"balance_after_cents"_s,
                                           u"reserved_after_cents"_s, u"lead_id"_s, u"payment_id"_s,
                                           u"description"_s, u"created_at"_s});
    if (!keys.isEmpty())
        return keys;
    if (!isNonEmptyString(t.value("id"_L1)))
        return u"id is not a non-empty string"_s;
    for (const char *key : {"amount_cents", "balance_delta_cents", "reserved_delta_cents", "balance_after_cents",
                            "reserved_after_cents"}) {
        if (!isInteger(t.value(QLatin1StringView(key))))
            return u"%1 is not an integer"_s.arg(QLatin1StringView(key));
    }
    const qint64 amount = t.value("amount_cents"_L1).toInteger();
    const qint64 balance = t.value("balance_delta_cents"_L1).toInteger();
    const qint64 reserved = t.value("reserved_delta_cents"_L1).toInteger();
    if (amount <= 0)
        return u"amount_cents is not > 0"_s;
    const QString kind = t.value("kind"_L1).toString();
    bool deltasOk = false;
    if (kind == u"recharge"_s)
        deltasOk = balance == amount && reserved == 0;
    else if (kind == u"reserve"_s)
        deltasOk = balance == 0 && reserved == amount;
    else if (kind == u"release"_s)
        deltasOk = balance == 0 && reserved == -amount;
    else if (kind == u"deduction"_s)
        deltasOk = balance == -amount && reserved == -amount;
    else if (kind == u"adjustment"_s)
        deltasOk = qAbs(balance) == amount && reserved == 0;
    else
        return u"kind is not one of API.md's kinds"_s;
    if (!deltasOk)
        return u"the deltas do not match the kind (API.md: recharge (+a, 0); reserve (0, +c); release (0, -c); "
               u"deduction (-c, -c); adjustment (±a, 0))"_s;
    for (const char *key : {"lead_id", "payment_id"}) {
        const QJsonValue v = t.value(QLatin1StringView(key));
        if (!v.isNull() && !isNonEmptyString(v))
            return u"%1 is neither null nor an id"_s.arg(QLatin1StringView(key));
    }
    if ((kind == u"reserve"_s || kind == u"release"_s || kind == u"deduction"_s) && !isNonEmptyString(t.value("lead_id"_L1)))
        return u"a lead's transaction has no lead_id"_s;
    if (kind == u"recharge"_s && !isNonEmptyString(t.value("payment_id"_L1)))
        return u"a recharge has no payment_id"_s;
    if (!t.value("description"_L1).isString() && !t.value("description"_L1).isNull())
        return u"description is neither a string nor null"_s;
    if (!isApiTime(t.value("created_at"_L1)))
        return u"created_at is not an API time"_s;
    return {};
}

QString paymentProblem(const QJsonObject &p)
{
    const QString keys = keySetProblem(p, {u"id"_s, u"merchant_id"_s, u"provider"_s, u"amount_cents"_s,
                                           u"currency"_s, u"status"_s, u"created_at"_s, u"paid_at"_s});
    if (!keys.isEmpty())
        return keys;
    for (const char *key : {"id", "merchant_id", "provider", "status"}) {
        if (!isNonEmptyString(p.value(QLatin1StringView(key))))
            return u"%1 is not a non-empty string"_s.arg(QLatin1StringView(key));
    }
    if (!isInteger(p.value("amount_cents"_L1)) || p.value("amount_cents"_L1).toInteger() <= 0)
        return u"amount_cents is not a positive integer"_s;
    if (p.value("currency"_L1).toString() != u"MAD"_s)
        return u"currency is not MAD"_s;
    const QString status = p.value("status"_L1).toString();
    if (!QStringList{u"pending"_s, u"paid"_s, u"failed"_s, u"expired"_s}.contains(status))
        return u"status is not pending, paid, failed or expired"_s;
    if (!isApiTime(p.value("created_at"_L1)))
        return u"created_at is not an API time"_s;
    if (status == u"paid"_s ? !isApiTime(p.value("paid_at"_L1)) : !p.value("paid_at"_L1).isNull())
        return u"paid_at must be a time exactly when the payment is paid"_s;
    return {};
}

QString ledgerProblem(Http &http, const QString &adminToken)
{
    const Response r = http.get(u"/api/admin/ledger-check"_s, adminToken);
    if (r.status != 200)
        return u"ledger check did not answer 200: "_s + r.describe();
    if (r.json.value("ok"_L1) != QJsonValue(true))
        return u"ledger check is not ok: "_s + r.describe();
    if (!isInteger(r.json.value("deposits_checked"_L1)) || r.json.value("deposits_checked"_L1).toInteger() < 1)
        return u"ledger check: deposits_checked is not a positive integer: "_s + r.describe();
    if (!r.json.value("mismatches"_L1).isArray() || !r.json.value("mismatches"_L1).toArray().isEmpty())
        return u"ledger check: mismatches is not an empty array: "_s + r.describe();
    return {};
}

QJsonObject depositOf(Http &http, const Account &merchant)
{
    const Response r = http.get(u"/api/leads/deposits/me"_s, merchant.token);
    if (r.status != 200) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

QJsonArray transactionsOf(Http &http, const Account &merchant, QString *problem)
{
    return http.listAll(u"/api/leads/deposits/transactions"_s, merchant.token, problem).value_or(QJsonArray());
}


QString statusSummary(const QList<Response> &responses)
{
    QMap<QString, int> counts;
    for (const Response &r : responses) {
        const QString key = r.status == 0 ? u"no answer"_s : QString::number(r.status) + u' ' + r.errorCode();
        counts[key.trimmed()] += 1;
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + u" ×"_s + QString::number(it.value());
    return parts.join(u", "_s);
}

} // namespace lmtest
