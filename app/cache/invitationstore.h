#pragma once

#include "cache/cacheerror.h"
#include "core/cachedinvitation.h"
#include "core/clock.h"
#include "cache/invitationtables.h"

#include <QObject>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace InviteDesk {

class AccountStore;
class CacheDatabase;

// The invitations of the cache as the user sees them: the server's last known version
// with any queued action on top. Every change to them is announced with the ids it
// concerns, so the models update rows in place.
class InvitationStore final : public QObject
{
    Q_OBJECT
public:
    InvitationStore(CacheDatabase &db, const AccountStore &account, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationStore)

    // Invitations of one direction whose shown state is `state`.
    CacheResult<QList<CachedInvitation>> invitations(Direction direction, InvitationState state) const;
    CacheResult<QList<CachedInvitation>> invitationsById(const QStringList &ids) const;
    // The invitations of each list, in the compact form the lists keep: one pass over
    // the table for all of them.
    CacheResult<std::vector<InvitationTable>> tables(const std::vector<ListKey> &lists) const;
    // A list's size and its `newest` newest rows, read in milliseconds at any size.
    CacheResult<ListPreview> preview(ListKey list, int newest) const;
    // Every sent invitation counted in its shown state (a queued withdrawal counts as withdrawn).
    CacheResult<InvitationStats> sentStats(InvitationStatsCounter counter) const;
    // Pending sent invitations free of a queued action, sent before `sentBefore`: the
    // oldest first, at most `limit` (through the index on the shown state and sent_at).
    CacheResult<QStringList> oldestPendingSent(const QDateTime &sentBefore, int limit) const;
    // How many pending sent invitations expire between now and `before`.
    CacheResult<int> pendingSentExpiringBefore(const QDateTime &before) const;
    // The cache file, for a reader of its own on another thread (InvitationTables::readFile).
    QString path() const;
    // When the user may invite this person again, if a withdrawal blocks it now.
    CacheResult<std::optional<QDateTime>> reinviteAvailableAt(const QString &personId) const;

    // For the sync state and the outbox, inside their transactions. A queued action's
    // local state survives an upsert: it stays visible whatever the server says.
    bool upsert(const Invitation &invitation, qint64 syncGeneration, QString *error);
    bool remove(const QString &invitationId, QString *error);
    // Emits invitationsChanged; reads of exactly those ids during the emission share one query.
    void announceChanged(const QStringList &ids);

Q_SIGNALS:
    // The ids whose shown version may have changed (added, changed or gone).
    void invitationsChanged(const QStringList &ids);
    // Another process wrote the cache: any row may have changed (read them again, and
    // compare, rather than reset).
    void changedElsewhere();

private:
    // SQLite's own connection under Qt's, or nullptr when the driver is not SQLite.
    sqlite3 *handle() const;
    CacheResult<QList<CachedInvitation>> readById(const QStringList &ids) const;

    struct Announcement
    {
        QStringList ids;
        std::optional<CacheResult<QList<CachedInvitation>>> rows;
    };
    CacheDatabase &m_db;
    const AccountStore &m_account;
    const Clock &m_clock;
    // Prepared once: a sync page upserts hundreds of rows.
    std::optional<QSqlQuery> m_upsert;
    // Set only while invitationsChanged is being delivered.
    mutable Announcement *m_announced = nullptr;
};

} // namespace InviteDesk
