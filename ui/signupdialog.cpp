#include "signupdialog.h"
#include "problemlabel.h"

#include "logindialog.h"

#include <apierror.h>
#include <session.h>

#include <validation.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed: a note, not an instruction
    return label;
}

} // namespace

SignUpDialog::SignUpDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"signUpDialog"_s);
    setWindowTitle(tr("Create a LeadMarket account"));
    setModal(true);

    // The two kinds of account, each with what it is for.
    auto *roleBox = new QGroupBox(tr("Account type"), this);
    m_merchant = new QRadioButton(tr("&Merchant"), roleBox);
    m_merchant->setObjectName(u"merchantRadio"_s);
    m_merchant->setChecked(true);
    m_influencer = new QRadioButton(tr("&Influencer"), roleBox);
    m_influencer->setObjectName(u"influencerRadio"_s);
    const QString merchantText = tr("I sell a service and pay a commission for each client I accept.");
    const QString influencerText = tr("I bring clients to merchants' campaigns and earn a share.");
    m_merchant->setAccessibleDescription(merchantText);
    m_influencer->setAccessibleDescription(influencerText);
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_merchant);
    roles->addButton(m_influencer);
    auto *roleLayout = new QVBoxLayout(roleBox);
    const int indent = m_merchant->sizeHint().height(); // under the text, past the round button
    for (const auto &[radio, text] : {std::pair{m_merchant, merchantText}, std::pair{m_influencer, influencerText}}) {
        auto *indented = new QHBoxLayout; // a layout's spacing is mirrored in right-to-left
        indented->addSpacing(indent);
        indented->addWidget(noteLabel(text, roleBox), 1);
        roleLayout->addWidget(radio);
        roleLayout->addLayout(indented);
    }
    connect(m_merchant, &QRadioButton::toggled, this, &SignUpDialog::updateRoleTexts);

    const auto makeEdit = [this](Field field, const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_edits.at(size_t(field)) = edit;
        setMinimumCharacters(edit, 28); // never squashed by the captions beside them
        connect(edit, &QLineEdit::textEdited, this, [this, field] { showProblem(field, {}); });
        return edit;
    };
    makeEdit(Field::Name, u"nameEdit"_s)->setMaxLength(limits::Name);
    QLineEdit *email = makeEdit(Field::Email, u"emailEdit"_s);
    email->setMaxLength(limits::Email);
    email->setPlaceholderText(tr("name@company.ma"));
    QLineEdit *phone = makeEdit(Field::Phone, u"phoneEdit"_s);
    phone->setMaxLength(40);
    phone->setPlaceholderText(u"06 12 34 56 78"_s);
    phone->setLayoutDirection(Qt::LeftToRight); // "+212" stays in front in Arabic too
    for (const Field field : {Field::Password, Field::Confirmation}) {
        QLineEdit *edit = makeEdit(field, field == Field::Password ? u"passwordEdit"_s : u"confirmEdit"_s);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(limits::PasswordMax);
    }
    QLineEdit *server = makeEdit(Field::Server, u"serverEdit"_s);
    server->setPlaceholderText(u"https://"_s);
    server->setLayoutDirection(Qt::LeftToRight);

    const std::array<QString, size_t(Field::Count)> problemNames{u"nameProblem"_s,     u"emailProblem"_s,
                                                                 u"phoneProblem"_s,    u"passwordProblem"_s,
                                                                 u"confirmProblem"_s,  u"serverProblem"_s};
    for (size_t i = 0; i < problemNames.size(); ++i)
        m_problems.at(i) = newProblemLabel(problemNames.at(i), this);

    auto *form = new QFormLayout;
    const auto addField = [this, form](Field field, QLabel *label, QWidget *note = nullptr) {
        label->setBuddy(edit(field));
        form->addRow(label, edit(field));
        if (note)
            form->addRow(QString(), note);
        form->addRow(QString(), problemLabel(field));
    };
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    addField(Field::Name, m_nameLabel);
    addField(Field::Email, new QLabel(tr("&Email:"), this));
    m_phoneHint = noteLabel(QString(), this);
    addField(Field::Phone, new QLabel(tr("P&hone (optional):"), this), m_phoneHint);
    addField(Field::Password, new QLabel(tr("&Password:"), this),
             noteLabel(tr("At least %n characters.", nullptr, limits::PasswordMin), this));
    addField(Field::Confirmation, new QLabel(tr("&Confirm password:"), this));
    addField(Field::Server, new QLabel(tr("&Server:"), this));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->setAccessibleName(tr("Creating the account"));
    m_busyBar->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setObjectName(u"createButton"_s);
    create->setText(tr("Create &account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignUpDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(roleBox);
    layout->addLayout(form);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Top to bottom, the role first (one stop: the arrows move between the two).
    setTabOrder(m_merchant, m_influencer);
    QWidget *previous = m_influencer;
    for (QLineEdit *next : m_edits) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, create);
    setTabOrder(create, m_buttons->button(QDialogButtonBox::Cancel));

    updateRoleTexts();
    keepFitted(this);
    edit(Field::Name)->setFocus();
}

