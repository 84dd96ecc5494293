#include "accounttexts.h"

using namespace Qt::StringLiterals;

namespace lm::server::texts {

Email passwordResetEmail(const AccountLink &link, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"LeadMarket — إعادة تعيين كلمة المرور"_s,
                u"مرحبًا "_s + link.displayName
                    + u"،\n\nلاختيار كلمة مرور جديدة، افتح هذا الرابط (صالح لمدة ساعة واحدة ولمرة واحدة):\n"_s + link.url
                    + u"\n\nأو الصق هذا الرمز في LeadMarket: "_s + link.token
                    + u"\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة: كلمة مرورك لم تتغير.\n\nفريق LeadMarket\n"_s};
    case Language::English:
        return {u"LeadMarket — reset your password"_s,
                u"Hello "_s + link.displayName
                    + u",\n\nTo choose a new password, open this link (valid for 1 hour, once):\n"_s + link.url
                    + u"\n\nOr paste this code into LeadMarket: "_s + link.token
                    + u"\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n\n"
                      u"The LeadMarket team\n"_s};
    case Language::French: break;
    }
    return {u"LeadMarket — réinitialisation de votre mot de passe"_s,
            u"Bonjour "_s + link.displayName
                + u",\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :\n"_s
                + link.url + u"\n\nOu collez ce code dans LeadMarket : "_s + link.token
                + u"\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n\n"
                  u"L'équipe LeadMarket\n"_s};
}

Email verificationEmail(const AccountLink &link, Language language)
{
    switch (language) {
    case Language::Arabic:
        return {u"LeadMarket — أكّد بريدك الإلكتروني"_s,
                u"مرحبًا "_s + link.displayName
                    + u"،\n\nمرحبًا بك في LeadMarket. لتأكيد بريدك الإلكتروني، افتح هذا الرابط (صالح لمدة 7 أيام):\n"_s
                    + link.url + u"\n\nأو الصق هذا الرمز في LeadMarket: "_s + link.token + u"\n\nفريق LeadMarket\n"_s};
    case Language::English:
        return {u"LeadMarket — confirm your email address"_s,
                u"Hello "_s + link.displayName
                    + u",\n\nWelcome to LeadMarket. To confirm your email address, open this link (valid for 7 days):\n"_s
                    + link.url + u"\n\nOr paste this code into LeadMarket: "_s + link.token
                    + u"\n\nThe LeadMarket team\n"_s};
    case Language::French: break;
    }
    return {u"LeadMarket — confirmez votre adresse e-mail"_s,
            u"Bonjour "_s + link.displayName
                + u",\n\nBienvenue sur LeadMarket. Pour confirmer votre adresse e-mail, ouvrez ce lien "
                  u"(valable 7 jours) :\n"_s
                + link.url + u"\n\nOu collez ce code dans LeadMarket : "_s + link.token + u"\n\nL'équipe LeadMarket\n"_s};
}

