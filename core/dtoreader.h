#pragma once

// The pieces every dto source file reads and writes JSON with (dto.cpp, dtoearnings.cpp): not part
// of the DTOs' interface.

#include "dto.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

namespace lm::dto::detail {

using namespace Qt::StringLiterals;

inline QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

inline QJsonValue nullableTime(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? QJsonValue(formatApiTime(*msSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

inline std::optional<CommissionType> commissionTypeFromString(const QString &text)
{
    for (const CommissionType type : {CommissionType::Percentage, CommissionType::Fixed}) {
        if (text == toString(type))
            return type;
    }
    return std::nullopt;
}

// Reads the fields of one object and remembers whether any was missing or of the wrong type, so
// each fromJson() reads every field in a row and decides once at the end.
class Reader
{
public:
    explicit Reader(const QJsonObject &json) : m_json(json) {}

    bool ok() const { return m_ok; }

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isString())
            return fail<QString>();
        return value.toString();
    }

    /// Absent or null reads as empty: the nullable fields, and free texts a writer may leave out.
    QString optionalString(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            return fail<QString>();
        return value.toString();
    }

    qint64 integer(QLatin1StringView key)
    {
        const auto value = readInteger(m_json.value(key));
        if (!value)
            return fail<qint64>();
        return *value;
    }

    std::optional<qint64> nullableInteger(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto number = readInteger(value);
        if (!number)
            return fail<std::optional<qint64>>();
        return number;
    }

    std::optional<bool> optionalBool(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool())
            return fail<std::optional<bool>>();
        return value.toBool();
    }

    /// A JSON number that may have decimals (ratios and averages, never money); null → none.
    std::optional<double> nullableRatio(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble())
            return fail<std::optional<double>>();
        return value.toDouble();
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isArray())
            return fail<QJsonArray>();
        return value.toArray();
    }

    /// A list of objects read with T::fromJson; one bad item fails the whole read.
    template<typename T>
    QList<T> objects(QLatin1StringView key)
    {
        QList<T> items;
        for (const QJsonValue &value : array(key)) {
            const auto item = T::fromJson(value.toObject());
            if (!value.isObject() || !item)
                return fail<QList<T>>();
            items.append(*item);
        }
        return items;
    }

    /// Absent or null reads as `fallback`; anything but a boolean fails.
    bool boolOr(QLatin1StringView key, bool fallback) { return optionalBool(key).value_or(fallback); }

    qint64 time(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        const auto ms = value.isString() ? parseApiTime(value.toString()) : std::nullopt;
        if (!ms)
            return fail<qint64>();
        return *ms;
    }

    std::optional<qint64> nullableTime(QLatin1StringView key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const auto ms = value.isString() ? parseApiTime(value.toString()) : std::nullopt;
        if (!ms)
            return fail<std::optional<qint64>>();
        return ms;
    }

    /// Absent or null reads as `fallback`; otherwise one of an enum's wire names.
    template<typename Enum>
    Enum optionalEnumeration(QLatin1StringView key, std::optional<Enum> (*fromString)(const QString &), Enum fallback)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        return enumeration(key, fromString);
    }

    /// A string that must be one of an enum's wire names.
    template<typename Enum>
    Enum enumeration(QLatin1StringView key, std::optional<Enum> (*fromString)(const QString &))
    {
        const QJsonValue value = m_json.value(key);
        const auto parsed = value.isString() ? fromString(value.toString()) : std::nullopt;
        if (!parsed)
            return fail<Enum>();
        return *parsed;
    }

private:
    // A JSON number that is a whole value: 12.5, 1e300 or "12" are not amounts or scores. The two
    // defaults differ only when toInteger() found no integer, so no floating-point value is used.
    static std::optional<qint64> readInteger(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const qint64 first = value.toInteger(0);
        if (first != value.toInteger(1))
            return std::nullopt;
        return first;
    }

    template<typename T>
    T fail()
    {
        m_ok = false;
        return T();
    }

    const QJsonObject &m_json;
    bool m_ok = true;
};

} // namespace lm::dto::detail
