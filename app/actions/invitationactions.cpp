#include "actions/invitationactions.h"

#include "cache/cachestore.h"
#include "core/clock.h"
#include "session/appsettings.h"
#include "session/session.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QList<ActionRequest> requestsFor(const QList<CachedInvitation> &rows, ActionKind kind)
{
    QList<ActionRequest> requests;
    requests.reserve(rows.size());
    for (const auto &row : rows)
        requests.append(ActionRequest{kind, row.invitation.id, {}, std::nullopt});
    return requests;
}

} // namespace

InvitationActions::InvitationActions(CacheStore &cache, Session &session, AppSettings &settings, const Clock &clock,
                                     QObject *parent)
    : QObject(parent), m_cache(cache), m_session(session), m_settings(settings), m_clock(clock)
{
    m_undoTimer.setSingleShot(true);
    connect(&m_undoTimer, &QTimer::timeout, this, &InvitationActions::endUndo);
    connect(&m_session, &Session::actionFinished, this, &InvitationActions::onActionFinished);
}

const DomainRules &InvitationActions::rules() const
{
    return m_cache.account().rules();
}

Result<QList<CachedInvitation>, ActionRefused>
InvitationActions::pendingInvitations(const QStringList &invitationIds, Direction direction) const
{
    auto rows = m_cache.invitations().invitationsById(invitationIds);
    if (!rows)
        return ActionRefused{rows.error().message};
    // A row whose earlier action still waits (a new invitation being sent) takes no other.
    rows.value().removeIf([direction](const CachedInvitation &row) {
        return row.invitation.direction != direction || row.invitation.state != InvitationState::Pending
            || row.actionQueued;
    });
    return std::move(rows.value());
}

ActionResult InvitationActions::withdraw(const QStringList &invitationIds, Courtesy courtesy)
{
    const auto pending = pendingInvitations(invitationIds, Direction::Sent);
    if (!pending)
        return pending.error();
    const auto &rows = pending.value();
    if (rows.isEmpty())
        return NothingToDo{};
    if (courtesy == Courtesy::Ask && m_settings.confirmYoungWithdrawals()) {
        const auto now = m_clock.now();
        CourtesyQuestion question{{}, now, rules().courtesyDays, rules().reinviteCooldownDays};
        std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(question.recent), [&](const auto &row) {
            return rules().isWithinCourtesyPeriod(row.invitation.sentAt, now);
        });
        if (!question.recent.isEmpty())
            return question;
    }
    return enqueueWithUndo(rows, ActionKind::Withdraw);
}

std::optional<ActionRefused> InvitationActions::bulkRunGoing() const
{
    if (!m_bulkRun.isRunning())
        return std::nullopt;
    return ActionRefused{tr("A bulk withdrawal is still running; wait for it or cancel it first.")};
}

ActionResult InvitationActions::previewWithdrawal(const QStringList &invitationIds)
{
    if (auto going = bulkRunGoing())
        return *going;
    auto pending = pendingInvitations(invitationIds, Direction::Sent);
    if (!pending)
        return pending.error();
    auto &rows = pending.value();
    if (rows.isEmpty())
        return NothingToDo{};
    const auto now = m_clock.now();
    const auto recent = std::count_if(rows.cbegin(), rows.cend(), [&](const auto &row) {
        return rules().isWithinCourtesyPeriod(row.invitation.sentAt, now);
    });
    return WithdrawalPreview{std::move(rows), now, rules(), static_cast<int>(recent),
                             rules().reinviteAvailableAt(now)};
}

ActionResult InvitationActions::withdrawInBulk(const QStringList &invitationIds)
{
    if (auto going = bulkRunGoing())
        return *going;
    // A sync may have answered some of them while the preview was open: withdraw the
    // ones still pending rather than refuse the whole batch.
    const auto pending = pendingInvitations(invitationIds, Direction::Sent);
    if (!pending)
        return pending.error();
    const auto &rows = pending.value();
    if (rows.isEmpty())
        return NothingToDo{};
    QList<qint64> actionIds;
    auto result = enqueueWithUndo(rows, ActionKind::Withdraw, &actionIds);
    if (!std::holds_alternative<ActionQueued>(result))
        return result;
    QList<BulkRunModel::Item> items;
    items.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        items.append({actionIds.at(i), rows[i].invitation.id, rows[i].invitation.person.name});
    m_bulkRun.start(items);
    return result;
}

