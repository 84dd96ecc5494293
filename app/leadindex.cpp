#include "leadindex.h"

#include <QHash>

namespace lm::client {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString fold(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower();
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing)
            result.append(c);
    }
    return result;
}

QByteArray digitsOf(QStringView phone)
{
    QByteArray digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits.append(char(c.unicode()));
    }
    return digits;
}

/// Folds with a cache: campaign, influencer and company names repeat across many leads.
class FoldCache
{
public:
    const QByteArray &operator()(const QString &text)
    {
        auto it = m_cache.constFind(text);
        if (it == m_cache.cend())
            it = m_cache.insert(text, fold(text).toUtf8());
        return *it;
    }

private:
    QHash<QString, QByteArray> m_cache;
};

void appendSearchText(QByteArray &out, const dto::Lead &lead, FoldCache &cached)
{
    // '\n' separates the fields so that a query never matches across two of them.
    out += fold(lead.clientName).toUtf8();
    out += '\n';
    out += fold(lead.clientEmail).toUtf8();
    out += '\n';
    const QByteArray digits = digitsOf(lead.clientPhone);
    out += digits;
    if (digits.startsWith("212")) { // also the national form: +212 6… is dialled 06…
        out += '\n';
        out += '0';
        out += QByteArrayView(digits).sliced(3);
    }
    out += '\n';
    out += cached(lead.company);
    out += '\n';
    out += cached(lead.campaignName);
    out += '\n';
    out += cached(lead.influencerName);
}

} // namespace

LeadIndex::RowKeys LeadIndex::keysOf(const dto::Lead &lead)
{
    return {lead.estimatedValueCents, lead.commissionCents,  lead.influencerShareCents, lead.qualityScore.value_or(0),
            lead.createdAt,          lead.expiresAt,        lead.status,               lead.source};
}

bool LeadIndex::sameSearchText(const dto::Lead &a, const dto::Lead &b)
{
    return a.clientName == b.clientName && a.clientEmail == b.clientEmail && a.clientPhone == b.clientPhone
        && a.company == b.company && a.campaignName == b.campaignName && a.influencerName == b.influencerName;
}

QString LeadIndex::foldForSearch(QStringView text)
{
    const QString folded = fold(text.trimmed());
    bool phoneLike = false;
    for (const QChar c : folded) {
        if (c.isDigit())
            phoneLike = true;
        else if (!c.isSpace() && c != u'+' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return folded;
    }
    return phoneLike ? QString::fromLatin1(digitsOf(folded)) : folded;
}

LeadIndex LeadIndex::build(QList<dto::Lead> leads)
{
    LeadIndex result;
    result.keys.reserve(size_t(leads.size()));
    result.searchOffsets.reserve(size_t(leads.size()) + 1);
    result.searchText.reserve(leads.size() * 96);
    FoldCache cached;
    for (const dto::Lead &lead : std::as_const(leads)) {
        result.keys.push_back(keysOf(lead));
        appendSearchText(result.searchText, lead, cached);
        result.searchOffsets.push_back(quint32(result.searchText.size()));
    }
    result.searchText.squeeze();
    result.leads = std::move(leads);
    return result;
}

} // namespace lm::client
