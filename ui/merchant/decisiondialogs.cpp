#include "decisiondialogs.h"
#include "problemlabel.h"

#include <money.h>
#include <validation.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// More names than this and the list ends with "and N more".
constexpr qsizetype MaxListedNames = 8;

/// A client's name as one piece inside a sentence of either direction (FSI … PDI): a Latin name
/// ending in a digit keeps its digit in an Arabic sentence.
QString isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

qint64 totalCommission(const QList<dto::Lead> &leads)
{
    qint64 total = 0;
    for (const dto::Lead &lead : leads)
        total += lead.commissionCents;
    return total;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // client names are user text, never markup
    label->setWordWrap(true);
    return label;
}

/// One client name per line, at most MaxListedNames, then `moreText` ("and 3 more").
QLabel *namesLabel(const QList<dto::Lead> &leads, const QString &moreText, QWidget *parent)
{
    QStringList lines;
    const qsizetype shown = std::min(leads.size(), MaxListedNames);
    for (qsizetype i = 0; i < shown; ++i)
        lines.append(u"• "_s + leads.at(i).clientName);
    if (leads.size() > shown)
        lines.append(moreText);
    auto *label = plainLabel(lines.join(u'\n'), parent);
    label->setObjectName(u"namesLabel"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *introLabel(const QString &text, QWidget *parent)
{
    auto *label = plainLabel(text, parent);
    label->setObjectName(u"introLabel"_s);
    return label;
}

QLabel *amountLabel(qint64 cents, QWidget *parent)
{
    auto *label = plainLabel(Money(cents).format(QLocale()), parent);
    label->setObjectName(u"commissionLabel"_s);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

/// OK (renamed `confirmText`, objectName confirmButton) and Cancel, wired to accept and reject.
QDialogButtonBox *confirmButtons(QDialog *dialog, const QString &confirmText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->button(QDialogButtonBox::Ok);
    confirm->setText(confirmText);
    confirm->setObjectName(u"confirmButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ValidateLeadDialog::ValidateLeadDialog(const QList<dto::Lead> &leads, QWidget *parent)
    : QDialog(parent)
    , m_leadCount(int(leads.size()))
{
    setObjectName(u"validateLeadDialog"_s);
    const qint64 total = totalCommission(leads);
    const QString totalText = Money(total).format(QLocale());
    auto *layout = new QVBoxLayout(this);
    if (m_leadCount == 1) {
        setWindowTitle(tr("Validate lead"));
        layout->addWidget(introLabel(tr("Validate the lead of %1? The commission of %2 will be paid from your deposit.")
                                         .arg(isolated(leads.constFirst().clientName), totalText),
                                     this));
    } else {
        setWindowTitle(tr("Validate leads"));
        layout->addWidget(
            introLabel(tr("Validate %n lead(s)? Their commissions, %1 in all, will be paid from your deposit.", nullptr,
                          m_leadCount)
                           .arg(totalText),
                       this));
        const int more = m_leadCount - int(MaxListedNames);
        layout->addWidget(namesLabel(leads, tr("and %n more", "client names", std::max(more, 0)), this));
    }

    m_score = new QSpinBox(this);
    m_score->setObjectName(u"scoreSpin"_s);
    m_score->setRange(0, 10);
    m_score->setSpecialValueText(tr("Choose…", "quality score not chosen yet")); // 0 = no score yet
    m_score->setValue(0);
    m_feedback = new QPlainTextEdit(this);
    m_feedback->setObjectName(u"feedbackEdit"_s);
    m_feedback->setPlaceholderText(tr("Optional: how was this client?"));
    m_feedback->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Commission to be deducted:"), amountLabel(total, this));
    form->addRow(tr("&Quality score (1–10):"), m_score);
    form->addRow(tr("&Feedback:"), m_feedback);
    layout->addLayout(form);

    m_buttons = confirmButtons(this, m_leadCount == 1 ? tr("&Validate") : tr("&Validate %n leads", nullptr, m_leadCount));
    connect(m_score, &QSpinBox::valueChanged, this, &ValidateLeadDialog::updateConfirm);
    layout->addWidget(m_buttons);
    keepFitted(this);
    updateConfirm();
    m_score->setFocus();
}

void ValidateLeadDialog::updateConfirm()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_leadCount > 0 && m_score->value() >= 1);
}

int ValidateLeadDialog::qualityScore() const
{
    return m_score->value();
}

QString ValidateLeadDialog::feedback() const
{
    return m_feedback->toPlainText().trimmed().left(limits::LongText);
}

RejectLeadDialog::RejectLeadDialog(const QList<dto::Lead> &leads, QWidget *parent)
    : QDialog(parent)
    , m_leadCount(int(leads.size()))
{
    setObjectName(u"rejectLeadDialog"_s);
    auto *layout = new QVBoxLayout(this);
    if (m_leadCount == 1) {
        setWindowTitle(tr("Reject lead"));
        layout->addWidget(
            introLabel(tr("Reject the lead of %1? Its reserved commission goes back to your available deposit.")
                           .arg(isolated(leads.constFirst().clientName)),
                       this));
    } else {
        setWindowTitle(tr("Reject leads"));
        layout->addWidget(
            introLabel(tr("Reject %n lead(s)? Their reserved commissions go back to your available deposit.", nullptr,
                          m_leadCount),
                       this));
        const int more = m_leadCount - int(MaxListedNames);
        layout->addWidget(namesLabel(leads, tr("and %n more", "client names", std::max(more, 0)), this));
    }

    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reasonCombo"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert); // free text stays free text, not a new list item
    m_reason->addItems({tr("Duplicate lead"), tr("Client unreachable"), tr("Client not interested"),
                        tr("Outside our service area"), tr("Fake or wrong contact details"), tr("Budget too small")});
    m_reason->setCurrentIndex(-1);
    m_reason->clearEditText();
    QLineEdit *edit = m_reason->lineEdit();
    edit->setObjectName(u"reasonEdit"_s);
    edit->setMaxLength(limits::Reason);
    edit->setPlaceholderText(tr("Required: pick a reason or type your own"));
    // The combo box's own line edit has no caption of its own: the form's is for the combo box.
    edit->setAccessibleName(tr("Reason"));
    setMinimumCharacters(m_reason, 32);
    auto *form = new QFormLayout;
    form->addRow(tr("Released to your available deposit:"), amountLabel(totalCommission(leads), this));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_buttons = confirmButtons(this, m_leadCount == 1 ? tr("&Reject") : tr("&Reject %n leads", nullptr, m_leadCount));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    // Both typing and picking a listed reason change the line edit's text.
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_leadCount > 0 && !text.trimmed().isEmpty());
    });
    layout->addWidget(m_buttons);
    keepFitted(this);
    m_reason->setFocus();
}

QString RejectLeadDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

} // namespace lm::client
