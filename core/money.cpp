#include "money.h"

#include <QStringView>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace lm {

namespace {

constexpr qint64 MaxCents = std::numeric_limits<qint64>::max();

// Currency labels a person may type around an amount, whatever the locale. Longer spellings come
// first so that "dhs" is not read as "dh" followed by a stray "s".
const std::array<QStringView, 6> &knownCurrencyLabels()
{
    static const std::array<QStringView, 6> labels = {u"درهم", u"د.م.", u"د.م", u"dhs", u"mad", u"dh"};
    return labels;
}

// Directional marks that QLocale puts around signs in Arabic locales (U+200E before '-' in ar_MA)
// and that come along when a formatted amount is copied; they carry no meaning for the value.
bool isBidiMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C);
}

// Removes one currency label at the end or, failing that, at the start of `text`.
QString stripCurrencyLabel(const QString &text)
{
    for (const QStringView label : knownCurrencyLabels()) {
        if (text.endsWith(label, Qt::CaseInsensitive))
            return text.chopped(label.size()).trimmed();
    }
    for (const QStringView label : knownCurrencyLabels()) {
        if (text.startsWith(label, Qt::CaseInsensitive))
            return text.mid(label.size()).trimmed();
    }
    return text;
}

// The amount as a normalised string: digits '0'–'9', 'g' for a group separator, '.' for the
// decimal point and 'a' for a '.' that may be either (fr_MA groups with '.' but people also type
// "1500.5"). nullopt when a character has no place in an amount.
std::optional<QString> classify(QStringView text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString zero = locale.zeroDigit();
    // Locales with their own digits (ar_EG) get them accepted alongside ASCII ones.
    const char16_t nativeZero = zero.size() == 1 && zero.at(0) != u'0' ? zero.at(0).unicode() : 0;
    const bool dotIsAlternativeDecimal = decimal == u","_s;

    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            out.append(c);
        } else if (nativeZero != 0 && c.unicode() >= nativeZero && c.unicode() <= nativeZero + 9) {
            out.append(QChar(u'0' + (c.unicode() - nativeZero)));
        } else if (decimal.size() == 1 && c == decimal.at(0)) {
            out.append(u'.');
        } else if (c == u'.' && dotIsAlternativeDecimal) {
            out.append(group == u"."_s ? u'a' : u'.');
        } else if (c.isSpace() || (group.size() == 1 && c == group.at(0))) {
            out.append(u'g');
        } else {
            return std::nullopt;
        }
    }
    return out;
}

// Reads a normalised amount without 'a': grouped integer part (first group 1–3 digits, the others
// exactly 3), optional decimal point followed by one or two digits.
std::optional<qint64> readNormalised(QStringView text)
{
    const qsizetype point = text.indexOf(u'.');
    if (point >= 0 && text.indexOf(u'.', point + 1) >= 0)
        return std::nullopt;
    const QStringView integerPart = point >= 0 ? text.left(point) : text;
    const QStringView fraction = point >= 0 ? text.mid(point + 1) : QStringView();
    if (integerPart.isEmpty() || (point >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return std::nullopt;

    qint64 whole = 0;
    qsizetype groupDigits = 0;
    bool grouped = false;
    for (const QChar c : integerPart) {
        if (c == u'g') {
            // A separator needs digits before it; the first group may hold 1–3 of them.
            if (groupDigits == 0 || (grouped && groupDigits != 3) || (!grouped && groupDigits > 3))
                return std::nullopt;
            grouped = true;
            groupDigits = 0;
            continue;
        }
        const int digit = c.unicode() - u'0';
        if (whole > (MaxCents / 100 - digit) / 10)
            return std::nullopt;
        whole = whole * 10 + digit;
        ++groupDigits;
    }
    if (groupDigits == 0 || (grouped && groupDigits != 3))
        return std::nullopt;

    qint64 cents = 0;
    for (const QChar c : fraction) {
        if (c == u'g')
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - u'0');
    }
    if (fraction.size() == 1)
        cents *= 10;
    if (whole > (MaxCents - cents) / 100)
        return std::nullopt;
    return whole * 100 + cents;
}

std::optional<qint64> readAmount(const QString &normalised)
{
    if (!normalised.contains(u'a'))
        return readNormalised(normalised);
    // With the locale's own decimal point present, every ambiguous '.' is a group separator.
    if (normalised.contains(u'.')) {
        QString grouped = normalised;
        grouped.replace(u'a', u'g');
        return readNormalised(grouped);
    }
    // Otherwise the locale's reading ("1.500" is 1500 in fr_MA) wins when the grouping is valid…
    QString grouped = normalised;
    grouped.replace(u'a', u'g');
    if (const auto value = readNormalised(grouped))
        return value;
    // … and a single '.' that cannot be a group separator is a decimal point ("1500.5").
    if (normalised.count(u'a') == 1) {
        QString decimal = normalised;
        decimal.replace(u'a', u'.');
        return readNormalised(decimal);
    }
    return std::nullopt;
}

enum class SignStyle { NegativeOnly, Always };

QString formatCents(qint64 cents, const QLocale &locale, bool withCurrency, bool dropZeroFraction,
                    SignStyle signStyle)
{
    // Unsigned magnitude so that the most negative qint64 has one too.
    const quint64 magnitude = cents < 0 ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const quint64 whole = magnitude / 100;
    const quint64 fraction = magnitude % 100;

    QString text;
    if (cents < 0)
        text = locale.negativeSign();
    else if (cents > 0 && signStyle == SignStyle::Always)
        text = locale.positiveSign();
    // ar_MA's sign comes with a left-to-right mark ("\u200E-"): first in the text, it is the strong
    // character a label that takes its direction from its text goes by, and the whole amount would
    // be laid out left to right, the currency on the wrong side. A right-to-left mark before it
    // keeps the amount right to left, the sign still bound to the digits.
    if (locale.textDirection() == Qt::RightToLeft && !text.isEmpty() && isBidiMark(text.front()))
        text.prepend(QChar(0x200F));
    text += locale.toString(static_cast<qulonglong>(whole));
    if (!(dropZeroFraction && fraction == 0)) {
        text += locale.decimalPoint();
        if (fraction < 10)
            text += locale.zeroDigit();
        text += locale.toString(static_cast<qulonglong>(fraction));
    }
    if (withCurrency)
        text += u' ' + Money::currencyLabel(locale);
    return text;
}

} // namespace

