#include "admindialogs.h"
#include "problemlabel.h"

#include "adminlistpage.h"
#include "leadspage.h"

#include <alertsmodel.h>
#include <levellook.h>
#include <money.h>
#include <transactionsmodel.h>
#include <validation.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}


void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// OK renamed `confirmText` (objectName confirmButton) and Cancel.
QDialogButtonBox *confirmButtons(QDialog *dialog, const QString &confirmText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->button(QDialogButtonBox::Ok);
    confirm->setText(confirmText);
    confirm->setObjectName(u"confirmButton"_s);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(QDialog::tr("Cancel"));
    cancel->setObjectName(u"cancelButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

/// A first password an admin can read out or paste: no look-alike characters.
QString generatedPassword()
{
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 14; ++i)
        password.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password;
}

} // namespace

AdminActionDialog::AdminActionDialog(const QString &objectName, const QString &title, const QString &message,
                                     const QString &confirmText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    auto *intro = wrappedLabel(message, u"introLabel"_s, this);
    m_textLabel = new QLabel(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"textEdit"_s);
    m_textLabel->setBuddy(m_text);
    m_textProblem = newProblemLabel(u"textProblem"_s, this);
    m_status = wrappedLabel(QString(), u"statusLabel"_s, this);
    m_status->hide();
    m_buttons = confirmButtons(this, confirmText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminActionDialog::send);

    auto *form = new QFormLayout;
    form->addRow(m_textLabel, m_text);
    form->addRow(QString(), m_textProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // Wide enough for a sentence a line, never a fixed size.
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * 60);
    setMinimumCharacters(m_text, 30);
    keepFitted(this);
    m_textLabel->hide();
    m_text->hide();
    connect(m_text, &QLineEdit::textChanged, this, &AdminActionDialog::revalidate);
    revalidate();
}

void AdminActionDialog::setTextField(TextNeed need, const QString &label, int maxLength, const QString &placeholder)
{
    m_need = need;
    const bool shown = need != TextNeed::None;
    m_textLabel->setText(label);
    m_textLabel->setVisible(shown);
    m_text->setVisible(shown);
    m_text->setMaxLength(maxLength);
    m_text->setPlaceholderText(placeholder.isEmpty() && need == TextNeed::Required ? tr("Required") : placeholder);
    m_text->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    if (shown)
        m_text->setFocus();
    revalidate();
}

QString AdminActionDialog::text() const
{
    return m_text->text().trimmed();
}

QString AdminActionDialog::problemText() const
{
    if (m_textProblem->isVisible())
        return m_textProblem->text();
    return m_status->isVisible() ? m_status->text() : QString();
}

void AdminActionDialog::revalidate()
{
    const bool complete = m_need != TextNeed::Required || !text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void AdminActionDialog::send()
{
    if (m_busy || !m_send || (m_need == TextNeed::Required && text().isEmpty()))
        return;
    m_busy = true;
    revalidate();
    showProblem(m_textProblem, {});
    m_status->setText(tr("Sending…"));
    m_status->show();
    m_send(text(), this, [this](const ApiError &error) {
        m_busy = false;
        if (!error.isError()) {
            accept();
            return;
        }
        QString fieldProblem;
        for (const QString &field : std::as_const(m_fieldNames)) {
            if (fieldProblem.isEmpty() && error.fields().contains(field))
                fieldProblem = error.fields().value(field);
        }
        if (!fieldProblem.isEmpty()) {
            m_status->hide();
            showProblem(m_textProblem, tr("The server refused this: %1").arg(fieldProblem));
        } else {
            m_status->setText(adminErrorText(error));
        }
        revalidate();
    });
}

NewUserDialog::NewUserDialog(AdminService &admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"newUserDialog"_s);
    setWindowTitle(tr("New user"));
    auto *intro = wrappedLabel(tr("Create an account of any role. Give the first password to its owner in person; "
                                  "they can change it after signing in."),
                               u"introLabel"_s, this);

    m_email->setObjectName(u"emailEdit"_s);
    m_email->setMaxLength(limits::Email);
    m_email->setAccessibleName(tr("Email address"));
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(limits::Name);
    m_name->setAccessibleName(tr("Name"));
    m_role->setObjectName(u"roleCombo"_s);
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Merchant"), int(Role::Merchant));
    m_role->addItem(tr("Influencer"), int(Role::Influencer));
    m_role->addItem(tr("Administrator"), int(Role::Admin));
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setMaxLength(40);
    m_phone->setPlaceholderText(tr("Optional, e.g. 06 12 34 56 78"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(limits::PasswordMax);
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, limits::PasswordMin));
    m_password->setAccessibleName(tr("First password"));
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(u"generatePasswordButton"_s);
    generate->setToolTip(tr("Fill in a random password and show it, to give it to the account's owner"));
    generate->setAccessibleName(tr("Generate a password"));
    connect(generate, &QPushButton::clicked, this, [this] {
        m_password->setEchoMode(QLineEdit::Normal);
        m_password->setText(generatedPassword());
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(generate);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &label, QWidget *field, QLayout *row, const QString &apiField) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        if (row)
            form->addRow(caption, row);
        else
            form->addRow(caption, field);
        QLabel *problem = newProblemLabel(apiField + u"Problem"_s, this);
        form->addRow(QString(), problem);
        m_problems.insert(apiField, problem);
    };
    addRow(tr("&Email:"), m_email, nullptr, u"email"_s);
    addRow(tr("&Name:"), m_name, nullptr, u"display_name"_s);
    addRow(tr("&Role:"), m_role, nullptr, u"role"_s);
    addRow(tr("&Phone:"), m_phone, nullptr, u"phone"_s);
    addRow(tr("First &password:"), m_password, passwordRow, u"password"_s);

    m_status = wrappedLabel(QString(), u"statusLabel"_s, this);
    m_status->hide();
    m_buttons = confirmButtons(this, tr("&Create user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * 64);
    keepFitted(this);

    for (QLineEdit *edit : {m_email, m_name, m_phone, m_password})
        connect(edit, &QLineEdit::textChanged, this, &NewUserDialog::revalidate);
    revalidate();
    m_email->setFocus();
}

void NewUserDialog::revalidate()
{
    // Said once the person has typed something there; the button waits for everything.
    QMap<QString, QString> problems;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !isValidEmail(email) && !m_email->hasFocus())
        problems.insert(u"email"_s, tr("This is not an email address."));
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !normalizePhone(phone) && !m_phone->hasFocus())
        problems.insert(u"phone"_s, tr("This is not a phone number (a Moroccan number, or + and the country code)."));
    const int length = int(m_password->text().size());
    if (length > 0 && length < limits::PasswordMin && !m_password->hasFocus())
        problems.insert(u"password"_s, tr("At least %n characters.", nullptr, limits::PasswordMin));
    showFieldProblems(problems);
    const bool complete = isValidEmail(email) && !m_name->text().trimmed().isEmpty()
        && (phone.isEmpty() || normalizePhone(phone)) && length >= limits::PasswordMin;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
}

