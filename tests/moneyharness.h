#pragma once

// Money-engine additions to the server harness: a merchant with a campaign and a deposit credited
// through the sandbox checkout, lead bodies with unique clients, the exact shapes of API.md's Lead,
// Deposit, Transaction and Payment, and the admin ledger check.

#include "serverharness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace lmtest {

// A Moroccan mobile number no other call in this process returns, written "06 12 34 56 78";
// *e164 (optional) receives its normal form "+212612345678".
QString uniqueMoroccanPhone(QString *e164 = nullptr);

// POST /api/leads/create body with a unique client (email and phone) unless overridden by `extra`.
QJsonObject leadBody(const QString &campaignId, qint64 estimatedValueCents, const QJsonObject &extra = {});

// The campaign fields that make the commission equal to the estimated value (100 %; the fixed tier
// starts at 99,999,999 centimes, so any estimate below it),
// so a test can reserve or spend an exact amount.
QJsonObject fullCommissionCampaign();

struct Recharge
{
    QString paymentId;
    QJsonObject created; ///< the 201 answer of POST /api/leads/deposits/recharge
    QString error;       ///< empty when the payment was created (and paid, when asked)
    bool ok() const { return error.isEmpty(); }
};

// POST /api/leads/deposits/recharge {amount_cents, provider: "sandbox"}, then (when `pay`) the
// sandbox page's "pay" button (POST /sandbox/checkout/<id>/pay → 303).
Recharge sandboxRecharge(Http &http, const Account &merchant, qint64 amountCents, bool pay = true);

// The path (and query) of an absolute URL the server answered, for Http::request.
QString pathOf(const QString &absoluteUrl);

struct MerchantSetup
{
    Account merchant;
    QString campaignId;
    QJsonObject campaign;
    QString paymentId; ///< the sandbox payment that credited the deposit (empty for a 0 deposit)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A new merchant with one campaign (POST /api/campaigns with `campaignFields` and a name) and a
// deposit of `depositCents` credited through the sandbox (nothing when 0).
MerchantSetup setUpMerchant(Http &http, qint64 depositCents, const QJsonObject &campaignFields = {},
                            const QString &displayName = {});

// POST /api/campaigns for `merchant`; the new campaign's id, or empty with *problem set.
QString createCampaign(Http &http, const Account &merchant, const QJsonObject &fields = {}, QString *problem = nullptr);

// Shape checks against API.md (exact key sets, types, times); empty when the object matches.
QString leadProblem(const QJsonObject &lead);
QString depositProblem(const QJsonObject &deposit);
QString transactionProblem(const QJsonObject &transaction);
QString paymentProblem(const QJsonObject &payment);

// GET /api/admin/ledger-check: empty when it answers 200 {ok: true, deposits_checked ≥ 1, mismatches: []}.
QString ledgerProblem(Http &http, const QString &adminToken);

// GET /api/leads/deposits/me as `merchant`; an empty object (and a warning) when it is not 200.
QJsonObject depositOf(Http &http, const Account &merchant);

// Every transaction of a merchant, newest first as answered (all pages).
QJsonArray transactionsOf(Http &http, const Account &merchant, QString *problem = nullptr);

// Counts of each status in `responses`, for failure messages ("201×6 402×14").
QString statusSummary(const QList<Response> &responses);

} // namespace lmtest

#define LM_VERIFY_SHAPE(problemFunction, object)                                                            \
    do {                                                                                                    \
        const QJsonObject lmObject_ = (object);                                                             \
        const QString lmShape_ = lmtest::problemFunction(lmObject_);                                        \
        QVERIFY2(lmShape_.isEmpty(),                                                                        \
                 qPrintable(lmShape_ + QStringLiteral(": ")                                                 \
                            + QString::fromUtf8(QJsonDocument(lmObject_).toJson(QJsonDocument::Compact)))); \
    } while (false)

#define LM_VERIFY_LEDGER(http, adminToken)                                                                  \
    do {                                                                                                    \
        const QString lmLedger_ = lmtest::ledgerProblem((http), (adminToken));                              \
        QVERIFY2(lmLedger_.isEmpty(), qPrintable(lmLedger_));                                               \
    } while (false)

#define LM_VERIFY_OK(setup) QVERIFY2((setup).ok(), qPrintable((setup).error))
