#include "sync/syncengine.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSync, "invitedesk.sync", QtInfoMsg)

namespace InviteDesk {

SyncEngine::SyncEngine(CacheStore &store, ApiClient &api, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_store.outbox(), &OutboxStore::outboxChanged, this, &SyncEngine::scheduleNextRun);
    // The disk takes writes again: what waited for it goes now.
    connect(&m_store.writeHealth(), &CacheWriteHealth::problemChanged, this, [this](const QString &problem) {
        if (problem.isEmpty() && m_status == Status::CacheUnwritable)
            syncNow();
    });
}

void SyncEngine::start()
{
    syncNow();
}

QCoro::Task<bool> SyncEngine::syncNow()
{
    return run(Mode::Full);
}

QCoro::Task<bool> SyncEngine::flushOutbox()
{
    return run(Mode::FlushOnly);
}

QCoro::Task<bool> SyncEngine::run(Mode mode)
{
    if (m_running) {
        m_runAgain = true;
        m_pullAgain = m_pullAgain || mode == Mode::Full;
        co_return false;
    }
    QPointer<SyncEngine> self(this);
    m_running = true;
    m_timer.stop();
    Outcome outcome = Outcome::Done;
    bool pullWanted = mode == Mode::Full;
    do {
        m_runAgain = false;
        // A rate limit whose time is up explains nothing any more: sending resumes.
        if (m_status == Status::RateLimited && m_holdUntil.isValid() && m_clock.now() >= m_holdUntil)
            m_lastError.clear();
        // Nothing goes to the server while its answer could not be kept.
        if (!m_store.writeHealth().isWritable() && !m_store.writeHealth().recheck()) {
            outcome = cacheFailure(m_store.writeHealth().problem());
            break;
        }
        setStatus(Status::Syncing);
        outcome = co_await flushDue();
        if (!self)
            co_return false;
        // A rate limit covers every request: the pull waits for the next run too.
        if (outcome == Outcome::Done && pullWanted) {
            outcome = co_await pull();
            if (!self)
                co_return false;
            if (outcome == Outcome::Done && accountRefreshDue()) {
                outcome = co_await refreshAccount();
                if (!self)
                    co_return false;
            }
        }
        pullWanted = m_pullAgain;
        m_pullAgain = false;
    } while (outcome == Outcome::Done && m_runAgain);
    m_running = false;
    const bool ok = outcome == Outcome::Done;
    if (ok) {
        m_consecutiveFailures = 0;
        m_lastError.clear();
        setStatus(Status::Online);
    } else if (m_status == Status::SignInRequired) {
        // Stays until someone signs in.
    } else if (outcome == Outcome::RateLimited) {
        // The server answered: reachable, just busy.
        setStatus(Status::RateLimited);
    } else if (outcome == Outcome::CacheUnwritable) {
        // Not the server's fault: no backoff; the cache's health says when to go on.
        setStatus(Status::CacheUnwritable);
    } else {
        ++m_consecutiveFailures;
        setStatus(Status::Offline);
    }
    if (mode == Mode::Full)
        Q_EMIT syncFinished(ok);
    scheduleNextRun();
    co_return ok;
}

SyncEngine::Outcome SyncEngine::holdForRateLimit(std::chrono::milliseconds wait)
{
    m_holdUntil = m_clock.now().addMSecs(wait.count());
    m_lastError = tr("The server asked InviteDesk to slow down; syncing resumes at %1.").arg(
        QLocale().toString(m_holdUntil.toLocalTime().time(), QLocale::ShortFormat));
    qCInfo(lcSync) << "rate limited for" << wait.count() << "ms";
    return Outcome::RateLimited;
}

SyncEngine::Outcome SyncEngine::cacheFailure(const QString &error)
{
    // Without a record of what was done the same action would be due again at once.
    qCWarning(lcSync).noquote() << error;
    m_lastError = error;
    return m_store.writeHealth().isWritable() ? Outcome::Failed : Outcome::CacheUnwritable;
}

