#pragma once

#include "texts.h"

#include <QString>

// The texts of contract v2 "Accounts": the emails with a password-reset or verification link, and
// the small pages those links open. In French, Arabic and English, like texts.h (kept apart from
// it so that each module stays readable); the page layout is AccountService's.
namespace lm::server::texts {

struct AccountLink
{
    QString displayName;
    QString url;   ///< the page the link opens (LEADMARKET_PUBLIC_URL + /account/…?token=…)
    QString token; ///< also pasted into the desktop client
};
/// The email of a password reset (the link is valid 1 h, once).
Email passwordResetEmail(const AccountLink &link, Language language = Language::French);
/// The email that confirms an address (the link is valid 7 days).
Email verificationEmail(const AccountLink &link, Language language = Language::French);

enum class AccountText {
    ResetTitle,
    ResetIntro,
    NewPassword,
    ConfirmPassword,
    Save,
    ResetDone,
    PasswordsDiffer,
    PasswordTooShort,
    PasswordTooLong,
    LinkInvalid,
    VerifyTitle,
    VerifyIntro,
    VerifyButton,
    VerifyDone,
};
QString accountText(AccountText text, Language language = Language::French);
/// "rtl" for Arabic, "ltr" otherwise: the HTML `dir` of a page.
QString textDirection(Language language);

} // namespace lm::server::texts
