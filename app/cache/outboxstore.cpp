#include "cache/outboxstore.h"

#include "cache/accountstore.h"
#include "cache/cachedatabase.h"
#include "cache/invitationstore.h"
#include "cache/sqlsupport.h"
#include "cache/syncstatestore.h"

#include <QHash>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

const QString actionColumns = u"id, kind, invitation_id, person_id, person_name, message, idempotency_key,"
                              " created_at, not_before, attempts, next_attempt_at, last_error, server_errors"_s;

QList<OutboxAction> readActions(QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    const int id = record.indexOf(u"id"_s);
    const int kind = record.indexOf(u"kind"_s);
    const int invitationId = record.indexOf(u"invitation_id"_s);
    const int personId = record.indexOf(u"person_id"_s);
    const int personName = record.indexOf(u"person_name"_s);
    const int message = record.indexOf(u"message"_s);
    const int key = record.indexOf(u"idempotency_key"_s);
    const int createdAt = record.indexOf(u"created_at"_s);
    const int notBefore = record.indexOf(u"not_before"_s);
    const int attempts = record.indexOf(u"attempts"_s);
    const int nextAttemptAt = record.indexOf(u"next_attempt_at"_s);
    const int lastError = record.indexOf(u"last_error"_s);
    const int serverErrors = record.indexOf(u"server_errors"_s);
    QList<OutboxAction> actions;
    while (query.next()) {
        OutboxAction action;
        action.id = query.value(id).toLongLong();
        action.kind = actionKindFromStorage(query.value(kind).toString()).value_or(ActionKind::Withdraw);
        action.invitationId = query.value(invitationId).toString();
        action.personId = query.value(personId).toString();
        action.personName = query.value(personName).toString();
        if (!query.value(message).isNull())
            action.message = query.value(message).toString();
        action.idempotencyKey = query.value(key).toString();
        action.createdAt = Sql::fromMsecs(query.value(createdAt));
        action.notBefore = Sql::fromMsecs(query.value(notBefore));
        action.attempts = query.value(attempts).toInt();
        action.nextAttemptAt = Sql::fromMsecs(query.value(nextAttemptAt));
        action.lastError = query.value(lastError).toString();
        action.serverErrors = query.value(serverErrors).toInt();
        actions.append(action);
    }
    return actions;
}

std::optional<InvitationState> optimisticState(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Withdraw:
        return InvitationState::Withdrawn;
    case ActionKind::Accept:
        return InvitationState::Accepted;
    case ActionKind::Ignore:
        return InvitationState::Ignored;
    case ActionKind::Send:
        return InvitationState::Pending;
    }
    return std::nullopt;
}

} // namespace

