#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace InviteDesk {

// Exponential backoff with jitter: attempt n waits between half and all of
// base * 2^n (capped), so many clients that failed together do not come back together.
// A server's Retry-After is a floor, never shortened.
struct RetryPolicy
{
    std::chrono::milliseconds base{1000};
    std::chrono::milliseconds cap{std::chrono::minutes(5)};

    std::chrono::milliseconds delay(int attempt, std::optional<std::chrono::seconds> retryAfter,
                                    QRandomGenerator &random) const;
};

} // namespace InviteDesk
