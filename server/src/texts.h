#pragma once

#include "alertlevel.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QtGlobal>

// Every text a user reads from the server: dashboard notifications, emails, SMS, WhatsApp, the PDF
// receipt and the payment pages. Services pass data (amounts in centimes, names); the wording, the
// number and money formats live here, one function per event. Adding a language or changing a
// wording touches this module only.
namespace lm::server::texts {

/// The language a text is written in: the recipient's `locale` (API.md contract v2 "Accounts").
enum class Language { French, Arabic, English };

/// The language of a user's `locale` ("fr", "ar", "en"); anything else is French, the default.
Language languageFor(const QString &locale);

/// The locale amounts and dates are written in, for `language` ("1.500,00 dhs" in French).
QLocale locale(Language language = Language::French);
/// The HTML `lang` attribute of pages written in `language`.
QString languageCode(Language language = Language::French);
/// `lang="…"`, with `dir="rtl"` for Arabic: the attributes of a page's `<html>` element.
QString htmlAttributes(Language language = Language::French);

/// A dashboard notification.
struct Notice
{
    QString title;
    QString body;
};

/// An email.
struct Email
{
    QString subject;
    QString body;
};

// Leads ------------------------------------------------------------------------------------------

struct NewLead
{
    QString merchantName;
    QString clientName;
    QString campaignName;
    qint64 estimatedValueCents = 0;
    qint64 commissionCents = 0;
};
/// The merchant's notification of a new lead to decide.
Notice newLeadNotice(const NewLead &lead, Language language = Language::French);
/// The same news by email.
Email newLeadEmail(const NewLead &lead, Language language = Language::French);

/// The influencer's notification of a lead the merchant let expire.
Notice leadExpiredNotice(const QString &clientName, const QString &campaignName,
                         Language language = Language::French);

// Payouts (influencers) --------------------------------------------------------------------------

struct PayoutDecision
{
    QString influencerName;
    qint64 amountCents = 0;
    QString ribMasked;
    QString reference; ///< the bank transfer's reference (paid)
    QString reason;    ///< why it was refused (rejected)
};
/// The influencer's notification, and email, of a payout sent to its bank account.
Notice payoutPaidNotice(const PayoutDecision &payout, Language language = Language::French);
Email payoutPaidEmail(const PayoutDecision &payout, Language language = Language::French);
/// The same of a refused payout: the amount is available again.
Notice payoutRejectedNotice(const PayoutDecision &payout, Language language = Language::French);
Email payoutRejectedEmail(const PayoutDecision &payout, Language language = Language::French);
/// The admins' notification of a new payout request to handle.
Notice payoutRequestedNotice(const QString &influencerName, qint64 amountCents, Language language = Language::French);

// Deposit alerts ---------------------------------------------------------------------------------

/// An alert level's name ("Critique").
QString levelTitle(AlertLevel level, Language language = Language::French);

struct DepositAlert
{
    QString merchantName;
    AlertLevel level = AlertLevel::Healthy;
    qint64 balanceCents = 0;
    qint64 referenceCents = 0;
    bool reminder = false; ///< the same level again after 24 h
    QString rechargeUrl;
};
/// The merchant's dashboard notification.
Notice depositAlertNotice(const DepositAlert &alert, Language language = Language::French);
/// The admins' dashboard notification about that merchant, worded for the admin
/// ("Agence X : dépôt critique, 8 %"; the body says what the level means for the platform).
Notice merchantAlertNotice(const DepositAlert &alert, Language language = Language::French);
Email depositAlertEmail(const DepositAlert &alert, Language language = Language::French);
/// The SMS text, also the WhatsApp message's text.
QString depositAlertShortText(const DepositAlert &alert, Language language = Language::French);
/// The approved WhatsApp template's values: name, level, percent, balance.
QJsonObject depositAlertTemplateVariables(const DepositAlert &alert, Language language = Language::French);

// Reports and operations (admins) ----------------------------------------------------------------

struct DailyReport
{
    QDate date;
    qint64 leadsCreated = 0;
    qint64 leadsValidated = 0;
    qint64 leadsRejected = 0;
    qint64 leadsExpired = 0;
    qint64 commissionsCents = 0;
    qint64 rechargesCents = 0;
    int healthy = 0;
    int attention = 0;
    int warning = 0;
    int critical = 0;
    int depleted = 0;
};
Email dailyReportEmail(const DailyReport &report, Language language = Language::French);

/// A scheduled job whose slot was missed while the server was down, run late at start-up.
Notice jobMissedNotice(const QString &job, const QString &slot, Language language = Language::French);
/// An outgoing message that has kept failing for more than an hour.
Notice outboxFailingNotice(const QString &channel, const QString &messageId, const QString &lastError,
                           Language language = Language::French);

// Payments ---------------------------------------------------------------------------------------

/// How a payment was made ("CMI (carte bancaire)"); an unknown provider is named as is.
QString providerLabel(const QString &provider, Language language = Language::French);
/// An amount in words ("cinq mille dirhams et cinquante centimes").
QString amountInWords(qint64 cents, Language language = Language::French);

struct PaymentConfirmation
{
    QString merchantName;
    qint64 amountCents = 0;
    QString provider;
    QString providerReference;
    qint64 balanceAfterCents = 0;
};
/// The email that confirms a credited payment (the PDF receipt is attached).
Email paymentConfirmedEmail(const PaymentConfirmation &payment, Language language = Language::French);

/// The receipt's fixed wording; receipt.cpp lays it out.
struct ReceiptWording
{
    QString number;
    QString date;
    QString merchant;
    QString email;
    QString amount;
    QString amountInWords;
    QString method;
    QString reference;
    QString newBalance;
    QString heading;
    QString notice;
};
ReceiptWording receiptWording(Language language = Language::French);
/// The PDF's document title.
QString receiptTitle(const QString &number, Language language = Language::French);

/// The texts of the payment pages (the sandbox checkout, CMI's redirect, the return page) and of
/// Stripe's line item.
enum class PageText {
    PaymentHeading,         ///< "Paiement LeadMarket"
    PaymentTitle,           ///< the title of a payment that is no longer payable
    SandboxTitle,
    SandboxHeading,
    SandboxIntro,
    Pay,
    Cancel,
    ReferencePrefix,        ///< followed by the payment id
    AlreadyPaid,
    ExpiredAfter24h,        ///< the sandbox page of an expired payment
    Cancelled,              ///< the sandbox page of a failed payment
    NoLongerPayable,        ///< CMI's page of an expired or failed payment
    CmiTitle,
    CmiRedirecting,
    CmiContinue,
    ReturnPaid,
    ReturnCancelled,
    ReturnConfirming,
    ReturnExpired,
    ReturnMayClose,
    StripeProductName,      ///< the line item on Stripe's checkout page
};
QString pageText(PageText text, Language language = Language::French);
/// The page alert emails link to: how to recharge from the desktop client.
QString rechargeHelpPage(Language language = Language::French);

} // namespace lm::server::texts
