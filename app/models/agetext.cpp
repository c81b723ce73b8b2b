#include "models/agetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

QString unitsAgo(qint64 count, const QString &unit)
{
    return count == 1 ? u"1 %1 ago"_s.arg(unit) : u"%1 %2s ago"_s.arg(count).arg(unit);
}

} // namespace

QString describeAge(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return u"just now"_s;
    if (seconds < 3600)
        return unitsAgo(seconds / 60, u"minute"_s);
    if (seconds < 86400)
        return unitsAgo(seconds / 3600, u"hour"_s);
    const qint64 days = seconds / 86400;
    if (days == 1)
        return u"yesterday"_s;
    if (days < 14)
        return unitsAgo(days, u"day"_s);
    if (days < 60)
        return unitsAgo(days / 7, u"week"_s);
    if (days < 365)
        return unitsAgo(days / 30, u"month"_s);
    return unitsAgo(days / 365, u"year"_s);
}

QString describeExactTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace InviteDesk
