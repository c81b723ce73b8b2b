#pragma once

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace InviteDesk {

// When a task the app does once a day is next due, seen at start: at once if it was never
// done or last done before today's local midnight (the first start after midnight), else
// a day after it was last done, `lead` earlier for a task announced that much ahead.
inline QDateTime nextDailyRun(const QDateTime &lastDone, const QDateTime &now, std::chrono::seconds lead = {})
{
    if (!lastDone.isValid() || lastDone.toLocalTime().date() < now.toLocalTime().date())
        return now;
    return lastDone.addSecs((std::chrono::seconds(std::chrono::hours(24)) - lead).count());
}

// Wakes `timer` at `due`, or after `longestSleep` if that comes first: a clock that jumps
// (a suspended laptop, a changed time zone) is noticed within it.
inline void wakeAt(QTimer &timer, const QDateTime &now, const QDateTime &due, std::chrono::milliseconds longestSleep)
{
    const auto until = std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(due)));
    timer.start(std::min(until, longestSleep));
}

} // namespace InviteDesk