OutboxStore::OutboxStore(CacheDatabase &db, InvitationStore &invitations, AccountStore &account,
                         SyncStateStore &syncState, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_invitations(invitations), m_account(account), m_syncState(syncState),
      m_clock(clock)
{
}

std::optional<QList<qint64>> OutboxStore::enqueue(const QList<ActionRequest> &requests,
                                                  std::chrono::milliseconds undoWindow, QString *error)
{
    const QDateTime now = m_clock.now();
    const QDateTime notBefore = now.addMSecs(undoWindow.count());
    QList<qint64> actionIds;
    QStringList changed;
    const bool ok = m_db.inTransaction(error, [&] {
        const auto generation = m_syncState.generation();
        if (!generation) {
            *error = generation.error().message;
            return false;
        }
        QSqlQuery insert(m_db.connection());
        if (!Sql::prepare(insert,
                          u"INSERT INTO outbox (kind, invitation_id, person_id, person_name, message,"
                          " idempotency_key, created_at, not_before, next_attempt_at)"
                          " VALUES (?,?,?,?,?,?,?,?,?)"_s,
                          error))
            return false;
        QSqlQuery mark(m_db.connection());
        if (!Sql::prepare(mark,
                          u"UPDATE invitations SET local_state = ?, local_changed_at = ? WHERE id = ?"
                          " AND COALESCE(local_state, state) = ? AND local_state IS NULL"
                          " RETURNING person_id, person_name"_s,
                          error))
            return false;

        for (const auto &request : requests) {
            QString invitationId = request.invitationId;
            if (request.kind == ActionKind::Send) {
                // Shown in the Sent list at once; replaced by the server's invitation later.
                invitationId = u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
                Invitation inv;
                inv.id = invitationId;
                inv.direction = Direction::Sent;
                inv.state = InvitationState::Pending;
                inv.sentAt = now;
                inv.updatedAt = now;
                inv.expiresAt = m_account.rules().expiresAt(now);
                inv.message = request.message;
                inv.person = request.person;
                if (!m_invitations.upsert(inv, generation.value(), error)
                    || !m_account.dropSuggestion(request.person.id, error))
                    return false;
            }
            // Every action moves a pending invitation; one that is not pending (any more)
            // is not queued at all.
            mark.bindValue(0, static_cast<int>(*optimisticState(request.kind)));
            mark.bindValue(1, now.toMSecsSinceEpoch());
            mark.bindValue(2, invitationId);
            mark.bindValue(3, static_cast<int>(InvitationState::Pending));
            if (!m_db.run(mark, error))
                return false;
            if (!mark.next()) {
                // Not pending, or an earlier action on it still waits to be sent.
                *error = CacheText::tr("That invitation is no longer pending.");
                return false;
            }
            const QString personId = mark.value(u"person_id"_s).toString();
            const QString personName = mark.value(u"person_name"_s).toString();
            mark.finish();

            insert.bindValue(0, toStorageString(request.kind));
            insert.bindValue(1, invitationId);
            insert.bindValue(2, personId);
            insert.bindValue(3, personName);
            insert.bindValue(4, Sql::nullableText(request.message));
            insert.bindValue(5, QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.bindValue(6, now.toMSecsSinceEpoch());
            insert.bindValue(7, notBefore.toMSecsSinceEpoch());
            insert.bindValue(8, notBefore.toMSecsSinceEpoch());
            if (!m_db.run(insert, error))
                return false;
            actionIds.append(insert.lastInsertId().toLongLong());
            changed.append(invitationId);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    m_invitations.announceChanged(changed);
    Q_EMIT outboxChanged();
    if (std::any_of(requests.begin(), requests.end(), [](const auto &r) { return r.kind == ActionKind::Send; }))
        m_account.announceChanged();
    return actionIds;
}

bool OutboxStore::cancel(const QList<qint64> &actionIds, QString *error)
{
    return takeBack(actionIds, TakeBack::UndoWindowOnly, 0, error).has_value();
}

std::optional<QList<qint64>> OutboxStore::cancelQueued(const QList<qint64> &actionIds, qint64 inFlight,
                                                       QString *error)
{
    return takeBack(actionIds, TakeBack::AnyQueued, inFlight, error);
}

std::optional<QList<qint64>> OutboxStore::takeBack(const QList<qint64> &actionIds, TakeBack scope, qint64 inFlight,
                                                   QString *error)
{
    QStringList changed;
    QList<qint64> taken;
    const bool ok = m_db.inTransaction(error, [&] {
        // Two statements for the whole batch: one per action made undoing 1,000 take 90 ms.
        QSqlQuery take(m_db.connection());
        // Undo takes only actions still inside their undo window and never tried.
        const QString condition = scope == TakeBack::UndoWindowOnly ? u" AND attempts = 0 AND not_before > ?"_s
                                                                    : u" AND id != ?"_s;
        if (!Sql::prepare(take,
                          u"DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))"_s + condition
                              + u" RETURNING id, invitation_id, kind"_s,
                          error))
            return false;
        take.addBindValue(Sql::jsonList(actionIds));
        take.addBindValue(scope == TakeBack::UndoWindowOnly ? m_clock.now().toMSecsSinceEpoch() : inFlight);
        if (!m_db.run(take, error))
            return false;
        QHash<qint64, std::pair<QString, bool>> takenRows; // id -> invitation, was a Send
        while (take.next())
            takenRows.insert(take.value(u"id"_s).toLongLong(),
                             {take.value(u"invitation_id"_s).toString(),
                              take.value(u"kind"_s).toString() == toStorageString(ActionKind::Send)});
        take.finish();
        // Undo is all or nothing; a cancel leaves what is already sent or on its way.
        if (scope == TakeBack::UndoWindowOnly && takenRows.size() != actionIds.size()) {
            *error = CacheText::tr("Too late to undo: the action has already been sent.");
            return false;
        }
        QStringList restored;
        for (const auto id : actionIds) {
            const auto row = takenRows.constFind(id);
            if (row == takenRows.cend())
                continue;
            const auto &[invitationId, wasSend] = *row;
            if (wasSend) {
                // A new invitation never sent: its placeholder goes, its person comes back.
                if (!m_account.restoreSuggestion(invitationId, error) || !m_invitations.remove(invitationId, error))
                    return false;
            } else {
                restored.append(invitationId);
            }
            changed.append(invitationId);
            taken.append(id);
        }
        if (restored.isEmpty())
            return true;
        QSqlQuery restore(m_db.connection());
        if (!Sql::prepare(restore,
                          u"UPDATE invitations SET local_state = NULL, local_changed_at = NULL"
                          " WHERE id IN (SELECT value FROM json_each(?))"_s,
                          error))
            return false;
        restore.addBindValue(Sql::jsonList(restored));
        return m_db.run(restore, error);
    });
    if (!ok)
        return std::nullopt;
    if (!taken.isEmpty()) {
        m_invitations.announceChanged(changed);
        Q_EMIT outboxChanged();
        m_account.announceChanged();
    }
    return taken;
}

CacheResult<bool> OutboxStore::hasAction(qint64 actionId) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT 1 FROM outbox WHERE id = ?"_s, &error))
        return CacheError{error};
    query.addBindValue(actionId);
    if (!Sql::read(query, &error))
        return CacheError{error};
    return query.next();
}

CacheResult<QList<OutboxAction>> OutboxStore::dueActions(const QDateTime &now) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT "_s + actionColumns + u" FROM outbox WHERE next_attempt_at <= ? ORDER BY id"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!Sql::read(query, &error))
        return CacheError{error};
    return readActions(query);
}

CacheResult<std::optional<QDateTime>> OutboxStore::nextActionTime() const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT min(next_attempt_at) AS next FROM outbox"_s, &error)
        || !Sql::read(query, &error))
        return CacheError{error};
    if (!query.next() || query.value(u"next"_s).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(Sql::fromMsecs(query.value(u"next"_s)));
}

bool OutboxStore::recordFailedAttempt(const OutboxAction &action, const QDateTime &nextAttempt,
                                      const QString &reason, FailureKind kind, QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!Sql::prepare(query, u"UPDATE outbox SET attempts = attempts + 1, server_errors = server_errors + ?,"
                             " next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                      error))
        return false;
    query.addBindValue(kind == FailureKind::ServerError ? 1 : 0);
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(reason);
    query.addBindValue(action.id);
    if (!m_db.run(query, error))
        return false;
    Q_EMIT outboxChanged();
    return true;
}

bool OutboxStore::clearLocalState(const OutboxAction &action, QString *error)
{
    QSqlQuery *remove = Sql::prepared(m_removeAction, m_db.connection(), u"DELETE FROM outbox WHERE id = ?"_s, error);
    if (!remove)
        return false;
    remove->addBindValue(action.id);
    if (!m_db.run(*remove, error))
        return false;
    // A later action on the same invitation keeps its own optimistic state.
    QSqlQuery *clear = Sql::prepared(m_clearLocalState, m_db.connection(),
                                     u"UPDATE invitations SET local_state = NULL, local_changed_at = NULL WHERE id = ?"
                                     " AND NOT EXISTS (SELECT 1 FROM outbox WHERE invitation_id = ?)"_s,
                                     error);
    if (!clear)
        return false;
    clear->addBindValue(action.invitationId);
    clear->addBindValue(action.invitationId);
    return m_db.run(*clear, error);
}

std::optional<ActionOutcome> OutboxStore::completeAction(const OutboxAction &action, const Invitation &serverVersion,
                                                         QString *error)
{
    const ActionOutcome outcome{action.id,     action.kind, action.invitationId, action.personName,
                                ActionOutcome::Result::Done, serverVersion.state, {}};
    const bool ok = m_db.inTransaction(error, [&] {
        if (!clearLocalState(action, error) || !recordFinished(outcome, error))
            return false;
        if (action.kind == ActionKind::Send && !m_invitations.remove(action.invitationId, error))
            return false;
        // An older version (a sync raced ahead) must not overwrite a newer one.
        QSqlQuery newer(m_db.connection());
        if (!Sql::prepare(newer, u"SELECT version FROM invitations WHERE id = ?"_s, error))
            return false;
        newer.addBindValue(serverVersion.id);
        if (!Sql::read(newer, error))
            return false;
        if (newer.next() && newer.value(u"version"_s).toLongLong() > serverVersion.version)
            return true;
        newer.finish();
        const auto generation = m_syncState.generation();
        if (!generation) {
            *error = generation.error().message;
            return false;
        }
        return m_invitations.upsert(serverVersion, generation.value(), error);
    });
    if (!ok)
        return std::nullopt;
    m_invitations.announceChanged({action.invitationId, serverVersion.id});
    Q_EMIT outboxChanged();
    return outcome;
}

std::optional<ActionOutcome> OutboxStore::resolveAction(const OutboxAction &action, ActionResolution resolution,
                                                        std::optional<InvitationState> trueState,
                                                        const QString &reason, QString *error)
{
    const ActionOutcome outcome{action.id,
                                action.kind,
                                action.invitationId,
                                action.personName,
                                resolution == ActionResolution::InvitationGone ? ActionOutcome::Result::Gone
                                : resolution == ActionResolution::StateChanged ? ActionOutcome::Result::StateChanged
                                                                               : ActionOutcome::Result::Failed,
                                trueState,
                                reason};
    const bool ok = m_db.inTransaction(error, [&] {
        if (!clearLocalState(action, error) || !recordFinished(outcome, error))
            return false;
        if (action.kind == ActionKind::Send && !m_account.restoreSuggestion(action.invitationId, error))
            return false;
        if (resolution == ActionResolution::InvitationGone || action.kind == ActionKind::Send)
            return m_invitations.remove(action.invitationId, error);
        if (resolution == ActionResolution::StateChanged && trueState) {
            QSqlQuery query(m_db.connection());
            if (!Sql::prepare(query, u"UPDATE invitations SET state = ? WHERE id = ?"_s, error))
                return false;
            query.addBindValue(static_cast<int>(*trueState));
            query.addBindValue(action.invitationId);
            return m_db.run(query, error);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    m_invitations.announceChanged({action.invitationId});
    Q_EMIT outboxChanged();
    if (action.kind == ActionKind::Send)
        m_account.announceChanged();
    return outcome;
}

bool OutboxStore::recordFinished(const ActionOutcome &outcome, QString *error)
{
    QSqlQuery *insert = Sql::prepared(m_recordFinished, m_db.connection(),
                                      u"INSERT INTO finished_actions (action_id, kind, invitation_id, person_name,"
                                      " result, state, reason, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      error);
    if (!insert)
        return false;
    insert->addBindValue(outcome.actionId);
    insert->addBindValue(toStorageString(outcome.kind));
    insert->addBindValue(outcome.invitationId);
    insert->addBindValue(Sql::notNull(outcome.personName));
    insert->addBindValue(static_cast<int>(outcome.result));
    insert->addBindValue(outcome.state ? QVariant(static_cast<int>(*outcome.state)) : QVariant());
    insert->addBindValue(Sql::notNull(outcome.reason));
    insert->addBindValue(m_clock.now().toMSecsSinceEpoch());
    return m_db.run(*insert, error);
}

bool OutboxStore::pruneFinished(QString *error)
{
    // A month of them is more than any reader needs.
    constexpr qint64 keptFor = 30LL * 24 * 3600 * 1000;
    QSqlQuery query(m_db.connection());
    if (!Sql::prepare(query, u"DELETE FROM finished_actions WHERE finished_at < ?"_s, error))
        return false;
    query.addBindValue(m_clock.now().toMSecsSinceEpoch() - keptFor);
    return m_db.run(query, error);
}

CacheResult<QList<OutboxStore::Finished>> OutboxStore::finishedSince(qint64 afterSeq) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT seq, action_id, kind, invitation_id, person_name, result, state, reason"
                             " FROM finished_actions WHERE seq > ? ORDER BY seq"_s,
                      &error))
        return CacheError{error};
    query.addBindValue(afterSeq);
    if (!Sql::read(query, &error))
        return CacheError{error};
    QList<Finished> finished;
    while (query.next()) {
        ActionOutcome outcome;
        outcome.actionId = query.value(1).toLongLong();
        outcome.kind = actionKindFromStorage(query.value(2).toString()).value_or(ActionKind::Withdraw);
        outcome.invitationId = query.value(3).toString();
        outcome.personName = query.value(4).toString();
        outcome.result = static_cast<ActionOutcome::Result>(
            std::clamp(query.value(5).toInt(), 0, static_cast<int>(ActionOutcome::Result::Failed)));
        if (!query.value(6).isNull())
            outcome.state = static_cast<InvitationState>(query.value(6).toInt());
        outcome.reason = query.value(7).toString();
        finished.append({query.value(0).toLongLong(), outcome});
    }
    return finished;
}

CacheResult<qint64> OutboxStore::lastFinishedSeq() const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT COALESCE(max(seq), 0) FROM finished_actions"_s, &error)
        || !Sql::read(query, &error))
        return CacheError{error};
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace InviteDesk
