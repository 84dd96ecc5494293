#include "timeutil.h"

#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

namespace lm {

QString formatApiTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString formatApiTime(const QDateTime &time)
{
    // An invalid time has no instant to write; an empty string makes that visible instead of 1970.
    if (!time.isValid())
        return {};
    return formatApiTime(time.toMSecsSinceEpoch());
}

std::optional<qint64> parseApiTime(const QString &text)
{
    // Parsed by hand rather than with QDateTime::fromString(Qt::ISODate), which also takes a date
    // alone or a time without zone (read as local time): the API only carries instants.
    // [0-9] rather than \d: QRegularExpression matches any Unicode digit with \d.
    static const QRegularExpression pattern(
        u"^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,9}))?"
        u"(?:(Z)|([+-])([0-9]{2}):?([0-9]{2}))$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };

    // Below the millisecond the API keeps nothing: further digits are cut, "5" means 500 ms.
    const QString fraction = QString(match.captured(7) + u"00"_s).left(3);
    const QDate date(number(1), number(2), number(3));
    const QTime time(number(4), number(5), number(6), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    qint64 offsetMinutes = 0;
    if (!match.hasCaptured(8)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMinutes = (hours * 60 + minutes) * (match.capturedView(9) == u"-" ? -1 : 1);
    }
    // The written time is UTC + offset, so the instant is that time minus the offset.
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetMinutes * 60'000;
}

} // namespace lm