std::optional<Money> Money::parse(const QString &text, const QLocale &locale, bool allowNegative)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiMark(c))
            cleaned.append(c);
    }
    cleaned = stripCurrencyLabel(cleaned.trimmed());

    bool negative = false;
    if (cleaned.startsWith(u'-') || cleaned.startsWith(QChar(0x2212))) {
        negative = true;
        cleaned.remove(0, 1);
    } else if (cleaned.startsWith(u'+')) {
        // Accepted so that formatSigned()'s "+2.000,00 dhs" reads back.
        cleaned.remove(0, 1);
    }
    if (negative && !allowNegative)
        return std::nullopt;
    // The sign must touch the digits: "- 80" or "--80" are typing mistakes, not amounts.
    if (cleaned.isEmpty() || !(cleaned.at(0).isDigit()))
        return std::nullopt;

    const auto normalised = classify(cleaned, locale);
    if (!normalised)
        return std::nullopt;
    const auto cents = readAmount(*normalised);
    if (!cents)
        return std::nullopt;
    return Money(negative ? -*cents : *cents);
}

QString Money::format(const QLocale &locale, bool withCurrency) const
{
    return formatCents(m_cents, locale, withCurrency, false, SignStyle::NegativeOnly);
}

QString Money::formatShort(const QLocale &locale, bool withCurrency) const
{
    return formatCents(m_cents, locale, withCurrency, true, SignStyle::NegativeOnly);
}

QString Money::formatSigned(const QLocale &locale, bool withCurrency) const
{
    return formatCents(m_cents, locale, withCurrency, false, SignStyle::Always);
}

QString Money::currencyLabel(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return u"dhs"_s;
    case QLocale::Arabic:
        return u"د.م."_s;
    default:
        return u"MAD"_s;
    }
}

QLocale Money::defaultLocale()
{
    return QLocale(QLocale::French, QLocale::Morocco);
}

qint64 applyBasisPoints(qint64 cents, qint64 basisPoints)
{
    // cents = whole × 10000 + rest with rest of the same sign, so the exact result is
    // whole × bp + rest × bp / 10000, and only the second term needs rounding. This keeps the
    // intermediate product small for any amount the ledger can hold.
    const qint64 whole = cents / 10000;
    const qint64 rest = cents % 10000;
    const qint64 scaled = rest * basisPoints;
    const qint64 rounded = scaled >= 0 ? (scaled + 5000) / 10000 : -((-scaled + 5000) / 10000);
    return whole * basisPoints + rounded;
}

} // namespace lm
