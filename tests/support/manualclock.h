#pragma once

#include "core/clock.h"

#include <atomic>

namespace InviteDesk::Test {

// A clock that only moves when a test moves it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC))
        : m_msecs(start.toMSecsSinceEpoch())
    {
    }

    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC); }
    void set(const QDateTime &time) { m_msecs = time.toMSecsSinceEpoch(); }
    void advanceDays(double days) { m_msecs += static_cast<qint64>(days * 24 * 3600 * 1000); }
    void advanceSeconds(qint64 seconds) { m_msecs += seconds * 1000; }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace InviteDesk::Test
