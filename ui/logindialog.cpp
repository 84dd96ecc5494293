#include "logindialog.h"

#include "passworddialogs.h"
#include "problemlabel.h"
#include "signupdialog.h"

#include <apierror.h>
#include <session.h>

#include <validation.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

LoginDialog::LoginDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in to LeadMarket"));
    setModal(true);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(u"https://"_s);
    m_server->setLayoutDirection(Qt::LeftToRight); // an address reads left to right in Arabic too
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setPlaceholderText(tr("name@company.ma"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit *edit : {m_server, m_email, m_password})
        setMinimumCharacters(edit, 28); // never squashed by the captions beside them
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setChecked(true);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0); // no steps to count: a moving bar says "working"
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->setAccessibleName(tr("Connecting"));
    m_busyBar->hide();
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->setWordWrap(true);
    m_progress->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    m_forgot = new QPushButton(tr("&Forgot password?"), this);
    m_forgot->setObjectName(u"forgotPasswordButton"_s);
    m_forgot->setAutoDefault(false); // Enter in the form signs in
    m_forgot->hide(); // until there is an account service to reset it with
    connect(m_forgot, &QPushButton::clicked, this, &LoginDialog::openForgotPassword);
    form->addRow(QString(), m_forgot);

    auto *signUpRow = new QHBoxLayout;
    auto *newHere = new QLabel(tr("New to LeadMarket?"), this);
    m_signUp = new QPushButton(tr("Create an &account…"), this);
    m_signUp->setObjectName(u"signUpButton"_s);
    m_signUp->setAutoDefault(false); // Enter in the form signs in
    newHere->setBuddy(m_signUp);
    signUpRow->addWidget(newHere);
    signUpRow->addWidget(m_signUp);
    signUpRow->addStretch();
    connect(m_signUp, &QPushButton::clicked, this, &LoginDialog::openSignUp);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(signUpRow);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
    setTabOrder(m_buttons->button(QDialogButtonBox::Cancel), m_signUp);
    setTabOrder(m_signUp, m_forgot);

    for (QLineEdit *edit : {m_server, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    updateButtons();
    keepFitted(this);
}

LoginDialog::LoginDialog(Session &session, AccountService &accounts, QWidget *parent) : LoginDialog(session, parent)
{
    m_accounts = &accounts;
    m_forgot->show();
    updateButtons();
}

void LoginDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    fitToContents(this);
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString LoginDialog::displayServer(const QUrl &server)
{
    QString shown = server.host();
    if (shown.isEmpty())
        shown = server.toString();
    if (server.port() != -1)
        shown += u":"_s + QString::number(server.port());
    // LRI … PDI: "127.0.0.1:8080" keeps its order inside an Arabic sentence.
    return QChar(0x2066) + shown + QChar(0x2069);
}

QString LoginDialog::problemText(const ApiError &error, const QUrl &server)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
        return tr("%1 does not answer. Check the server address and your Internet connection, then try again.")
            .arg(displayServer(server));
    case ApiError::Kind::Timeout:
        return tr("%1 is taking too long to answer. Try again in a moment, or check the server address.")
            .arg(displayServer(server));
    default:
        return error.userMessage();
    }
}

void LoginDialog::updateButtons()
{
    const bool complete = !m_server->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty()
        && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
    // The reset goes to the server of the form: it needs one.
    m_forgot->setEnabled(!m_server->text().trimmed().isEmpty() && !m_busy);
}

void LoginDialog::setBusy(bool busy, const QUrl &server)
{
    m_busy = busy;
    // Cancel is the one thing left to do while it connects, but a second Enter meant for
    // "Sign in" must not press it: it may not become the default button when the focus moves
    // to it (before the fields are disabled).
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_email, m_password, m_remember, m_signUp})
        w->setEnabled(!busy);
    m_progress->setText(busy ? tr("Connecting to %1…").arg(displayServer(server)) : QString());
    m_progress->setVisible(busy);
    m_busyBar->setVisible(busy);
    updateButtons();
    fitToContents(this);
    if (busy)
        cancel->setFocus();
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const auto showError = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        fitToContents(this);
    };
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!isValidEmail(m_email->text().trimmed())) {
        showError(tr("Enter a valid email address."));
        return;
    }
    if (const auto url = m_session.checkServerUrl(server); !url.ok()) {
        showError(url.errorMessage());
        return;
    }
    m_error->hide();
    setBusy(true, server);
    m_attempt = new QObject(this);
    m_session.signIn(server, m_email->text().trimmed(), m_password->text(), m_remember->isChecked(), m_attempt,
                     [this, server, showError](const Result<dto::User> &signedIn) {
                         m_attempt->deleteLater();
                         setBusy(false);
                         if (!signedIn.ok()) {
                             showError(problemText(signedIn.error(), server));
                             m_password->selectAll();
                             m_password->setFocus();
                             return;
                         }
                         m_password->clear();
                         accept();
                     });
}

void LoginDialog::cancelSignIn()
{
    // Its callbacks die with it: a late answer changes nothing (ApiClient sends no retry either).
    delete m_attempt.data();
    setBusy(false);
    m_error->hide();
    m_password->setFocus();
}

void LoginDialog::reject()
{
    if (m_busy) {
        cancelSignIn();
        return;
    }
    QDialog::reject();
}

void LoginDialog::openSignUp()
{
    auto *dialog = new SignUpDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_server->text().trimmed());
    dialog->setEmail(m_email->text().trimmed());
    dialog->setRemember(m_remember->isChecked());
    // Signed in from there: so is this dialog (the controller opens the workspace on signedIn).
    connect(dialog, &QDialog::accepted, this, [this] {
        m_password->clear();
        accept();
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        // What was typed there is not lost: the same server and email, here.
        m_server->setText(dialog->server());
        if (!dialog->email().isEmpty())
            m_email->setText(dialog->email());
        if (!dialog->createdMessage().isEmpty()) {
            setMessage(dialog->createdMessage());
            m_password->clear();
        }
        m_password->setFocus();
    });
    dialog->open();
}

void LoginDialog::openForgotPassword()
{
    if (!m_accounts || m_busy)
        return;
    auto *dialog = new ForgotPasswordDialog(*m_accounts, QUrl::fromUserInput(m_server->text().trimmed()),
                                            m_email->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The new password set: back here with the same email, ready for it.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_email->setText(dialog->email());
        m_password->clear();
        m_error->hide();
        setMessage(ForgotPasswordDialog::doneMessage());
        m_password->setFocus();
    });
    dialog->open();
}

} // namespace lm::client