namespace {

QString french(AccountText text)
{
    switch (text) {
    case AccountText::ResetTitle: return u"Nouveau mot de passe"_s;
    case AccountText::ResetIntro: return u"Choisissez un nouveau mot de passe (10 caractères au moins)."_s;
    case AccountText::NewPassword: return u"Nouveau mot de passe"_s;
    case AccountText::ConfirmPassword: return u"Confirmez le mot de passe"_s;
    case AccountText::Save: return u"Enregistrer"_s;
    case AccountText::ResetDone:
        return u"Votre mot de passe a été changé. Connectez-vous à LeadMarket avec le nouveau ; vos autres "
               u"sessions ont été fermées."_s;
    case AccountText::PasswordsDiffer: return u"Les deux mots de passe ne sont pas identiques."_s;
    case AccountText::PasswordTooShort: return u"Le mot de passe doit contenir au moins 10 caractères."_s;
    case AccountText::PasswordTooLong: return u"Le mot de passe doit contenir au plus 1024 caractères."_s;
    case AccountText::LinkInvalid:
        return u"Ce lien n'est plus valable (déjà utilisé ou expiré). Demandez-en un nouveau depuis LeadMarket."_s;
    case AccountText::VerifyTitle: return u"Confirmer votre adresse e-mail"_s;
    case AccountText::VerifyIntro:
        return u"Cliquez sur le bouton pour confirmer l'adresse de votre compte LeadMarket."_s;
    case AccountText::VerifyButton: return u"Confirmer mon adresse"_s;
    case AccountText::VerifyDone: return u"Merci : votre adresse e-mail est confirmée."_s;
    }
    return {};
}

QString arabic(AccountText text)
{
    switch (text) {
    case AccountText::ResetTitle: return u"كلمة مرور جديدة"_s;
    case AccountText::ResetIntro: return u"اختر كلمة مرور جديدة (10 أحرف على الأقل)."_s;
    case AccountText::NewPassword: return u"كلمة المرور الجديدة"_s;
    case AccountText::ConfirmPassword: return u"أكّد كلمة المرور"_s;
    case AccountText::Save: return u"حفظ"_s;
    case AccountText::ResetDone:
        return u"تم تغيير كلمة المرور. سجّل الدخول إلى LeadMarket بالكلمة الجديدة؛ وقد أُغلقت جلساتك الأخرى."_s;
    case AccountText::PasswordsDiffer: return u"كلمتا المرور غير متطابقتين."_s;
    case AccountText::PasswordTooShort: return u"يجب أن تتكون كلمة المرور من 10 أحرف على الأقل."_s;
    case AccountText::PasswordTooLong: return u"يجب ألا تتجاوز كلمة المرور 1024 حرفًا."_s;
    case AccountText::LinkInvalid:
        return u"هذا الرابط لم يعد صالحًا (استُعمل أو انتهت صلاحيته). اطلب رابطًا جديدًا من LeadMarket."_s;
    case AccountText::VerifyTitle: return u"تأكيد بريدك الإلكتروني"_s;
    case AccountText::VerifyIntro: return u"اضغط على الزر لتأكيد عنوان حسابك في LeadMarket."_s;
    case AccountText::VerifyButton: return u"تأكيد عنواني"_s;
    case AccountText::VerifyDone: return u"شكرًا: تم تأكيد بريدك الإلكتروني."_s;
    }
    return {};
}

QString english(AccountText text)
{
    switch (text) {
    case AccountText::ResetTitle: return u"New password"_s;
    case AccountText::ResetIntro: return u"Choose a new password (at least 10 characters)."_s;
    case AccountText::NewPassword: return u"New password"_s;
    case AccountText::ConfirmPassword: return u"Confirm the password"_s;
    case AccountText::Save: return u"Save"_s;
    case AccountText::ResetDone:
        return u"Your password has been changed. Sign in to LeadMarket with the new one; your other sessions "
               u"were signed out."_s;
    case AccountText::PasswordsDiffer: return u"The two passwords do not match."_s;
    case AccountText::PasswordTooShort: return u"The password must be at least 10 characters long."_s;
    case AccountText::PasswordTooLong: return u"The password must be at most 1024 characters long."_s;
    case AccountText::LinkInvalid:
        return u"This link is no longer valid (already used or expired). Ask for a new one from LeadMarket."_s;
    case AccountText::VerifyTitle: return u"Confirm your email address"_s;
    case AccountText::VerifyIntro: return u"Click the button to confirm your LeadMarket account's address."_s;
    case AccountText::VerifyButton: return u"Confirm my address"_s;
    case AccountText::VerifyDone: return u"Thank you: your email address is confirmed."_s;
    }
    return {};
}

} // namespace

QString accountText(AccountText text, Language language)
{
    switch (language) {
    case Language::Arabic: return arabic(text);
    case Language::English: return english(text);
    case Language::French: break;
    }
    return french(text);
}

QString textDirection(Language language)
{
    return language == Language::Arabic ? u"rtl"_s : u"ltr"_s;
}

} // namespace lm::server::texts
