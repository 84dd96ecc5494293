#include "leadsmodel.h"

#include <money.h>

#include <QDateTime>
#include <QLocale>

namespace lm::client {

LeadsModel::LeadsModel(QObject *parent) : TableModelBase(parent)
{
}

void LeadsModel::setLeads(QList<dto::Lead> leads)
{
    replaceRows(m_leads, std::move(leads));
}

std::optional<int> LeadsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_leads.size(); ++i) {
        if (m_leads.at(i).id == id)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

int LeadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_leads.size());
}

int LeadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadsModel::statusText(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Pending: return tr("Pending");
    case LeadStatus::Validated: return tr("Validated");
    case LeadStatus::Rejected: return tr("Rejected");
    case LeadStatus::Expired: return tr("Expired");
    }
    return {};
}

QString LeadsModel::sourceText(LeadSource source)
{
    switch (source) {
    case LeadSource::Instagram: return tr("Instagram");
    case LeadSource::TikTok: return tr("TikTok");
    case LeadSource::WhatsApp: return tr("WhatsApp");
    case LeadSource::Facebook: return tr("Facebook");
    case LeadSource::YouTube: return tr("YouTube");
    case LeadSource::Other: return tr("Other");
    }
    return {};
}

QVariant LeadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Lead &lead = m_leads.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return lead.id;
    case StatusRole:
        return static_cast<int>(lead.status);
    case Qt::TextAlignmentRole:
        if (index.column() == EstimatedValue || index.column() == Commission)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Client: return lead.clientName;
        case Company: return lead.company;
        case Campaign: return lead.campaignName;
        case Influencer: return lead.influencerName;
        case EstimatedValue: return Money(lead.estimatedValueCents).format(locale);
        case Commission: return Money(lead.commissionCents).format(locale);
        case Source: return sourceText(lead.source);
        case Status: return statusText(lead.status);
        case Created: return locale.toString(QDateTime::fromMSecsSinceEpoch(lead.createdAt), QLocale::ShortFormat);
        case Expires: return locale.toString(QDateTime::fromMSecsSinceEpoch(lead.expiresAt), QLocale::ShortFormat);
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case Client: return lead.clientName;
        case Company: return lead.company;
        case Campaign: return lead.campaignName;
        case Influencer: return lead.influencerName;
        case EstimatedValue: return lead.estimatedValueCents;
        case Commission: return lead.commissionCents;
        case Source: return static_cast<int>(lead.source);
        case Status: return static_cast<int>(lead.status);
        case Created: return lead.createdAt;
        case Expires: return lead.expiresAt;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Client: return tr("Client");
    case Company: return tr("Company");
    case Campaign: return tr("Campaign");
    case Influencer: return tr("Influencer");
    case EstimatedValue: return tr("Estimated value");
    case Commission: return tr("Commission");
    case Source: return tr("Source");
    case Status: return tr("Status");
    case Created: return tr("Received");
    case Expires: return tr("Expires");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