void SignUpDialog::setServer(const QString &server)
{
    edit(Field::Server)->setText(server);
}

void SignUpDialog::setEmail(const QString &email)
{
    edit(Field::Email)->setText(email);
}

QString SignUpDialog::server() const
{
    return edit(Field::Server)->text().trimmed();
}

QString SignUpDialog::email() const
{
    return edit(Field::Email)->text().trimmed();
}

void SignUpDialog::updateRoleTexts()
{
    const bool merchant = m_merchant->isChecked();
    // A merchant's name is what influencers see on its campaigns: the business's.
    m_nameLabel->setText(merchant ? tr("Business &name:") : tr("Your &name:"));
    // Alerts by SMS and WhatsApp go to a merchant's phone; an influencer's is only kept on file.
    m_phoneHint->setText(tr("For SMS and WhatsApp alerts when your deposit runs low."));
    m_phoneHint->setVisible(merchant);
}

void SignUpDialog::showProblem(Field field, const QString &text, const QString &serverReason)
{
    QLabel *label = problemLabel(field);
    label->setText(text);
    label->setToolTip(serverReason); // the server's own words, for support
    label->setVisible(!text.isEmpty());
}

void SignUpDialog::clearProblems()
{
    for (size_t i = 0; i < m_problems.size(); ++i)
        showProblem(Field(i), {});
    m_status->hide();
}

bool SignUpDialog::focusFirstProblem()
{
    for (size_t i = 0; i < m_problems.size(); ++i) {
        if (!m_problems.at(i)->isHidden()) {
            m_edits.at(i)->setFocus();
            m_edits.at(i)->selectAll();
            return true;
        }
    }
    return false;
}

bool SignUpDialog::checkHere()
{
    if (edit(Field::Name)->text().trimmed().isEmpty())
        showProblem(Field::Name, m_merchant->isChecked() ? tr("Enter the name of your business.") : tr("Enter your name."));
    if (edit(Field::Email)->text().trimmed().isEmpty())
        showProblem(Field::Email, tr("Enter your email address."));
    const QString password = edit(Field::Password)->text();
    if (password.isEmpty())
        showProblem(Field::Password, tr("Choose a password."));
    else if (password.size() < limits::PasswordMin)
        showProblem(Field::Password, tr("Use at least %n characters.", nullptr, limits::PasswordMin));
    else if (edit(Field::Confirmation)->text() != password)
        showProblem(Field::Confirmation, tr("The two passwords are different. Type the same password again."));
    if (server().isEmpty())
        showProblem(Field::Server, tr("Enter the address of your LeadMarket server."));
    else if (const auto url = m_session.checkServerUrl(QUrl::fromUserInput(server())); !url.ok())
        showProblem(Field::Server, url.errorMessage());
    fitToContents(this);
    return !focusFirstProblem();
}

