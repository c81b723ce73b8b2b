#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace InviteDesk::Server {

// A token bucket per key (an access token, or a client address before sign-in):
// `burst` requests at once, refilled at `ratePerSecond`. Thread-safe.
class RateLimiter final
{
public:
    using Clock = std::chrono::steady_clock;

    // ratePerSecond <= 0 turns limiting off; burst <= 0 means one second's worth.
    RateLimiter(double ratePerSecond, int burst);

    bool enabled() const { return m_rate > 0; }
    // 0 when the request may go ahead, otherwise the whole seconds to wait (>= 1).
    int acquire(const std::string &key, Clock::time_point now = Clock::now());

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };

    double m_rate;
    double m_burst;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace InviteDesk::Server
