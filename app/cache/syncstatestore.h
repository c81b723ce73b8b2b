#pragma once

#include "cache/cacheerror.h"
#include "core/invitation.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace InviteDesk {

class CacheDatabase;
class InvitationStore;

// One page of the server's change feed, applied in one transaction with its token.
struct SyncBatch
{
    QList<Invitation> upserts;
    QStringList removedIds;
    QString nextToken;
};

// Where the cache stands with the server's change feed: the token of the next delta,
// whether a full sync is under way (and its generation, to drop what it did not bring
// back), and when the last sync ended.
class SyncStateStore final : public QObject
{
    Q_OBJECT
public:
    SyncStateStore(CacheDatabase &db, InvitationStore &invitations, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncStateStore)

    // Empty before the first page (or after a 410): the next pull is a full sync.
    CacheResult<QString> syncToken() const;
    CacheResult<bool> isFullSyncInProgress() const;
    CacheResult<qint64> generation() const;
    bool startFullSync(QString *error);
    bool applySyncBatch(const SyncBatch &batch, QString *error);
    // Drops what the full sync did not bring back (unless an action still refers to it).
    bool finishFullSync(QString *error);
    bool saveLastSyncedAt(const QDateTime &time, QString *error);

Q_SIGNALS:
    void lastSyncedChanged();

private:
    CacheDatabase &m_db;
    InvitationStore &m_invitations;
};

} // namespace InviteDesk
