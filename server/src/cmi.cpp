#include "cmi.h"

#include "apierror.h"
#include "database.h"
#include "logging.h"
#include "paymentservice.h"
#include "repositories/paymentrepository.h"
#include "repositories/userrepository.h"
#include "texts.h"

#include <QUrl>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

auto plog()
{
    return logger("server.payments");
}

// PHP's trim(): " \t\n\r\0\x0B" at both ends (CMI's own samples are PHP).
QString phpTrim(const QString &value)
{
    const auto strip = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == QChar(0) || c == QChar(0x0B);
    };
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && strip(value.at(begin)))
        ++begin;
    while (end > begin && strip(value.at(end - 1)))
        --end;
    return value.mid(begin, end - begin);
}

QString escapeValue(const QString &value)
{
    QString out = value;
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u"|"_s, u"\\|"_s);
    return out;
}

QString fieldValue(const cmi::Fields &fields, QLatin1StringView name)
{
    for (const auto &[key, value] : fields) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw.toHex();
}

} // namespace

namespace cmi {

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            // Compare the two runs of digits as numbers: without leading zeros, longer is larger.
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            qsizetype si = i;
            qsizetype sj = j;
            while (si + 1 < ei && a.at(si) == u'0')
                ++si;
            while (sj + 1 < ej && b.at(sj) == u'0')
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            const int c = a.sliced(si, ei - si).compare(b.sliced(sj, ej - sj));
            if (c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const char16_t ca = a.at(i).toLower().unicode();
        const char16_t cb = b.at(j).toLower().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QString hashVer3(const Fields &fields, const QString &storeKey)
{
    Fields sorted;
    for (const auto &field : fields) {
        const QString lower = field.first.toLower();
        if (lower != "hash"_L1 && lower != "encoding"_L1)
            sorted.append(field);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &x, const auto &y) { return naturalCompare(x.first, y.first) < 0; });
    QString plain;
    for (const auto &field : std::as_const(sorted)) {
        plain += escapeValue(phpTrim(field.second));
        plain += u'|';
    }
    plain += escapeValue(storeKey);
    const QByteArray bytes = plain.toUtf8();
    unsigned char digest[crypto_hash_sha512_BYTES];
    crypto_hash_sha512(digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toBase64());
}

QString formatAmount(qint64 cents)
{
    return QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}

std::optional<qint64> parseAmount(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || fraction.size() > 2)
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    const qint64 cents = fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toLongLong();
    return whole.toLongLong() * 100 + cents;
}

Fields parseForm(const QByteArray &body)
{
    Fields fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

} // namespace cmi

bool CmiGateway::enabled() const
{
    return m_ctx.config.isSet(u"LEADMARKET_CMI_CLIENT_ID"_s) && m_ctx.config.isSet(u"LEADMARKET_CMI_STORE_KEY"_s)
        && m_ctx.config.isSet(u"LEADMARKET_CMI_GATEWAY_URL"_s);
}

QString CmiGateway::checkoutUrl(const QString &paymentId) const
{
    return m_ctx.publicUrl + u"/payments/"_s + paymentId + u"/cmi"_s;
}

QString CmiGateway::gatewayOrigin() const
{
    if (!enabled())
        return {};
    const QUrl gateway(m_ctx.config.value(u"LEADMARKET_CMI_GATEWAY_URL"_s));
    if (!gateway.isValid() || gateway.host().isEmpty())
        return {};
    return gateway.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}

cmi::Fields CmiGateway::formFields(const QString &paymentId)
{
    const auto payment = PaymentRepository(m_ctx.db).findOf(u"cmi"_s, paymentId);
    const auto merchant = payment ? UserRepository(m_ctx.db).find(payment->payment.merchantId) : std::nullopt;
    if (!payment || !merchant)
        throw ApiError::notFound();
    const QString callbackUrl = m_ctx.publicUrl + u"/api/payments/cmi/callback"_s;
    const QString rnd = QString::fromLatin1(randomHex(10));
    cmi::Fields fields{
        {u"clientid"_s, m_ctx.config.value(u"LEADMARKET_CMI_CLIENT_ID"_s)},
        {u"storetype"_s, u"3D_PAY_HOSTING"_s},
        // PreAuth: the callback's ACTION=POSTAUTH answer is what captures the money.
        {u"TranType"_s, u"PreAuth"_s},
        {u"amount"_s, cmi::formatAmount(payment->payment.amountCents)},
        {u"currency"_s, u"504"_s},
        {u"oid"_s, paymentId},
        {u"okUrl"_s, payment->successUrl},
        {u"failUrl"_s, payment->cancelUrl},
        {u"shopurl"_s, payment->cancelUrl},
        {u"callbackUrl"_s, callbackUrl},
        // CMI's page speaks French, Arabic and English: the merchant's language.
        {u"lang"_s, texts::languageCode(texts::languageFor(merchant->locale))},
        {u"rnd"_s, rnd},
        {u"hashAlgorithm"_s, u"ver3"_s},
        {u"encoding"_s, u"UTF-8"_s},
        {u"BillToName"_s, merchant->displayName},
        {u"email"_s, merchant->email},
        {u"tel"_s, merchant->phone},
    };
    const QString hash = cmi::hashVer3(fields, m_ctx.config.value(u"LEADMARKET_CMI_STORE_KEY"_s));
    fields.append({u"HASH"_s, hash});
    return fields;
}

