#include "amountwords.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

// French ------------------------------------------------------------------------------------------

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

// English -----------------------------------------------------------------------------------------

QString englishBelowThousand(int n)
{
    static const std::array<QStringView, 20> units = {
        u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
        u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen",
        u"nineteen"};
    static const std::array<QStringView, 10> tens = {u"", u"", u"twenty", u"thirty", u"forty", u"fifty",
                                                     u"sixty", u"seventy", u"eighty", u"ninety"};
    QStringList parts;
    if (n >= 100)
        parts << units[std::size_t(n / 100)].toString() + u" hundred"_s;
    const int rest = n % 100;
    QString below;
    if (rest > 0 && rest < 20)
        below = units[std::size_t(rest)].toString();
    else if (rest >= 20)
        below = tens[std::size_t(rest / 10)].toString()
            + (rest % 10 ? u"-"_s + units[std::size_t(rest % 10)].toString() : QString());
    if (!below.isEmpty())
        parts << (n >= 100 ? u"and "_s + below : below);
    return parts.join(u' ');
}

// Arabic ------------------------------------------------------------------------------------------

// 1–99, masculine: "واحد", "أحد عشر", "خمسة وعشرون".
QString arabicBelowHundred(int n)
{
    static const std::array<QStringView, 11> units = {u"", u"واحد", u"اثنان", u"ثلاثة", u"أربعة", u"خمسة",
                                                      u"ستة", u"سبعة", u"ثمانية", u"تسعة", u"عشرة"};
    static const std::array<QStringView, 10> tens = {u"", u"", u"عشرون", u"ثلاثون", u"أربعون", u"خمسون",
                                                     u"ستون", u"سبعون", u"ثمانون", u"تسعون"};
    if (n <= 10)
        return units[std::size_t(n)].toString();
    if (n == 11)
        return u"أحد عشر"_s;
    if (n == 12)
        return u"اثنا عشر"_s;
    if (n < 20)
        return units[std::size_t(n - 10)].toString() + u" عشر"_s;
    const QString ten = tens[std::size_t(n / 10)].toString();
    return n % 10 ? units[std::size_t(n % 10)].toString() + u" و"_s + ten : ten;
}

// 1–999: "مئة", "مئتان", "ثلاثمئة وخمسة".
QString arabicBelowThousand(int n)
{
    static const std::array<QStringView, 10> hundreds = {u"", u"مئة", u"مئتان", u"ثلاثمئة", u"أربعمئة",
                                                         u"خمسمئة", u"ستمئة", u"سبعمئة", u"ثمانمئة", u"تسعمئة"};
    QStringList parts;
    if (n >= 100)
        parts << hundreds[std::size_t(n / 100)].toString();
    if (n % 100)
        parts << arabicBelowHundred(n % 100);
    return parts.join(u" و"_s);
}

// The counted noun after `count`, in the form Arabic gives it: one and two are the noun itself
// (singular, dual) after or instead of the number; 3–10 the plural; 11–99 the singular accusative;
// a round hundred or more the singular. Only the last two digits decide past a hundred.
struct Noun
{
    QString singular;   ///< "درهم"
    QString dual;       ///< "درهمان"
    QString plural;     ///< "دراهم"
    QString accusative; ///< "درهمًا"
};

QString counted(qint64 count, const Noun &noun)
{
    if (count == 1)
        return noun.singular + u" واحد"_s;
    if (count == 2)
        return noun.dual;
    const QString number = arabicNumberWords(count);
    const qint64 lastTwo = count % 100;
    if (lastTwo >= 3 && lastTwo <= 10)
        return number + u' ' + noun.plural;
    if (lastTwo >= 11)
        return number + u' ' + noun.accusative;
    return number + u' ' + noun.singular;
}

// Thousands and millions inside a number: "ألف", "ألفان", "ثلاثة آلاف", "أحد عشر ألفًا", "مئة ألف".
QString arabicScale(int count, const Noun &noun)
{
    if (count == 1)
        return noun.singular;
    if (count == 2)
        return noun.dual;
    const int lastTwo = count % 100;
    const QString number = arabicBelowThousand(count);
    if (lastTwo >= 3 && lastTwo <= 10)
        return number + u' ' + noun.plural;
    if (lastTwo >= 11)
        return number + u' ' + noun.accusative;
    return number + u' ' + noun.singular;
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

QString englishNumberWords(qint64 number)
{
    if (number < 0)
        return u"minus "_s + englishNumberWords(-number);
    if (number == 0)
        return u"zero"_s;
    Q_ASSERT(number <= 999'999'999);
    const int millions = int(number / 1'000'000);
    const int thousands = int(number / 1000 % 1000);
    const int rest = int(number % 1000);
    QStringList parts;
    if (millions > 0)
        parts << englishBelowThousand(millions) + u" million"_s;
    if (thousands > 0)
        parts << englishBelowThousand(thousands) + u" thousand"_s;
    if (rest > 0)
        parts << (rest < 100 && !parts.isEmpty() ? u"and "_s : QString()) + englishBelowThousand(rest);
    return parts.join(u' ');
}

QString englishAmountWords(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const qint64 dirhams = magnitude / 100;
    const qint64 centimes = magnitude % 100;
    QStringList parts;
    if (dirhams > 0 || centimes == 0)
        parts << englishNumberWords(dirhams) + (dirhams == 1 ? u" dirham"_s : u" dirhams"_s);
    if (centimes > 0)
        parts << englishNumberWords(centimes) + (centimes == 1 ? u" centime"_s : u" centimes"_s);
    const QString words = parts.join(u" and "_s);
    return cents < 0 ? u"minus "_s + words : words;
}

QString arabicNumberWords(qint64 number)
{
    if (number < 0)
        return u"ناقص "_s + arabicNumberWords(-number);
    if (number == 0)
        return u"صفر"_s;
    Q_ASSERT(number <= 999'999'999);
    static const Noun thousand{u"ألف"_s, u"ألفان"_s, u"آلاف"_s, u"ألفًا"_s};
    static const Noun million{u"مليون"_s, u"مليونان"_s, u"ملايين"_s, u"مليونًا"_s};
    const int millions = int(number / 1'000'000);
    const int thousands = int(number / 1000 % 1000);
    const int rest = int(number % 1000);
    QStringList parts;
    if (millions > 0)
        parts << arabicScale(millions, million);
    if (thousands > 0)
        parts << arabicScale(thousands, thousand);
    if (rest > 0)
        parts << arabicBelowThousand(rest);
    return parts.join(u" و"_s);
}

QString arabicAmountWords(qint64 cents)
{
    static const Noun dirham{u"درهم"_s, u"درهمان"_s, u"دراهم"_s, u"درهمًا"_s};
    static const Noun centime{u"سنتيم"_s, u"سنتيمان"_s, u"سنتيمات"_s, u"سنتيمًا"_s};
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const qint64 dirhams = magnitude / 100;
    const qint64 centimes = magnitude % 100;
    QStringList parts;
    if (dirhams > 0 || centimes == 0)
        parts << (dirhams == 0 ? u"صفر "_s + dirham.singular : counted(dirhams, dirham));
    if (centimes > 0)
        parts << counted(centimes, centime);
    const QString words = parts.join(u" و"_s);
    return cents < 0 ? u"ناقص "_s + words : words;
}

} // namespace lm::server
