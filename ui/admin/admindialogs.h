#pragma once

#include <adminservice.h>
#include <apierror.h>

#include <dto.h>

#include <QDialog>
#include <QMap>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lm::client {

struct AlertRow;
class TransactionsModel;

/// Asks an admin to confirm one action, with the text it needs (a reason, a transfer reference)
/// when it has one, then sends it and stays open until the server answers: closed when it
/// accepted, its refusal shown in plain words otherwise (sent again from the same dialog, the
/// request keeps its idempotency key while it had no answer).
class AdminActionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class TextNeed { None, Optional, Required };
    /// Called when a send ends: no error, or why it failed.
    using Finished = std::function<void(const ApiError &error)>;
    /// Sends the action with the typed text; `context` is the dialog (answers after it closed are dropped).
    using Send = std::function<void(const QString &text, QObject *context, Finished finished)>;

    /// `objectName` e.g. "blockMerchantDialog"; the confirm button is "confirmButton".
    AdminActionDialog(const QString &objectName, const QString &title, const QString &message,
                      const QString &confirmText, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminActionDialog)

    /// The text field ("textEdit"): its label, whether it is required, its longest length.
    void setTextField(TextNeed need, const QString &label, int maxLength, const QString &placeholder = {});
    /// Fields of a 422 that belong to the text field (e.g. "reason", "reference").
    void setTextFieldNames(QStringList names) { m_fieldNames = std::move(names); }
    void setSend(Send send) { m_send = std::move(send); }
    QString text() const;
    /// The last refusal shown in the dialog, empty when none.
    QString problemText() const;

private:
    void revalidate();
    void send();

    TextNeed m_need = TextNeed::None;
    QStringList m_fieldNames;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_textProblem = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Send m_send;
    bool m_busy = false;
};

/// A new account of any role (POST /api/admin/users): email, name, role, optional phone and a
/// first password, checked as typed; the server's refusals shown beside their fields.
class NewUserDialog final : public QDialog
{
    Q_OBJECT

public:
    NewUserDialog(AdminService &admin, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewUserDialog)

    /// The account the server created (once accepted).
    const dto::User &created() const { return m_created; }

private:
    void revalidate();
    void send();
    void showFieldProblems(const QMap<QString, QString> &problems);

    AdminService &m_admin;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_password = nullptr;
    QMap<QString, QLabel *> m_problems; ///< API field → the label beside it
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    dto::User m_created;
    bool m_busy = false;
};

/// A merchant's deposit ledger, newest first (GET /api/leads/deposits/transactions?merchant_id=),
/// under the deposit's figures as the board shows them.
class MerchantTransactionsDialog final : public QDialog
{
    Q_OBJECT

public:
    MerchantTransactionsDialog(AdminService &admin, const AlertRow &merchant, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MerchantTransactionsDialog)

    TransactionsModel &model() const { return *m_model; }
    bool isLoading() const { return m_loading; }

private:
    void load();

    AdminService &m_admin;
    QString m_merchantId;
    TransactionsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_loading = false;
};

} // namespace lm::client
