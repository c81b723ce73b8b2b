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
    // A server that answers with an error this many times in a row for one action is
    // not going to do it: the action ends as failed (network errors and rate limits
    // never count; they wait as long as it takes).
    int maxServerErrorAttempts = 5;

    std::chrono::milliseconds delay(int attempt, std::optional<std::chrono::seconds> retryAfter,
                                    QRandomGenerator &random) const;
};

} // namespace InviteDesk
