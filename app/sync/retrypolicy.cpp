#include "sync/retrypolicy.h"

#include <algorithm>

namespace InviteDesk {

std::chrono::milliseconds RetryPolicy::delay(int attempt, std::optional<std::chrono::seconds> retryAfter,
                                             QRandomGenerator &random) const
{
    const int doublings = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min<qint64>(cap.count(), base.count() << std::min(doublings, 20));
    const qint64 jittered = ceiling / 2 + static_cast<qint64>(random.bounded(static_cast<double>(ceiling / 2 + 1)));
    std::chrono::milliseconds wait{std::min<qint64>(jittered, cap.count())};
    if (retryAfter)
        wait = std::max<std::chrono::milliseconds>(wait, *retryAfter);
    return wait;
}

} // namespace InviteDesk
