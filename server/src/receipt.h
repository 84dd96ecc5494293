#pragma once

#include "context.h"
#include "httpapi.h"
#include "texts.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace lm::server {

/// One-page PDF receipts of confirmed payments (QPdfWriter; needs a QGuiApplication), stored in
/// `receipts` under a unique number LM-<year>-<6 digits>.
class ReceiptService final
{
public:
    explicit ReceiptService(Context &ctx) : m_ctx(ctx) {}

    struct Data
    {
        QString number;
        qint64 paidAt = 0;
        QString merchantName;
        QString merchantEmail;
        qint64 amountCents = 0;
        QString provider;
        QString providerReference;
        qint64 balanceAfterCents = 0;
        texts::Language language = texts::Language::French; ///< the merchant's
    };
    /// The PDF of one receipt, dates shown in `zone`.
    static QByteArray render(const Data &data, const QTimeZone &zone);

    /// The receipt of a paid payment, made and stored first when it does not exist yet. Empty when
    /// the payment does not exist or is not paid.
    QByteArray ensure(const QString &paymentId);
    /// The receipt as its owner (or an admin) may read it: 404 when missing, foreign or unpaid.
    QByteArray pdfFor(const AuthUser &user, const QString &paymentId);
    /// Makes the receipts that a stop between a credit and its receipt left missing.
    int generateMissing();

private:
    QTimeZone zone() const;
    QString nextNumber(int year);

    Context &m_ctx;
};

} // namespace lm::server