void NewUserDialog::showFieldProblems(const QMap<QString, QString> &problems)
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        showProblem(it.value(), problems.value(it.key()));
}

void NewUserDialog::send()
{
    if (m_busy)
        return;
    AdminService::NewUser user;
    user.email = m_email->text().trimmed();
    user.password = m_password->text();
    user.role = static_cast<Role>(m_role->currentData().toInt());
    user.displayName = m_name->text().trimmed();
    user.phone = m_phone->text().trimmed();
    m_busy = true;
    revalidate();
    m_status->setText(tr("Creating the account…"));
    m_status->show();
    m_admin.createUser(user, this, [this](const Result<dto::User> &result) {
        m_busy = false;
        if (result.ok()) {
            m_created = result.value();
            accept();
            return;
        }
        const ApiError &error = result.error();
        QMap<QString, QString> problems;
        if (error.code() == "email_taken"_L1)
            problems.insert(u"email"_s, error.userMessage());
        const QMap<QString, QString> fields = error.fields();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (m_problems.contains(it.key()))
                problems.insert(it.key(), tr("Refused by the server: %1").arg(it.value()));
        }
        showFieldProblems(problems);
        if (problems.isEmpty())
            m_status->setText(adminErrorText(error));
        else
            m_status->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    });
}

MerchantTransactionsDialog::MerchantTransactionsDialog(AdminService &admin, const AlertRow &merchant, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_merchantId(merchant.id)
    , m_model(new TransactionsModel(this))
{
    setObjectName(u"merchantTransactionsDialog"_s);
    setWindowTitle(tr("Transactions of %1").arg(merchant.merchantName));
    const QLocale locale;
    auto *summary = wrappedLabel(
        tr("%1 — %2. Balance %3, reserved %4, available %5 (reference %6).")
            .arg(merchant.merchantName, LevelLook::name(merchant.level), Money(merchant.balanceCents).format(locale),
                 Money(merchant.reservedCents).format(locale), Money(merchant.availableCents).format(locale),
                 Money(merchant.referenceCents).format(locale)),
        u"summaryLabel"_s, this);
    m_view = makeTableView(u"transactionsView"_s, m_model, this);
    m_view->setAccessibleName(tr("The merchant's ledger, newest first"));
    m_view->setSortingEnabled(false); // the ledger's own order: newest first
    setMinimumCharacters(m_view, 72); // its columns readable before the ledger has come
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status = wrappedLabel(QString(), u"statusLabel"_s, this);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &MerchantTransactionsDialog::load);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    keepFitted(this);
    load();
}

void MerchantTransactionsDialog::load()
{
    m_loading = true;
    m_retry->hide();
    m_status->setText(tr("Loading the transactions…"));
    m_admin.merchantTransactions(m_merchantId, this, [this](const Result<QList<dto::Transaction>> &result) {
        m_loading = false;
        if (!result.ok()) {
            m_status->setText(adminErrorText(result.error()));
            m_retry->show();
            return;
        }
        m_model->setTransactions(result.value());
        m_status->setText(result.value().isEmpty() ? tr("No transaction yet: this deposit was never recharged.")
                                                   : tr("%n transaction(s), newest first.", nullptr,
                                                        int(result.value().size())));
        // As wide as the ledger's columns need, within the screen.
        m_view->resizeColumnsToContents();
        const int wanted = m_view->horizontalHeader()->length() + m_view->frameWidth() * 2 + 48;
        const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        const int most = screen ? screen->availableGeometry().width() * 9 / 10 : wanted;
        resize(std::max(width(), std::min(wanted, most)), height());
    });
}

} // namespace lm::client
