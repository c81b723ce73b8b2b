#pragma once

#include <QByteArray>
#include <QString>

namespace InviteDesk::Server {

struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

// PBKDF2-HMAC-SHA256 with a random salt per password.
class PasswordHasher final
{
public:
    static constexpr int defaultIterations = 100'000;

    static PasswordHash hash(const QString &password, int iterations = defaultIterations);
    // Constant time in the length of the hash.
    static bool verify(const QString &password, const PasswordHash &stored);
};

} // namespace InviteDesk::Server
