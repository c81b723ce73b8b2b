#pragma once

#include "api/apiclient.h"
#include "core/actionoutcome.h"
#include "cache/cachestore.h"
#include "sync/retrypolicy.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace InviteDesk {

// Keeps the cache and the server in step: sends due outbox actions (each with its
// fixed idempotency key, retried with backoff), then pulls the change feed (full the
// first time and after a 410, deltas after). Runs are never concurrent: a request for
// another run while one is going makes that run go round once more.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    // RateLimited: the server answered but asked to slow down; lastError() says until when.
    // CacheUnwritable: the disk under the cache takes no writes, so nothing is sent (its
    // answer could not be kept) until it does again; lastError() is the cache's sentence.
    enum class Status { Idle, Syncing, Online, RateLimited, Offline, SignInRequired, CacheUnwritable };
    Q_ENUM(Status)

    SyncEngine(CacheStore &store, ApiClient &api, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncEngine)

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setPeriodicInterval(std::chrono::milliseconds interval) { m_periodic = interval; }
    void setPageSize(int size) { m_pageSize = size; }

    Status status() const { return m_status; }
    // The last problem in one sentence (why we are offline, why sign-in is needed).
    QString lastError() const { return m_lastError; }

    // Starts the timers (periodic sync, due outbox actions) and a first sync.
    void start();
    // Sends what is due and pulls changes; true when the server was reached and all of
    // it went through.
    QCoro::Task<bool> syncNow();
    // Sends what is due without pulling.
    QCoro::Task<bool> flushOutbox();
    // The action whose request is on the wire now (it can no longer be taken back), or 0.
    qint64 actionInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void statusChanged(InviteDesk::SyncEngine::Status status);
    // Changes applied so far in the current pull.
    void syncProgress(int changesApplied);
    void syncFinished(bool ok);
    // A queued action left the outbox, done or ended otherwise (then `reason` is one
    // sentence for the user): it can no longer be undone.
    void actionFinished(const InviteDesk::ActionOutcome &outcome);

private:
    enum class Mode { FlushOnly, Full };
    // How a step ended: done (some actions may wait for a retry), the server asked us to
    // slow down, the disk under the cache takes no writes, or it failed (no server, no
    // sign-in, the cache could not be read or written for another reason).
    enum class Outcome { Done, RateLimited, CacheUnwritable, Failed };
    QCoro::Task<bool> run(Mode mode);
    QCoro::Task<Outcome> flushDue();
    QCoro::Task<Outcome> pull();
    Outcome holdForRateLimit(std::chrono::milliseconds wait);
    Outcome cacheFailure(const QString &error);
    // Failed only when the cache could not keep what the server said.
    QCoro::Task<Outcome> refreshAccount();
    bool accountRefreshDue() const;
    QCoro::Task<ApiResult<Invitation>> perform(OutboxAction action);
    // Ends an action the server refused for good; false when the cache could not be written.
    bool resolve(const OutboxAction &action, const ApiError &error, QString *storeError);
    // Notes a failed request; false when it means the run cannot go on.
    void noteFailure(const ApiError &error);
    void setStatus(Status status);
    void scheduleNextRun();
    QString resolutionMessage(const OutboxAction &action, const ApiError &error) const;

    CacheStore &m_store;
    ApiClient &m_api;
    const Clock &m_clock;
    RetryPolicy m_retry;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    std::chrono::milliseconds m_periodic{std::chrono::minutes(1)};
    int m_pageSize = 500;
    QTimer m_timer;
    Status m_status = Status::Idle;
    QString m_lastError;
    bool m_running = false;
    qint64 m_inFlight = 0;
    bool m_runAgain = false;
    bool m_pullAgain = false;
    int m_consecutiveFailures = 0;
    // After a rate limit the timer sends nothing before this (Sync now still may).
    QDateTime m_holdUntil;
    // Something this engine did or pulled may have changed the account's figures.
    bool m_accountStale = true;
    QDateTime m_accountRefreshedAt;
};

} // namespace InviteDesk
