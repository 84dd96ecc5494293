#pragma once

#include "context.h"
#include "httpapi.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lm::server {

class PaymentService;

namespace cmi {

using Fields = QList<QPair<QString, QString>>;

/// strnatcasecmp: case-insensitive, runs of digits compared as numbers ("a2" < "a10").
int naturalCompare(QStringView a, QStringView b);
/// CMI's `ver3` hash: the names sorted by naturalCompare, `hash` and `encoding` left out, each value
/// trimmed and escaped (`\` → `\\`, then `|` → `\|`), joined by `|`, the escaped store key appended,
/// SHA-512, base64 of the raw digest.
QString hashVer3(const Fields &fields, const QString &storeKey);
/// "5000.00" for 500000 centimes: the amount as CMI's form carries it.
QString formatAmount(qint64 cents);
/// The inverse of formatAmount ("5000.00", "5000.5", "5000"); nullopt for anything else.
std::optional<qint64> parseAmount(const QString &text);
/// An application/x-www-form-urlencoded body, in order ('+' is a space).
Fields parseForm(const QByteArray &body);

} // namespace cmi

/// CMI's hosted payment page (3D_PAY_HOSTING): the page that posts the signed form to the gateway,
/// and the server-to-server callback that confirms the payment. The store key never leaves the server.
class CmiGateway final
{
public:
    explicit CmiGateway(Context &ctx) : m_ctx(ctx) {}

    bool enabled() const;
    /// Where a browser goes to pay payment `paymentId`.
    QString checkoutUrl(const QString &paymentId) const;
    /// The gateway's origin ("https://testpayment.cmi.co.ma"): the page at checkoutUrl() posts its
    /// form there, so a payment window must let that origin in. Empty when CMI is off.
    QString gatewayOrigin() const;
    /// The fields of the form posted to the gateway, HASH included.
    cmi::Fields formFields(const QString &paymentId);
    /// The auto-submitting page (`GET /payments/{id}/cmi`).
    Response paymentPage(const QString &paymentId);
    /// `POST /api/payments/cmi/callback`: "ACTION=POSTAUTH", "APPROVED" or "FAILURE" as CMI expects.
    Response callback(const Request &request, PaymentService &payments);

private:
    Context &m_ctx;
};

} // namespace lm::server
