#include "texts.h"

#include "leadpolicy.h"
#include "money.h"
#include "receipt.h"

using namespace Qt::StringLiterals;

namespace lm::server::texts {

namespace {

QString money(qint64 cents, Language language)
{
    return Money(cents).format(locale(language));
}

// "68,3 %": one decimal only when there is one.
QString percentText(qint64 balance, qint64 reference, Language language)
{
    const int tenths = percentTenths(balance, reference);
    return locale(language).toString(tenths / 10)
        + (tenths % 10 ? u","_s + QString::number(tenths % 10) : QString()) + u" %"_s;
}

QString newLeadText(const NewLead &lead, Language language)
{
    return u"Campagne « "_s + lead.campaignName + u" », valeur estimée "_s
        + money(lead.estimatedValueCents, language) + u", commission "_s + money(lead.commissionCents, language)
        + u". À valider sous "_s + QString::number(leadpolicy::ExpiryHours) + u" h."_s;
}

QString alertTitle(const DepositAlert &alert, Language language)
{
    return (alert.reminder ? u"Rappel — "_s : QString()) + levelTitle(alert.level, language) + u" : dépôt à "_s
        + percentText(alert.balanceCents, alert.referenceCents, language);
}

QString alertAdvice(AlertLevel level, Language)
{
    switch (level) {
    case AlertLevel::Attention: return u"Pensez à recharger votre dépôt."_s;
    case AlertLevel::Warning: return u"Recharge urgente : votre dépôt baisse."_s;
    case AlertLevel::Critical: return u"Vos leads seront bloqués sous peu : rechargez maintenant."_s;
    case AlertLevel::Depleted:
        return u"Dépôt épuisé : les nouveaux leads sont bloqués et vos campagnes sont en pause jusqu'à la recharge."_s;
    case AlertLevel::Healthy: break;
    }
    return {};
}

QString alertText(const DepositAlert &alert, Language language)
{
    return money(alert.balanceCents, language) + u" / "_s + money(alert.referenceCents, language) + u" ("_s
        + percentText(alert.balanceCents, alert.referenceCents, language) + u"). "_s
        + alertAdvice(alert.level, language);
}

} // namespace

Language languageFor(const QString &locale)
{
    if (locale == "ar"_L1)
        return Language::Arabic;
    if (locale == "en"_L1)
        return Language::English;
    return Language::French;
}

QLocale locale(Language language)
{
    switch (language) {
    case Language::Arabic: return QLocale(QLocale::Arabic, QLocale::Morocco);
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::French: break;
    }
    return QLocale(QLocale::French, QLocale::Morocco);
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Arabic: return u"ar"_s;
    case Language::English: return u"en"_s;
    case Language::French: break;
    }
    return u"fr"_s;
}

Notice newLeadNotice(const NewLead &lead, Language language)
{
    return {u"Nouveau lead : "_s + lead.clientName, newLeadText(lead, language)};
}

Email newLeadEmail(const NewLead &lead, Language language)
{
    return {u"LeadMarket — "_s + newLeadNotice(lead, language).title,
            u"Bonjour "_s + lead.merchantName + u",\n\nUn nouveau lead attend votre validation.\n"_s
                + newLeadText(lead, language)
                + u"\n\nOuvrez LeadMarket pour le valider ou le rejeter.\n\nL'équipe LeadMarket\n"_s};
}

Notice leadExpiredNotice(const QString &clientName, const QString &campaignName, Language)
{
    return {u"Lead expiré : "_s + clientName,
            u"Le marchand n'a pas traité ce lead de la campagne « "_s + campaignName + u" » en "_s
                + QString::number(leadpolicy::ExpiryHours) + u" h ; il a expiré."_s};
}

Notice payoutPaidNotice(const PayoutDecision &p, Language language)
{
    return {u"Paiement envoyé : "_s + money(p.amountCents, language),
            u"Votre demande de paiement de "_s + money(p.amountCents, language) + u" a été virée sur le compte "_s
                + p.ribMasked + u" (référence "_s + p.reference + u")."_s};
}

