#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace lm::client {

class Actions;
class OutboxModel;

/// The queued actions: each with its client, what it does in words, when it was queued and its
/// state (waiting, sending, refused with the server's reason). A waiting one can be cancelled
/// after a confirmation (its local effect is undone); one being sent cannot (the button says why).
class QueuePage final : public QWidget
{
    Q_OBJECT

public:
    /// Asks the user to confirm cancelling `description`; calls `answer` with the choice.
    using Confirm = std::function<void(const QString &description, std::function<void(bool)> answer)>;

    QueuePage(OutboxModel &outbox, Actions &actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// Seam for tests; by default a window-modal message box (objectName cancelActionConfirm, its
    /// confirming button confirmButton).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// The outbox id of the selected row (0: none).
    qint64 selectedId() const;
    void select(qint64 outboxId);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void update();
    void askCancel();
    void confirmWithBox(const QString &description, std::function<void(bool)> answer);

    OutboxModel &m_outbox;
    Actions &m_actions;
    QLabel *m_title;
    QTableView *m_view;
    QPushButton *m_cancel;
    Confirm m_confirm;
    qint64 m_selected = 0; ///< kept across the model's resets
};

} // namespace lm::client
