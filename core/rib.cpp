#include "rib.h"

using namespace Qt::StringLiterals;

namespace lm {

int ribKey(QStringView first22)
{
    // (first 22 digits × 100) mod 97, one digit at a time: the number does not fit in 64 bits.
    int remainder = 0;
    for (const QChar c : first22)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    remainder = (remainder * 100) % 97;
    return 97 - remainder;
}

RibCheck checkRib(const QString &text)
{
    QString digits;
    digits.reserve(RibDigits);
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!c.isSpace())
            return {{}, RibProblem::NotDigits};
    }
    if (digits.size() != RibDigits)
        return {{}, RibProblem::WrongLength};
    const int key = QStringView(digits).right(2).toInt();
    if (key != ribKey(QStringView(digits).left(RibDigits - 2)))
        return {{}, RibProblem::WrongKey};
    return {digits, RibProblem::None};
}

QString maskRib(QStringView last4)
{
    return u"•••• •••• "_s + last4.toString();
}

} // namespace lm
