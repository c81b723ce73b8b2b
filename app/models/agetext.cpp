#include "models/agetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace InviteDesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::AgeText)
};

int whole(qint64 count)
{
    return static_cast<int>(count);
}

} // namespace

QString describeAge(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return Text::tr("just now");
    if (seconds < 3600)
        return Text::tr("%Ln minute(s) ago", nullptr, whole(seconds / 60));
    if (seconds < 86400)
        return Text::tr("%Ln hour(s) ago", nullptr, whole(seconds / 3600));
    const qint64 days = seconds / 86400;
    if (days == 1)
        return Text::tr("yesterday");
    if (days < 14)
        return Text::tr("%Ln day(s) ago", nullptr, whole(days));
    if (days < 60)
        return Text::tr("%Ln week(s) ago", nullptr, whole(days / 7));
    if (days < 365)
        return Text::tr("%Ln month(s) ago", nullptr, whole(days / 30));
    return Text::tr("%Ln year(s) ago", nullptr, whole(days / 365));
}

QString describeExactTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace InviteDesk
