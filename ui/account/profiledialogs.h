#pragma once

#include "accountform.h"

#include <dto.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace lm::client {

class AccountService;

/// The signed-in user's profile: the email address (not changed here) and whether it is
/// verified; the name, the phone and the language of the emails, SMS and notifications the
/// server writes to them. Only what changed is sent; a refusal is shown under its field.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(AccountService &accounts, const dto::User &user, QWidget *parent = nullptr);

    /// The user as the server answered (after accept()).
    std::optional<dto::User> saved() const { return m_saved; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

private:
    void setBusy(bool busy);

    AccountService &m_accounts;
    dto::User m_user;
    bool m_busy = false;
    FormField m_name;
    FormField m_phone;
    QComboBox *m_locale = nullptr;
    QLabel *m_localeProblem = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<dto::User> m_saved;
};

/// The user's email address confirmed: the code of the email sent at sign-up (or its whole link)
/// pasted here, or the email sent again. Accepted once the server has verified it.
class VerifyEmailDialog final : public QDialog
{
    Q_OBJECT

public:
    VerifyEmailDialog(AccountService &accounts, const dto::User &user, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();
    void resend();

private:
    void setBusy(bool busy, const QString &doing = {});

    AccountService &m_accounts;
    QString m_email;
    bool m_busy = false;
    FormField m_token;
    QPushButton *m_resend = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
