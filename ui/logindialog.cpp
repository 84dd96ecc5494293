#include "logindialog.h"

#include <session.h>

#include <validation.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setPlaceholderText(tr("name@company.ma"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setChecked(true);
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_server, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    updateButtons();
    resize(440, sizeHint().height());
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
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::updateButtons()
{
    const bool complete = !m_server->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty()
        && !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_email, m_password, m_remember})
        w->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const auto showError = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
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
    setBusy(true);
    m_session.signIn(server, m_email->text().trimmed(), m_password->text(), m_remember->isChecked(), this,
                     [this, showError](const Result<dto::User> &signedIn) {
                         setBusy(false);
                         if (!signedIn.ok()) {
                             showError(signedIn.errorMessage());
                             m_password->selectAll();
                             m_password->setFocus();
                             return;
                         }
                         m_password->clear();
                         accept();
                     });
}

} // namespace lm::client
