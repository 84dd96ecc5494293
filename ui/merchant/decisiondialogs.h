#pragma once

#include <dto.h>

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;

namespace lm::client {

/// Quality score (1–10, required) and optional feedback for validating one or several leads,
/// showing the commission that will be deducted from the deposit.
class ValidateLeadDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ValidateLeadDialog(const QList<dto::Lead> &leads, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ValidateLeadDialog)

    /// 1–10, or 0 while no score has been chosen (the dialog cannot be accepted then).
    int qualityScore() const;
    /// Trimmed and cut to limits::LongText.
    QString feedback() const;
    int leadCount() const { return m_leadCount; }

private:
    void updateConfirm();

    int m_leadCount = 0;
    QSpinBox *m_score = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The reason (required, ≤ limits::Reason characters) for rejecting one or several leads: a common
/// reason picked from a list or free text.
class RejectLeadDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RejectLeadDialog(const QList<dto::Lead> &leads, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RejectLeadDialog)

    /// Trimmed.
    QString reason() const;
    int leadCount() const { return m_leadCount; }

private:
    int m_leadCount = 0;
    QComboBox *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