ActionResult InvitationActions::undo(qint64 undoHandle)
{
    if (undoHandle != m_undoHandle || m_undoable.isEmpty())
        return ActionRefused{tr("Too late to undo: the action has already been sent.")};
    QString error;
    if (!m_cache.outbox().cancel(m_undoable, &error)) {
        endUndo();
        return ActionRefused{error};
    }
    // The whole batch came back: nothing to follow.
    if (m_bulkRun.contains(m_undoable.first()))
        m_bulkRun.clear();
    endUndo();
    return ActionDone{};
}

ActionResult InvitationActions::cancelBulk()
{
    QString error;
    const auto taken = m_cache.outbox().cancelQueued(m_bulkRun.queuedActionIds(), m_session.actionInFlight(), &error);
    if (!taken)
        return ActionRefused{error};
    if (!m_undoable.isEmpty() && m_bulkRun.contains(m_undoable.first()))
        endUndo();
    m_bulkRun.markCancelled(*taken);
    return ActionDone{};
}

ActionResult InvitationActions::retryFailed()
{
    const auto failed = m_bulkRun.items(BulkRunModel::Status::Failed);
    QStringList ids;
    for (const auto &item : failed)
        ids.append(item.invitationId);
    // A failed withdrawal left its invitation pending; one that changed since is skipped.
    const auto pending = pendingInvitations(ids, Direction::Sent);
    if (!pending)
        return pending.error();
    const auto &rows = pending.value();
    QString error;
    const auto actionIds =
        m_cache.outbox().enqueue(requestsFor(rows, ActionKind::Withdraw), std::chrono::milliseconds(0), &error);
    if (!actionIds)
        return ActionRefused{error};
    QHash<QString, qint64> newByInvitation;
    for (qsizetype i = 0; i < rows.size(); ++i)
        newByInvitation.insert(rows[i].invitation.id, actionIds->at(i));
    QHash<qint64, qint64> renumbered;
    for (const auto &item : failed) {
        if (const auto it = newByInvitation.constFind(item.invitationId); it != newByInvitation.cend())
            renumbered.insert(item.actionId, *it);
    }
    m_bulkRun.requeue(renumbered);
    m_session.syncNow();
    return ActionDone{};
}

ActionResult InvitationActions::respond(const QStringList &invitationIds, ActionKind kind)
{
    Q_ASSERT(kind == ActionKind::Accept || kind == ActionKind::Ignore);
    const auto pending = pendingInvitations(invitationIds, Direction::Received);
    if (!pending)
        return pending.error();
    if (pending.value().isEmpty())
        return NothingToDo{};
    return enqueueWithUndo(pending.value(), kind);
}

std::optional<ActionResult> InvitationActions::weeklyBudgetBlock() const
{
    const auto snapshot = m_cache.account().snapshot(AccountStore::PendingCounts::Skipped);
    if (!snapshot)
        return ActionRefused{snapshot.error().message};
    if (!snapshot.value().nextInviteAllowedAt.isValid())
        return std::nullopt;
    return BlockedByWeeklyBudget{snapshot.value().nextInviteAllowedAt, snapshot.value().weeklyInvitesLimit};
}

std::optional<ActionResult> InvitationActions::cooldownBlock(const Person &person) const
{
    const auto withdrawal = m_cache.invitations().reinviteAvailableAt(person.id);
    if (!withdrawal)
        return ActionRefused{withdrawal.error().message};
    const auto &blocked = withdrawal.value();
    if (!blocked)
        return std::nullopt;
    return ActionRefused{tr("You can invite %1 again from %2 (%n day(s) after a withdrawal).", nullptr,
                            rules().reinviteCooldownDays)
                             .arg(person.name, shortDateTime(*blocked))};
}

