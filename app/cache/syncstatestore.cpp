#include "cache/syncstatestore.h"

#include "cache/cachedatabase.h"
#include "cache/invitationstore.h"
#include "cache/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace InviteDesk {

SyncStateStore::SyncStateStore(CacheDatabase &db, InvitationStore &invitations, QObject *parent)
    : QObject(parent), m_db(db), m_invitations(invitations)
{
}

CacheResult<QString> SyncStateStore::syncToken() const
{
    const auto token = m_db.meta(u"sync_token"_s);
    if (!token)
        return token.error();
    return token.value().toString();
}

CacheResult<bool> SyncStateStore::isFullSyncInProgress() const
{
    const auto full = m_db.meta(u"full_sync"_s);
    if (!full)
        return full.error();
    return full.value().toBool();
}

CacheResult<qint64> SyncStateStore::generation() const
{
    const auto generation = m_db.meta(u"sync_generation"_s);
    if (!generation)
        return generation.error();
    return generation.value().toLongLong();
}

bool SyncStateStore::startFullSync(QString *error)
{
    return m_db.inTransaction(error, [&] {
        const auto current = generation();
        if (!current) {
            *error = current.error().message;
            return false;
        }
        return m_db.setMeta(u"sync_generation"_s, current.value() + 1, error)
            && m_db.setMeta(u"sync_token"_s, QString(), error) && m_db.setMeta(u"full_sync"_s, true, error);
    });
}

bool SyncStateStore::applySyncBatch(const SyncBatch &batch, QString *error)
{
    const auto current = generation();
    if (!current) {
        *error = current.error().message;
        return false;
    }
    const bool ok = m_db.inTransaction(error, [&] {
        for (const auto &inv : batch.upserts) {
            if (!m_invitations.upsert(inv, current.value(), error))
                return false;
        }
        for (const auto &id : batch.removedIds) {
            if (!m_invitations.remove(id, error))
                return false;
        }
        return m_db.setMeta(u"sync_token"_s, batch.nextToken, error);
    });
    if (!ok)
        return false;
    QStringList ids = batch.removedIds;
    ids.reserve(ids.size() + batch.upserts.size());
    for (const auto &inv : batch.upserts)
        ids.append(inv.id);
    if (!ids.isEmpty())
        m_invitations.announceChanged(ids);
    return true;
}

bool SyncStateStore::finishFullSync(QString *error)
{
    QStringList gone;
    const bool ok = m_db.inTransaction(error, [&] {
        const auto current = generation();
        if (!current) {
            *error = current.error().message;
            return false;
        }
        QSqlQuery query(m_db.connection());
        const QString stale = u" FROM invitations WHERE sync_generation < ? AND id NOT IN"
                              " (SELECT invitation_id FROM outbox)"_s;
        if (!Sql::prepare(query, u"SELECT id"_s + stale, error))
            return false;
        query.addBindValue(current.value());
        if (!Sql::read(query, error))
            return false;
        while (query.next())
            gone.append(query.value(u"id"_s).toString());
        if (!Sql::prepare(query, u"DELETE"_s + stale, error))
            return false;
        query.addBindValue(current.value());
        return m_db.run(query, error) && m_db.setMeta(u"full_sync"_s, false, error);
    });
    if (ok && !gone.isEmpty())
        m_invitations.announceChanged(gone);
    return ok;
}

bool SyncStateStore::saveLastSyncedAt(const QDateTime &time, QString *error)
{
    const bool ok = m_db.setMeta(u"last_synced_at"_s, time.toMSecsSinceEpoch(), error);
    if (ok)
        Q_EMIT lastSyncedChanged();
    return ok;
}

} // namespace InviteDesk
