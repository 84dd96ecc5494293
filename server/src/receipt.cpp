#include "receipt.h"

#include "apierror.h"
#include "database.h"
#include "logging.h"
#include "money.h"
#include "repositories/paymentrepository.h"
#include "repositories/receiptrepository.h"
#include "repositories/transactionrepository.h"
#include "repositories/userrepository.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

auto plog()
{
    return logger("server.payments");
}

const std::array<QStringView, 20> &units()
{
    static const std::array<QStringView, 20> words = {
        u"zéro", u"un",    u"deux",     u"trois",  u"quatre",   u"cinq",     u"six",      u"sept",
        u"huit", u"neuf",  u"dix",      u"onze",   u"douze",    u"treize",   u"quatorze", u"quinze",
        u"seize", u"dix-sept", u"dix-huit", u"dix-neuf"};
    return words;
}

// 1–99. `plural`: "quatre-vingts" takes its s only when nothing follows and it is not before "mille".
QString belowHundred(int n, bool plural)
{
    if (n < 20)
        return units()[std::size_t(n)].toString();
    static const std::array<QStringView, 10> tens = {u"",         u"",         u"vingt",    u"trente",
                                                     u"quarante", u"cinquante", u"soixante", u"soixante",
                                                     u"quatre-vingt", u"quatre-vingt"};
    const int ten = n / 10;
    int unit = n % 10;
    if (ten == 7 || ten == 9) // soixante-dix…dix-neuf, quatre-vingt-dix…dix-neuf
        unit += 10;
    const QString base = tens[std::size_t(ten)].toString();
    if (unit == 0)
        return ten == 8 && plural ? u"quatre-vingts"_s : base;
    if (unit == 1 && ten != 8) // vingt et un … soixante et un
        return base + u" et un"_s;
    if (unit == 11 && ten == 7)
        return u"soixante et onze"_s;
    return base + u'-' + units()[std::size_t(unit)].toString();
}

// 1–999. `plural` as above, for "cents" and "quatre-vingts".
QString belowThousand(int n, bool plural)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    QString out;
    if (hundreds == 1)
        out = u"cent"_s;
    else if (hundreds > 1)
        out = units()[std::size_t(hundreds)].toString() + u" cent"_s + (rest == 0 && plural ? u"s"_s : QString());
    if (rest > 0) {
        if (!out.isEmpty())
            out += u' ';
        out += belowHundred(rest, plural);
    }
    return out;
}

QString html(const ReceiptService::Data &d, const QTimeZone &zone)
{
    const QLocale locale = texts::locale();
    const texts::ReceiptWording w = texts::receiptWording();
    const QString date = QDateTime::fromMSecsSinceEpoch(d.paidAt, zone).toString(u"dd/MM/yyyy HH:mm"_s);
    const QString amount = Money(d.amountCents).format(locale);
    const QString balance = Money(d.balanceAfterCents).format(locale);
    const QString words = texts::amountInWords(d.amountCents);
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows += u"<tr><td class=\"label\">"_s + label.toHtmlEscaped() + u"</td><td>"_s + value.toHtmlEscaped()
            + u"</td></tr>"_s;
    };
    row(w.number, d.number);
    row(w.date, date);
    row(w.merchant, d.merchantName);
    row(w.email, d.merchantEmail);
    row(w.amount, amount);
    row(w.amountInWords, words);
    row(w.method, texts::providerLabel(d.provider));
    row(w.reference, d.providerReference);
    row(w.newBalance, balance);
    return u"<html><head><style>h1{font-size:20pt;color:#1a4d8f;margin:0}h2{font-size:14pt;margin-top:4pt}"
           u"td{padding:4pt 10pt 4pt 0;font-size:11pt}td.label{color:#555}p{font-size:9pt;color:#555}</style>"
           u"</head><body><h1>LeadMarket</h1><h2>"_s
        + w.heading.toHtmlEscaped() + u"</h2><table cellspacing=\"0\" cellpadding=\"5\">"_s + rows
        + u"</table><p>"_s + w.notice.toHtmlEscaped() + u"</p></body></html>"_s;
}

} // namespace

QString frenchNumberWords(qint64 number)
{
    if (number < 0)
        return u"moins "_s + frenchNumberWords(-number);
    if (number == 0)
        return units()[0].toString();
    Q_ASSERT(number <= 999'999'999);
    const int millions = int(number / 1'000'000);
    const int thousands = int(number / 1000 % 1000);
    const int rest = int(number % 1000);
    QStringList parts;
    if (millions == 1)
        parts << u"un million"_s;
    else if (millions > 1)
        parts << belowThousand(millions, true) + u" millions"_s; // "million" is a noun: cents, vingts
    if (thousands == 1)
        parts << u"mille"_s;
    else if (thousands > 1)
        parts << belowThousand(thousands, false) + u" mille"_s; // before "mille": cent, vingt invariable
    if (rest > 0)
        parts << belowThousand(rest, true);
    return parts.join(u' ');
}

