#include "decisiondialogs.h"

#include <validation.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

ValidateLeadDialog::ValidateLeadDialog(const QString &clientName, const QString &commission, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"validateLeadDialog"_s);
    setWindowTitle(tr("Validate lead"));
    auto *intro = new QLabel(tr("Validate the lead of %1? The commission of %2 will be paid from your deposit.")
                                 .arg(clientName, commission),
                             this);
    intro->setWordWrap(true);
    m_score = new QSpinBox(this);
    m_score->setObjectName(u"scoreSpin"_s);
    m_score->setRange(1, 10);
    m_score->setValue(7);
    m_feedback = new QPlainTextEdit(this);
    m_feedback->setObjectName(u"feedbackEdit"_s);
    m_feedback->setPlaceholderText(tr("Optional: how was this client?"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Quality score (1–10):"), m_score);
    form->addRow(tr("&Feedback:"), m_feedback);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Validate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int ValidateLeadDialog::qualityScore() const
{
    return m_score->value();
}

QString ValidateLeadDialog::feedback() const
{
    return m_feedback->toPlainText().trimmed().left(limits::LongText);
}

RejectLeadDialog::RejectLeadDialog(const QString &clientName, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"rejectLeadDialog"_s);
    setWindowTitle(tr("Reject lead"));
    auto *intro = new QLabel(tr("Reject the lead of %1? Its reserved commission goes back to your available deposit.")
                                 .arg(clientName),
                             this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setMaxLength(limits::Reason);
    m_reason->setPlaceholderText(tr("Required: why is this lead refused?"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reject"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

QString RejectLeadDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace lm::client
