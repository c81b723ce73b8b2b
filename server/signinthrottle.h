#pragma once

#include <QSqlDatabase>
#include <QString>

namespace InviteDesk {
class Clock;
}

namespace InviteDesk::Server {

class ServerDatabase;

// Slows password guessing against one account, from any number of addresses and
// across server instances (the count is kept in the database): after a few free
// failures for a name, each further one makes the next attempt wait twice as long,
// up to a short ceiling, so a stranger cannot keep the owner out for long. Attempts
// made while waiting are refused unchecked and do not add to the count. Names are
// counted whether or not the account exists, so the delay tells nobody which do.
class SignInThrottle final
{
public:
    static constexpr int freeFailures = 5;
    static constexpr int longestDelaySeconds = 30;
    static constexpr qint64 forgetAfterMsecs = 15 * 60 * 1000;

    SignInThrottle(ServerDatabase &database, const Clock &clock);

    // The whole seconds `username` must still wait before its password is checked; 0 if none.
    int secondsToWait(const QString &username);
    void recordFailure(const QString &username);
    // After a successful sign-in, inside its transaction.
    static void forget(const QSqlDatabase &db, const QString &username);

    // The wait after `failures` failures in a row.
    static int delaySeconds(int failures);

private:
    ServerDatabase &m_database;
    const Clock &m_clock;
};

} // namespace InviteDesk::Server