QString frenchAmountWords(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const qint64 dirhams = magnitude / 100;
    const qint64 centimes = magnitude % 100;
    QStringList parts;
    if (dirhams > 0 || centimes == 0) {
        // "un million de dirhams": a round million takes "de".
        const QString of = dirhams > 0 && dirhams % 1'000'000 == 0 ? u" de"_s : QString();
        const QString unit = dirhams > 1 ? u" dirhams"_s : u" dirham"_s;
        parts << frenchNumberWords(dirhams) + of + unit;
    }
    if (centimes > 0) {
        const QString unit = centimes > 1 ? u" centimes"_s : u" centime"_s;
        parts << frenchNumberWords(centimes) + unit;
    }
    const QString words = parts.join(u" et "_s);
    return cents < 0 ? u"moins "_s + words : words;
}

QByteArray ReceiptService::render(const Data &data, const QTimeZone &zone)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(texts::receiptTitle(data.number));
        writer.setCreator(u"LeadMarket"_s);

        QTextDocument doc;
        // Without this the layout measures fonts for the screen and the text comes out ~3× too small.
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font(u"DejaVu Sans"_s, 11);
        // No ligatures: "ff" in a reference or a name must stay two letters for whoever copies it.
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(html(data, zone));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        doc.setPageSize(page.size());
        QPainter painter(&writer);
        doc.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
        painter.end();
    }
    buffer.close();
    return bytes;
}

QTimeZone ReceiptService::zone() const
{
    QTimeZone zone(m_ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString ReceiptService::nextNumber(int year)
{
    const QString prefix = u"LM-"_s + QString::number(year) + u'-';
    qint64 next = 1;
    if (const auto last = ReceiptRepository(m_ctx.db).lastNumber(prefix))
        next = last->mid(prefix.size()).toLongLong() + 1;
    return prefix + QString::number(next).rightJustified(6, u'0');
}

QByteArray ReceiptService::ensure(const QString &paymentId)
{
    const auto existing = [this, &paymentId]() -> std::optional<QByteArray> {
        return ReceiptRepository(m_ctx.db).pdf(paymentId);
    };
    if (auto pdf = existing())
        return *pdf;

    Data data;
    {
        const auto payment = PaymentRepository(m_ctx.db).find(paymentId);
        if (!payment || payment->payment.status != "paid"_L1)
            return {};
        const auto merchant = UserRepository(m_ctx.db).find(payment->payment.merchantId);
        if (!merchant)
            return {};
        data.paidAt = payment->payment.paidAt.value_or(0);
        data.amountCents = payment->payment.amountCents;
        data.provider = payment->payment.provider;
        data.providerReference = payment->providerRef;
        data.merchantName = merchant->displayName;
        data.merchantEmail = merchant->email;
        data.balanceAfterCents = TransactionRepository(m_ctx.db).balanceAfterRecharge(paymentId).value_or(0);
    }
    const QTimeZone tz = zone();
    const int year = QDateTime::fromMSecsSinceEpoch(data.paidAt, tz).date().year();
    // Numbers are handed out in a write transaction; two instances on one PostgreSQL may still pick
    // the same one at once: the UNIQUE constraint refuses the second, which takes the next number.
    for (int attempt = 0; attempt < 5; ++attempt) {
        try {
            WriteTransaction tx(m_ctx.db);
            if (auto pdf = existing())
                return *pdf;
            data.number = nextNumber(year);
            const QByteArray pdf = render(data, tz);
            ReceiptRepository(m_ctx.db).insert(paymentId, data.number, pdf, m_ctx.now());
            tx.commit();
            plog()->info("receipt {} made for payment {} ({} bytes)", data.number.toStdString(),
                        paymentId.toStdString(), pdf.size());
            return pdf;
        } catch (const DbError &e) {
            if (!e.isUniqueViolation())
                throw;
        }
    }
    if (auto pdf = existing())
        return *pdf;
    throw DbError(u"no free receipt number after 5 attempts"_s, false);
}

QByteArray ReceiptService::pdfFor(const AuthUser &user, const QString &paymentId)
{
    const auto payment = PaymentRepository(m_ctx.db).find(paymentId);
    if (!payment || (!user.isAdmin() && payment->payment.merchantId != user.id))
        throw ApiError::notFound();
    const QByteArray pdf = ensure(paymentId);
    if (pdf.isEmpty())
        throw ApiError::notFound();
    return pdf;
}

int ReceiptService::generateMissing()
{
    const QStringList missing = PaymentRepository(m_ctx.db).paidWithoutReceipt();
    for (const QString &id : missing)
        ensure(id);
    if (!missing.isEmpty())
        plog()->info("{} missing receipt(s) made", missing.size());
    return int(missing.size());
}

} // namespace lm::server
