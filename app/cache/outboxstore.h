#pragma once

#include "cache/cacheerror.h"
#include "cache/outboxaction.h"
#include "core/actionoutcome.h"
#include "core/clock.h"
#include "core/invitation.h"

#include <QObject>
#include <QSqlQuery>

#include <chrono>
#include <optional>

namespace InviteDesk {

class AccountStore;
class CacheDatabase;
class InvitationStore;
class SyncStateStore;

// How a queued action ended when the server refused it.
enum class ActionResolution {
    InvitationGone, // 404: the invitation no longer exists for this user
    StateChanged,   // 409: someone else moved it first; the true state is given
    Refused,        // any other refusal: drop the action, keep the server's version
};

// The actions waiting to be sent, each with its idempotency key, and the optimistic
// state they put on their invitations. Every change is one transaction over both.
class OutboxStore final : public QObject
{
    Q_OBJECT
public:
    OutboxStore(CacheDatabase &db, InvitationStore &invitations, AccountStore &account, SyncStateStore &syncState,
                const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OutboxStore)

    // Writes the optimistic state and one outbox row per request in one transaction:
    // all of them, or (when one is no longer pending) none.
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

    CacheResult<bool> hasAction(qint64 actionId) const;
    CacheResult<QList<OutboxAction>> dueActions(const QDateTime &now) const;
    CacheResult<std::optional<QDateTime>> nextActionTime() const;

    // A server error counts towards giving up; no answer or a rate limit only delays.
    enum class FailureKind { ServerError, Other };
    bool recordFailedAttempt(const OutboxAction &action, const QDateTime &nextAttempt, const QString &reason,
                             FailureKind kind, QString *error);
    // The server did it: its version of the invitation replaces the optimistic one.
    // Returns how the action ended (also kept in the cache: finishedSince), or nullopt.
    std::optional<ActionOutcome> completeAction(const OutboxAction &action, const Invitation &serverVersion,
                                                QString *error);
    // The server refused it for good; `reason` is the sentence the user reads.
    std::optional<ActionOutcome> resolveAction(const OutboxAction &action, ActionResolution resolution,
                                               std::optional<InvitationState> trueState, const QString &reason,
                                               QString *error);

    // How actions ended, in the order they did, after the one numbered `afterSeq` (0:
    // from the first kept): another process on this cache reads what its sender did.
    struct Finished
    {
        qint64 seq = 0;
        ActionOutcome outcome;
    };
    CacheResult<QList<Finished>> finishedSince(qint64 afterSeq) const;
    // The number of the last action that ended, 0 when none did.
    CacheResult<qint64> lastFinishedSeq() const;
    // Forgets how actions ended more than 30 days ago (once per opening: it reads them all).
    bool pruneFinished(QString *error);

Q_SIGNALS:
    void outboxChanged();

private:
    enum class TakeBack { UndoWindowOnly, AnyQueued };
    std::optional<QList<qint64>> takeBack(const QList<qint64> &actionIds, TakeBack scope, qint64 inFlight,
                                          QString *error);
    bool clearLocalState(const OutboxAction &action, QString *error);
    // Inside the transaction that ends the action.
    bool recordFinished(const ActionOutcome &outcome, QString *error);

    CacheDatabase &m_db;
    // Prepared once: each ending action runs them.
    std::optional<QSqlQuery> m_removeAction;
    std::optional<QSqlQuery> m_clearLocalState;
    std::optional<QSqlQuery> m_recordFinished;
    InvitationStore &m_invitations;
    AccountStore &m_account;
    SyncStateStore &m_syncState;
    const Clock &m_clock;
};

} // namespace InviteDesk
