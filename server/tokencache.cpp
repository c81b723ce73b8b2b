#include "server/tokencache.h"

namespace InviteDesk::Server {

TokenCache::TokenCache(std::chrono::milliseconds ttl, std::size_t capacity)
    : m_ttl(ttl)
    , m_capacity(capacity)
{
}

std::optional<QString> TokenCache::find(const std::string &tokenHash, qint64 nowMsecs, SteadyClock::time_point now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(tokenHash);
    if (it == m_entries.end())
        return std::nullopt;
    if (now - it->second.checkedAt > m_ttl || it->second.expiresAt <= nowMsecs) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->second.personId;
}

void TokenCache::insert(const std::string &tokenHash, const QString &personId, qint64 expiresAtMsecs,
                        SteadyClock::time_point now)
{
    std::lock_guard lock(m_mutex);
    // Bounded without bookkeeping: a full cache starts over.
    if (m_entries.size() >= m_capacity)
        m_entries.clear();
    m_entries.insert_or_assign(tokenHash, Entry{personId, expiresAtMsecs, now});
}

void TokenCache::erase(const std::string &tokenHash)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(tokenHash);
}

} // namespace InviteDesk::Server
