#include "server/accountstore.h"

#include "core/clock.h"
#include "server/databaseerror.h"
#include "server/ids.h"
#include "server/passwordhasher.h"
#include "server/randombytes.h"
#include "server/serverdatabase.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

constexpr int minimumPasswordLength = 8;

QByteArray tokenHash(QStringView token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

AccountStore::AccountStore(ServerDatabase &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_throttle(database, clock)
{
}

bool AccountStore::isValidUsername(QStringView username)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return shape.match(username.toString()).hasMatch();
}

std::optional<Person> AccountStore::addUser(const QString &username, const QString &password, Person profile,
                                            QString *error)
{
    if (!isValidUsername(username)) {
        *error = u"user names are 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"_s;
        return std::nullopt;
    }
    if (password.size() < minimumPasswordLength) {
        *error = u"the password must have at least %1 characters"_s.arg(minimumPasswordLength);
        return std::nullopt;
    }
    const PasswordHash hashed = PasswordHasher::hash(password);

    WriteTransaction transaction(m_database);
    Statement taken = prepareQuery(transaction.db(), u"SELECT 1 FROM accounts WHERE lower(username) = lower(?)"_s);
    taken.addBindValue(username);
    execQuery(taken);
    if (taken.next()) {
        *error = u"a user named \"%1\" already exists"_s.arg(username);
        return std::nullopt;
    }

    if (profile.id.isEmpty())
        profile.id = newId(u"per", *QRandomGenerator::system());
    if (profile.name.isEmpty())
        profile.name = username;
    Statement person = prepareQuery(transaction.db(),
        u"INSERT INTO people(id, name, headline, company, location)"
        " VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"_s);
    person.addBindValue(profile.id);
    person.addBindValue(profile.name);
    person.addBindValue(profile.headline);
    person.addBindValue(profile.company);
    person.addBindValue(profile.location);
    execQuery(person);

    Statement account = prepareQuery(transaction.db(),
        u"INSERT INTO accounts(person_id, username, password_salt, password_hash, password_iterations, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s);
    account.addBindValue(profile.id);
    account.addBindValue(username);
    account.addBindValue(hashed.salt);
    account.addBindValue(hashed.hash);
    account.addBindValue(hashed.iterations);
    account.addBindValue(m_clock.now().toMSecsSinceEpoch());
    execQuery(account);
    transaction.commit();
    return profile;
}

AccountStore::SignIn AccountStore::signIn(const QString &username, const QString &password)
{
    // A name of another shape names no account and is not worth a row.
    const bool counted = isValidUsername(username);
    if (counted) {
        if (const int wait = m_throttle.secondsToWait(username))
            return SignIn{std::nullopt, wait};
    }

    struct Account
    {
        QString personId;
        PasswordHash stored;
    };
    const auto account = m_database.run([&]() -> std::optional<Account> {
        Statement query = prepareQuery(m_database.connection(),
            u"SELECT person_id, password_salt, password_hash, password_iterations FROM accounts"
            " WHERE lower(username) = lower(?)"_s);
        query.addBindValue(username);
        execQuery(query);
        if (!query.next())
            return std::nullopt;
        return Account{query.value(0).toString(),
                       {query.value(1).toByteArray(), query.value(2).toByteArray(), query.value(3).toInt()}};
    });
    // The derivation (~0.1 s of CPU) runs outside the database's pool.
    if (!account) {
        // The same single derivation as for a real account, so the time taken does
        // not reveal which names exist.
        static const PasswordHash decoy = PasswordHasher::hash(u"no such account"_s);
        PasswordHasher::verify(password, decoy);
    }
    if (!account || !PasswordHasher::verify(password, account->stored)) {
        if (counted)
            m_throttle.recordFailure(username);
        return {};
    }

    const QByteArray secret = randomBytes(32);
    const QString token = u"idt_"_s
        + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = m_clock.now();

    m_database.run([&] {
        WriteTransaction transaction(m_database);
        // Expired tokens are useless; dropping them here keeps the table small.
        Statement purge = prepareQuery(transaction.db(), u"DELETE FROM tokens WHERE expires_at <= ?"_s);
        purge.addBindValue(now.toMSecsSinceEpoch());
        execQuery(purge);
        Statement insert = prepareQuery(transaction.db(),
                                        u"INSERT INTO tokens(token_hash, person_id, expires_at) VALUES (?, ?, ?)"_s);
        insert.addBindValue(tokenHash(token));
        insert.addBindValue(account->personId);
        insert.addBindValue(now.addSecs(tokenLifetimeSeconds).toMSecsSinceEpoch());
        execQuery(insert);
        SignInThrottle::forget(transaction.db(), username);
        transaction.commit();
    });
    return SignIn{IssuedToken{token, tokenLifetimeSeconds}};
}

bool AccountStore::revoke(QStringView accessToken)
{
    if (!authenticate(accessToken))
        return false;
    const QByteArray hash = tokenHash(accessToken);
    m_recentTokens.erase(hash.toStdString());
    WriteTransaction transaction(m_database);
    Statement remove = prepareQuery(transaction.db(), u"DELETE FROM tokens WHERE token_hash = ?"_s);
    remove.addBindValue(hash);
    execQuery(remove);
    transaction.commit();
    return true;
}

std::optional<QString> AccountStore::authenticate(QStringView accessToken)
{
    if (accessToken.isEmpty() || accessToken.size() > 200)
        return std::nullopt;
    const QByteArray hash = tokenHash(accessToken);
    const std::string key = hash.toStdString();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto known = m_recentTokens.find(key, now))
        return known;
    Statement query = prepareQuery(m_database.connection(),
                                   u"SELECT person_id, expires_at FROM tokens WHERE token_hash = ? AND expires_at > ?"_s);
    query.addBindValue(hash);
    query.addBindValue(now);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    const QString personId = query.value(0).toString();
    m_recentTokens.insert(key, personId, query.value(1).toLongLong());
    return personId;
}

} // namespace InviteDesk::Server
