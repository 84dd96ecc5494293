#include "validation.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace lm {

bool isValidEmail(const QString &email)
{
    if (email.isEmpty() || email.size() > limits::Email)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    for (const QChar c : email) {
        // Whitespace or control characters are never part of an address someone can write to.
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const QStringView domain = QStringView(email).mid(at + 1);
    if (!domain.contains(u'.'))
        return false;
    for (const QStringView label : domain.split(u'.')) {
        if (label.isEmpty())
            return false;
    }
    return true;
}

QString normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

namespace {

bool isMoroccanNationalNumber(QStringView digits)
{
    return digits.size() == 9 && digits.at(0) >= u'5' && digits.at(0) <= u'8';
}

// What a written phone number boils down to once its punctuation is gone.
struct PhoneDigits
{
    bool plus = false;
    QString digits;
    qsizetype trunkZeroAt = -1; ///< where a "(0)" stood, counted in digits; -1 without one
};

std::optional<PhoneDigits> splitPhone(QStringView text)
{
    PhoneDigits result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            result.digits.append(c);
        } else if (c == u'+') {
            if (i != 0)
                return std::nullopt;
            result.plus = true;
        } else if (c.isSpace() || c == u'.' || c == u'-') {
            continue;
        } else if (c == u'(') {
            // A parenthesised group holds digits only: "(0)" is the trunk prefix people keep after
            // the country code, anything else ("(415)") is written grouping.
            const qsizetype close = text.indexOf(u')', i + 1);
            if (close < 0 || close == i + 1)
                return std::nullopt;
            const QStringView group = text.mid(i + 1, close - i - 1);
            for (const QChar d : group) {
                if (d < u'0' || d > u'9')
                    return std::nullopt;
            }
            if (group == u"0") {
                if (result.trunkZeroAt >= 0)
                    return std::nullopt;
                result.trunkZeroAt = result.digits.size();
            } else {
                result.digits.append(group);
            }
            i = close;
        } else {
            return std::nullopt;
        }
    }
    return result;
}

} // namespace

std::optional<QString> normalizePhone(const QString &phone)
{
    const auto split = splitPhone(QStringView(phone).trimmed());
    if (!split || split->digits.isEmpty())
        return std::nullopt;
    const QStringView digits = split->digits;

    // Where the Moroccan national number starts, and where a "(0)" may stand (right before it).
    qsizetype nationalStart = -1;
    if (split->plus && digits.startsWith(u"212"))
        nationalStart = 3;
    else if (!split->plus && digits.startsWith(u"00212"))
        nationalStart = 5;
    else if (!split->plus && digits.startsWith(u'0') && split->trunkZeroAt < 0)
        nationalStart = 1;

    if (nationalStart >= 0) {
        if (split->trunkZeroAt >= 0 && split->trunkZeroAt != nationalStart)
            return std::nullopt;
        const QStringView national = digits.mid(nationalStart);
        if (!isMoroccanNationalNumber(national))
            return std::nullopt;
        // Appended rather than concatenated: g++ 12 at -O3 reports a false -Warray-bounds inside
        // QStringBuilder for this expression (PLATFORM-NOTES.md, "Compiler").
        QString e164 = u"+212"_s;
        e164.append(national);
        return e164;
    }

    // Any other country: E.164 only, so a '+', a country code not starting with 0 and 8–15 digits
    // in all. "(0)" is refused here: without knowing the country code we cannot tell where it goes.
    if (!split->plus || split->trunkZeroAt >= 0 || digits.at(0) == u'0' || digits.size() < 8 || digits.size() > 15)
        return std::nullopt;
    QString e164 = u"+"_s;
    e164.append(digits);
    return e164;
}

QString checkText(FieldErrors &errors, const QString &field, const QString &value, int maxLength, bool required)
{
    const QString trimmed = value.trimmed();
    if (required && trimmed.isEmpty())
        errors.insert(field, u"is required"_s);
    else if (trimmed.size() > maxLength)
        errors.insert(field, u"must be at most %1 characters"_s.arg(maxLength));
    else if (trimmed.contains(QChar(0)))
        errors.insert(field, u"must not contain a NUL character"_s);
    return trimmed;
}

QString ribDigits(const QString &rib)
{
    QString digits;
    for (const QChar c : rib) {
        if (!c.isSpace())
            digits.append(c);
    }
    return digits;
}

int ribKey(QStringView first22Digits)
{
    // (digits × 100) mod 97, one digit at a time: no number wider than an int.
    int remainder = 0;
    for (const QChar c : first22Digits)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    remainder = (remainder * 100) % 97;
    return 97 - remainder;
}

RibProblem checkRib(const QString &rib)
{
    const QString digits = ribDigits(rib);
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return RibProblem::Characters;
    }
    if (digits.size() != 24)
        return RibProblem::Length;
    const int key = QStringView(digits).right(2).toInt();
    return key == ribKey(QStringView(digits).left(22)) ? RibProblem::None : RibProblem::Key;
}

bool isWellFormedId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-'
            || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace lm
