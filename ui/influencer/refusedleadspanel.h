#pragma once

#include <outboxstore.h>

#include <QFrame>
#include <QList>

class QLabel;
class QVBoxLayout;

namespace lm::client {

class OutboxModel;

/// Above the new-lead form: the leads the server refused (duplicate, deposit short or blocked,
/// campaign paused, a field), each with the reason in plain words and two ways out — fix it in
/// the form and send it again, or discard it. Hidden while there is none.
class RefusedLeadsPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit RefusedLeadsPanel(OutboxModel &outbox, QWidget *parent = nullptr);

    /// The refused new leads shown, oldest first.
    const QList<OutboxEntry> &refused() const { return m_refused; }
    /// The one being fixed in the form (none: 0); its row says so.
    void setEditing(qint64 outboxId);
    qint64 editing() const { return m_editing; }

Q_SIGNALS:
    void fixRequested(const lm::client::OutboxEntry &entry);
    void discardRequested(qint64 outboxId);

private:
    void rebuild(bool force = false);

    OutboxModel &m_outbox;
    QList<OutboxEntry> m_refused;
    qint64 m_editing = 0;
    QLabel *m_title;
    QVBoxLayout *m_rows;
};

} // namespace lm::client
