#pragma once

#include <QDateTime>

namespace InviteDesk {

// The source of "now" for every rule that depends on time, so tests can cover
// 21 and 180 days without waiting. Implementations must be thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always in UTC.
    virtual QDateTime now() const = 0;
};

} // namespace InviteDesk