Email payoutPaidEmail(const PayoutDecision &p, Language language)
{
    return {u"LeadMarket — "_s + payoutPaidNotice(p, language).title,
            u"Bonjour "_s + p.influencerName + u",\n\nNous avons viré "_s + money(p.amountCents, language)
                + u" sur votre compte "_s + p.ribMasked + u".\nRéférence du virement : "_s + p.reference
                + u"\n\nL'équipe LeadMarket\n"_s};
}

Notice payoutRejectedNotice(const PayoutDecision &p, Language language)
{
    return {u"Paiement refusé : "_s + money(p.amountCents, language),
            u"Votre demande de paiement de "_s + money(p.amountCents, language) + u" a été refusée : "_s + p.reason
                + u". Le montant est de nouveau disponible."_s};
}

Email payoutRejectedEmail(const PayoutDecision &p, Language language)
{
    return {u"LeadMarket — "_s + payoutRejectedNotice(p, language).title,
            u"Bonjour "_s + p.influencerName + u",\n\nVotre demande de paiement de "_s + money(p.amountCents, language)
                + u" a été refusée.\nMotif : "_s + p.reason
                + u"\n\nLe montant est de nouveau disponible : vous pouvez corriger vos coordonnées bancaires si "
                  u"besoin et refaire une demande depuis LeadMarket.\n\nL'équipe LeadMarket\n"_s};
}

Notice payoutRequestedNotice(const QString &influencerName, qint64 amountCents, Language language)
{
    return {u"Demande de paiement : "_s + influencerName,
            influencerName + u" demande le paiement de "_s + money(amountCents, language) + u"."_s};
}

QString levelTitle(AlertLevel level, Language)
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

Notice depositAlertNotice(const DepositAlert &alert, Language language)
{
    return {alertTitle(alert, language), alertText(alert, language)};
}

namespace {

// The level as an admin reads it about someone else's deposit ("dépôt critique").
QString depositLevelPhrase(AlertLevel level, Language)
{
    switch (level) {
    case AlertLevel::Healthy: return u"dépôt sain"_s;
    case AlertLevel::Attention: return u"dépôt à surveiller"_s;
    case AlertLevel::Warning: return u"dépôt bas"_s;
    case AlertLevel::Critical: return u"dépôt critique"_s;
    case AlertLevel::Depleted: return u"dépôt épuisé"_s;
    }
    return {};
}

// What the level means for the platform, not what the merchant should do.
QString adminAlertConsequence(AlertLevel level, Language)
{
    switch (level) {
    case AlertLevel::Attention: return u"Le marchand a été prévenu sur son tableau de bord."_s;
    case AlertLevel::Warning: return u"Le marchand a été prévenu par e-mail."_s;
    case AlertLevel::Critical:
        return u"Le marchand a été prévenu par e-mail, SMS et WhatsApp ; ses nouveaux leads seront refusés "
               u"à l'épuisement du dépôt."_s;
    case AlertLevel::Depleted:
        return u"Dépôt bloqué : les nouveaux leads de ce marchand sont refusés et ses campagnes sont en pause "
               u"jusqu'à sa recharge."_s;
    case AlertLevel::Healthy: break;
    }
    return {};
}

} // namespace

Notice merchantAlertNotice(const DepositAlert &alert, Language language)
{
    // "Agence X : dépôt critique, 8 %": who, how bad, how much is left, in the title the list shows.
    const QString title = (alert.reminder ? u"Rappel — "_s : QString()) + alert.merchantName + u" : "_s
        + depositLevelPhrase(alert.level, language) + u", "_s
        + percentText(alert.balanceCents, alert.referenceCents, language);
    const QString body = u"Solde : "_s + money(alert.balanceCents, language) + u" ("_s
        + money(alert.referenceCents, language) + u" après la dernière recharge). "_s
        + adminAlertConsequence(alert.level, language);
    return {title, body};
}

