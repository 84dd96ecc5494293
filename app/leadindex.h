#pragma once

#include <dto.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace lm::client {

/// Leads with, per row, the raw values a view sorts on and the pre-folded text it filters on, so
/// that 100,000 rows sort and filter without going through QVariant. Built off the UI thread by the
/// Store (build() is thread-safe) and taken whole by the LeadsModel.
struct LeadIndex
{
    /// The raw values sorted and filtered on, one compact struct per row.
    struct RowKeys
    {
        qint64 estimatedValueCents = 0;
        qint64 commissionCents = 0;
        qint64 influencerShareCents = 0;
        qint64 qualityScore = 0; ///< 0: none
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        LeadStatus status = LeadStatus::Pending;
        LeadSource source = LeadSource::Other;
    };

    QList<dto::Lead> leads;
    std::vector<RowKeys> keys;
    QByteArray searchText;              ///< every row's folded text (UTF-8), one after another
    std::vector<quint32> searchOffsets{0}; ///< row i is [offsets[i], offsets[i + 1])

    static LeadIndex build(QList<dto::Lead> leads);
    static RowKeys keysOf(const dto::Lead &lead);
    /// Whether two versions of a lead fold to the same search text (then only its keys change).
    static bool sameSearchText(const dto::Lead &a, const dto::Lead &b);
    /// Lower-case, accents and other combining marks removed; digits-only when it looks like a phone.
    static QString foldForSearch(QStringView text);

    /// The folded search text of a row (UTF-8): name, email, phone digits, company, campaign, influencer.
    QByteArrayView searchTextAt(int row) const
    {
        const quint32 begin = searchOffsets[size_t(row)];
        return QByteArrayView(searchText.constData() + begin, searchOffsets[size_t(row) + 1] - begin);
    }
};

} // namespace lm::client
