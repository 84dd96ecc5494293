#pragma once

#include "accountform.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace lm::client {

class AccountService;
class ApiError;

/// "Forgot password?" from the sign-in form, in two steps: the account's email, to which the
/// server sends a link (the dialog never says whether an account has that address); then the code
/// of that email pasted here (or its whole link) with a new password twice. Opening the link in a
/// browser finishes it there instead. Accepted once the new password is set.
class ForgotPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Email, NewPassword };

    ForgotPasswordDialog(AccountService &accounts, const QUrl &server, const QString &email,
                         QWidget *parent = nullptr);

    Step step() const { return m_step; }
    QString email() const;
    bool isBusy() const { return m_busy; }
    /// For the sign-in form once the password is set.
    static QString doneMessage();

public Q_SLOTS:
    /// The step's button: send the link, or set the new password.
    void submit();
    /// While a request runs: stops waiting and gives the form back. Otherwise closes.
    void reject() override;

private:
    void showStep(Step step);
    void sendLink();
    void setNewPassword();
    void showRefusal(const ApiError &error);
    void setBusy(bool busy, const QString &doing = {});

    AccountService &m_accounts;
    QUrl m_server;
    Step m_step = Step::Email;
    bool m_busy = false;
    QPointer<QObject> m_attempt; ///< the running request's callbacks live while it does
    QWidget *m_emailStep = nullptr;
    QWidget *m_passwordStep = nullptr;
    QLabel *m_sentLabel = nullptr;
    QPushButton *m_haveCode = nullptr;
    FormField m_email;
    FormField m_token;
    FormField m_password;
    FormField m_confirmation;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The signed-in user's new password: the current one, the new one twice. This session stays
/// signed in; the server signs out the others. Accepted once the server has it.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(AccountService &accounts, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

private:
    void setBusy(bool busy);

    AccountService &m_accounts;
    bool m_busy = false;
    FormField m_current;
    FormField m_password;
    FormField m_confirmation;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
