#include "disputetexts.h"

#include "money.h"

using namespace Qt::StringLiterals;

namespace lm::server::texts {

namespace {

QString money(qint64 cents, Language language)
{
    return Money(cents).format(locale(language));
}

// " Note : …" after a sentence, or nothing without a note.
QString noteSentence(const QString &note, Language language)
{
    if (note.isEmpty())
        return {};
    switch (language) {
    case Language::Arabic: return u" ملاحظة: "_s + note;
    case Language::English: return u" Note: "_s + note;
    case Language::French: break;
    }
    return u" Note : "_s + note;
}

} // namespace

Notice disputeOpenedNotice(const DisputeNews &n, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"اعتراض جديد: "_s + n.clientName,
                n.influencerName + u" يعترض على رفض العميل المحتمل "_s + n.clientName + u" (حملة « "_s
                    + n.campaignName + u" »)."_s + noteSentence(n.note, language)};
    case Language::English:
        return {u"New dispute: "_s + n.clientName,
                n.influencerName + u" disputes the rejection of the lead "_s + n.clientName + u" (campaign “"_s
                    + n.campaignName + u"”)."_s + noteSentence(n.note, language)};
    case Language::French: break;
    }
    return {u"Nouvelle contestation : "_s + n.clientName,
            n.influencerName + u" conteste le refus du lead "_s + n.clientName + u" (campagne « "_s + n.campaignName
                + u" »)."_s + noteSentence(n.note, language)};
}

Notice disputeOverturnedMerchantNotice(const DisputeNews &n, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"رفض ملغى: "_s + n.clientName,
                u"بعد الاعتراض، تم قبول العميل المحتمل "_s + n.clientName + u" (حملة « "_s + n.campaignName
                    + u" ») من طرف الإدارة؛ تم خصم العمولة "_s + money(n.commissionCents, language)
                    + u" من رصيدكم."_s + noteSentence(n.note, language)};
    case Language::English:
        return {u"Rejection overturned: "_s + n.clientName,
                u"After a dispute, LeadMarket validated the lead "_s + n.clientName + u" (campaign “"_s
                    + n.campaignName + u"”); its commission of "_s + money(n.commissionCents, language)
                    + u" was taken from your deposit."_s + noteSentence(n.note, language)};
    case Language::French: break;
    }
    return {u"Refus annulé : "_s + n.clientName,
            u"Après contestation, LeadMarket a validé le lead "_s + n.clientName + u" (campagne « "_s
                + n.campaignName + u" ») ; sa commission de "_s + money(n.commissionCents, language)
                + u" a été prélevée sur votre dépôt."_s + noteSentence(n.note, language)};
}

Email disputeOverturnedMerchantEmail(const DisputeNews &n, Language language)
{
    const Notice notice = disputeOverturnedMerchantNotice(n, language);
    switch (language) {
    case Language::Arabic:
        return {u"LeadMarket: "_s + notice.title,
                u"مرحبا،\n\n"_s + notice.body + u"\n\nيظهر هذا الخصم في سجل معاملات رصيدكم.\n\nفريق LeadMarket"_s};
    case Language::English:
        return {u"LeadMarket: "_s + notice.title,
                u"Hello,\n\n"_s + notice.body
                    + u"\n\nThe deduction is in your deposit's transactions.\n\nThe LeadMarket team"_s};
    case Language::French: break;
    }
    return {u"LeadMarket : "_s + notice.title,
            u"Bonjour,\n\n"_s + notice.body
                + u"\n\nLe prélèvement figure dans les mouvements de votre dépôt.\n\nL’équipe LeadMarket"_s};
}

Notice disputeOverturnedInfluencerNotice(const DisputeNews &n, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"اعتراض مقبول: "_s + n.clientName,
                u"تم قبول العميل المحتمل "_s + n.clientName + u" (حملة « "_s + n.campaignName
                    + u" ») بعد اعتراضكم؛ حصتكم "_s + money(n.influencerShareCents, language) + u"."_s
                    + noteSentence(n.note, language)};
    case Language::English:
        return {u"Dispute accepted: "_s + n.clientName,
                u"The lead "_s + n.clientName + u" (campaign “"_s + n.campaignName
                    + u"”) is validated after your dispute; your share: "_s
                    + money(n.influencerShareCents, language) + u"."_s + noteSentence(n.note, language)};
    case Language::French: break;
    }
    return {u"Contestation acceptée : "_s + n.clientName,
            u"Le lead "_s + n.clientName + u" (campagne « "_s + n.campaignName
                + u" ») est validé après votre contestation ; votre part : "_s
                + money(n.influencerShareCents, language) + u"."_s + noteSentence(n.note, language)};
}

Notice disputeUpheldNotice(const DisputeNews &n, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"اعتراض مرفوض: "_s + n.clientName,
                u"يبقى العميل المحتمل "_s + n.clientName + u" (حملة « "_s + n.campaignName
                    + u" ») مرفوضا بعد دراسة اعتراضكم."_s + noteSentence(n.note, language)};
    case Language::English:
        return {u"Dispute declined: "_s + n.clientName,
                u"The lead "_s + n.clientName + u" (campaign “"_s + n.campaignName
                    + u"”) stays rejected after review of your dispute."_s + noteSentence(n.note, language)};
    case Language::French: break;
    }
    return {u"Contestation refusée : "_s + n.clientName,
            u"Le lead "_s + n.clientName + u" (campagne « "_s + n.campaignName
                + u" ») reste refusé après examen de votre contestation."_s + noteSentence(n.note, language)};
}

} // namespace lm::server::texts
