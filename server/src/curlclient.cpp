#include "curlclient.h"

#include <QDateTime>
#include <QUuid>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace lm::server::curl {

namespace {

size_t appendToBuffer(char *data, size_t size, size_t count, void *userData)
{
    static_cast<QByteArray *>(userData)->append(data, qsizetype(size * count));
    return size * count;
}

struct UploadState
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readFromBuffer(char *out, size_t size, size_t count, void *userData)
{
    auto *state = static_cast<UploadState *>(userData);
    const qsizetype n = qMin<qsizetype>(qsizetype(size * count), state->data.size() - state->offset);
    memcpy(out, state->data.constData() + state->offset, size_t(n));
    state->offset += n;
    return size_t(n);
}

using Easy = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using SList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

QByteArray encodedWord(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    }
    return text.toUtf8();
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpResult postForm(const QString &url, const FormFields &fields, const QString &basicUser,
                    const QString &basicPassword, const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    globalInit();
    HttpResult result;
    Easy easy(curl_easy_init(), &curl_easy_cleanup);
    if (!easy) {
        result.error = u"curl_easy_init failed"_s;
        return result;
    }
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray body = formEncode(fields);
    const QByteArray user = basicUser.toUtf8();
    const QByteArray password = basicPassword.toUtf8();
    SList list(nullptr, &curl_slist_free_all);
    curl_slist *raw = curl_slist_append(nullptr, "Content-Type: application/x-www-form-urlencoded");
    raw = curl_slist_append(raw, "Expect:");
    for (const auto &[name, value] : headers)
        raw = curl_slist_append(raw, QByteArray(name + ": " + value).constData());
    list.reset(raw);

    curl_easy_setopt(easy.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(easy.get(), CURLOPT_POST, 1L);
    curl_easy_setopt(easy.get(), CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(easy.get(), CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(easy.get(), CURLOPT_HTTPHEADER, list.get());
    if (!user.isEmpty()) {
        curl_easy_setopt(easy.get(), CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(easy.get(), CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(easy.get(), CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(easy.get(), CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(easy.get(), CURLOPT_CONNECTTIMEOUT_MS, long(qMin(timeoutMs, 5000)));
    curl_easy_setopt(easy.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy.get(), CURLOPT_WRITEFUNCTION, &appendToBuffer);
    curl_easy_setopt(easy.get(), CURLOPT_WRITEDATA, &result.body);
    curl_easy_setopt(easy.get(), CURLOPT_PROTOCOLS_STR, "http,https");

    const CURLcode code = curl_easy_perform(easy.get());
    if (code != CURLE_OK) {
        result.error = QString::fromUtf8(curl_easy_strerror(code));
        result.timedOut = code == CURLE_OPERATION_TIMEDOUT;
        result.body.clear();
        return result;
    }
    long status = 0;
    curl_easy_getinfo(easy.get(), CURLINFO_RESPONSE_CODE, &status);
    result.status = int(status);
    return result;
}

QByteArray buildMessage(const Mail &mail, const QByteArray &messageIdDomain)
{
    const QByteArray boundary = "=_lm_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray m;
    m += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    m += "From: " + mail.from.toUtf8() + "\r\n";
    m += "To: " + mail.to.toUtf8() + "\r\n";
    m += "Subject: " + encodedWord(mail.subject) + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" + messageIdDomain + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + wrapBase64(mail.textBody.toUtf8());
    if (mail.attachments.isEmpty()) {
        m += textPart;
        return m;
    }
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n" + textPart;
    for (const Attachment &a : mail.attachments) {
        m += "--" + boundary + "\r\n";
        m += "Content-Type: " + a.mimeType + "; name=\"" + a.fileName.toUtf8() + "\"\r\n";
        m += "Content-Disposition: attachment; filename=\"" + a.fileName.toUtf8() + "\"\r\n";
        m += "Content-Transfer-Encoding: base64\r\n\r\n" + wrapBase64(a.data);
    }
    m += "--" + boundary + "--\r\n";
    return m;
}

SmtpResult sendMail(const QString &smtpUrl, const QString &user, const QString &password, const Mail &mail,
                    int timeoutMs)
{
    globalInit();
    SmtpResult result;
    Easy easy(curl_easy_init(), &curl_easy_cleanup);
    if (!easy) {
        result.error = u"curl_easy_init failed"_s;
        return result;
    }
    const QUrl url(smtpUrl);
    const QByteArray urlBytes = smtpUrl.toUtf8();
    const QByteArray from = "<" + mail.from.toUtf8() + ">";
    const QByteArray to = "<" + mail.to.toUtf8() + ">";
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    UploadState upload{buildMessage(mail, url.host().toUtf8()), 0};
    SList recipients(curl_slist_append(nullptr, to.constData()), &curl_slist_free_all);

    curl_easy_setopt(easy.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(easy.get(), CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(easy.get(), CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(easy.get(), CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(easy.get(), CURLOPT_READFUNCTION, &readFromBuffer);
    curl_easy_setopt(easy.get(), CURLOPT_READDATA, &upload);
    curl_easy_setopt(easy.get(), CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    // smtp:// upgrades with STARTTLS when the server offers it; smtps:// is TLS from the start.
    curl_easy_setopt(easy.get(), CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!userBytes.isEmpty()) {
        curl_easy_setopt(easy.get(), CURLOPT_USERNAME, userBytes.constData());
        curl_easy_setopt(easy.get(), CURLOPT_PASSWORD, passwordBytes.constData());
    }
    curl_easy_setopt(easy.get(), CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(easy.get(), CURLOPT_CONNECTTIMEOUT_MS, long(qMin(timeoutMs, 5000)));
    curl_easy_setopt(easy.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy.get(), CURLOPT_PROTOCOLS_STR, "smtp,smtps");

    const CURLcode code = curl_easy_perform(easy.get());
    long reply = 0;
    curl_easy_getinfo(easy.get(), CURLINFO_RESPONSE_CODE, &reply);
    result.smtpCode = int(reply);
    if (code != CURLE_OK) {
        result.error = QString::fromUtf8(curl_easy_strerror(code))
            + (reply > 0 ? u" (SMTP "_s + QString::number(reply) + u')' : QString());
        result.permanent = reply >= 500 && reply < 600;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace lm::server::curl
