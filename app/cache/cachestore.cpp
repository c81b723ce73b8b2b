#include "cache/cachestore.h"

#include "cache/cacherecovery.h"
#include "core/clock.h"

namespace InviteDesk {

std::unique_ptr<CacheStore> CacheStore::open(const QString &path, const Clock &clock, QString *error)
{
    auto db = CacheDatabase::open(path, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<CacheStore>(new CacheStore(std::move(db), clock));
}

std::unique_ptr<CacheStore> CacheStore::openOrRecover(const QString &path, const Clock &clock, QString *error,
                                                      QString *notice)
{
    if (auto store = open(path, clock, error))
        return store;
    const auto why = CacheRecovery::damage(path);
    if (!why)
        return nullptr; // not the file: a folder that cannot be written, a full disk…
    const auto aside = CacheRecovery::setAside(path, *why, clock.now(), error);
    if (!aside)
        return nullptr;
    *notice = aside->sentence;
    return open(path, clock, error);
}

CacheStore::CacheStore(std::unique_ptr<CacheDatabase> db, const Clock &clock)
    : m_db(std::move(db)), m_account(*m_db, clock), m_invitations(*m_db, m_account, clock),
      m_syncState(*m_db, m_invitations), m_outbox(*m_db, m_invitations, m_account, m_syncState, clock)
{
    // Best effort: a cache that cannot be written says so at the first action.
    QString error;
    m_outbox.pruneFinished(&error);
    if (const auto version = m_db->dataVersion())
        m_dataVersion = version.value();
}

bool CacheStore::refreshIfChangedElsewhere()
{
    const auto version = m_db->dataVersion();
    // An unreadable cache says so at the next read that matters.
    if (!version || version.value() == m_dataVersion)
        return false;
    m_dataVersion = version.value();
    m_account.reloadAfterChangeElsewhere();
    Q_EMIT m_invitations.changedElsewhere();
    Q_EMIT m_syncState.lastSyncedChanged();
    Q_EMIT m_outbox.outboxChanged();
    return true;
}

CacheStore::~CacheStore() = default;

} // namespace InviteDesk
