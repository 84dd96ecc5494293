#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lm::client {

class Session;

/// Server address, email, password and "remember me"; signs in through the Session and shows the
/// server's refusal in words (ApiError::userMessage). Accepted once signed in.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Session &session, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setEmail(const QString &email);
    void setRemember(bool remember);
    /// A reason shown above the form ("Your session has expired…").
    void setMessage(const QString &message);
    QString errorText() const;

public Q_SLOTS:
    void signIn();

private:
    void updateButtons();
    void setBusy(bool busy);

    Session &m_session;
    bool m_busy = false;
    QLabel *m_message = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