QCoro::Task<SyncEngine::Outcome> SyncEngine::flushDue()
{
    QPointer<SyncEngine> self(this);
    const auto due = m_store.outbox().dueActions(m_clock.now());
    if (!due)
        co_return cacheFailure(due.error().message);
    for (const auto &action : due.value()) {
        // Cancelled (a stopped bulk run) since the list was read.
        const auto stillQueued = m_store.outbox().hasAction(action.id);
        if (!stillQueued)
            co_return cacheFailure(stillQueued.error().message);
        if (!stillQueued.value())
            continue;
        m_inFlight = action.id;
        const auto result = co_await perform(action);
        if (!self)
            co_return Outcome::Failed;
        m_inFlight = 0;
        QString error;
        if (result) {
            const auto outcome = m_store.outbox().completeAction(action, result.value(), &error);
            if (!outcome)
                co_return cacheFailure(error);
            m_accountStale = true; // the weekly budget, the suggestions, the connections
            Q_EMIT actionFinished(*outcome);
            continue;
        }
        const auto &failure = result.error();
        if (failure.kind == ApiError::Kind::Http && failure.status == 401) {
            m_lastError = tr("Your session has ended; sign in again to send queued actions.");
            setStatus(Status::SignInRequired);
            co_return Outcome::Failed;
        }
        const bool serverError = failure.kind == ApiError::Kind::InvalidResponse
                                 || (failure.kind == ApiError::Kind::Http && failure.status != 429);
        if (!failure.isTransient() || (serverError && action.serverErrors + 1 >= m_retry.maxServerErrorAttempts)) {
            if (!resolve(action, failure, &error))
                co_return cacheFailure(error);
            continue;
        }
        const auto wait = m_retry.delay(action.attempts, failure.retryAfter, m_random);
        qCInfo(lcSync) << "action" << action.id << "will be retried in" << wait.count() << "ms:" << failure.message;
        if (!m_store.outbox().recordFailedAttempt(
                action, m_clock.now().addMSecs(wait.count()), failure.message,
                serverError ? OutboxStore::FailureKind::ServerError : OutboxStore::FailureKind::Other, &error))
            co_return cacheFailure(error);
        if (failure.kind == ApiError::Kind::Http && failure.status == 429)
            co_return holdForRateLimit(wait);
        // A server error on one action: that one waits for its retry, the rest go on.
        if (serverError)
            continue;
        noteFailure(failure);
        co_return Outcome::Failed;
    }
    co_return Outcome::Done;
}

QCoro::Task<ApiResult<Invitation>> SyncEngine::perform(OutboxAction action)
{
    switch (action.kind) {
    case ActionKind::Withdraw:
        return m_api.withdraw(action.invitationId, action.idempotencyKey);
    case ActionKind::Accept:
        return m_api.accept(action.invitationId, action.idempotencyKey);
    case ActionKind::Ignore:
        return m_api.ignore(action.invitationId, action.idempotencyKey);
    case ActionKind::Send:
        break;
    }
    return m_api.sendInvitation(action.personId, action.message, action.idempotencyKey);
}

bool SyncEngine::resolve(const OutboxAction &action, const ApiError &error, QString *storeError)
{
    const auto resolution = error.status == 404 ? ActionResolution::InvitationGone
                            : error.invitationState ? ActionResolution::StateChanged
                                                    : ActionResolution::Refused;
    const auto outcome = m_store.outbox().resolveAction(action, resolution, error.invitationState,
                                                        resolutionMessage(action, error), storeError);
    if (!outcome)
        return false;
    m_accountStale = true;
    Q_EMIT actionFinished(*outcome);
    return true;
}

bool SyncEngine::accountRefreshDue() const
{
    // A sync that brought nothing and sent nothing costs one request, except now and
    // then: the rules, the suggestions and the rolling week change on the server alone.
    constexpr qint64 quietRefreshMs = 5 * 60 * 1000;
    return m_accountStale || !m_accountRefreshedAt.isValid()
           || m_accountRefreshedAt.msecsTo(m_clock.now()) >= quietRefreshMs;
}

QString SyncEngine::resolutionMessage(const OutboxAction &action, const ApiError &error) const
{
    const QString &name = action.personName;
    // Whole sentences for each side: "to" a person for what one sent, "from" for what one received.
    const bool sent = action.kind == ActionKind::Withdraw || action.kind == ActionKind::Send;
    if (error.status == 404)
        return sent ? tr("The invitation to %1 no longer exists; nothing was changed.").arg(name)
                    : tr("The invitation from %1 no longer exists; nothing was changed.").arg(name);
    if (error.invitationState) {
        switch (*error.invitationState) {
        case InvitationState::Pending:
            return sent ? tr("The invitation to %1 is still pending.").arg(name)
                        : tr("The invitation from %1 is still pending.").arg(name);
        case InvitationState::Accepted:
            return sent ? tr("The invitation to %1 was already accepted.").arg(name)
                        : tr("The invitation from %1 was already accepted.").arg(name);
        case InvitationState::Ignored:
            return sent ? tr("The invitation to %1 was already ignored.").arg(name)
                        : tr("The invitation from %1 was already ignored.").arg(name);
        case InvitationState::Withdrawn:
            return sent ? tr("The invitation to %1 was already withdrawn.").arg(name)
                        : tr("The invitation from %1 was already withdrawn.").arg(name);
        case InvitationState::Expired:
            return sent ? tr("The invitation to %1 had already expired.").arg(name)
                        : tr("The invitation from %1 had already expired.").arg(name);
        }
    }
    const auto when = [&] { return QLocale().toString(error.availableAt->toLocalTime(), QLocale::ShortFormat); };
    if (error.availableAt && error.code == u"reinvite_cooldown"_s)
        return tr("The network does not let you invite %1 again yet: you withdrew an invitation to them recently. "
                  "You can invite them from %2.")
            .arg(name, when());
    if (error.availableAt && error.code == u"weekly_limit_reached"_s)
        return tr("Your invitation to %1 was not sent: this week's invitations are used up. You can send more from "
                  "%2.")
            .arg(name, when());
    if (error.isTransient())
        return tr("%1: the server kept failing (%n attempt(s); last: %2)", nullptr, action.serverErrors + 1)
            .arg(name, error.message);
    return tr("%1: %2", "a person's name, then the sentence saying why the action was refused")
        .arg(name, error.message);
}

