#include "actions/autowithdrawal.h"

#include "actions/dailyschedule.h"
#include "actions/invitationactions.h"
#include "cache/cachestore.h"
#include "core/clock.h"
#include "session/appsettings.h"

namespace InviteDesk {

namespace {

// A clock that jumps (a suspended laptop, a changed time zone) is noticed within this.
constexpr std::chrono::minutes longestSleep{1};
// After the cache could not be read or a bulk run of the user's is still going.
constexpr std::chrono::minutes retryAfter{5};

} // namespace

AutoWithdrawal::AutoWithdrawal(CacheStore &cache, InvitationActions &actions, AppSettings &settings,
                               const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_actions(actions), m_settings(settings), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoWithdrawal::reconsider);
    connect(&m_actions.bulkRun(), &BulkRunModel::finished, this, [this] { m_runOwned = false; });
    // A sync may bring the invitations that are due (the first start's cache is empty).
    connect(&m_cache.syncState(), &SyncStateStore::lastSyncedChanged, this, [this] {
        if (m_lookingForStale)
            m_nextAnnouncement = m_clock.now();
        reconsider();
    });
}

void AutoWithdrawal::reconsider()
{
    if (!m_settings.autoWithdrawal().enabled) {
        stop();
        return;
    }
    const QDateTime now = m_clock.now();
    if (!m_nextAnnouncement.isValid()) {
        const auto last = m_cache.account().lastDone(AccountStore::DailyTask::AutoWithdrawal);
        if (!last) {
            Q_EMIT ran(ActionRefused{last.error().message});
            m_nextAnnouncement = now.addSecs(std::chrono::seconds(retryAfter).count());
        } else {
            m_nextAnnouncement = nextDailyRun(last.value(), now, notice);
        }
    }
    if (!m_announcement && now >= m_nextAnnouncement)
        announce(now);
    if (m_announcement && now >= m_announcement->runAt)
        run();
    scheduleNext(now);
}

void AutoWithdrawal::announce(const QDateTime &now)
{
    const auto preferences = m_settings.autoWithdrawal();
    // SQLite reads a negative LIMIT as none.
    const int limit = preferences.capped ? preferences.cap : -1;
    const auto stale = m_cache.invitations().oldestPendingSent(now.addDays(-preferences.days), limit);
    if (!stale) {
        Q_EMIT ran(ActionRefused{stale.error().message});
        m_nextAnnouncement = now.addSecs(std::chrono::seconds(retryAfter).count());
        return;
    }
    if (stale.value().isEmpty()) {
        // Nothing stale yet (or the cache not synced yet): the day's run is still to come;
        // look again after the next sync, or in an hour.
        m_lookingForStale = true;
        m_nextAnnouncement = now.addSecs(std::chrono::seconds(notice).count());
        return;
    }
    m_lookingForStale = false;
    m_announcement = Announcement{stale.value(), now.addSecs(std::chrono::seconds(notice).count())};
    Q_EMIT announced(static_cast<int>(stale.value().size()), m_announcement->runAt);
}

ActionResult AutoWithdrawal::runNow()
{
    if (!m_announcement)
        return NothingToDo{};
    const auto result = run();
    scheduleNext(m_clock.now());
    return result;
}

ActionResult AutoWithdrawal::run()
{
    const QDateTime now = m_clock.now();
    if (auto going = m_actions.bulkRunGoing()) {
        // The user's own bulk run goes first; ours waits for it.
        m_announcement->runAt = now.addSecs(std::chrono::seconds(longestSleep).count());
        return *going;
    }
    const QStringList ids = m_announcement->invitationIds;
    // Recorded first: a crash after this skips today's run, it never sends it twice.
    QString error;
    if (!m_cache.account().saveLastDone(AccountStore::DailyTask::AutoWithdrawal, now, &error)) {
        m_announcement->runAt = now.addSecs(std::chrono::seconds(retryAfter).count());
        const ActionResult refused = ActionRefused{error};
        Q_EMIT ran(refused);
        return refused;
    }
    m_nextAnnouncement = now.addSecs(std::chrono::seconds(period - notice).count());
    endAnnouncement();
    const ActionResult result = m_actions.withdrawInBulk(ids);
    m_runOwned = std::holds_alternative<ActionQueued>(result);
    Q_EMIT ran(result);
    return result;
}

void AutoWithdrawal::skipToday()
{
    if (!m_announcement)
        return;
    const QDateTime runAt = m_announcement->runAt;
    QString error;
    if (!m_cache.account().saveLastDone(AccountStore::DailyTask::AutoWithdrawal, runAt, &error))
        Q_EMIT ran(ActionRefused{error});
    m_nextAnnouncement = runAt.addSecs(std::chrono::seconds(period - notice).count());
    endAnnouncement();
    scheduleNext(m_clock.now());
}

void AutoWithdrawal::stop()
{
    m_timer.stop();
    m_lookingForStale = false;
    m_nextAnnouncement = {};
    endAnnouncement();
    if (m_runOwned && m_actions.bulkRun().isRunning())
        Q_EMIT ran(m_actions.cancelBulk());
    m_runOwned = false;
}

void AutoWithdrawal::endAnnouncement()
{
    if (!m_announcement)
        return;
    m_announcement.reset();
    Q_EMIT announcementEnded();
}

void AutoWithdrawal::scheduleNext(const QDateTime &now)
{
    const QDateTime next = m_announcement ? m_announcement->runAt : m_nextAnnouncement;
    wakeAt(m_timer, now, next, longestSleep);
}

} // namespace InviteDesk