ActionResult InvitationActions::prepareInvitation(const Suggestion &suggestion)
{
    // The server's date for a withdrawal made elsewhere, or the cache's for one made here.
    if (suggestion.reinviteAvailableAt && *suggestion.reinviteAvailableAt > m_clock.now())
        return ActionRefused{tr("You withdrew an invitation to %1 recently; you can invite them again from %2.")
                                 .arg(suggestion.person.name, shortDateTime(*suggestion.reinviteAvailableAt))};
    if (auto blocked = cooldownBlock(suggestion.person))
        return *blocked;
    if (auto blocked = weeklyBudgetBlock())
        return *blocked;
    return NoteNeeded{suggestion.person, rules().noteMaxChars};
}

ActionResult InvitationActions::prepareReinvite(const QStringList &invitationIds)
{
    if (invitationIds.size() != 1)
        return ActionRefused{tr("Select one person to re-invite; each invitation gets its own note.")};
    const auto read = m_cache.invitations().invitationsById(invitationIds);
    if (!read)
        return ActionRefused{read.error().message};
    const auto &rows = read.value();
    if (rows.isEmpty() || rows.first().invitation.state != InvitationState::Withdrawn || rows.first().actionQueued)
        return NothingToDo{};
    const auto &person = rows.first().invitation.person;
    if (auto blocked = cooldownBlock(person))
        return *blocked;
    if (auto blocked = weeklyBudgetBlock())
        return *blocked;
    return NoteNeeded{person, rules().noteMaxChars};
}

ActionResult InvitationActions::sendInvitation(const Person &person, const std::optional<QString> &note)
{
    if (note && !rules().noteFits(*note)) {
        const auto over = codePointCount(*note) - rules().noteMaxChars;
        return ActionRefused{tr("The note is %n character(s) too long; the network allows %1.", nullptr,
                                static_cast<int>(over))
                                 .arg(rules().noteMaxChars)};
    }
    if (auto blocked = cooldownBlock(person))
        return *blocked;
    if (auto blocked = weeklyBudgetBlock())
        return *blocked;
    QString error;
    const auto window = undoWindow();
    const auto ids = m_cache.outbox().enqueue({ActionRequest{ActionKind::Send, {}, person, note}}, window, &error);
    if (!ids)
        return ActionRefused{error};
    offerUndo(*ids);
    return ActionQueued{ActionKind::Send, 1, person.name, {}, m_undoHandle, window};
}

ActionResult InvitationActions::enqueueWithUndo(const QList<CachedInvitation> &rows, ActionKind kind,
                                                QList<qint64> *actionIds)
{
    QString error;
    const auto window = undoWindow();
    const auto ids = m_cache.outbox().enqueue(requestsFor(rows, kind), window, &error);
    if (!ids)
        return ActionRefused{error};
    if (actionIds)
        *actionIds = *ids;
    offerUndo(*ids);
    ActionQueued queued{kind, static_cast<int>(rows.size()), {}, {}, m_undoHandle, window};
    if (rows.size() == 1)
        queued.personName = rows.first().invitation.person.name;
    if (kind == ActionKind::Withdraw)
        queued.reinviteAvailableAt = rules().reinviteAvailableAt(m_clock.now());
    return queued;
}

std::chrono::milliseconds InvitationActions::undoWindow() const
{
    return m_undoOffered ? m_settings.undoWindow() : std::chrono::milliseconds(0);
}

void InvitationActions::offerUndo(const QList<qint64> &actionIds)
{
    if (!m_undoOffered)
        return;
    // A new action ends the undo of the one before: one Undo on offer at a time.
    m_undoable = actionIds;
    ++m_undoHandle;
    m_undoTimer.start(m_settings.undoWindow());
}

void InvitationActions::endUndo()
{
    m_undoTimer.stop();
    const bool wasOffered = !m_undoable.isEmpty();
    m_undoable.clear();
    if (wasOffered)
        Q_EMIT undoEnded();
}

void InvitationActions::onActionFinished(const ActionOutcome &outcome)
{
    // Once the action on offer has left, Undo would only say "too late".
    if (m_undoable.contains(outcome.actionId))
        endUndo();
    if (m_bulkRun.contains(outcome.actionId)) {
        // A bulk run reports in its own panel, not one banner line per person.
        m_bulkRun.record(outcome);
        return;
    }
    if (outcome.result != ActionOutcome::Result::Done)
        Q_EMIT actionRefused(outcome.reason);
}

} // namespace InviteDesk