QCoro::Task<SyncEngine::Outcome> SyncEngine::pull()
{
    QPointer<SyncEngine> self(this);
    auto &state = m_store.syncState();
    QString error;
    const auto token = state.syncToken();
    const auto full = state.isFullSyncInProgress();
    if (!token || !full)
        co_return cacheFailure((!token ? token.error() : full.error()).message);
    if (token.value().isEmpty() && !full.value() && !state.startFullSync(&error))
        co_return cacheFailure(error);
    int applied = 0;
    bool restarted = false;
    for (;;) {
        const auto since = state.syncToken();
        if (!since)
            co_return cacheFailure(since.error().message);
        const auto page = co_await m_api.sync(since.value(), m_pageSize);
        if (!self)
            co_return Outcome::Failed;
        if (!page) {
            const auto &failure = page.error();
            if (failure.status == 410 && !restarted) {
                // The server forgot our place: fetch everything again, keep the outbox.
                qCInfo(lcSync) << "sync token expired; full resync";
                restarted = true;
                if (!state.startFullSync(&error))
                    co_return cacheFailure(error);
                continue;
            }
            if (failure.status == 429)
                co_return holdForRateLimit(m_retry.delay(m_consecutiveFailures, failure.retryAfter, m_random));
            noteFailure(failure);
            co_return Outcome::Failed;
        }
        if (!state.applySyncBatch(SyncBatch{page.value().upserts, page.value().removedIds, page.value().nextSince},
                                  &error))
            co_return cacheFailure(error);
        applied += static_cast<int>(page.value().upserts.size() + page.value().removedIds.size());
        if (applied > 0)
            m_accountStale = true;
        Q_EMIT syncProgress(applied);
        if (!page.value().hasMore)
            break;
    }
    const auto finishing = state.isFullSyncInProgress();
    if (!finishing)
        co_return cacheFailure(finishing.error().message);
    if (finishing.value() && !state.finishFullSync(&error))
        co_return cacheFailure(error);
    if (!state.saveLastSyncedAt(m_clock.now(), &error))
        co_return cacheFailure(error);
    qCInfo(lcSync) << "sync complete:" << applied << "changes";
    co_return Outcome::Done;
}

QCoro::Task<SyncEngine::Outcome> SyncEngine::refreshAccount()
{
    // An answer that does not come is left for the next run; one the cache cannot keep
    // ends this run with the cache's sentence.
    QPointer<SyncEngine> self(this);
    auto &account = m_store.account();
    QString error;
    const auto me = co_await m_api.me();
    if (!self)
        co_return Outcome::Failed;
    if (me
        && !account.saveAccount(me.value().person.name, me.value().weeklyInvitesUsed,
                                me.value().weeklyInvitesLimit, me.value().rules, &error))
        co_return cacheFailure(error);
    const auto suggestions = co_await m_api.suggestions(20);
    if (!self)
        co_return Outcome::Failed;
    if (suggestions && !account.saveSuggestions(suggestions.value(), &error))
        co_return cacheFailure(error);
    // /me counts them; an older server only lets the client page through them all.
    std::optional<int> connections = me ? me.value().connectionCount : std::nullopt;
    if (me && !connections) {
        const auto counted = co_await m_api.connectionCount();
        if (!self)
            co_return Outcome::Failed;
        if (counted)
            connections = counted.value();
    }
    if (connections && !account.saveConnectionCount(*connections, &error))
        co_return cacheFailure(error);
    if (me && suggestions) {
        m_accountStale = false;
        m_accountRefreshedAt = m_clock.now();
    }
    qCInfo(lcSync) << "account refreshed";
    co_return Outcome::Done;
}

void SyncEngine::noteFailure(const ApiError &error)
{
    m_lastError = error.message;
    if (error.kind == ApiError::Kind::Http && error.status == 401) {
        m_lastError = tr("Your session has ended; sign in again.");
        setStatus(Status::SignInRequired);
    }
    qCInfo(lcSync) << "sync stopped:" << error.message;
}

void SyncEngine::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SyncEngine::scheduleNextRun()
{
    if (m_running || m_status == Status::SignInRequired || m_status == Status::CacheUnwritable)
        return;
    const QDateTime now = m_clock.now();
    // Periodic pull when online; backoff while the server is unreachable.
    constexpr qint64 longestOfflineWait = 30'000;
    qint64 wait = m_status == Status::Offline
                      ? std::min<qint64>(longestOfflineWait, m_retry.delay(m_consecutiveFailures, std::nullopt, m_random).count())
                      : std::chrono::milliseconds(m_periodic).count();
    // A cache that cannot be read now is tried again at the next periodic run.
    if (const auto next = m_store.outbox().nextActionTime(); next && next.value() && m_status != Status::Offline)
        wait = std::min(wait, std::max<qint64>(0, now.msecsTo(*next.value())));
    if (m_holdUntil.isValid())
        wait = std::max(wait, now.msecsTo(m_holdUntil));
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace InviteDesk
