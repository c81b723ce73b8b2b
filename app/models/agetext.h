#pragma once

#include <QDateTime>
#include <QString>

namespace InviteDesk {

// "just now", "5 minutes ago", "yesterday", "3 weeks ago", "7 months ago": how long ago
// something happened, in the words the network itself uses.
QString describeAge(const QDateTime &then, const QDateTime &now);

// The exact local date and time, for tooltips.
QString describeExactTime(const QDateTime &time);

} // namespace InviteDesk