Email depositAlertEmail(const DepositAlert &alert, Language language)
{
    return {u"LeadMarket — "_s + alertTitle(alert, language),
            u"Bonjour "_s + alert.merchantName + u",\n\n"_s + u"Votre dépôt LeadMarket est au niveau « "_s
                + levelTitle(alert.level, language) + u" » : solde "_s + money(alert.balanceCents, language)
                + u" sur "_s + money(alert.referenceCents, language) + u" ("_s
                + percentText(alert.balanceCents, alert.referenceCents, language) + u").\n"_s
                + alertAdvice(alert.level, language) + u"\n\nRecharger votre dépôt : "_s + alert.rechargeUrl
                + u"\n\nL'équipe LeadMarket\n"_s};
}

QString depositAlertShortText(const DepositAlert &alert, Language language)
{
    return u"LeadMarket : dépôt "_s + levelTitle(alert.level, language).toLower() + u" ("_s
        + percentText(alert.balanceCents, alert.referenceCents, language) + u", "_s
        + money(alert.balanceCents, language) + u"). "_s + alertAdvice(alert.level, language);
}

QJsonObject depositAlertTemplateVariables(const DepositAlert &alert, Language language)
{
    return {{u"1"_s, alert.merchantName},
            {u"2"_s, levelTitle(alert.level, language)},
            {u"3"_s, percentText(alert.balanceCents, alert.referenceCents, language)},
            {u"4"_s, money(alert.balanceCents, language)}};
}

Email dailyReportEmail(const DailyReport &r, Language language)
{
    const QLocale l = locale(language);
    return {u"LeadMarket — rapport du "_s + r.date.toString(Qt::ISODate),
            u"Rapport quotidien LeadMarket du "_s + l.toString(r.date, QLocale::LongFormat) + u"\n\n"_s
                + u"Leads créés : "_s + QString::number(r.leadsCreated) + u'\n'
                + u"Leads validés : "_s + QString::number(r.leadsValidated) + u'\n'
                + u"Leads rejetés : "_s + QString::number(r.leadsRejected) + u'\n'
                + u"Leads expirés : "_s + QString::number(r.leadsExpired) + u'\n'
                + u"Commissions : "_s + money(r.commissionsCents, language) + u'\n'
                + u"Recharges : "_s + money(r.rechargesCents, language) + u"\n\n"_s
                + u"Dépôts par niveau : sain "_s + QString::number(r.healthy) + u", attention "_s
                + QString::number(r.attention) + u", avertissement "_s + QString::number(r.warning)
                + u", critique "_s + QString::number(r.critical) + u", épuisé "_s + QString::number(r.depleted)
                + u"\n"_s};
}

Notice jobMissedNotice(const QString &job, const QString &slot, Language)
{
    return {u"Tâche « %1 » exécutée en retard"_s.arg(job),
            u"Le créneau %1 a été manqué (serveur arrêté) ; la tâche a été exécutée au démarrage."_s.arg(slot)};
}

Notice outboxFailingNotice(const QString &channel, const QString &messageId, const QString &lastError, Language)
{
    return {u"Un message %1 échoue depuis plus d'une heure"_s.arg(channel),
            u"Message %1 : %2"_s.arg(messageId, lastError)};
}

QString providerLabel(const QString &provider, Language)
{
    if (provider == "stripe"_L1)
        return u"Stripe (carte bancaire)"_s;
    if (provider == "cmi"_L1)
        return u"CMI (carte bancaire)"_s;
    if (provider == "sandbox"_L1)
        return u"Sandbox (paiement de test)"_s;
    return provider;
}

QString amountInWords(qint64 cents, Language)
{
    return frenchAmountWords(cents);
}

