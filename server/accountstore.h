#pragma once

#include "core/person.h"
#include "server/signinthrottle.h"
#include "server/tokencache.h"

#include <QString>

#include <optional>

namespace InviteDesk {
class Clock;
}

namespace InviteDesk::Server {

class ServerDatabase;

// Accounts (a person who can sign in) and their bearer tokens. Passwords are kept
// as PBKDF2 hashes, tokens only as SHA-256 hashes: a copy of the database file
// gives neither.
class AccountStore final
{
public:
    static constexpr qint64 tokenLifetimeSeconds = 7 * 24 * 3600;

    struct IssuedToken
    {
        QString accessToken;
        qint64 expiresIn = 0;
    };

    AccountStore(ServerDatabase &database, const Clock &clock);
    Q_DISABLE_COPY_MOVE(AccountStore)

    // Creates the person and the account in one transaction. Returns the person, or
    // nullopt with a one-line reason (bad name, short password, name taken).
    std::optional<Person> addUser(const QString &username, const QString &password, Person profile,
                                  QString *error);

    struct SignIn
    {
        std::optional<IssuedToken> token; // none: wrong name or password, or refused unchecked
        int retryAfterSeconds = 0;        // > 0: refused unchecked, too many recent failures (SignInThrottle)
    };
    SignIn signIn(const QString &username, const QString &password);
    // Signs the token out: it is refused from now on. False if it was not a valid one.
    bool revoke(QStringView accessToken);
    // The person id the token belongs to, if it is known and not expired. Tokens seen
    // in the last few seconds are answered from memory (see TokenCache).
    std::optional<QString> authenticate(QStringView accessToken);

    static bool isValidUsername(QStringView username);

private:
    ServerDatabase &m_database;
    const Clock &m_clock;
    SignInThrottle m_throttle;
    TokenCache m_recentTokens{std::chrono::seconds(2)};
};

} // namespace InviteDesk::Server
