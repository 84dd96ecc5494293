#include "leadcodec.h"

#include <limits>

namespace lm::client::leadcodec {

namespace {

class Packer
{
public:
    explicit Packer(char format = FormatVersion, qsizetype reserve = 512)
    {
        m_bytes.reserve(reserve);
        m_bytes.append(format);
    }
    Packer &operator<<(qint64 value)
    {
        const quint64 bits = quint64(value);
        for (int shift = 0; shift < 64; shift += 8)
            m_bytes.append(char((bits >> shift) & 0xff));
        return *this;
    }
    Packer &operator<<(const QString &text)
    {
        *this << qint64(text.size());
        for (const QChar c : text) {
            m_bytes.append(char(c.unicode() & 0xff));
            m_bytes.append(char(c.unicode() >> 8));
        }
        return *this;
    }
    template <class Enum>
    Packer &operator<<(Enum value)
        requires std::is_enum_v<Enum>
    {
        return *this << qint64(value);
    }
    template <class T>
    Packer &operator<<(const std::optional<T> &value)
    {
        return *this << qint64(value ? 1 : 0) << qint64(value.value_or(0));
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Unpacker
{
public:
    explicit Unpacker(QByteArrayView bytes) : m_bytes(bytes) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    /// The row's format version (0 when unreadable).
    int version(char latest = FormatVersion)
    {
        m_ok = m_ok && !m_bytes.isEmpty() && m_bytes.front() >= 1 && m_bytes.front() <= latest;
        m_pos = 1;
        return m_ok ? int(m_bytes.front()) : 0;
    }
    qint64 integer()
    {
        if (!m_ok || m_bytes.size() - m_pos < 8)
            return fail();
        quint64 bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = (bits << 8) | quint8(m_bytes[m_pos + i]);
        m_pos += 8;
        return qint64(bits);
    }
    QString text()
    {
        const qint64 units = integer();
        if (!m_ok || units < 0 || units > (m_bytes.size() - m_pos) / 2) {
            fail();
            return {};
        }
        QString result(qsizetype(units), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(result.data());
        for (qint64 i = 0; i < units; ++i, m_pos += 2)
            out[i] = char16_t(quint8(m_bytes[m_pos]) | (quint8(m_bytes[m_pos + 1]) << 8));
        return result;
    }
    template <class Enum>
    Enum enumeration(Enum last)
    {
        const qint64 raw = integer();
        if (raw < 0 || raw > qint64(last))
            fail();
        return m_ok ? Enum(raw) : Enum{};
    }
    template <class T>
    std::optional<T> optional()
    {
        const bool present = integer() != 0;
        const qint64 value = integer();
        if constexpr (std::is_same_v<T, int>) {
            if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
                fail();
        }
        return m_ok && present ? std::optional<T>(T(value)) : std::nullopt;
    }

private:
    qint64 fail()
    {
        m_ok = false;
        return 0;
    }
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QByteArray pack(const dto::Lead &lead)
{
    Packer out;
    out << lead.id << lead.campaignId << lead.campaignName << lead.merchantId << lead.influencerId
        << lead.influencerName << lead.clientName << lead.clientEmail << lead.clientPhone << lead.company
        << lead.estimatedValueCents << lead.commissionCents << lead.commissionType << lead.influencerShareCents
        << lead.source << lead.notes << lead.status << lead.qualityScore << lead.feedback << lead.rejectionReason
        << lead.createdAt << lead.expiresAt << lead.decidedAt << lead.updatedAt << qint64(lead.erased ? 1 : 0);
    // Version 3: the dispute of a rejection, if any.
    out << qint64(lead.dispute ? 1 : 0);
    if (lead.dispute)
        out << lead.dispute->status << lead.dispute->note << lead.dispute->createdAt << lead.dispute->decidedAt
            << lead.dispute->decisionNote;
    return out.bytes();
}

std::optional<dto::Lead> unpack(QByteArrayView bytes)
{
    Unpacker in(bytes);
    const int version = in.version();
    if (version == 0)
        return std::nullopt;
    dto::Lead lead;
    lead.id = in.text();
    lead.campaignId = in.text();
    lead.campaignName = in.text();
    lead.merchantId = in.text();
    lead.influencerId = in.text();
    lead.influencerName = in.text();
    lead.clientName = in.text();
    lead.clientEmail = in.text();
    lead.clientPhone = in.text();
    lead.company = in.text();
    lead.estimatedValueCents = in.integer();
    lead.commissionCents = in.integer();
    lead.commissionType = in.enumeration(CommissionType::Fixed);
    lead.influencerShareCents = in.integer();
    lead.source = in.enumeration(LeadSource::Other);
    lead.notes = in.text();
    lead.status = in.enumeration(LeadStatus::Expired);
    lead.qualityScore = in.optional<int>();
    lead.feedback = in.text();
    lead.rejectionReason = in.text();
    lead.createdAt = in.integer();
    lead.expiresAt = in.integer();
    lead.decidedAt = in.optional<qint64>();
    lead.updatedAt = in.integer();
    if (version >= 2)
        lead.erased = in.integer() != 0;
    if (version >= 3 && in.integer() != 0) {
        dto::Dispute dispute;
        dispute.status = in.enumeration(DisputeStatus::Overturned);
        dispute.note = in.text();
        dispute.createdAt = in.integer();
        dispute.decidedAt = in.optional<qint64>();
        dispute.decisionNote = in.text();
        lead.dispute = std::move(dispute);
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return lead;
}

QByteArray packContact(const dto::Lead &lead)
{
    Packer out(ContactFormatVersion, 128);
    out << lead.id << lead.clientName << lead.clientEmail << lead.clientPhone << lead.company << lead.notes;
    return out.bytes();
}

bool unpackContact(QByteArrayView bytes, dto::Lead &lead)
{
    Unpacker in(bytes);
    if (in.version(ContactFormatVersion) == 0)
        return false;
    const QString id = in.text();
    QString name = in.text();
    QString email = in.text();
    QString phone = in.text();
    QString company = in.text();
    QString notes = in.text();
    if (!in.ok() || !in.atEnd() || id != lead.id)
        return false;
    lead.clientName = std::move(name);
    lead.clientEmail = std::move(email);
    lead.clientPhone = std::move(phone);
    lead.company = std::move(company);
    lead.notes = std::move(notes);
    return true;
}

bool hasContact(const dto::Lead &lead)
{
    return !lead.clientName.isEmpty() || !lead.clientEmail.isEmpty() || !lead.clientPhone.isEmpty()
        || !lead.company.isEmpty() || !lead.notes.isEmpty();
}

dto::Lead withoutContact(dto::Lead lead)
{
    for (QString *text : {&lead.clientName, &lead.clientEmail, &lead.clientPhone, &lead.company, &lead.notes})
        text->clear();
    return lead;
}

} // namespace lm::client::leadcodec
