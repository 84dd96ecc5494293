#pragma once

#include <QMenu>

class QAction;

namespace lm::client {

class AccountService;
class Session;

/// The signed-in user's Account menu: change the password, the profile, and, while the email
/// address is not verified, its verification (gone once it is). Each entry opens its dialog over
/// the window; what the server accepted is announced with message(). Disabled while signed out.
class AccountMenu final : public QMenu
{
    Q_OBJECT

public:
    AccountMenu(AccountService &accounts, Session &session, QWidget *parent);

    QAction *changePasswordAction() const { return m_changePassword; }
    QAction *profileAction() const { return m_profile; }
    QAction *verifyEmailAction() const { return m_verifyEmail; }

Q_SIGNALS:
    /// A short confirmation for the status bar.
    void message(const QString &text);

private:
    void updateActions();
    void openChangePassword();
    void openProfile();
    void openVerifyEmail();
    /// Shows `dialog` over the window, deleted when closed; `done` once it is accepted.
    void present(QDialog *dialog, const QString &done);

    AccountService &m_accounts;
    Session &m_session;
    QAction *m_changePassword = nullptr;
    QAction *m_profile = nullptr;
    QAction *m_verifyEmail = nullptr;
};

} // namespace lm::client
