#pragma once

#include "actions/actionresult.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace InviteDesk {

class AppSettings;
class CacheStore;
class Clock;
class InvitationActions;

// Withdraws stale sent invitations by itself while the app runs, when the user turned it
// on: at the first start after local midnight, then every 24 hours, the oldest pending
// ones past the preferences' age (over the whole cache), up to the daily cap. Each batch
// is announced an hour ahead so the user can review or skip it, then goes through the
// same bulk run as a withdrawal the user starts (progress, undo, Retry failed, the
// outbox's rate limit). The day's run is recorded in the cache before the batch is
// queued: a crash in between skips a day rather than withdraw twice.
class AutoWithdrawal final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::hours notice{1};
    static constexpr std::chrono::hours period{24};

    struct Announcement
    {
        QStringList invitationIds;
        QDateTime runAt;
    };

    AutoWithdrawal(CacheStore &cache, InvitationActions &actions, AppSettings &settings, const Clock &clock,
                   QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AutoWithdrawal)

    // Looks at the clock and the preferences, and announces, runs or stops what is due.
    // Its own timer calls it; call it at start and when the preferences change.
    void reconsider();
    const std::optional<Announcement> &announcement() const { return m_announcement; }
    // Drops the announced batch; the next one comes a day after this one would have gone.
    void skipToday();
    // Sends the announced batch at once (the user reviewed it).
    ActionResult runNow();

Q_SIGNALS:
    void announced(int count, const QDateTime &runAt);
    // The announced batch is gone: run, skipped, or the preference turned off.
    void announcementEnded();
    // The day's batch was queued (ActionQueued) or could not be (why).
    void ran(const ActionResult &result);

private:
    void announce(const QDateTime &now);
    ActionResult run();
    // Turned off: no announcement, and what the day's run has not sent stays pending.
    void stop();
    void endAnnouncement();
    void scheduleNext(const QDateTime &now);

    CacheStore &m_cache;
    InvitationActions &m_actions;
    AppSettings &m_settings;
    const Clock &m_clock;
    QTimer m_timer;
    // When the next batch is announced; invalid until reconsider() reads the last run.
    QDateTime m_nextAnnouncement;
    std::optional<Announcement> m_announcement;
    // Today's look found nothing stale: the next sync looks again at once.
    bool m_lookingForStale = false;
    // The bulk run follows a batch of ours (turning the preference off cancels it).
    bool m_runOwned = false;
};

} // namespace InviteDesk
