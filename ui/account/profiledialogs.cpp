#include "profiledialogs.h"

#include "problemlabel.h"

#include <accountservice.h>
#include <apierror.h>

#include <validation.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// An address inside a sentence, kept left to right in Arabic.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

ProfileDialog::ProfileDialog(AccountService &accounts, const dto::User &user, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_user(user)
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(tr("Profile"));
    setModal(true);

    auto *form = new QFormLayout;
    auto *email = new QLabel(isolated(user.email), this);
    email->setObjectName(u"emailLabel"_s);
    email->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    email->setAccessibleName(tr("Email"));
    form->addRow(tr("Email:"), email);
    auto *verified = new QLabel(user.emailVerified ? tr("Verified") : tr("Not verified yet"), this);
    verified->setObjectName(u"verifiedLabel"_s);
    verified->setAccessibleName(tr("Email verification"));
    form->addRow(QString(), verified);

    m_name = addFormField(form, this, tr("&Name:"), u"name"_s, tr("Name"));
    m_name.edit->setMaxLength(limits::Name);
    m_name.edit->setText(user.displayName);
    m_phone = addFormField(form, this, tr("&Phone (optional):"), u"phone"_s, tr("Phone"));
    m_phone.edit->setMaxLength(40);
    m_phone.edit->setPlaceholderText(u"06 12 34 56 78"_s);
    m_phone.edit->setLayoutDirection(Qt::LeftToRight); // "+212" stays in front in Arabic too
    m_phone.edit->setText(user.phone);

    m_locale = new QComboBox(this);
    m_locale->setObjectName(u"localeCombo"_s);
    m_locale->setAccessibleName(tr("Language of emails and notifications"));
    // Each language in its own words, as language choosers show them: not translated.
    m_locale->addItem(u"Français"_s, u"fr"_s);
    m_locale->addItem(u"العربية"_s, u"ar"_s);
    m_locale->addItem(u"English"_s, u"en"_s);
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(user.locale)));
    auto *localeLabel = new QLabel(tr("&Language of emails and notifications:"), this);
    localeLabel->setWordWrap(true);
    localeLabel->setBuddy(m_locale);
    form->addRow(localeLabel, m_locale);
    m_localeProblem = newProblemLabel(u"localeProblem"_s, this);
    form->addRow(QString(), m_localeProblem);

    m_status = newStatusLabel(this);
    m_buttons = newDialogButtons(this, tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_name.edit->setFocus();
    keepFitted(this);
}

void ProfileDialog::submit()
{
    if (m_busy)
        return;
    for (const FormField &field : {m_name, m_phone})
        showFieldProblem(field, {});
    m_localeProblem->hide();
    showStatus(m_status, {});
    const QString name = m_name.edit->text().trimmed();
    if (name.isEmpty())
        showFieldProblem(m_name, tr("Enter your name."));
    if (focusFirstProblem({m_name})) {
        fitToContents(this);
        return;
    }
    AccountService::ProfileChange change;
    if (name != m_user.displayName)
        change.displayName = name;
    // The server keeps phones in E.164: the one shown is unchanged unless it was edited.
    if (m_phone.edit->text().trimmed() != m_user.phone)
        change.phone = m_phone.edit->text().trimmed();
    if (const QString locale = m_locale->currentData().toString(); locale != m_user.locale)
        change.locale = locale;
    if (!change.displayName && !change.phone && !change.locale) {
        m_saved = m_user;
        accept();
        return;
    }
    setBusy(true);
    m_accounts.updateProfile(change, this, [this](const Result<dto::User> &saved) {
        setBusy(false);
        if (saved.ok()) {
            m_saved = saved.value();
            accept();
            return;
        }
        const QMap<QString, QString> fields = saved.error().fields();
        if (fields.contains(u"display_name"_s))
            showFieldProblem(m_name, tr("Enter a name of at most %n characters.", nullptr, limits::Name),
                             fields.value(u"display_name"_s));
        if (fields.contains(u"phone"_s))
            showFieldProblem(m_phone,
                             tr("Enter a Moroccan number such as 06 12 34 56 78, or another country's starting with +."),
                             fields.value(u"phone"_s));
        if (fields.contains(u"locale"_s)) {
            m_localeProblem->setText(tr("Choose one of the languages in the list."));
            m_localeProblem->setToolTip(fields.value(u"locale"_s));
            m_localeProblem->show();
        }
        if (!focusFirstProblem({m_name, m_phone}) && m_localeProblem->isHidden())
            showStatus(m_status, saved.error().userMessage(), true);
        fitToContents(this);
    });
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name.edit, m_phone.edit, m_locale})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    showStatus(m_status, busy ? tr("Saving…") : QString());
}

VerifyEmailDialog::VerifyEmailDialog(AccountService &accounts, const dto::User &user, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_email(user.email)
{
    setObjectName(u"verifyEmailDialog"_s);
    setWindowTitle(tr("Verify email"));
    setModal(true);

    auto *intro = new QLabel(tr("We sent a link to %1. Open it, or paste the code from the email (or its whole "
                                "link) here.")
                                 .arg(isolated(m_email)),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    setMinimumCharacters(intro, 44);

    auto *form = new QFormLayout;
    m_token = addFormField(form, this, tr("C&ode from the email:"), u"token"_s, tr("Code from the email"));
    m_token.edit->setLayoutDirection(Qt::LeftToRight);

    m_resend = new QPushButton(tr("Send the email &again"), this);
    m_resend->setObjectName(u"resendButton"_s);
    m_resend->setAutoDefault(false); // Enter verifies the code
    connect(m_resend, &QPushButton::clicked, this, &VerifyEmailDialog::resend);

    m_status = newStatusLabel(this);
    m_buttons = newDialogButtons(this, tr("&Verify"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VerifyEmailDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_resend, 0, Qt::AlignLeading);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_token.edit->setFocus();
    keepFitted(this);
}

void VerifyEmailDialog::submit()
{
    if (m_busy)
        return;
    showFieldProblem(m_token, {});
    showStatus(m_status, {});
    if (AccountService::tokenFrom(m_token.edit->text()).isEmpty()) {
        showFieldProblem(m_token, tr("Paste the code from the email."));
        focusFirstProblem({m_token});
        fitToContents(this);
        return;
    }
    setBusy(true, tr("Verifying…"));
    m_accounts.verifyEmail(m_token.edit->text(), this, [this](const Result<dto::User> &verified) {
        setBusy(false);
        if (verified.ok()) {
            accept();
            return;
        }
        const QMap<QString, QString> fields = verified.error().fields();
        if (fields.contains(u"token"_s))
            showFieldProblem(m_token, tr("This code is used, expired or unknown. Send the email again for a new one."),
                             fields.value(u"token"_s));
        if (!focusFirstProblem({m_token}))
            showStatus(m_status, verified.error().userMessage(), true);
        fitToContents(this);
    });
}

void VerifyEmailDialog::resend()
{
    if (m_busy)
        return;
    showStatus(m_status, {});
    setBusy(true, tr("Sending…"));
    m_accounts.resendVerification(this, [this](const Result<> &sent) {
        setBusy(false);
        if (sent.ok())
            showStatus(m_status, tr("A new email is on its way to %1.").arg(isolated(m_email)));
        else
            showStatus(m_status, sent.error().userMessage(), true);
        m_token.edit->setFocus();
        fitToContents(this);
    });
}

void VerifyEmailDialog::setBusy(bool busy, const QString &doing)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_token.edit, m_resend})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    showStatus(m_status, busy ? doing : QString());
}

} // namespace lm::client
