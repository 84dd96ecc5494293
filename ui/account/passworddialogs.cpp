#include "passworddialogs.h"

#include "problemlabel.h"

#include <accountservice.h>
#include <apierror.h>

#include <validation.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// The checks a new password gets here (its length, the same twice); true when it passes.
bool checkNewPassword(const FormField &password, const FormField &confirmation)
{
    const QString text = password.edit->text();
    if (text.size() < limits::PasswordMin)
        showFieldProblem(password, ChangePasswordDialog::tr("Use at least %n characters.", nullptr, limits::PasswordMin));
    else if (text.size() > limits::PasswordMax)
        showFieldProblem(password, ChangePasswordDialog::tr("Use at most %n characters.", nullptr, limits::PasswordMax));
    else if (confirmation.edit->text() != text)
        showFieldProblem(confirmation, ChangePasswordDialog::tr("The two passwords are different. Type the same password again."));
    return password.problem->isHidden() && confirmation.problem->isHidden();
}

QString newPasswordRefused()
{
    return ChangePasswordDialog::tr("Use between %1 and %2 characters.").arg(limits::PasswordMin).arg(limits::PasswordMax);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    setMinimumCharacters(label, 44); // a sentence a line, not a word a line
    return label;
}

} // namespace

ForgotPasswordDialog::ForgotPasswordDialog(AccountService &accounts, const QUrl &server, const QString &email,
                                           QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_server(server)
{
    setObjectName(u"forgotPasswordDialog"_s);
    setWindowTitle(tr("Forgot password"));
    setModal(true);

    m_emailStep = new QWidget(this);
    auto *emailLayout = new QVBoxLayout(m_emailStep);
    emailLayout->setContentsMargins({});
    emailLayout->addWidget(wrappedLabel(
        tr("Enter the email address of your account. We will send you a link to choose a new password."),
        m_emailStep));
    auto *emailForm = new QFormLayout;
    m_email = addFormField(emailForm, m_emailStep, tr("&Email:"), u"email"_s, tr("Email"));
    m_email.edit->setMaxLength(limits::Email);
    m_email.edit->setPlaceholderText(tr("name@company.ma"));
    m_email.edit->setText(email);
    emailLayout->addLayout(emailForm);
    m_haveCode = new QPushButton(tr("I already have a &code"), m_emailStep);
    m_haveCode->setObjectName(u"haveCodeButton"_s);
    m_haveCode->setAutoDefault(false); // Enter sends the link
    connect(m_haveCode, &QPushButton::clicked, this, [this] { showStep(Step::NewPassword); });
    emailLayout->addWidget(m_haveCode, 0, Qt::AlignLeading);

    m_passwordStep = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(m_passwordStep);
    passwordLayout->setContentsMargins({});
    m_sentLabel = wrappedLabel(QString(), m_passwordStep, u"sentLabel"_s);
    passwordLayout->addWidget(m_sentLabel);
    auto *passwordForm = new QFormLayout;
    m_token = addFormField(passwordForm, m_passwordStep, tr("C&ode from the email:"), u"token"_s,
                           tr("Code from the email"));
    m_token.edit->setLayoutDirection(Qt::LeftToRight);
    m_password = addFormField(passwordForm, m_passwordStep, tr("&New password:"), u"newPassword"_s,
                              tr("New password"), true);
    m_confirmation = addFormField(passwordForm, m_passwordStep, tr("Con&firm password:"), u"confirm"_s,
                                  tr("Confirm the new password"), true);
    for (const FormField &field : {m_password, m_confirmation})
        field.edit->setMaxLength(limits::PasswordMax);
    passwordLayout->addLayout(passwordForm);

    m_status = newStatusLabel(this);
    m_buttons = newDialogButtons(this, QString());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ForgotPasswordDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emailStep);
    layout->addWidget(m_passwordStep);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    showStep(Step::Email);
    keepFitted(this);
}

QString ForgotPasswordDialog::email() const
{
    return m_email.edit->text().trimmed();
}

QString ForgotPasswordDialog::doneMessage()
{
    return tr("Your password has been changed. Sign in with your new password.");
}

void ForgotPasswordDialog::showStep(Step step)
{
    m_step = step;
    m_emailStep->setVisible(step == Step::Email);
    m_passwordStep->setVisible(step == Step::NewPassword);
    m_buttons->button(QDialogButtonBox::Ok)->setText(step == Step::Email ? tr("&Send the link")
                                                                           : tr("&Set the password"));
    if (step == Step::NewPassword && m_sentLabel->text().isEmpty())
        m_sentLabel->setText(tr("Paste the code from the email we sent you, or its whole link, and choose a new "
                                "password. Opening the link in a browser works too."));
    (step == Step::Email ? m_email : m_token).edit->setFocus();
    fitToContents(this);
}

void ForgotPasswordDialog::submit()
{
    if (m_busy)
        return;
    showStatus(m_status, {});
    if (m_step == Step::Email)
        sendLink();
    else
        setNewPassword();
    fitToContents(this);
}

