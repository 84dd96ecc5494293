#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <array>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace lm::client {

class ApiError;
class Session;

/// A new merchant or influencer account (POST /api/auth/register), then signed in with it at once
/// through the Session. Checks here what needs no server (required fields, the password's length
/// and its confirmation); the server's refusals (422 fields, an email already taken) are shown
/// beside their field, which takes the focus. Accepted once signed in.
class SignUpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignUpDialog(Session &session, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setEmail(const QString &email);
    /// Whether the token goes to the keychain (the sign-in form's choice).
    void setRemember(bool remember) { m_remember = remember; }
    QString server() const;
    QString email() const;
    /// Set when the account was made but the sign-in after it failed: the sign-in form shows it.
    QString createdMessage() const { return m_createdMessage; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();
    /// While the request runs: stops waiting and gives the form back. Otherwise closes.
    void reject() override;

private:
    enum class Field { Name, Email, Phone, Password, Confirmation, Server, Count };

    QLineEdit *edit(Field field) const { return m_edits.at(size_t(field)); }
    QLabel *problemLabel(Field field) const { return m_problems.at(size_t(field)); }
    void showProblem(Field field, const QString &text, const QString &serverReason = {});
    /// The first field with a problem takes the focus; false when there is none.
    bool focusFirstProblem();
    void clearProblems();
    bool checkHere();
    void showRefusal(const ApiError &error, const QUrl &server);
    void updateRoleTexts();
    void setBusy(bool busy, const QUrl &server = {});

    Session &m_session;
    bool m_remember = true;
    bool m_busy = false;
    QPointer<QObject> m_attempt; ///< the running request's callbacks live while it does
    QString m_createdMessage;
    QRadioButton *m_merchant = nullptr;
    QRadioButton *m_influencer = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_phoneHint = nullptr;
    std::array<QLineEdit *, size_t(Field::Count)> m_edits{};
    std::array<QLabel *, size_t(Field::Count)> m_problems{};
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
