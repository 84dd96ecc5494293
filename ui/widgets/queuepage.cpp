#include "queuepage.h"

#include "columnfit.h"
#include "emptystate.h"

#include "leadspage.h"

#include <actions.h>
#include <outboxmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lm::client {

QueuePage::QueuePage(OutboxModel &outbox, Actions &actions, QWidget *parent)
    : QWidget(parent),
      m_outbox(outbox),
      m_actions(actions),
      m_title(new QLabel(this)),
      m_view(makeTableView(u"outboxView"_s, &outbox, this)),
      m_cancel(new QPushButton(tr("&Cancel the action…"), this))
{
    setObjectName(u"queuePage"_s);
    m_title->setObjectName(u"queueTitle"_s);
    m_title->setWordWrap(true);
    m_view->setSortingEnabled(false); // the queue's order is the order of sending
    m_view->horizontalHeader()->setStretchLastSection(false);
    keepColumnWhole(m_view, OutboxModel::Target);
    ColumnFit::of(m_view)->setFillColumn(OutboxModel::Action);
    m_view->setAccessibleName(tr("Queued actions"));
    EmptyState::install(m_view, tr("Nothing waiting. What you do while the server cannot be reached waits here "
                                   "until it is sent."));
    m_cancel->setObjectName(u"cancelActionButton"_s);
    m_confirm = [this](const QString &description, std::function<void(bool)> answer) {
        confirmWithBox(description, std::move(answer));
    };

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &QueuePage::askCancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_selected = selectedId();
        update();
    });
    // A reset (entries added or gone) loses the selection: the same entry is selected again.
    connect(&outbox, &QAbstractItemModel::modelReset, this, [this] {
        select(m_selected);
        update();
    });
    connect(&outbox, &QAbstractItemModel::dataChanged, this, &QueuePage::update);
    update();
}

qint64 QueuePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_outbox.entryAt(rows.constFirst().row()).id;
}

void QueuePage::select(qint64 outboxId)
{
    const int row = outboxId != 0 ? m_outbox.rowOf(outboxId) : -1;
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->select(m_outbox.index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(m_outbox.index(row, 0));
}

void QueuePage::update()
{
    int waiting = 0;
    int refused = 0;
    for (int row = 0; row < m_outbox.rowCount(); ++row) {
        if (m_outbox.entryAt(row).status == OutboxEntry::Status::Failed)
            ++refused;
        else
            ++waiting;
    }
    QString title = waiting > 0 ? tr("%n action(s) waiting to be sent to the server.", nullptr, waiting)
                                : tr("Nothing waits to be sent.");
    if (refused > 0)
        title += u' ' + tr("%n refused by the server.", nullptr, refused);
    m_title->setText(title);

    const int row = m_selected != 0 ? m_outbox.rowOf(m_selected) : -1;
    QString why;
    bool enabled = false;
    if (row < 0) {
        why = tr("Select an action waiting to be sent to cancel it.");
    } else if (const OutboxEntry &entry = m_outbox.entryAt(row); entry.status == OutboxEntry::Status::Failed) {
        why = tr("The server refused this action: there is nothing to cancel.");
    } else if (entry.sending) {
        why = tr("This action is on its way to the server: it can no longer be cancelled.");
    } else {
        enabled = true;
        why = tr("Cancel this action: it will not be sent, and the lead goes back to what it was.");
    }
    m_cancel->setEnabled(enabled);
    m_cancel->setToolTip(why);
}

void QueuePage::askCancel()
{
    const qint64 id = m_selected;
    const int row = m_outbox.rowOf(id);
    if (row < 0 || !OutboxModel::isCancellable(m_outbox.entryAt(row)))
        return;
    m_confirm(m_outbox.description(m_outbox.entryAt(row)), [this, id](bool yes) {
        if (!yes)
            return;
        const auto cancelled = m_actions.cancel(id);
        Q_EMIT statusMessage(cancelled.ok() ? tr("The action is cancelled: it will not be sent.")
                                            : cancelled.error().userMessage());
    });
}

void QueuePage::confirmWithBox(const QString &description, std::function<void(bool)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the action"),
                                tr("Cancel “%1”? It will not be sent, and the lead goes back to what it was.")
                                    .arg(description),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"cancelActionConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Cancel the action"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmButton"_s);
    QPushButton *keep = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepButton"_s);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [box, yes, answer = std::move(answer)] { answer(box->clickedButton() == yes); });
    box->open();
}

} // namespace lm::client
