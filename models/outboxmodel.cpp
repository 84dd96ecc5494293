#include "outboxmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lm::client {

OutboxModel::OutboxModel(QObject *parent) : TableModelBase(parent)
{
}

void OutboxModel::setEntries(QList<OutboxEntry> entries)
{
    replaceRows(m_entries, std::move(entries));
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

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    const bool failed = e.status == OutboxEntry::Status::Failed;
    // A new lead is named by its client (shown only on screen, never logged); others by the lead.
    const QString target = e.kind == OutboxEntry::Kind::CreateLead ? e.body.value("client_name"_L1).toString() : e.targetId;
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Created: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt), QLocale::ShortFormat);
        case Action: return actionText(e.kind);
        case Target: return target;
        case State: return failed ? tr("Refused") : tr("Waiting to be sent");
        case Reason: return e.errorMessage;
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Created: return e.createdAt;
        case Action: return static_cast<int>(e.kind);
        case Target: return target;
        case State: return failed ? 1 : 0;
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
    case Target: return tr("Lead");
    case State: return tr("State");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
