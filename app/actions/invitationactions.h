#pragma once

#include "actions/actionresult.h"
#include "actions/bulkrunmodel.h"
#include "core/result.h"
#include "core/suggestion.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace InviteDesk {

class AppSettings;
class CacheStore;
class Clock;
class Session;

// Every user action on invitations, as one call that returns what to present: withdraw
// one or many (with the preview's data), undo, cancel a bulk run, retry its failures,
// accept or ignore, send or re-send an invitation with a note. Each decides with the
// rules the server published and writes the optimistic state and the outbox row in one
// transaction; the session's engine sends them. Owns the undo window and the bulk run.
// The window and the command line are its two users.
class InvitationActions final : public QObject
{
    Q_OBJECT
public:
    // Whether the courtesy question was already answered for this call.
    enum class Courtesy { Ask, Confirmed };

    InvitationActions(CacheStore &cache, Session &session, AppSettings &settings, const Clock &clock,
                      QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationActions)

    const DomainRules &rules() const;
    // The command line confirms before it queues and offers no undo: its actions are
    // due at once. The window keeps the undo window of the settings.
    void setUndoOffered(bool offered) { m_undoOffered = offered; }

    // Withdraws these pending sent invitations: CourtesyQuestion when some are recent
    // (unless confirmed or the user turned the question off), else ActionQueued.
    ActionResult withdraw(const QStringList &invitationIds, Courtesy courtesy = Courtesy::Ask);
    // Bulk: first the preview (WithdrawalPreview, or refused while a run is going)…
    ActionResult previewWithdrawal(const QStringList &invitationIds);
    // …then, once confirmed, the ones still pending go in one step with one undo, and
    // bulkRun() follows them.
    ActionResult withdrawInBulk(const QStringList &invitationIds);
    // Takes back what the undo handle stands for, if none of it has left yet.
    ActionResult undo(qint64 undoHandle);
    // Stops the bulk run: what has not been sent stays pending.
    ActionResult cancelBulk();
    // Sends the bulk run's failed withdrawals again (no undo window: the user just asked).
    ActionResult retryFailed();
    // Accept or Ignore pending received invitations.
    ActionResult respond(const QStringList &invitationIds, ActionKind kind);
    // Connect with a suggested person: NoteNeeded, or why not now.
    ActionResult prepareInvitation(const Suggestion &suggestion);
    // From the Withdrawn view, once the cooldown is over: NoteNeeded, or why not.
    ActionResult prepareReinvite(const QStringList &invitationIds);
    ActionResult sendInvitation(const Person &person, const std::optional<QString> &note);

    BulkRunModel &bulkRun() { return m_bulkRun; }
    // Why a new bulk run cannot start now (one is going), or nothing.
    std::optional<ActionRefused> bulkRunGoing() const;
    bool isUndoOffered() const { return !m_undoable.isEmpty(); }

Q_SIGNALS:
    // The undo on offer has ended: its time is up, or its first action left.
    void undoEnded();
    // A queued action outside the bulk run ended otherwise than asked (the other side
    // acted first, it no longer exists, the server refused): one sentence for the user.
    void actionRefused(const QString &sentence);

private:
    // The ones of these that are pending in `direction` and free of a queued action.
    // (Refused when the cache cannot be read.)
    Result<QList<CachedInvitation>, ActionRefused> pendingInvitations(const QStringList &invitationIds,
                                                                      Direction direction) const;
    // Queues one `kind` action per row with the undo window of the settings; their
    // action ids in `actionIds` when asked.
    ActionResult enqueueWithUndo(const QList<CachedInvitation> &rows, ActionKind kind,
                                 QList<qint64> *actionIds = nullptr);
    std::optional<ActionResult> weeklyBudgetBlock() const;
    std::optional<ActionResult> cooldownBlock(const Person &person) const;
    std::chrono::milliseconds undoWindow() const;
    void offerUndo(const QList<qint64> &actionIds);
    void endUndo();
    void onActionFinished(const ActionOutcome &outcome);

    CacheStore &m_cache;
    Session &m_session;
    AppSettings &m_settings;
    const Clock &m_clock;
    BulkRunModel m_bulkRun;
    QList<qint64> m_undoable;
    qint64 m_undoHandle = 0;
    QTimer m_undoTimer;
    bool m_undoOffered = true;
};

} // namespace InviteDesk
