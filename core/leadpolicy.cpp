#include "leadpolicy.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lm::leadpolicy {

qint64 expiresAt(qint64 createdAtMs)
{
    return createdAtMs + ExpiryMs;
}

qint64 duplicateWindowStart(qint64 nowMs)
{
    return nowMs - DuplicateWindowMs;
}

bool isWithinDuplicateWindow(qint64 earlierCreatedAtMs, qint64 nowMs)
{
    return earlierCreatedAtMs >= duplicateWindowStart(nowMs);
}

QString clientInitials(const QString &clientName)
{
    // Words are split on spaces and hyphens ("Jean-Luc" gives two initials); leading punctuation
    // is skipped ("«Karim»" gives "K."), a word that starts with a digit or a symbol gives none.
    QStringList initials;
    const QStringList words = clientName.split(QRegularExpression(u"[\\s\\-]+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        for (const QChar c : word) {
            if (c.isLetter()) {
                initials << QString(c.toUpper()) + u'.';
                break;
            }
            if (!c.isPunct())
                break;
        }
    }
    return initials.join(u' ');
}

} // namespace lm::leadpolicy
