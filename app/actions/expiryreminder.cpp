#include "actions/expiryreminder.h"

#include "actions/dailyschedule.h"
#include "cache/cachestore.h"
#include "core/clock.h"

#include <QLoggingCategory>

namespace InviteDesk {

namespace {

Q_LOGGING_CATEGORY(lcReminder, "invitedesk.reminder")

// A clock that jumps (a suspended laptop) is noticed within this.
constexpr std::chrono::minutes longestSleep{5};
// Nothing to tell yet: looked at again after this (or after the next sync).
constexpr std::chrono::hours lookAgain{1};

} // namespace

ExpiryReminder::ExpiryReminder(CacheStore &cache, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryReminder::reconsider);
    // The first start's cache is empty until its first sync.
    connect(&m_cache.syncState(), &SyncStateStore::lastSyncedChanged, this, [this] {
        if (m_looking)
            m_next = m_clock.now();
        reconsider();
    });
}

void ExpiryReminder::reconsider()
{
    const QDateTime now = m_clock.now();
    if (!m_next.isValid()) {
        const auto last = m_cache.account().lastDone(AccountStore::DailyTask::ExpiryReminder);
        m_next = last ? nextDailyRun(last.value(), now) : now;
    }
    if (now >= m_next)
        remind(now);
    wakeAt(m_timer, now, m_next, longestSleep);
}

void ExpiryReminder::remind(const QDateTime &now)
{
    const int days = m_cache.account().rules().expiringSoonDays;
    const auto count = m_cache.invitations().pendingSentExpiringBefore(now.addDays(days));
    if (!count || count.value() == 0) {
        // Unreadable (the window says why elsewhere), or nothing to tell yet: the day
        // counts only once it was told.
        if (!count)
            qCWarning(lcReminder).noquote() << count.error().message;
        m_looking = true;
        m_next = now.addSecs(std::chrono::seconds(count ? lookAgain : longestSleep).count());
        return;
    }
    QString error;
    if (!m_cache.account().saveLastDone(AccountStore::DailyTask::ExpiryReminder, now, &error))
        qCWarning(lcReminder).noquote() << error;
    m_looking = false;
    m_next = now.addDays(1);
    Q_EMIT expiringSoon(count.value(), days);
}

} // namespace InviteDesk