Response CmiGateway::paymentPage(const QString &paymentId)
{
    const auto payment = PaymentRepository(m_ctx.db).findOf(u"cmi"_s, paymentId);
    if (!payment || !enabled())
        throw ApiError::notFound();
    const QString &status = payment->payment.status;
    const texts::Language language =
        texts::languageFor(UserRepository(m_ctx.db).recipient(payment->payment.merchantId).locale);
    QString body;
    if (status != "pending"_L1) {
        const QString text = texts::pageText(
            status == "paid"_L1 ? texts::PageText::AlreadyPaid : texts::PageText::NoLongerPayable, language);
        body = u"<h1>"_s + texts::pageText(texts::PageText::PaymentHeading, language) + u"</h1><p id=\"state\">"_s + text
            + u"</p>"_s;
    } else {
        const cmi::Fields fields = formFields(paymentId);
        QString inputs;
        for (const auto &[name, value] : fields)
            inputs += u"<input type=\"hidden\" name=\""_s + name.toHtmlEscaped() + u"\" value=\""_s
                + value.toHtmlEscaped() + u"\">"_s;
        const QString gateway = m_ctx.config.value(u"LEADMARKET_CMI_GATEWAY_URL"_s);
        body = u"<h1>"_s + texts::pageText(texts::PageText::PaymentHeading, language) + u"</h1><p>"_s
            + texts::pageText(texts::PageText::CmiRedirecting, language)
            + u"</p><form id=\"cmi\" method=\"post\" accept-charset=\"UTF-8\" action=\""_s
            + gateway.toHtmlEscaped() + u"\">"_s + inputs + u"<noscript><button type=\"submit\">"_s
            + texts::pageText(texts::PageText::CmiContinue, language)
            + u"</button></noscript></form><script>document.getElementById('cmi').submit();</script>"_s;
    }
    const QString page = u"<!DOCTYPE html><html "_s + texts::htmlAttributes(language)
        + u"><head><meta charset=\"utf-8\"><title>"_s + texts::pageText(texts::PageText::CmiTitle, language)
        + u"</title></head><body>"_s + body + u"</body></html>"_s;
    Response r = Response::text(200, page.toUtf8(), "text/html; charset=utf-8");
    r.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return r;
}

Response CmiGateway::callback(const Request &request, PaymentService &payments)
{
    const auto answer = [](const char *text) { return Response::text(200, QByteArray(text)); };
    if (!enabled())
        return answer("FAILURE");
    const cmi::Fields fields = cmi::parseForm(request.body);
    const QString oid = fieldValue(fields, "oid"_L1);
    const QByteArray posted = fieldValue(fields, "HASH"_L1).toLatin1();
    const QByteArray expected = cmi::hashVer3(fields, m_ctx.config.value(u"LEADMARKET_CMI_STORE_KEY"_s)).toLatin1();
    if (posted.size() != expected.size() || sodium_memcmp(posted.constData(), expected.constData(), size_t(expected.size())) != 0) {
        plog()->warn("CMI callback for order {}: bad hash, ignored", oid.toStdString());
        return answer("FAILURE");
    }

    const auto payment = PaymentRepository(m_ctx.db).findOf(u"cmi"_s, oid);
    if (!payment) {
        plog()->warn("CMI callback for an unknown order {}, ignored", oid.toStdString());
        return answer("FAILURE");
    }
    const qint64 amount = payment->payment.amountCents;

    const QString code = fieldValue(fields, "ProcReturnCode"_L1);
    const QString response = fieldValue(fields, "Response"_L1);
    if (code != "00"_L1 || (!response.isEmpty() && response != "Approved"_L1)) {
        plog()->info("CMI callback for order {}: declined (code {}), nothing changed", oid.toStdString(),
                     code.toStdString());
        return answer("APPROVED");
    }
    const auto paid = cmi::parseAmount(fieldValue(fields, "amount"_L1));
    const QString currency = fieldValue(fields, "currency"_L1);
    if (!paid || *paid != amount || (!currency.isEmpty() && currency != "504"_L1)) {
        plog()->warn("CMI callback for order {}: amount or currency does not match the payment, not credited",
                     oid.toStdString());
        return answer("FAILURE");
    }
    const QString transId = fieldValue(fields, "TransId"_L1);
    const QString reference = transId.isEmpty() ? oid : transId;
    if (!payments.confirm(oid, reference))
        plog()->info("CMI callback for order {} repeated: already credited", oid.toStdString());
    return answer("ACTION=POSTAUTH");
}

} // namespace lm::server
