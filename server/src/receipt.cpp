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

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

auto plog()
{
    return logger("server.payments");
}

QString html(const ReceiptService::Data &d, const QTimeZone &zone)
{
    const QLocale locale = texts::locale(d.language);
    const texts::ReceiptWording w = texts::receiptWording(d.language);
    const QString date = QDateTime::fromMSecsSinceEpoch(d.paidAt, zone).toString(u"dd/MM/yyyy HH:mm"_s);
    const QString amount = Money(d.amountCents).format(locale);
    const QString balance = Money(d.balanceAfterCents).format(locale);
    const QString words = texts::amountInWords(d.amountCents, d.language);
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
    row(w.method, texts::providerLabel(d.provider, d.language));
    row(w.reference, d.providerReference);
    row(w.newBalance, balance);
    // Arabic reads right to left: every block, the table included, starts on the right.
    const QString dir = d.language == texts::Language::Arabic ? u" dir=\"rtl\""_s : QString();
    return u"<html><head><style>h1{font-size:20pt;color:#1a4d8f;margin:0}h2{font-size:14pt;margin-top:4pt}"
           u"td{padding:4pt 10pt;font-size:11pt}td.label{color:#555}p{font-size:9pt;color:#555}</style>"
           u"</head><body><h1"_s
        + dir + u">LeadMarket</h1><h2"_s + dir + u">"_s + w.heading.toHtmlEscaped() + u"</h2><table"_s + dir
        + u" cellspacing=\"0\" cellpadding=\"5\">"_s + rows + u"</table><p"_s + dir + u">"_s
        + w.notice.toHtmlEscaped() + u"</p></body></html>"_s;
}

} // namespace

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
        writer.setTitle(texts::receiptTitle(data.number, data.language));
        writer.setCreator(u"LeadMarket"_s);

        QTextDocument doc;
        // Without this the layout measures fonts for the screen and the text comes out ~3× too small.
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font(u"DejaVu Sans"_s, 11);
        // No ligatures: "ff" in a reference or a name must stay two letters for whoever copies it.
        // Arabic cannot go without: its letters join by shaping.
        if (data.language != texts::Language::Arabic)
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
        data.language = texts::languageFor(merchant->locale);
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