void SignUpDialog::submit()
{
    if (m_busy)
        return;
    clearProblems();
    if (!checkHere())
        return;
    const QUrl url = QUrl::fromUserInput(server());
    NewAccount account;
    account.role = m_merchant->isChecked() ? Role::Merchant : Role::Influencer;
    account.displayName = edit(Field::Name)->text().trimmed();
    account.email = email();
    account.password = edit(Field::Password)->text();
    account.phone = edit(Field::Phone)->text().trimmed();
    account.locale = languageCode(QLocale());
    setBusy(true, url);
    m_attempt = new QObject(this);
    m_session.registerAccount(url, account, m_remember, m_attempt,
                              [this, url](const Result<dto::User> &signedIn, Session::Created created) {
                                  m_attempt->deleteLater();
                                  setBusy(false);
                                  if (signedIn.ok()) {
                                      accept();
                                      return;
                                  }
                                  if (created == Session::Created::Yes) {
                                      // Sending it again would only hear "email taken": sign in instead.
                                      m_createdMessage =
                                          tr("Your account has been created, but signing in failed: %1 Sign in "
                                             "with your email and password.")
                                              .arg(LoginDialog::problemText(signedIn.error(), url));
                                      QDialog::reject();
                                      return;
                                  }
                                  showRefusal(signedIn.error(), url);
                              });
}

void SignUpDialog::showRefusal(const ApiError &error, const QUrl &server)
{
    const auto showStatus = [this](const QString &text) {
        m_status->setText(text);
        m_status->setStyleSheet(u"color: #b3261e"_s);
        m_status->show();
    };
    if (error.kind() == ApiError::Kind::Http && error.code() == "email_taken"_L1) {
        showProblem(Field::Email, error.userMessage(), error.serverMessage());
    } else if (error.kind() == ApiError::Kind::Http && !error.fields().isEmpty()) {
        const QMap<QString, QString> fields = error.fields();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QString &reason = it.value();
            if (it.key() == "display_name"_L1)
                showProblem(Field::Name, tr("Enter a name of at most %n characters.", nullptr, limits::Name), reason);
            else if (it.key() == "email"_L1)
                showProblem(Field::Email, tr("Enter a valid email address, such as name@company.ma."), reason);
            else if (it.key() == "phone"_L1)
                showProblem(Field::Phone,
                            tr("Enter a Moroccan number such as 06 12 34 56 78, or another country's starting with +."),
                            reason);
            else if (it.key() == "password"_L1)
                showProblem(Field::Password,
                            tr("Use between %1 and %2 characters.").arg(limits::PasswordMin).arg(limits::PasswordMax),
                            reason);
            else // not a field of this form (the role): the server's sentence for the whole
                showStatus(error.userMessage());
        }
    } else {
        showStatus(LoginDialog::problemText(error, server));
    }
    fitToContents(this);
    if (!focusFirstProblem())
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void SignUpDialog::setBusy(bool busy, const QUrl &server)
{
    m_busy = busy;
    // Cancel is what is left to do while it runs, but a second Enter must not press it: it may
    // not become the default button when the focus moves to it (before the fields are disabled).
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_merchant->setEnabled(!busy);
    m_influencer->setEnabled(!busy);
    for (QLineEdit *edit : m_edits)
        edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Creating your account on %1…").arg(LoginDialog::displayServer(server)));
        m_status->show();
    } else {
        m_status->hide();
    }
    fitToContents(this);
    if (busy)
        cancel->setFocus();
}

void SignUpDialog::reject()
{
    if (m_busy) {
        // Its callbacks die with it. The server may still make the account if the request had
        // reached it: sending again then answers "email taken", and signing in works.
        delete m_attempt.data();
        setBusy(false);
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
        return;
    }
    QDialog::reject();
}

} // namespace lm::client
