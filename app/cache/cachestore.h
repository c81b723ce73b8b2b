#pragma once

#include "core/accountsnapshot.h"
#include "core/cachedinvitation.h"
#include "cache/outboxaction.h"
#include "core/clock.h"
#include "core/domainrules.h"
#include "core/suggestion.h"

#include <QObject>
#include <QSqlDatabase>

#include <chrono>
#include <memory>
#include <optional>

namespace InviteDesk {

// One page of the server's change feed, applied in one transaction with its token.
struct SyncBatch
{
    QList<Invitation> upserts;
    QStringList removedIds;
    QString nextToken;
};

// How a queued action ended when the server refused it.
enum class ActionResolution {
    InvitationGone,   // 404: the invitation no longer exists for this user
    StateChanged,     // 409: someone else moved it first; the true state is given
    Refused,          // any other refusal: drop the action, keep the server's version
};

// The local SQLite cache of one account: invitations (server version plus queued
// local changes), the outbox, the sync token, and what My Network shows. Lives on the
// thread that opened it. Every write is one transaction; signals say what changed so
// models can update rows in place.
class CacheStore final : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<CacheStore> open(const QString &path, const Clock &clock, const DomainRules &rules,
                                            QString *error);
    ~CacheStore() override;
    Q_DISABLE_COPY_MOVE(CacheStore)

    const DomainRules &rules() const { return m_rules; }
    QString path() const;

    // Invitations of one direction whose shown state is `state`.
    QList<CachedInvitation> invitations(Direction direction, InvitationState state) const;
    QList<CachedInvitation> invitationsById(const QStringList &ids) const;
    // When the user may invite this person again, if a withdrawal blocks it now.
    std::optional<QDateTime> reinviteAvailableAt(const QString &personId) const;
    AccountSnapshot snapshot() const;
    QList<Suggestion> suggestions() const;

    // Sync.
    QString syncToken() const;
    bool isFullSyncInProgress() const;
    bool startFullSync(QString *error);
    bool applySyncBatch(const SyncBatch &batch, QString *error);
    // Drops what the full sync did not bring back (unless an action still refers to it).
    bool finishFullSync(QString *error);
    bool saveAccount(const QString &userName, int weeklyUsed, int weeklyLimit, QString *error);
    bool saveSuggestions(const QList<Suggestion> &suggestions, QString *error);
    bool saveConnectionCount(int count, QString *error);
    bool saveLastSyncedAt(const QDateTime &time, QString *error);

    // Outbox. Enqueue writes the optimistic state and the outbox rows in one transaction.
    std::optional<QList<qint64>> enqueue(const QList<ActionRequest> &requests, std::chrono::milliseconds undoWindow,
                                         QString *error);
    // Undo: takes back actions that have not left yet; false (and nothing changed) if
    // any of them already has.
    bool cancel(const QList<qint64> &actionIds, QString *error);
    // Stop: takes back those of these actions still waiting in the outbox, except
    // `inFlight` (its request is on the wire), and returns their ids. One that failed
    // before and waits for a retry goes too; if an earlier attempt did reach the server,
    // the next sync shows it.
    std::optional<QList<qint64>> cancelQueued(const QList<qint64> &actionIds, qint64 inFlight, QString *error);
    bool hasAction(qint64 actionId) const;
    QList<OutboxAction> dueActions(const QDateTime &now) const;
    std::optional<QDateTime> nextActionTime() const;
    // A server error counts towards giving up; no answer or a rate limit only delays.
    enum class FailureKind { ServerError, Other };
    bool recordFailedAttempt(const OutboxAction &action, const QDateTime &nextAttempt, const QString &reason,
                             FailureKind kind, QString *error);
    // The server did it: its version of the invitation replaces the optimistic one.
    bool completeAction(const OutboxAction &action, const Invitation &serverVersion, QString *error);
    bool resolveAction(const OutboxAction &action, ActionResolution resolution,
                       std::optional<InvitationState> trueState, QString *error);

Q_SIGNALS:
    // The ids whose shown version may have changed (added, changed or gone).
    void invitationsChanged(const QStringList &ids);
    void outboxChanged();
    void accountChanged();

private:
    CacheStore(QSqlDatabase db, const Clock &clock, const DomainRules &rules);

    enum class TakeBack { UndoWindowOnly, AnyQueued };
    std::optional<QList<qint64>> takeBack(const QList<qint64> &actionIds, TakeBack scope, qint64 inFlight,
                                          QString *error);
    // Emits invitationsChanged; reads of exactly those ids during the emission share one query.
    void announceChanged(const QStringList &ids);
    QList<CachedInvitation> readInvitationsById(const QStringList &ids) const;
    bool setMeta(const QString &key, const QVariant &value, QString *error);
    QVariant meta(const QString &key) const;
    bool clearLocalState(const OutboxAction &action, QString *error);
    bool restoreSuggestion(const QString &placeholderId, QString *error);

    struct Announcement
    {
        QStringList ids;
        std::optional<QList<CachedInvitation>> rows;
    };
    QSqlDatabase m_db;
    // Set only while invitationsChanged is being delivered.
    mutable Announcement *m_announced = nullptr;
    const Clock &m_clock;
    DomainRules m_rules;
};

} // namespace InviteDesk
