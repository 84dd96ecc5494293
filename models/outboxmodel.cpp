#include "outboxmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// Sorts waiting, sending, refused.
int stateOrder(const OutboxEntry &e)
{
    if (e.status == OutboxEntry::Status::Failed)
        return 2;
    return e.sending ? 1 : 0;
}

} // namespace

OutboxModel::OutboxModel(QObject *parent) : TableModelBase(parent)
{
}

void OutboxModel::setEntries(QList<OutboxEntry> entries)
{
    replaceRows(m_entries, std::move(entries));
}

void OutboxModel::setLeadNames(QHash<QString, QString> names)
{
    if (names == m_names)
        return;
    m_names = std::move(names);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Action), index(rowCount() - 1, Target));
}

int OutboxModel::rowOf(qint64 outboxId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == outboxId)
            return int(row);
    }
    return -1;
}

bool OutboxModel::isCancellable(const OutboxEntry &entry)
{
    return entry.status == OutboxEntry::Status::Queued && !entry.sending;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::actionText(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::CreateLead: return tr("New lead");
    case OutboxEntry::Kind::ValidateLead: return tr("Validate lead");
    case OutboxEntry::Kind::RejectLead: return tr("Reject lead");
    }
    return {};
}

QString OutboxModel::clientName(const OutboxEntry &entry) const
{
    // Shown on screen only, never logged. A new lead carries its client; a decision names a lead
    // of the cache.
    if (entry.kind == OutboxEntry::Kind::CreateLead)
        return entry.body.value("client_name"_L1).toString();
    const QString name = m_names.value(entry.targetId);
    return name.isEmpty() ? tr("A lead not in this computer's copy") : name;
}

QString OutboxModel::description(const OutboxEntry &entry) const
{
    const QString name = clientName(entry);
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateLead: return tr("New lead — %1").arg(name);
    case OutboxEntry::Kind::ValidateLead:
        return tr("Validate — %1, score %2").arg(name).arg(entry.body.value("quality_score"_L1).toInt());
    case OutboxEntry::Kind::RejectLead:
        return tr("Reject — %1: %2").arg(name, entry.body.value("reason"_L1).toString());
    }
    return {};
}

QString OutboxModel::stateText(const OutboxEntry &entry)
{
    if (entry.status == OutboxEntry::Status::Failed)
        return tr("Refused");
    return entry.sending ? tr("Sending") : tr("Waiting to be sent");
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Created: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt), QLocale::ShortFormat);
        case Action: return description(e);
        case Target: return clientName(e);
        case State: return stateText(e);
        case Reason: return e.errorMessage;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && e.sending)
            return tr("On its way to the server: it can no longer be cancelled.");
        if (index.column() == Reason && !e.errorMessage.isEmpty())
            return e.errorMessage;
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Created: return e.createdAt;
        case Action: return static_cast<int>(e.kind);
        case Target: return clientName(e);
        case State: return stateOrder(e);
        case Reason: return e.errorMessage;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Created: return tr("Queued");
    case Action: return tr("Action");
    case Target: return tr("Client");
    case State: return tr("State");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
