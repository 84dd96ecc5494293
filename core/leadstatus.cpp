#include "leadstatus.h"

using namespace Qt::StringLiterals;

namespace lm {

QString toString(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Pending:
        return u"pending"_s;
    case LeadStatus::Validated:
        return u"validated"_s;
    case LeadStatus::Rejected:
        return u"rejected"_s;
    case LeadStatus::Expired:
        return u"expired"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LeadStatus> leadStatusFromString(const QString &text)
{
    for (const LeadStatus status :
         {LeadStatus::Pending, LeadStatus::Validated, LeadStatus::Rejected, LeadStatus::Expired}) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

bool canTransition(LeadStatus from, LeadStatus to)
{
    return from == LeadStatus::Pending && to != LeadStatus::Pending;
}

bool isFinal(LeadStatus status)
{
    return status != LeadStatus::Pending;
}

QString toString(LeadSource source)
{
    switch (source) {
    case LeadSource::Instagram:
        return u"instagram"_s;
    case LeadSource::TikTok:
        return u"tiktok"_s;
    case LeadSource::WhatsApp:
        return u"whatsapp"_s;
    case LeadSource::Facebook:
        return u"facebook"_s;
    case LeadSource::YouTube:
        return u"youtube"_s;
    case LeadSource::Other:
        return u"other"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<LeadSource> leadSourceFromString(const QString &text)
{
    // The wire values are exact (API.md): "Instagram" is as wrong as "insta".
    for (const LeadSource source : allLeadSources()) {
        if (text == toString(source))
            return source;
    }
    return std::nullopt;
}

QList<LeadSource> allLeadSources()
{
    return {LeadSource::Instagram, LeadSource::TikTok, LeadSource::WhatsApp,
            LeadSource::Facebook,  LeadSource::YouTube, LeadSource::Other};
}

} // namespace lm
