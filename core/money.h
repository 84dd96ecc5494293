#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace lm {

/// An amount of Moroccan dirhams held as integer centimes; never a floating-point value.
class Money final
{
public:
    /// Largest amount the API accepts (API.md: amounts ≤ 99,999,999 centimes).
    static constexpr qint64 MaxApiCents = 99'999'999;

    constexpr Money() = default;
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    /// Whole dirhams, e.g. fromMad(800) == 80,000 centimes.
    static constexpr Money fromMad(qint64 mad) { return Money(mad * 100); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isZero() const { return m_cents == 0; }

    /// Parses what a person types in `locale` ("1.500,00", "1 500", "1500.5", "1500 dhs", "MAD 80").
    /// Accepts the locale's decimal and group separators and also '.' as a decimal point when the
    /// locale uses ','; at most two decimals; an optional currency label; a leading '-' is refused
    /// unless `allowNegative`. Returns nullopt for anything else, including overflow.
    static std::optional<Money> parse(const QString &text, const QLocale &locale = defaultLocale(),
                                      bool allowNegative = false);

    /// Formats with two decimals and grouping in `locale`, followed by the currency label when
    /// `withCurrency`: "1.500,00 dhs" (fr_MA), "1.500,00 د.م." (ar_MA), "1,500.00 MAD" (en_US).
    QString format(const QLocale &locale = defaultLocale(), bool withCurrency = true) const;
    /// Like format() but drops ",00" for whole amounts ("5.000 dhs"), for messages and labels.
    QString formatShort(const QLocale &locale = defaultLocale(), bool withCurrency = true) const;
    /// Signed form for ledgers: "+2.000,00 dhs", "-80,00 dhs".
    QString formatSigned(const QLocale &locale = defaultLocale(), bool withCurrency = true) const;

    /// The currency label a locale uses: "dhs" for French, "د.م." for Arabic, "MAD" otherwise.
    static QString currencyLabel(const QLocale &locale);
    /// fr_MA, the product's default locale.
    static QLocale defaultLocale();

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money &operator+=(Money o) { m_cents += o.m_cents; return *this; }
    constexpr Money &operator-=(Money o) { m_cents -= o.m_cents; return *this; }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    qint64 m_cents = 0;
};

/// `value × bp / 10000` rounded half-up (away from zero) to the centime; exact on integers.
qint64 applyBasisPoints(qint64 cents, qint64 basisPoints);

} // namespace lm
