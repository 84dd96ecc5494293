#include "timeutil.h"

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

namespace {

/// Reads `count` ASCII digits at `pos` (advancing it); -1 when they are not all there.
int digits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos].unicode() != c)
        return false;
    ++pos;
    return true;
}

} // namespace

std::optional<qint64> parseApiTime(const QString &text)
{
    // Parsed by hand rather than with QDateTime::fromString(Qt::ISODate), which also takes a date
    // alone or a time without zone (read as local time): the API only carries instants. Only ASCII
    // digits count (QChar::isDigit would take Arabic-Indic ones). The client parses every cached
    // lead's times at start-up, so this stays a single pass without allocation.
    //   YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|(+|-)HH[:]MM)
    const QStringView view(text);
    qsizetype pos = 0;
    const int year = digits(view, pos, 4);
    if (year < 0 || !expect(view, pos, u'-'))
        return std::nullopt;
    const int month = digits(view, pos, 2);
    if (month < 0 || !expect(view, pos, u'-'))
        return std::nullopt;
    const int day = digits(view, pos, 2);
    if (day < 0 || !expect(view, pos, u'T'))
        return std::nullopt;
    const int hour = digits(view, pos, 2);
    if (hour < 0 || !expect(view, pos, u':'))
        return std::nullopt;
    const int minute = digits(view, pos, 2);
    if (minute < 0 || !expect(view, pos, u':'))
        return std::nullopt;
    const int second = digits(view, pos, 2);
    if (second < 0)
        return std::nullopt;

    // Below the millisecond the API keeps nothing: further digits are cut, "5" means 500 ms.
    int millisecond = 0;
    if (expect(view, pos, u'.')) {
        int count = 0;
        while (pos < view.size() && view[pos].unicode() >= u'0' && view[pos].unicode() <= u'9') {
            if (count < 3)
                millisecond = millisecond * 10 + (view[pos].unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0 || count > 9)
            return std::nullopt;
        for (int i = count; i < 3; ++i)
            millisecond *= 10;
    }

    qint64 offsetMinutes = 0;
    if (!expect(view, pos, u'Z')) {
        int sign = 0;
        if (expect(view, pos, u'+'))
            sign = 1;
        else if (expect(view, pos, u'-'))
            sign = -1;
        else
            return std::nullopt;
        const int hours = digits(view, pos, 2);
        expect(view, pos, u':');
        const int minutes = digits(view, pos, 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMinutes = sign * (hours * 60 + minutes);
    }
    if (pos != view.size())
        return std::nullopt;

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // The written time is UTC + offset, so the instant is that time minus the offset.
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return days * 86'400'000 + time.msecsSinceStartOfDay() - offsetMinutes * 60'000;
}

} // namespace lm
