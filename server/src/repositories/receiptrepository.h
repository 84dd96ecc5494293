#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lm::server {

/// SQL of the `receipts` table: one PDF per paid payment, numbered LM-<year>-<n>.
class ReceiptRepository final
{
public:
    explicit ReceiptRepository(Database &db) : m_db(db) {}

    /// The highest receipt number starting with `prefix` (numbers compare by length, then text).
    std::optional<QString> lastNumber(const QString &prefix);
    struct Receipt
    {
        QString number;
        QByteArray pdf;
    };
    /// A payment's receipt.
    std::optional<Receipt> find(const QString &paymentId);
    /// The stored PDF of a payment's receipt.
    std::optional<QByteArray> pdf(const QString &paymentId);
    /// Throws DbError (a unique violation) when the number or the payment already has one.
    void insert(const QString &paymentId, const QString &number, const QByteArray &pdf, qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
