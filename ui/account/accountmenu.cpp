#include "accountmenu.h"

#include "passworddialogs.h"
#include "profiledialogs.h"

#include <accountservice.h>
#include <session.h>

#include <QAction>
#include <QDialog>

using namespace Qt::StringLiterals;

namespace lm::client {

AccountMenu::AccountMenu(AccountService &accounts, Session &session, QWidget *parent)
    : QMenu(tr("&Account"), parent), m_accounts(accounts), m_session(session)
{
    setObjectName(u"accountMenu"_s);
    m_profile = addAction(tr("&Profile…"));
    connect(m_profile, &QAction::triggered, this, &AccountMenu::openProfile);
    m_profile->setObjectName(u"profileAction"_s);
    m_profile->setStatusTip(tr("Your name, phone and the language of your emails and notifications"));
    m_changePassword = addAction(tr("&Change password…"));
    connect(m_changePassword, &QAction::triggered, this, &AccountMenu::openChangePassword);
    m_changePassword->setObjectName(u"changePasswordAction"_s);
    m_verifyEmail = addAction(tr("&Verify email…"));
    connect(m_verifyEmail, &QAction::triggered, this, &AccountMenu::openVerifyEmail);
    m_verifyEmail->setObjectName(u"verifyEmailAction"_s);
    m_verifyEmail->setStatusTip(tr("Confirm your email address with the code LeadMarket sent you"));

    connect(&session, &Session::signedIn, this, &AccountMenu::updateActions);
    connect(&session, &Session::signedOut, this, &AccountMenu::updateActions);
    connect(&session, &Session::signInRequired, this, &AccountMenu::updateActions);
    connect(&session, &Session::userChanged, this, &AccountMenu::updateActions);
    updateActions();
}

void AccountMenu::updateActions()
{
    const bool signedIn = m_session.isSignedIn();
    const auto user = m_session.user();
    for (QAction *action : {m_profile, m_changePassword, m_verifyEmail})
        action->setEnabled(signedIn);
    m_verifyEmail->setVisible(signedIn && user && !user->emailVerified);
}

void AccountMenu::present(QDialog *dialog, const QString &done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] {
        if (!done.isEmpty())
            Q_EMIT message(done);
    });
    dialog->open();
}

void AccountMenu::openChangePassword()
{
    if (!m_session.isSignedIn())
        return;
    present(new ChangePasswordDialog(m_accounts, parentWidget()), tr("Your password has been changed."));
}

void AccountMenu::openProfile()
{
    const auto user = m_session.user();
    if (!m_session.isSignedIn() || !user)
        return;
    present(new ProfileDialog(m_accounts, *user, parentWidget()), tr("Your profile has been saved."));
}

void AccountMenu::openVerifyEmail()
{
    const auto user = m_session.user();
    if (!m_session.isSignedIn() || !user)
        return;
    present(new VerifyEmailDialog(m_accounts, *user, parentWidget()), tr("Your email address is verified."));
}

} // namespace lm::client
