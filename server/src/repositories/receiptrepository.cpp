#include "receiptrepository.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<QString> ReceiptRepository::lastNumber(const QString &prefix)
{
    auto number = m_db.scalar(u"SELECT receipt_number FROM receipts WHERE receipt_number LIKE ? "
                              u"ORDER BY LENGTH(receipt_number) DESC, receipt_number DESC LIMIT 1"_s,
                              {QString(prefix + u'%')});
    if (!number)
        return std::nullopt;
    return number->toString();
}

std::optional<ReceiptRepository::Receipt> ReceiptRepository::find(const QString &paymentId)
{
    QSqlQuery q = m_db.exec(u"SELECT receipt_number, pdf_base64 FROM receipts WHERE payment_id = ?"_s, {paymentId});
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    Receipt r{q.value(column("receipt_number"_L1)).toString(),
              QByteArray::fromBase64(q.value(column("pdf_base64"_L1)).toString().toLatin1())};
    q.finish();
    return r;
}

std::optional<QByteArray> ReceiptRepository::pdf(const QString &paymentId)
{
    auto stored = m_db.scalar(u"SELECT pdf_base64 FROM receipts WHERE payment_id = ?"_s, {paymentId});
    if (!stored)
        return std::nullopt;
    return QByteArray::fromBase64(stored->toString().toLatin1());
}

void ReceiptRepository::insert(const QString &paymentId, const QString &number, const QByteArray &pdf, qint64 now)
{
    m_db.exec(u"INSERT INTO receipts (payment_id, receipt_number, pdf_base64, created_at) VALUES (?, ?, ?, ?)"_s,
              {paymentId, number, QString::fromLatin1(pdf.toBase64()), now});
}

} // namespace lm::server
