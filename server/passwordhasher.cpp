#include "server/passwordhasher.h"

#include "server/randombytes.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>

namespace InviteDesk::Server {

namespace {

constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              hashBytes);
}

} // namespace

PasswordHash PasswordHasher::hash(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(saltBytes);
    return {salt, derive(password, salt, iterations), iterations};
}

bool PasswordHasher::verify(const QString &password, const PasswordHash &stored)
{
    const QByteArray candidate = derive(password, stored.salt, stored.iterations);
    if (candidate.size() != stored.hash.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ stored.hash[i]);
    return difference == 0;
}

} // namespace InviteDesk::Server
