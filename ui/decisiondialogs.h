#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lm::client {

/// Quality score (1–10, required) and optional feedback for validating a lead.
class ValidateLeadDialog final : public QDialog
{
    Q_OBJECT

public:
    ValidateLeadDialog(const QString &clientName, const QString &commission, QWidget *parent = nullptr);
    int qualityScore() const;
    QString feedback() const;

private:
    QSpinBox *m_score = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
};

/// The reason (required, ≤ 500 characters) for rejecting a lead.
class RejectLeadDialog final : public QDialog
{
    Q_OBJECT

public:
    RejectLeadDialog(const QString &clientName, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lm::client
