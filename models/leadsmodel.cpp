#include "leadsmodel.h"

#include <money.h>

#include <QCollator>
#include <QDateTime>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLocale>

#include <algorithm>

namespace lm::client {

LeadsModel::LeadsModel(QObject *parent) : TableModelBase(parent)
{
}

void LeadsModel::setLeads(QList<dto::Lead> leads)
{
    setIndex(LeadIndex::build(std::move(leads)));
}

void LeadsModel::setIndex(LeadIndex prepared)
{
    // Same ids in the same order → one dataChanged per changed row; otherwise a reset.
    const QList<dto::Lead> &fresh = prepared.leads;
    bool sameIds = m_data.leads.size() == fresh.size();
    for (qsizetype i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = m_data.leads.at(i).id == fresh.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_data = std::move(prepared);
        endResetModel();
        return;
    }
    std::vector<int> changed;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!(m_data.leads.at(i) == fresh.at(i)))
            changed.push_back(int(i));
    }
    if (changed.empty())
        return;
    m_data = std::move(prepared);
    for (const int row : changed)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::vector<qint64> LeadsModel::sortKeys(int column) const
{
    const size_t count = m_data.keys.size();
    std::vector<qint64> keys(count);
    if (!isTextColumn(column)) {
        for (size_t i = 0; i < count; ++i)
            keys[i] = sortKey(column, int(i));
        return keys;
    }
    // Text: rank each distinct value once in collation order, then compare ranks.
    const auto textOf = [this, column](size_t row) -> const QString & {
        const dto::Lead &lead = m_data.leads.at(qsizetype(row));
        switch (column) {
        case Company: return lead.company;
        case Campaign: return lead.campaignName;
        case Influencer: return lead.influencerName;
        default: return lead.clientName;
        }
    };
    QHash<QString, qint64> rankOf;
    for (size_t i = 0; i < count; ++i)
        rankOf.insert(textOf(i), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<std::pair<QCollatorSortKey, QString>> distinct;
    distinct.reserve(size_t(rankOf.size()));
    for (auto it = rankOf.cbegin(); it != rankOf.cend(); ++it)
        distinct.emplace_back(collator.sortKey(it.key()), it.key());
    std::sort(distinct.begin(), distinct.end(), [](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first);
        return order != 0 ? order < 0 : a.second < b.second;
    });
    for (size_t i = 0; i < distinct.size(); ++i)
        rankOf[distinct[i].second] = qint64(i);
    for (size_t i = 0; i < count; ++i)
        keys[i] = rankOf.value(textOf(i));
    return keys;
}

qint64 LeadsModel::sortKey(int column, int row) const
{
    const RowKeys &keys = m_data.keys[size_t(row)];
    switch (column) {
    case EstimatedValue: return keys.estimatedValueCents;
    case Commission: return keys.commissionCents;
    case Share: return keys.influencerShareCents;
    case Decision: return keys.qualityScore;
    case Source: return qint64(keys.source);
    case Status: return qint64(keys.status);
    case Created: return keys.createdAt;
    case Expires: return keys.expiresAt;
    default: return 0;
    }
}

bool LeadsModel::updateLead(const dto::Lead &lead)
{
    const auto row = rowOf(lead.id);
    if (!row)
        return false;
    const dto::Lead &old = m_data.leads.at(*row);
    if (!LeadIndex::sameSearchText(old, lead)) {
        QList<dto::Lead> leads = m_data.leads;
        leads[*row] = lead;
        setIndex(LeadIndex::build(std::move(leads)));
        return true;
    }
    if (old == lead)
        return true;
    m_data.leads[*row] = lead;
    m_data.keys[size_t(*row)] = LeadIndex::keysOf(lead);
    Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    return true;
}

std::optional<int> LeadsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_data.leads.size(); ++i) {
        if (m_data.leads.at(i).id == id)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

int LeadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.leads.size());
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

QIcon LeadsModel::sourceIcon(LeadSource source)
{
    // resources/icons/sources, built in (models/CMakeLists.txt).
    static const QIcon icons[] = {
        QIcon(QStringLiteral(":/icons/sources/instagram.svg")), QIcon(QStringLiteral(":/icons/sources/tiktok.svg")),
        QIcon(QStringLiteral(":/icons/sources/whatsapp.svg")),  QIcon(QStringLiteral(":/icons/sources/facebook.svg")),
        QIcon(QStringLiteral(":/icons/sources/youtube.svg")),   QIcon(QStringLiteral(":/icons/sources/other.svg")),
    };
    return icons[static_cast<int>(source)];
}

QVariant LeadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dto::Lead &lead = m_data.leads.at(index.row());
    switch (role) {
    case IdRole:
        return lead.id;
    case StatusRole:
        return static_cast<int>(lead.status);
    case Qt::DecorationRole:
        if (index.column() == Source)
            return sourceIcon(lead.source);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Actions && lead.status == LeadStatus::Pending)
            return tr("Validate (Enter) or reject (Delete) the selected leads");
        if (index.column() == Decision)
            return decisionText(lead); // feedback can be longer than the column
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimatedValue || index.column() == Commission || index.column() == Share)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Client: return lead.clientName;
        case Company: return lead.company;
        case Campaign: return lead.campaignName;
        case Influencer: return lead.influencerName;
        case EstimatedValue: return Money(lead.estimatedValueCents).format(QLocale());
        case Commission: return Money(lead.commissionCents).format(QLocale());
        case Share: return Money(lead.influencerShareCents).format(QLocale());
        case Decision: return decisionText(lead);
        case Source: return sourceText(lead.source);
        case Status: return statusText(lead.status);
        case Created: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(lead.createdAt), QLocale::ShortFormat);
        case Expires: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(lead.expiresAt), QLocale::ShortFormat);
        case Actions:
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
        case Share: return lead.influencerShareCents;
        case Decision: return lead.qualityScore.value_or(0);
        case Source: return static_cast<int>(lead.source);
        case Status: return static_cast<int>(lead.status);
        case Created: return lead.createdAt;
        case Expires: return lead.expiresAt;
        case Actions:
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QString LeadsModel::decisionText(const dto::Lead &lead)
{
    switch (lead.status) {
    case LeadStatus::Validated: {
        if (lead.dispute && lead.dispute->status == DisputeStatus::Overturned)
            return tr("Rejection overturned by an administrator");
        const QString score = lead.qualityScore ? tr("%1/10").arg(*lead.qualityScore) : QString();
        if (lead.feedback.isEmpty())
            return score;
        return score.isEmpty() ? lead.feedback : tr("%1 · %2").arg(score, lead.feedback);
    }
    case LeadStatus::Rejected:
        if (lead.dispute) {
            switch (lead.dispute->status) {
            case DisputeStatus::Open: return tr("%1 · disputed, awaiting an administrator").arg(lead.rejectionReason);
            case DisputeStatus::Upheld: return tr("%1 · dispute refused").arg(lead.rejectionReason);
            case DisputeStatus::Overturned: break;
            }
        }
        return lead.rejectionReason;
    case LeadStatus::Expired: return tr("Not decided within 72 hours");
    case LeadStatus::Pending: break;
    }
    return {};
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
    case Share: return tr("My share");
    case Decision: return tr("Decision");
    case Source: return tr("Source");
    case Status: return tr("Status");
    case Created: return tr("Received");
    case Expires: return tr("Expires");
    case Actions: return tr("Actions");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lm::client
