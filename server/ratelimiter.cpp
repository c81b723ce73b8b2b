#include "server/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace InviteDesk::Server {

namespace {
// Past this many keys, buckets that have refilled completely are dropped: they hold
// no information, and keeping them would let random keys grow memory without bound.
constexpr std::size_t pruneThreshold = 10'000;
} // namespace

RateLimiter::RateLimiter(double ratePerSecond, int burst)
    : m_rate(ratePerSecond)
    , m_burst(burst > 0 ? burst : std::max(1.0, std::ceil(ratePerSecond)))
{
}

int RateLimiter::acquire(const std::string &key, Clock::time_point now)
{
    if (!enabled())
        return 0;
    std::lock_guard lock(m_mutex);
    const auto refill = [this, now](Bucket &bucket) {
        const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
        bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_rate);
        bucket.updated = now;
    };

    if (m_buckets.size() > pruneThreshold) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            refill(it->second);
            it = it->second.tokens >= m_burst ? m_buckets.erase(it) : std::next(it);
        }
    }

    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_burst, now});
    Bucket &bucket = it->second;
    if (!inserted)
        refill(bucket);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / m_rate)));
}

} // namespace InviteDesk::Server
