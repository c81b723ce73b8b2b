#include "server/signinthrottle.h"

#include "core/clock.h"
#include "server/serverdatabase.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

SignInThrottle::SignInThrottle(ServerDatabase &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

int SignInThrottle::delaySeconds(int failures)
{
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 5);
    return std::min(1 << doublings, longestDelaySeconds);
}

int SignInThrottle::secondsToWait(const QString &username)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    return m_database.run([&] {
        Statement query = prepareQuery(m_database.connection(),
            u"SELECT failures, last_failed_at FROM signin_failures WHERE name = ?"_s);
        query.addBindValue(username.toLower());
        execQuery(query);
        if (!query.next())
            return 0;
        const qint64 since = now - query.value(1).toLongLong();
        if (since >= forgetAfterMsecs)
            return 0;
        const qint64 waitMsecs = qint64(delaySeconds(query.value(0).toInt())) * 1000 - since;
        return waitMsecs > 0 ? int((waitMsecs + 999) / 1000) : 0;
    });
}

void SignInThrottle::recordFailure(const QString &username)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_database.run([&] {
        WriteTransaction transaction(m_database);
        Statement purge = prepareQuery(transaction.db(), u"DELETE FROM signin_failures WHERE last_failed_at <= ?"_s);
        purge.addBindValue(now - forgetAfterMsecs);
        execQuery(purge);
        // The purge above has already restarted the count of a name quiet for long enough.
        Statement count = prepareQuery(transaction.db(),
            u"INSERT INTO signin_failures(name, failures, last_failed_at) VALUES (?, 1, ?)"
            " ON CONFLICT (name) DO UPDATE SET failures = signin_failures.failures + 1,"
            " last_failed_at = excluded.last_failed_at"_s);
        count.addBindValue(username.toLower());
        count.addBindValue(now);
        execQuery(count);
        transaction.commit();
    });
}

void SignInThrottle::forget(const QSqlDatabase &db, const QString &username)
{
    Statement forget = prepareQuery(db, u"DELETE FROM signin_failures WHERE name = ?"_s);
    forget.addBindValue(username.toLower());
    execQuery(forget);
}

} // namespace InviteDesk::Server
