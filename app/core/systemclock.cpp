#include "core/systemclock.h"

namespace InviteDesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace InviteDesk
