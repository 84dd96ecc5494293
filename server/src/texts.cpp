#include "texts.h"

#include "amountwords.h"
#include "leadpolicy.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace lm::server::texts {

namespace {

// The same text in the three languages; every function below words its text once per language,
// with %1… for the data (QString::arg with several arguments, so a name holding "%2" stays as is).
QString pick(Language language, const QString &french, const QString &arabic, const QString &english)
{
    switch (language) {
    case Language::Arabic: return arabic;
    case Language::English: return english;
    case Language::French: break;
    }
    return french;
}

QString money(qint64 cents, Language language)
{
    return Money(cents).format(locale(language));
}

QString number(qint64 n, Language language)
{
    return locale(language).toString(n);
}

// "68,3 %" ("68.3%" in English): one decimal only when there is one.
QString percentText(qint64 balance, qint64 reference, Language language)
{
    const int tenths = percentTenths(balance, reference);
    const QLocale l = locale(language);
    const QString value = l.toString(tenths / 10)
        + (tenths % 10 ? l.decimalPoint() + l.toString(tenths % 10) : QString());
    return language == Language::English ? value + u"%"_s : value + u" %"_s;
}

QString hours(Language language)
{
    return number(leadpolicy::ExpiryHours, language);
}

QString greeting(const QString &name, Language language)
{
    return pick(language, u"Bonjour %1,"_s, u"مرحبًا %1،"_s, u"Hello %1,"_s).arg(name);
}

QString signature(Language language)
{
    return pick(language, u"L'équipe LeadMarket"_s, u"فريق LeadMarket"_s, u"The LeadMarket team"_s);
}

// "Bonjour X,\n\n<body>\n\nL'équipe LeadMarket\n": every email to a user reads the same way.
QString letter(const QString &name, const QString &body, Language language)
{
    return greeting(name, language) + u"\n\n"_s + body + u"\n\n"_s + signature(language) + u'\n';
}

QString subject(const QString &title)
{
    return u"LeadMarket — "_s + title;
}

QString newLeadText(const NewLead &lead, Language language)
{
    return pick(language, u"Campagne « %1 », valeur estimée %2, commission %3. À valider sous %4 h."_s,
                u"الحملة «%1»، القيمة التقديرية %2، العمولة %3، ويجب البت فيه خلال %4 ساعة."_s,
                u"Campaign “%1”, estimated value %2, commission %3. To decide within %4 h."_s)
        .arg(lead.campaignName, money(lead.estimatedValueCents, language), money(lead.commissionCents, language),
             hours(language));
}

QString reminderPrefix(bool reminder, Language language)
{
    return reminder ? pick(language, u"Rappel — "_s, u"تذكير — "_s, u"Reminder — "_s) : QString();
}

QString alertTitle(const DepositAlert &alert, Language language)
{
    return reminderPrefix(alert.reminder, language)
        + pick(language, u"%1 : dépôt à %2"_s, u"%1: الرصيد عند %2"_s, u"%1: deposit at %2"_s)
              .arg(levelTitle(alert.level, language), percentText(alert.balanceCents, alert.referenceCents, language));
}

QString alertAdvice(AlertLevel level, Language language)
{
    switch (level) {
    case AlertLevel::Attention:
        return pick(language, u"Pensez à recharger votre dépôt."_s, u"فكّر في شحن رصيدك."_s,
                    u"Consider recharging your deposit."_s);
    case AlertLevel::Warning:
        return pick(language, u"Recharge urgente : votre dépôt baisse."_s, u"شحن عاجل: رصيدك ينخفض."_s,
                    u"Recharge soon: your deposit is running low."_s);
    case AlertLevel::Critical:
        return pick(language, u"Vos leads seront bloqués sous peu : rechargez maintenant."_s,
                    u"سيتم حظر عملائك المحتملين قريبًا: اشحن رصيدك الآن."_s,
                    u"Your leads will be blocked soon: recharge now."_s);
    case AlertLevel::Depleted:
        return pick(language,
                    u"Dépôt épuisé : les nouveaux leads sont bloqués et vos campagnes sont en pause jusqu'à la "
                    u"recharge."_s,
                    u"نفد الرصيد: العملاء المحتملون الجدد محظورون وحملاتك متوقفة مؤقتًا حتى الشحن."_s,
                    u"Deposit depleted: new leads are blocked and your campaigns are paused until you recharge."_s);
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

// The level as an admin reads it about someone else's deposit ("dépôt critique").
QString depositLevelPhrase(AlertLevel level, Language language)
{
    switch (level) {
    case AlertLevel::Healthy: return pick(language, u"dépôt sain"_s, u"رصيد جيد"_s, u"healthy deposit"_s);
    case AlertLevel::Attention:
        return pick(language, u"dépôt à surveiller"_s, u"رصيد يستدعي المتابعة"_s, u"deposit to watch"_s);
    case AlertLevel::Warning: return pick(language, u"dépôt bas"_s, u"رصيد منخفض"_s, u"low deposit"_s);
    case AlertLevel::Critical: return pick(language, u"dépôt critique"_s, u"رصيد حرج"_s, u"critical deposit"_s);
    case AlertLevel::Depleted: return pick(language, u"dépôt épuisé"_s, u"رصيد نافد"_s, u"depleted deposit"_s);
    }
    return {};
}

// What the level means for the platform, not what the merchant should do.
QString adminAlertConsequence(AlertLevel level, Language language)
{
    switch (level) {
    case AlertLevel::Attention:
        return pick(language, u"Le marchand a été prévenu sur son tableau de bord."_s,
                    u"تم إشعار التاجر على لوحة التحكم الخاصة به."_s,
                    u"The merchant was told on their dashboard."_s);
    case AlertLevel::Warning:
        return pick(language, u"Le marchand a été prévenu par e-mail."_s, u"تم إشعار التاجر بالبريد الإلكتروني."_s,
                    u"The merchant was told by email."_s);
    case AlertLevel::Critical:
        return pick(language,
                    u"Le marchand a été prévenu par e-mail, SMS et WhatsApp ; ses nouveaux leads seront refusés "
                    u"à l'épuisement du dépôt."_s,
                    u"تم إشعار التاجر بالبريد الإلكتروني والرسائل القصيرة وواتساب؛ ستُرفض عملاؤه المحتملون الجدد "
                    u"عند نفاد الرصيد."_s,
                    u"The merchant was told by email, SMS and WhatsApp; their new leads will be refused once the "
                    u"deposit runs out."_s);
    case AlertLevel::Depleted:
        return pick(language,
                    u"Dépôt bloqué : les nouveaux leads de ce marchand sont refusés et ses campagnes sont en pause "
                    u"jusqu'à sa recharge."_s,
                    u"الرصيد محظور: تُرفض العملاء المحتملون الجدد لهذا التاجر وحملاته متوقفة مؤقتًا حتى يشحن رصيده."_s,
                    u"Deposit blocked: this merchant's new leads are refused and their campaigns are paused until "
                    u"they recharge."_s);
    case AlertLevel::Healthy: break;
    }
    return {};
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
    return pick(language, u"fr"_s, u"ar"_s, u"en"_s);
}

QString htmlAttributes(Language language)
{
    return u"lang=\""_s + languageCode(language) + (language == Language::Arabic ? u"\" dir=\"rtl\""_s : u"\""_s);
}

Notice newLeadNotice(const NewLead &lead, Language language)
{
    return {pick(language, u"Nouveau lead : %1"_s, u"عميل محتمل جديد: %1"_s, u"New lead: %1"_s).arg(lead.clientName),
            newLeadText(lead, language)};
}

Email newLeadEmail(const NewLead &lead, Language language)
{
    return {subject(newLeadNotice(lead, language).title),
            letter(lead.merchantName,
                   pick(language, u"Un nouveau lead attend votre validation.\n%1\n\nOuvrez LeadMarket pour le valider ou le rejeter."_s,
                        u"عميل محتمل جديد في انتظار قرارك.\n%1\n\nافتح LeadMarket لقبوله أو رفضه."_s,
                        u"A new lead is waiting for your decision.\n%1\n\nOpen LeadMarket to validate or reject it."_s)
                       .arg(newLeadText(lead, language)),
                   language)};
}

Notice leadExpiredNotice(const QString &clientName, const QString &campaignName, Language language)
{
    return {pick(language, u"Lead expiré : %1"_s, u"انتهت صلاحية العميل المحتمل: %1"_s, u"Lead expired: %1"_s)
                .arg(clientName),
            pick(language,
                 u"Le marchand n'a pas traité ce lead de la campagne « %1 » en %2 h ; il a expiré."_s,
                 u"لم يبت التاجر في هذا العميل المحتمل من الحملة «%1» خلال %2 ساعة؛ فانتهت صلاحيته."_s,
                 u"The merchant did not decide on this lead of the campaign “%1” within %2 h; it has expired."_s)
                .arg(campaignName, hours(language))};
}

Notice payoutPaidNotice(const PayoutDecision &p, Language language)
{
    const QString amount = money(p.amountCents, language);
    return {pick(language, u"Paiement envoyé : %1"_s, u"تم إرسال التحويل: %1"_s, u"Payout sent: %1"_s).arg(amount),
            pick(language, u"Votre demande de paiement de %1 a été virée sur le compte %2 (référence %3)."_s,
                 u"تم تحويل طلب الدفع الخاص بك بمبلغ %1 إلى الحساب %2 (المرجع %3)."_s,
                 u"Your payout of %1 was transferred to the account %2 (reference %3)."_s)
                .arg(amount, p.ribMasked, p.reference)};
}

Email payoutPaidEmail(const PayoutDecision &p, Language language)
{
    return {subject(payoutPaidNotice(p, language).title),
            letter(p.influencerName,
                   pick(language, u"Nous avons viré %1 sur votre compte %2.\nRéférence du virement : %3"_s,
                        u"حوّلنا %1 إلى حسابك %2.\nمرجع التحويل: %3"_s,
                        u"We transferred %1 to your account %2.\nTransfer reference: %3"_s)
                       .arg(money(p.amountCents, language), p.ribMasked, p.reference),
                   language)};
}

Notice payoutRejectedNotice(const PayoutDecision &p, Language language)
{
    const QString amount = money(p.amountCents, language);
    return {pick(language, u"Paiement refusé : %1"_s, u"تم رفض التحويل: %1"_s, u"Payout refused: %1"_s).arg(amount),
            pick(language, u"Votre demande de paiement de %1 a été refusée : %2. Le montant est de nouveau disponible."_s,
                 u"تم رفض طلب الدفع الخاص بك بمبلغ %1: %2. أصبح المبلغ متاحًا من جديد."_s,
                 u"Your payout request of %1 was refused: %2. The amount is available again."_s)
                .arg(amount, p.reason)};
}

Email payoutRejectedEmail(const PayoutDecision &p, Language language)
{
    return {subject(payoutRejectedNotice(p, language).title),
            letter(p.influencerName,
                   pick(language,
                        u"Votre demande de paiement de %1 a été refusée.\nMotif : %2\n\nLe montant est de nouveau "
                        u"disponible : vous pouvez corriger vos coordonnées bancaires si besoin et refaire une "
                        u"demande depuis LeadMarket."_s,
                        u"تم رفض طلب الدفع الخاص بك بمبلغ %1\nالسبب: %2\n\nأصبح المبلغ متاحًا من جديد: يمكنك "
                        u"تصحيح بياناتك البنكية عند الحاجة وتقديم طلب جديد من LeadMarket."_s,
                        u"Your payout request of %1 was refused.\nReason: %2\n\nThe amount is available again: you "
                        u"can correct your bank details if needed and request it again from LeadMarket."_s)
                       .arg(money(p.amountCents, language), p.reason),
                   language)};
}

Notice payoutRequestedNotice(const QString &influencerName, qint64 amountCents, Language language)
{
    return {pick(language, u"Demande de paiement : %1"_s, u"طلب تحويل أرباح: %1"_s, u"Payout request: %1"_s)
                .arg(influencerName),
            pick(language, u"%1 demande le paiement de %2."_s, u"يطلب %1 تحويل مبلغ %2 إليه."_s, u"%1 asks to be paid %2."_s)
                .arg(influencerName, money(amountCents, language))};
}

QString levelTitle(AlertLevel level, Language language)
{
    switch (level) {
    case AlertLevel::Healthy: return pick(language, u"Solde sain"_s, u"رصيد جيد"_s, u"Healthy"_s);
    case AlertLevel::Attention: return pick(language, u"Attention"_s, u"انتباه"_s, u"Attention"_s);
    case AlertLevel::Warning: return pick(language, u"Avertissement"_s, u"تحذير"_s, u"Warning"_s);
    case AlertLevel::Critical: return pick(language, u"Critique"_s, u"حرج"_s, u"Critical"_s);
    case AlertLevel::Depleted: return pick(language, u"Épuisé"_s, u"نافد"_s, u"Depleted"_s);
    }
    return {};
}

Notice depositAlertNotice(const DepositAlert &alert, Language language)
{
    return {alertTitle(alert, language), alertText(alert, language)};
}

Notice merchantAlertNotice(const DepositAlert &alert, Language language)
{
    // "Agence X : dépôt critique, 8 %": who, how bad, how much is left, in the title the list shows.
    const QString title = reminderPrefix(alert.reminder, language)
        + pick(language, u"%1 : %2, %3"_s, u"%1: %2، %3"_s, u"%1: %2, %3"_s)
              .arg(alert.merchantName, depositLevelPhrase(alert.level, language),
                   percentText(alert.balanceCents, alert.referenceCents, language));
    const QString body = pick(language, u"Solde : %1 (%2 après la dernière recharge). %3"_s,
                              u"الرصيد: %1 (%2 بعد آخر شحن). %3"_s, u"Balance: %1 (%2 after the last recharge). %3"_s)
                             .arg(money(alert.balanceCents, language), money(alert.referenceCents, language),
                                  adminAlertConsequence(alert.level, language));
    return {title, body};
}

Email depositAlertEmail(const DepositAlert &alert, Language language)
{
    return {subject(alertTitle(alert, language)),
            letter(alert.merchantName,
                   pick(language,
                        u"Votre dépôt LeadMarket est au niveau « %1 » : solde %2 sur %3 (%4).\n%5\n\nRecharger "
                        u"votre dépôt : %6"_s,
                        u"رصيدك في LeadMarket في مستوى «%1»: الرصيد %2 من %3 (%4).\n%5\n\nاشحن رصيدك: %6"_s,
                        u"Your LeadMarket deposit is at the “%1” level: balance %2 of %3 (%4).\n%5\n\nRecharge "
                        u"your deposit: %6"_s)
                       .arg(levelTitle(alert.level, language), money(alert.balanceCents, language),
                            money(alert.referenceCents, language),
                            percentText(alert.balanceCents, alert.referenceCents, language),
                            alertAdvice(alert.level, language), alert.rechargeUrl),
                   language)};
}

QString depositAlertShortText(const DepositAlert &alert, Language language)
{
    return pick(language, u"LeadMarket : dépôt %1 (%2, %3). %4"_s, u"LeadMarket: الرصيد %1 (%2، %3). %4"_s,
                u"LeadMarket: deposit %1 (%2, %3). %4"_s)
        .arg(levelTitle(alert.level, language).toLower(),
             percentText(alert.balanceCents, alert.referenceCents, language), money(alert.balanceCents, language),
             alertAdvice(alert.level, language));
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
    const auto n = [language](qint64 value) { return number(value, language); };
    const QString counts =
        pick(language,
             u"Leads créés : %1\nLeads validés : %2\nLeads rejetés : %3\nLeads expirés : %4\nCommissions : %5\n"
             u"Recharges : %6"_s,
             u"العملاء المحتملون المُنشأون: %1\nالمقبولون: %2\nالمرفوضون: %3\nالمنتهية صلاحيتهم: %4\nالعمولات: %5\n"
             u"عمليات الشحن: %6"_s,
             u"Leads created: %1\nLeads validated: %2\nLeads rejected: %3\nLeads expired: %4\nCommissions: %5\n"
             u"Recharges: %6"_s)
            .arg(n(r.leadsCreated), n(r.leadsValidated), n(r.leadsRejected), n(r.leadsExpired),
                 money(r.commissionsCents, language), money(r.rechargesCents, language));
    const QString levels =
        pick(language, u"Dépôts par niveau : sain %1, attention %2, avertissement %3, critique %4, épuisé %5"_s,
             u"الأرصدة حسب المستوى: جيد %1، انتباه %2، تحذير %3، حرج %4، نافد %5"_s,
             u"Deposits by level: healthy %1, attention %2, warning %3, critical %4, depleted %5"_s)
            .arg(n(r.healthy), n(r.attention), n(r.warning), n(r.critical), n(r.depleted));
    return {pick(language, u"LeadMarket — rapport du %1"_s, u"LeadMarket — تقرير %1"_s, u"LeadMarket — report of %1"_s)
                .arg(r.date.toString(Qt::ISODate)),
            pick(language, u"Rapport quotidien LeadMarket du %1"_s, u"التقرير اليومي لـ LeadMarket ليوم %1"_s,
                 u"LeadMarket daily report of %1"_s)
                    .arg(l.toString(r.date, QLocale::LongFormat))
                + u"\n\n"_s + counts + u"\n\n"_s + levels + u'\n'};
}

Notice jobMissedNotice(const QString &job, const QString &slot, Language language)
{
    return {pick(language, u"Tâche « %1 » exécutée en retard"_s, u"نُفّذت المهمة «%1» متأخرة"_s,
                 u"Job “%1” ran late"_s)
                .arg(job),
            pick(language, u"Le créneau %1 a été manqué (serveur arrêté) ; la tâche a été exécutée au démarrage."_s,
                 u"فات الموعد %1 (كان الخادم متوقفًا)؛ نُفّذت المهمة عند بدء التشغيل."_s,
                 u"The slot %1 was missed (server down); the job ran at start-up."_s)
                .arg(slot)};
}

Notice outboxFailingNotice(const QString &channel, const QString &messageId, const QString &lastError,
                           Language language)
{
    return {pick(language, u"Un message %1 échoue depuis plus d'une heure"_s, u"رسالة %1 تفشل منذ أكثر من ساعة"_s,
                 u"A %1 message has been failing for over an hour"_s)
                .arg(channel),
            pick(language, u"Message %1 : %2"_s, u"الرسالة %1: %2"_s, u"Message %1: %2"_s).arg(messageId, lastError)};
}

QString providerLabel(const QString &provider, Language language)
{
    if (provider == "stripe"_L1)
        return pick(language, u"Stripe (carte bancaire)"_s, u"Stripe (بطاقة بنكية)"_s, u"Stripe (bank card)"_s);
    if (provider == "cmi"_L1)
        return pick(language, u"CMI (carte bancaire)"_s, u"CMI (بطاقة بنكية)"_s, u"CMI (bank card)"_s);
    if (provider == "sandbox"_L1)
        return pick(language, u"Sandbox (paiement de test)"_s, u"Sandbox (دفع تجريبي)"_s, u"Sandbox (test payment)"_s);
    return provider;
}

QString amountInWords(qint64 cents, Language language)
{
    switch (language) {
    case Language::Arabic: return arabicAmountWords(cents);
    case Language::English: return englishAmountWords(cents);
    case Language::French: break;
    }
    return frenchAmountWords(cents);
}

Email paymentConfirmedEmail(const PaymentConfirmation &p, Language language)
{
    const QString amount = money(p.amountCents, language);
    return {pick(language, u"LeadMarket : paiement de %1 reçu"_s, u"LeadMarket: تم استلام دفعة بمبلغ %1"_s,
                 u"LeadMarket: payment of %1 received"_s)
                .arg(amount),
            letter(p.merchantName,
                   pick(language,
                        u"Nous avons bien reçu votre paiement de %1 (%2).\nMoyen de paiement : %3\nRéférence : %4\n\n"
                        u"Votre dépôt a été crédité. Nouveau solde : %5.\n\nVous trouverez le reçu en pièce jointe "
                        u"(PDF)."_s,
                        u"استلمنا دفعتك بمبلغ %1 (%2).\nوسيلة الدفع: %3\nالمرجع: %4\n\nتمت إضافة المبلغ إلى رصيدك.\n"
                        u"الرصيد الجديد: %5\n\nستجد الإيصال مرفقًا (PDF)."_s,
                        u"We received your payment of %1 (%2).\nPayment method: %3\nReference: %4\n\nYour deposit "
                        u"has been credited. New balance: %5.\n\nThe receipt is attached (PDF)."_s)
                       .arg(amount, amountInWords(p.amountCents, language), providerLabel(p.provider, language),
                            p.providerReference, money(p.balanceAfterCents, language)),
                   language)};
}

ReceiptWording receiptWording(Language language)
{
    ReceiptWording w;
    w.number = pick(language, u"Reçu n°"_s, u"رقم الإيصال"_s, u"Receipt no."_s);
    w.date = pick(language, u"Date du paiement"_s, u"تاريخ الدفع"_s, u"Payment date"_s);
    w.merchant = pick(language, u"Commerçant"_s, u"التاجر"_s, u"Merchant"_s);
    w.email = pick(language, u"E-mail"_s, u"البريد الإلكتروني"_s, u"Email"_s);
    w.amount = pick(language, u"Montant"_s, u"المبلغ"_s, u"Amount"_s);
    w.amountInWords = pick(language, u"Montant en lettres"_s, u"المبلغ بالحروف"_s, u"Amount in words"_s);
    w.method = pick(language, u"Moyen de paiement"_s, u"وسيلة الدفع"_s, u"Payment method"_s);
    w.reference = pick(language, u"Référence du paiement"_s, u"مرجع الدفع"_s, u"Payment reference"_s);
    w.newBalance = pick(language, u"Nouveau solde du dépôt"_s, u"الرصيد الجديد"_s, u"New deposit balance"_s);
    w.heading = pick(language, u"Reçu de paiement — recharge du dépôt"_s, u"إيصال دفع — شحن الرصيد"_s,
                     u"Payment receipt — deposit recharge"_s);
    w.notice = pick(language,
                    u"Ce reçu atteste que le montant ci-dessus a été crédité sur votre dépôt LeadMarket. Il ne "
                    u"constitue pas une facture."_s,
                    u"يشهد هذا الإيصال بأن المبلغ أعلاه أُضيف إلى رصيدك في LeadMarket. وهو ليس فاتورة."_s,
                    u"This receipt confirms that the amount above was credited to your LeadMarket deposit. It is "
                    u"not an invoice."_s);
    return w;
}

QString receiptTitle(const QString &number, Language language)
{
    return pick(language, u"Reçu %1"_s, u"إيصال %1"_s, u"Receipt %1"_s).arg(number);
}

QString pageText(PageText text, Language language)
{
    switch (text) {
    case PageText::PaymentHeading: return pick(language, u"Paiement LeadMarket"_s, u"الدفع في LeadMarket"_s, u"LeadMarket payment"_s);
    case PageText::PaymentTitle: return pick(language, u"LeadMarket — paiement"_s, u"LeadMarket — الدفع"_s, u"LeadMarket — payment"_s);
    case PageText::SandboxTitle:
        return pick(language, u"LeadMarket — paiement de test"_s, u"LeadMarket — دفع تجريبي"_s, u"LeadMarket — test payment"_s);
    case PageText::SandboxHeading: return pick(language, u"Recharge du dépôt"_s, u"شحن الرصيد"_s, u"Deposit recharge"_s);
    case PageText::SandboxIntro:
        return pick(language, u"Paiement de test (sandbox) : aucune carte n'est débitée."_s,
                    u"دفع تجريبي (sandbox): لن تُخصم أي بطاقة."_s, u"Test payment (sandbox): no card is charged."_s);
    case PageText::Pay: return pick(language, u"Payer"_s, u"ادفع"_s, u"Pay"_s);
    case PageText::Cancel: return pick(language, u"Annuler"_s, u"إلغاء"_s, u"Cancel"_s);
    case PageText::ReferencePrefix: return pick(language, u"Référence "_s, u"المرجع "_s, u"Reference "_s);
    case PageText::AlreadyPaid:
        return pick(language, u"Ce paiement est déjà réglé."_s, u"تم تسديد هذه الدفعة بالفعل."_s,
                    u"This payment has already been made."_s);
    case PageText::ExpiredAfter24h:
        return pick(language, u"Ce paiement a expiré (24 h)."_s, u"انتهت صلاحية هذه الدفعة (24 ساعة)."_s,
                    u"This payment has expired (24 h)."_s);
    case PageText::Cancelled:
        return pick(language, u"Ce paiement a été annulé."_s, u"تم إلغاء هذه الدفعة."_s, u"This payment was cancelled."_s);
    case PageText::NoLongerPayable:
        return pick(language, u"Ce paiement n'est plus payable."_s, u"لم يعد بالإمكان تسديد هذه الدفعة."_s,
                    u"This payment can no longer be paid."_s);
    case PageText::CmiTitle: return pick(language, u"LeadMarket — paiement CMI"_s, u"LeadMarket — الدفع عبر CMI"_s, u"LeadMarket — CMI payment"_s);
    case PageText::CmiRedirecting:
        return pick(language, u"Redirection vers la page de paiement sécurisée du CMI…"_s,
                    u"جارٍ التوجيه إلى صفحة الدفع الآمنة لـ CMI…"_s, u"Redirecting to CMI's secure payment page…"_s);
    case PageText::CmiContinue:
        return pick(language, u"Continuer vers le paiement"_s, u"متابعة إلى الدفع"_s, u"Continue to payment"_s);
    case PageText::ReturnPaid:
        return pick(language, u"Paiement reçu. Votre dépôt a été rechargé."_s, u"تم استلام الدفعة. تم شحن رصيدك."_s,
                    u"Payment received. Your deposit has been recharged."_s);
    case PageText::ReturnCancelled: return pick(language, u"Paiement annulé."_s, u"تم إلغاء الدفع."_s, u"Payment cancelled."_s);
    case PageText::ReturnConfirming:
        return pick(language, u"Paiement en cours de confirmation…"_s, u"جارٍ تأكيد الدفع…"_s, u"Confirming the payment…"_s);
    case PageText::ReturnExpired:
        return pick(language, u"Ce paiement a expiré."_s, u"انتهت صلاحية هذه الدفعة."_s, u"This payment has expired."_s);
    case PageText::ReturnMayClose:
        return pick(language, u"Vous pouvez fermer cette fenêtre."_s, u"يمكنك إغلاق هذه النافذة."_s,
                    u"You may close this window."_s);
    case PageText::StripeProductName:
        return pick(language, u"Recharge du dépôt LeadMarket"_s, u"شحن رصيد LeadMarket"_s, u"LeadMarket deposit recharge"_s);
    }
    return {};
}

QString rechargeHelpPage(Language language)
{
    const QString title = pick(language, u"Recharger mon dépôt"_s, u"شحن رصيدي"_s, u"Recharge my deposit"_s);
    const QString howTo =
        pick(language,
             u"Ouvrez l'application LeadMarket, puis cliquez sur <strong>Recharger</strong> sur la carte de votre "
             u"dépôt (montants suggérés : %1, %2 ou %3 ; minimum %4)."_s,
             u"افتح تطبيق LeadMarket، ثم انقر على <strong>شحن</strong> في بطاقة رصيدك (المبالغ المقترحة: %1 أو %2 أو "
             u"%3؛ الحد الأدنى %4)."_s,
             u"Open the LeadMarket application, then click <strong>Recharge</strong> on your deposit's card "
             u"(suggested amounts: %1, %2 or %3; at least %4)."_s)
            .arg(Money(200000).formatShort(locale(language)), Money(500000).formatShort(locale(language)),
                 Money(1000000).formatShort(locale(language)), Money(50000).formatShort(locale(language)));
    return u"<!DOCTYPE html><html "_s + htmlAttributes(language) + u"><head><meta charset=\"utf-8\"><title>"_s + title
        + u" — LeadMarket</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto\"><h1>"_s
        + title + u"</h1><p>"_s + howTo + u"</p></body></html>"_s;
}

} // namespace lm::server::texts
