#pragma once

#include "server/apireply.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace InviteDesk::Server {

// The answers already given to (caller, Idempotency-Key), so a retried mutation has
// no second effect. Used inside the mutation's own write transaction: claim() takes
// the key first (a second request with the same key, on any instance, waits for the
// first one's commit and then finds its answer), then the change runs, then
// remember() or release() settles the claim in the same commit.
class IdempotencyStore final
{
public:
    static constexpr int maxKeyLength = 255;
    static constexpr int retentionHours = 48; // the contract promises at least 24

    struct Stored
    {
        QByteArray fingerprint;
        ApiReply reply;
    };

    static QByteArray fingerprint(const QByteArray &method, const QByteArray &path, const QByteArray &body);

    // True when this transaction now owns the key; false when an answer is stored.
    static bool claim(const QSqlDatabase &db, const QString &callerId, const QString &key,
                      const QByteArray &fingerprint, const QDateTime &now);
    static std::optional<Stored> find(const QSqlDatabase &db, const QString &callerId, const QString &key);
    // Retryable answers (429, 5xx) are not remembered: the retry deserves a new try.
    static bool isWorthStoring(const ApiReply &reply);
    static void remember(const QSqlDatabase &db, const QString &callerId, const QString &key, const ApiReply &reply);
    static void release(const QSqlDatabase &db, const QString &callerId, const QString &key);
    static void purgeOlderThan(const QSqlDatabase &db, const QDateTime &cutoff);
};

} // namespace InviteDesk::Server