void ForgotPasswordDialog::sendLink()
{
    showFieldProblem(m_email, isValidEmail(email()) ? QString() : tr("Enter a valid email address."));
    if (focusFirstProblem({m_email}))
        return;
    setBusy(true, tr("Sending…"));
    m_accounts.requestPasswordReset(m_server, email(), m_attempt, [this](const Result<> &sent) {
        setBusy(false);
        if (!sent.ok())
            return showRefusal(sent.error());
        // The same words whether or not an account has this address: the server says nothing either.
        m_sentLabel->setText(tr("If an account exists for %1, we sent it a link. Open it to choose a new password "
                                "in your browser, or paste the code from the email here.")
                                 .arg(QChar(0x2068) + email() + QChar(0x2069)));
        showStep(Step::NewPassword);
    });
}

void ForgotPasswordDialog::setNewPassword()
{
    for (const FormField &field : {m_token, m_password, m_confirmation})
        showFieldProblem(field, {});
    if (AccountService::tokenFrom(m_token.edit->text()).isEmpty())
        showFieldProblem(m_token, tr("Paste the code from the email."));
    checkNewPassword(m_password, m_confirmation);
    if (focusFirstProblem({m_token, m_password, m_confirmation}))
        return;
    setBusy(true, tr("Saving…"));
    m_accounts.resetPassword(m_server, m_token.edit->text(), m_password.edit->text(), m_attempt,
                             [this](const Result<> &reset) {
                                 setBusy(false);
                                 if (!reset.ok())
                                     return showRefusal(reset.error());
                                 m_password.edit->clear();
                                 m_confirmation.edit->clear();
                                 accept();
                             });
}

void ForgotPasswordDialog::showRefusal(const ApiError &error)
{
    const QMap<QString, QString> fields = error.fields();
    if (fields.contains(u"token"_s))
        showFieldProblem(m_token, tr("This code is used, expired or unknown. Ask for a new link."),
                         fields.value(u"token"_s));
    if (fields.contains(u"new_password"_s))
        showFieldProblem(m_password, newPasswordRefused(), fields.value(u"new_password"_s));
    if (fields.contains(u"email"_s))
        showFieldProblem(m_email, tr("Enter a valid email address."), fields.value(u"email"_s));
    if (!focusFirstProblem({m_email, m_token, m_password, m_confirmation}))
        showStatus(m_status, error.userMessage(), true);
    fitToContents(this);
}

void ForgotPasswordDialog::setBusy(bool busy, const QString &doing)
{
    m_busy = busy;
    if (busy)
        m_attempt = new QObject(this);
    else if (m_attempt)
        m_attempt->deleteLater();
    for (QWidget *w : {m_emailStep, m_passwordStep})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        showStatus(m_status, doing);
    else
        showStatus(m_status, {});
}

void ForgotPasswordDialog::reject()
{
    if (m_busy) {
        // Its callbacks die with it: a late answer changes nothing.
        delete m_attempt.data();
        setBusy(false);
        return;
    }
    QDialog::reject();
}

ChangePasswordDialog::ChangePasswordDialog(AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    setModal(true);

    auto *form = new QFormLayout;
    m_current = addFormField(form, this, tr("C&urrent password:"), u"currentPassword"_s, tr("Current password"), true);
    m_password = addFormField(form, this, tr("&New password:"), u"newPassword"_s, tr("New password"), true);
    m_confirmation =
        addFormField(form, this, tr("Con&firm password:"), u"confirm"_s, tr("Confirm the new password"), true);
    for (const FormField &field : {m_current, m_password, m_confirmation})
        field.edit->setMaxLength(limits::PasswordMax);
    auto *note = wrappedLabel(tr("You stay signed in here; your other computers will have to sign in again."), this);
    note->setEnabled(false); // greyed: a note, not an instruction

    m_status = newStatusLabel(this);
    m_buttons = newDialogButtons(this, tr("&Change password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_current.edit->setFocus();
    keepFitted(this);
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    for (const FormField &field : {m_current, m_password, m_confirmation})
        showFieldProblem(field, {});
    showStatus(m_status, {});
    if (m_current.edit->text().isEmpty())
        showFieldProblem(m_current, tr("Enter your current password."));
    checkNewPassword(m_password, m_confirmation);
    if (focusFirstProblem({m_current, m_password, m_confirmation})) {
        fitToContents(this);
        return;
    }
    setBusy(true);
    m_accounts.changePassword(m_current.edit->text(), m_password.edit->text(), this, [this](const Result<> &changed) {
        setBusy(false);
        if (changed.ok()) {
            accept();
            return;
        }
        const QMap<QString, QString> fields = changed.error().fields();
        if (fields.contains(u"current_password"_s))
            showFieldProblem(m_current, tr("This is not your current password."), fields.value(u"current_password"_s));
        if (fields.contains(u"new_password"_s))
            showFieldProblem(m_password, newPasswordRefused(), fields.value(u"new_password"_s));
        if (!focusFirstProblem({m_current, m_password, m_confirmation}))
            showStatus(m_status, changed.error().userMessage(), true);
        fitToContents(this);
    });
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (const FormField &field : {m_current, m_password, m_confirmation})
        field.edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    showStatus(m_status, busy ? tr("Saving…") : QString());
}

} // namespace lm::client
