#pragma once

#include <QString>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace InviteDesk::Server {

// Access tokens recently found in the database, so a client's every request does not
// cost a lookup (a round trip to PostgreSQL). An entry is believed for `ttl` of real
// time and then looked up again; its expiry is checked on every use. Thread-safe.
class TokenCache final
{
public:
    using SteadyClock = std::chrono::steady_clock;

    explicit TokenCache(std::chrono::milliseconds ttl, std::size_t capacity = 50000);

    // The person of `tokenHash` if cached, fresh and not expired at `nowMsecs`.
    std::optional<QString> find(const std::string &tokenHash, qint64 nowMsecs, SteadyClock::time_point now = SteadyClock::now());
    void insert(const std::string &tokenHash, const QString &personId, qint64 expiresAtMsecs,
                SteadyClock::time_point now = SteadyClock::now());
    // A revoked token; other instances' caches forget it within their `ttl`.
    void erase(const std::string &tokenHash);

private:
    struct Entry
    {
        QString personId;
        qint64 expiresAt = 0;
        SteadyClock::time_point checkedAt;
    };

    std::chrono::milliseconds m_ttl;
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace InviteDesk::Server
