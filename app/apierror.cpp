#include "apierror.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lm::client {

ApiError ApiError::network(QString detail)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_detail = std::move(detail);
    return e;
}

ApiError ApiError::timeout()
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    return e;
}

ApiError ApiError::insecureUrl(QString url)
{
    ApiError e;
    e.m_kind = Kind::InsecureUrl;
    e.m_detail = std::move(url);
    return e;
}

ApiError ApiError::http(int status, QString code, QString serverMessage, QMap<QString, QString> fields)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_status = status;
    e.m_code = std::move(code);
    e.m_serverMessage = std::move(serverMessage);
    e.m_fields = std::move(fields);
    return e;
}

ApiError ApiError::invalidResponse(QString detail)
{
    ApiError e;
    e.m_kind = Kind::InvalidResponse;
    e.m_detail = std::move(detail);
    return e;
}

ApiError ApiError::keychain(QString detail)
{
    ApiError e;
    e.m_kind = Kind::Keychain;
    e.m_detail = std::move(detail);
    return e;
}

ApiError ApiError::local(QString message)
{
    ApiError e;
    e.m_kind = Kind::Local;
    e.m_detail = std::move(message);
    return e;
}

bool ApiError::isAuthenticationExpired() const
{
    return m_kind == Kind::Http && m_status == 401 && m_code != "invalid_credentials"_L1;
}

QString ApiError::fieldLabel(const QString &field)
{
    if (field == "email"_L1) return tr("email address");
    if (field == "password"_L1) return tr("password");
    if (field == "client_name"_L1) return tr("client name");
    if (field == "client_email"_L1) return tr("client email");
    if (field == "client_phone"_L1) return tr("client phone");
    if (field == "company"_L1) return tr("company");
    if (field == "estimated_value_cents"_L1) return tr("estimated value");
    if (field == "source"_L1) return tr("source");
    if (field == "notes"_L1) return tr("notes");
    if (field == "quality_score"_L1) return tr("quality score");
    if (field == "feedback"_L1) return tr("feedback");
    if (field == "reason"_L1) return tr("rejection reason");
    if (field == "campaign_id"_L1) return tr("campaign");
    if (field == "amount_cents"_L1) return tr("amount");
    if (field == "rib"_L1) return tr("RIB");
    if (field == "holder_name"_L1) return tr("account holder");
    if (field == "bank"_L1) return tr("bank details");
    if (field == "display_name"_L1) return tr("name");
    if (field == "phone"_L1) return tr("phone");
    if (field == "role"_L1) return tr("role");
    if (field == "reference"_L1) return tr("transfer reference");
    if (field == "status"_L1) return tr("status");
    if (field == "from"_L1) return tr("first day");
    if (field == "to"_L1) return tr("last day");
    if (field == "token"_L1) return tr("code from the email");
    if (field == "new_password"_L1) return tr("new password");
    if (field == "current_password"_L1) return tr("current password");
    if (field == "locale"_L1) return tr("language");
    return field;
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The LeadMarket server cannot be reached. Check your Internet connection; your work is kept and "
                  "will be sent when the connection is back.");
    case Kind::Timeout:
        return tr("The LeadMarket server is taking too long to answer. Please try again in a moment.");
    case Kind::InsecureUrl:
        return tr("This server address is not secure (it does not start with https://). Use the https:// address "
                  "of your LeadMarket server.");
    case Kind::InvalidResponse:
        return tr("The server sent an answer this version of LeadMarket does not understand. Please update the "
                  "application or contact support.");
    case Kind::Keychain:
        return tr("Your password could not be remembered: no keychain is available on this computer (the Secret "
                  "Service, such as GNOME Keyring, is missing or locked). You will be asked to sign in next time.");
    case Kind::Local:
        return m_detail;
    case Kind::Http:
        break;
    }

    const QString c = m_code;
    if (c == "invalid_credentials"_L1)
        return tr("The email address or the password is incorrect.");
    if (c == "unauthenticated"_L1)
        return tr("Your session has expired. Please sign in again.");
    if (c == "forbidden"_L1)
        return tr("Your account is not allowed to do this.");
    if (c == "not_found"_L1)
        return tr("This item no longer exists or is not yours.");
    if (c == "email_taken"_L1)
        return tr("An account already exists with this email address.");
    if (c == "lead_not_pending"_L1)
        return tr("This lead has already been handled (validated, rejected or expired).");
    if (c == "duplicate_lead"_L1)
        return tr("This client was already sent to this campaign in the last 30 days.");
    if (c == "campaign_paused"_L1)
        return tr("This campaign is paused: it does not accept new leads for now.");
    if (c == "insufficient_deposit"_L1)
        return tr("The merchant's deposit is too low to pay the commission of this lead.");
    if (c == "deposit_blocked"_L1)
        return tr("The deposit is blocked: new leads are refused until it is recharged.");
    if (c == "idempotency_conflict"_L1)
        return tr("This action was already sent with different details. Please start it again.");
    if (c == "rate_limited"_L1)
        return tr("Too many attempts. Please wait a minute and try again.");
    if (c == "payload_too_large"_L1)
        return tr("What you sent is too large.");
    if (c == "provider_unavailable"_L1)
        return tr("The payment or messaging service is not answering. Nothing was charged; please try again later.");
    if (c == "not_configured"_L1)
        return tr("This feature is not set up on the server yet. Please contact the LeadMarket administrator.");
    if (c == "already_decided"_L1)
        return tr("This has already been decided (perhaps by another administrator).");
    if (c == "account_disabled"_L1)
        return tr("This account is disabled. Please contact the LeadMarket administrator.");
    if (c == "email_unverified"_L1)
        return tr("Confirm your email address first: open the link LeadMarket sent you.");
    if (c == "lead_not_rejected"_L1)
        return tr("Only a rejected lead can be disputed.");
    if (c == "dispute_exists"_L1)
        return tr("This rejection is already disputed.");
    if (c == "dispute_window_closed"_L1)
        return tr("A rejection can be disputed within 7 days only.");
    if (c == "validation_failed"_L1) {
        QStringList labels;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            labels << fieldLabel(it.key());
        if (labels.isEmpty())
            return tr("Some information is missing or incorrect.");
        return tr("Some information is missing or incorrect: %1.").arg(labels.join(u", "_s));
    }
    if (c == "invalid_json"_L1)
        return tr("The server could not read the request. Please update the application.");
    if (m_status >= 500)
        return tr("The LeadMarket server has a problem right now. Your work is kept; please try again later.");
    return tr("The server refused the request (error %1).").arg(m_status);
}

QString ApiError::logText() const
{
    switch (m_kind) {
    case Kind::None: return u"no error"_s;
    case Kind::Network: return u"network error: "_s + m_detail;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::InsecureUrl: return u"insecure URL refused: "_s + m_detail;
    case Kind::InvalidResponse: return u"invalid response: "_s + m_detail;
    case Kind::Keychain: return u"keychain: "_s + m_detail;
    case Kind::Local: return u"refused locally: "_s + m_detail;
    case Kind::Http: break;
    }
    return u"HTTP "_s + QString::number(m_status) + u' ' + m_code;
}

} // namespace lm::client
