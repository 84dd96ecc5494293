#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lm::client {

class AccountService;
class ApiError;
class Session;

/// Server address, email, password and "remember me"; signs in through the Session and shows the
/// server's refusal in words (ApiError::userMessage). While it connects it says to which server,
/// with a busy bar, and Cancel (or Escape) gives the form back. "Create an account…" opens the
/// SignUpDialog, "Forgot password?" the ForgotPasswordDialog. Accepted once signed in.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Session &session, QWidget *parent = nullptr);
    /// With "Forgot password?", which resets it through `accounts`.
    LoginDialog(Session &session, AccountService &accounts, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setEmail(const QString &email);
    void setRemember(bool remember);
    /// A reason shown above the form ("Your session has expired…").
    void setMessage(const QString &message);
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    /// "host:port", kept left to right inside right-to-left text.
    static QString displayServer(const QUrl &server);
    /// The sentence for a failed sign-in or sign-up: a server that does not answer is named (the
    /// address may be the mistake); anything else as ApiError::userMessage says it.
    static QString problemText(const ApiError &error, const QUrl &server);

public Q_SLOTS:
    void signIn();
    /// While connecting: stops waiting for the server and gives the form back. Otherwise closes.
    void reject() override;

private:
    void updateButtons();
    void setBusy(bool busy, const QUrl &server = {});
    void cancelSignIn();
    void openSignUp();
    void openForgotPassword();

    Session &m_session;
    AccountService *m_accounts = nullptr; ///< none: no "Forgot password?"
    bool m_busy = false;
    QPointer<QObject> m_attempt; ///< the running sign-in's callbacks live while it does
    QLabel *m_message = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_signUp = nullptr;
    QPushButton *m_forgot = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
