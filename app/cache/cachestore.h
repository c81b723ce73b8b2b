#pragma once

#include "cache/accountstore.h"
#include "cache/cachedatabase.h"
#include "cache/invitationstore.h"
#include "cache/outboxstore.h"
#include "cache/syncstatestore.h"

#include <memory>

namespace InviteDesk {

// The local cache of one account, on one SQLite connection, split by responsibility:
// the invitations as the user sees them, the outbox, the account (rules, budget,
// suggestions, the snapshot) and the sync state. Every write is one transaction;
// signals say what changed so models update rows in place.
class CacheStore final
{
public:
    static std::unique_ptr<CacheStore> open(const QString &path, const Clock &clock, QString *error);
    // open(), or, when the file itself is what fails (CacheRecovery::damage: garbage, a
    // foreign or a newer file), the same after setting it aside; *notice then says so
    // in a sentence for the user.
    static std::unique_ptr<CacheStore> openOrRecover(const QString &path, const Clock &clock, QString *error,
                                                     QString *notice);
    ~CacheStore();
    Q_DISABLE_COPY_MOVE(CacheStore)

    QString path() const { return m_db->path(); }
    InvitationStore &invitations() { return m_invitations; }
    const InvitationStore &invitations() const { return m_invitations; }
    OutboxStore &outbox() { return m_outbox; }
    const OutboxStore &outbox() const { return m_outbox; }
    AccountStore &account() { return m_account; }
    const AccountStore &account() const { return m_account; }
    SyncStateStore &syncState() { return m_syncState; }
    const SyncStateStore &syncState() const { return m_syncState; }
    // Whether the disk takes writes: the sentence while it is full, failing or read-only.
    CacheWriteHealth &writeHealth() { return m_db->writeHealth(); }

    // The window and the command line may have one cache open at once. When the other
    // one has written to it since the last call, every store says so (its signals) and
    // this returns true. Cheap: one pragma when nothing changed.
    bool refreshIfChangedElsewhere();

private:
    CacheStore(std::unique_ptr<CacheDatabase> db, const Clock &clock);

    // The stores go before the connection they use.
    std::unique_ptr<CacheDatabase> m_db;
    AccountStore m_account;
    InvitationStore m_invitations;
    SyncStateStore m_syncState;
    OutboxStore m_outbox;
    qint64 m_dataVersion = 0;
};

} // namespace InviteDesk