Email paymentConfirmedEmail(const PaymentConfirmation &p, Language language)
{
    const QString amount = money(p.amountCents, language);
    return {u"LeadMarket : paiement de "_s + amount + u" reçu"_s,
            u"Bonjour "_s + p.merchantName + u",\n\n"_s + u"Nous avons bien reçu votre paiement de "_s + amount
                + u" ("_s + amountInWords(p.amountCents, language) + u").\nMoyen de paiement : "_s
                + providerLabel(p.provider, language) + u"\nRéférence : "_s + p.providerReference
                + u"\n\nVotre dépôt a été crédité. Nouveau solde : "_s + money(p.balanceAfterCents, language)
                + u".\n\nVous trouverez le reçu en pièce jointe (PDF).\n\nL'équipe LeadMarket\n"_s};
}

ReceiptWording receiptWording(Language)
{
    ReceiptWording w;
    w.number = u"Reçu n°"_s;
    w.date = u"Date du paiement"_s;
    w.merchant = u"Commerçant"_s;
    w.email = u"E-mail"_s;
    w.amount = u"Montant"_s;
    w.amountInWords = u"Montant en lettres"_s;
    w.method = u"Moyen de paiement"_s;
    w.reference = u"Référence du paiement"_s;
    w.newBalance = u"Nouveau solde du dépôt"_s;
    w.heading = u"Reçu de paiement — recharge du dépôt"_s;
    w.notice = u"Ce reçu atteste que le montant ci-dessus a été crédité sur votre dépôt LeadMarket. "
               u"Il ne constitue pas une facture."_s;
    return w;
}

QString receiptTitle(const QString &number, Language)
{
    return u"Reçu "_s + number;
}

QString pageText(PageText text, Language)
{
    switch (text) {
    case PageText::PaymentHeading: return u"Paiement LeadMarket"_s;
    case PageText::PaymentTitle: return u"LeadMarket — paiement"_s;
    case PageText::SandboxTitle: return u"LeadMarket — paiement de test"_s;
    case PageText::SandboxHeading: return u"Recharge du dépôt"_s;
    case PageText::SandboxIntro: return u"Paiement de test (sandbox) : aucune carte n'est débitée."_s;
    case PageText::Pay: return u"Payer"_s;
    case PageText::Cancel: return u"Annuler"_s;
    case PageText::ReferencePrefix: return u"Référence "_s;
    case PageText::AlreadyPaid: return u"Ce paiement est déjà réglé."_s;
    case PageText::ExpiredAfter24h: return u"Ce paiement a expiré (24 h)."_s;
    case PageText::Cancelled: return u"Ce paiement a été annulé."_s;
    case PageText::NoLongerPayable: return u"Ce paiement n'est plus payable."_s;
    case PageText::CmiTitle: return u"LeadMarket — paiement CMI"_s;
    case PageText::CmiRedirecting: return u"Redirection vers la page de paiement sécurisée du CMI…"_s;
    case PageText::CmiContinue: return u"Continuer vers le paiement"_s;
    case PageText::ReturnPaid: return u"Paiement reçu. Votre dépôt a été rechargé."_s;
    case PageText::ReturnCancelled: return u"Paiement annulé."_s;
    case PageText::ReturnConfirming: return u"Paiement en cours de confirmation…"_s;
    case PageText::ReturnExpired: return u"Ce paiement a expiré."_s;
    case PageText::ReturnMayClose: return u"Vous pouvez fermer cette fenêtre."_s;
    case PageText::StripeProductName: return u"Recharge du dépôt LeadMarket"_s;
    }
    return {};
}

QString rechargeHelpPage(Language)
{
    return u"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Recharger mon dépôt — "
           u"LeadMarket</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto\">"
           u"<h1>Recharger mon dépôt</h1><p>Ouvrez l'application LeadMarket, puis cliquez sur "
           u"<strong>Recharger</strong> sur la carte de votre dépôt (montants suggérés : 2 000, 5 000 ou "
           u"10 000 dhs ; minimum 500 dhs).</p></body></html>"_s;
}

} // namespace lm::server::texts
