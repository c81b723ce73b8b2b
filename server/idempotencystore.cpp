#include "server/idempotencystore.h"

#include "server/databaseerror.h"
#include "server/statement.h"

#include <QCryptographicHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

QByteArray IdempotencyStore::fingerprint(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData("\n");
    hash.addData(path);
    hash.addData("\n");
    hash.addData(body);
    return hash.result();
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(const QSqlDatabase &db, const QString &callerId,
                                                               const QString &key)
{
    Statement query = prepareQuery(db,
        u"SELECT fingerprint, status, body FROM idempotency_keys WHERE person_id = ? AND key = ?"_s);
    query.addBindValue(callerId);
    query.addBindValue(key);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    return Stored{query.value(0).toByteArray(), ApiReply{query.value(1).toInt(), query.value(2).toByteArray(), {}}};
}

bool IdempotencyStore::isWorthStoring(const ApiReply &reply)
{
    return reply.status != 429 && reply.status < 500;
}

bool IdempotencyStore::claim(const QSqlDatabase &db, const QString &callerId, const QString &key,
                             const QByteArray &fingerprint, const QDateTime &now)
{
    // Status 0 marks a claim; it is never committed as such (remember() or release()
    // replaces it in the same transaction).
    Statement query = prepareQuery(db,
        u"INSERT INTO idempotency_keys(person_id, key, fingerprint, status, body, created_at)"
        " VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING"_s);
    query.addBindValue(callerId);
    query.addBindValue(key);
    query.addBindValue(fingerprint);
    query.addBindValue(QByteArray(""));
    query.addBindValue(now.toMSecsSinceEpoch());
    execQuery(query);
    return query.numRowsAffected() == 1;
}

void IdempotencyStore::remember(const QSqlDatabase &db, const QString &callerId, const QString &key,
                                const ApiReply &reply)
{
    Statement query = prepareQuery(db,
        u"UPDATE idempotency_keys SET status = ?, body = ? WHERE person_id = ? AND key = ?"_s);
    query.addBindValue(reply.status);
    query.addBindValue(reply.body);
    query.addBindValue(callerId);
    query.addBindValue(key);
    execQuery(query);
}

void IdempotencyStore::release(const QSqlDatabase &db, const QString &callerId, const QString &key)
{
    Statement query = prepareQuery(db, u"DELETE FROM idempotency_keys WHERE person_id = ? AND key = ?"_s);
    query.addBindValue(callerId);
    query.addBindValue(key);
    execQuery(query);
}

void IdempotencyStore::purgeOlderThan(const QSqlDatabase &db, const QDateTime &cutoff)
{
    Statement query = prepareQuery(db, u"DELETE FROM idempotency_keys WHERE created_at < ?"_s);
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    execQuery(query);
}

} // namespace InviteDesk::Server
