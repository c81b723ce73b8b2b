#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace InviteDesk {

class CacheStore;
class Clock;

// Once a day — at the first start after local midnight, then every 24 hours while the app
// runs — tells how many pending sent invitations expire within the server's "expiring
// soon" days, when there are any. The day it last told is kept in the cache: a restart
// the same day stays quiet.
class ExpiryReminder final : public QObject
{
    Q_OBJECT
public:
    ExpiryReminder(CacheStore &cache, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExpiryReminder)

    // Its own timer calls it; call it at start.
    void reconsider();

Q_SIGNALS:
    void expiringSoon(int count, int withinDays);

private:
    void remind(const QDateTime &now);

    CacheStore &m_cache;
    const Clock &m_clock;
    QTimer m_timer;
    // When it looks next; invalid until reconsider() reads when it last told.
    QDateTime m_next;
    // Today's look found nothing to tell: the next sync looks again at once.
    bool m_looking = false;
};

} // namespace InviteDesk
