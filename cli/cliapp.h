#pragma once

#include "actions/actionresult.h"
#include "cache/cacheerror.h"
#include "cache/outboxaction.h"
#include "core/actionoutcome.h"
#include "cli/clioptions.h"
#include "core/actionkind.h"
#include "core/systemclock.h"

#include <QCoroTask>
#include <QObject>

#include <QSet>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace InviteDesk {
class AppSettings;
class CacheStore;
class InvitationActions;
class Session;
} // namespace InviteDesk

namespace InviteDesk::Cli {

// invitedesk-cli put together: the window's settings, account and cache in the same
// data folder, the session, and the action layer without an undo window (the command
// line confirms first). run() carries out one command and returns the exit status
// (exitcode.h); results go to stdout, sentences about problems to stderr.
class CliApp final : public QObject
{
    Q_OBJECT
public:
    CliApp(CliOptions options, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~CliApp() override;
    Q_DISABLE_COPY_MOVE(CliApp)

    QCoro::Task<int> run();

private:
    // The account asked for (--account, else the last one used) and its cache: Done, or
    // the exit status with the sentence on stderr (SignInNeeded when there is no account,
    // SomeFailed when its cache cannot be opened: a full disk, say).
    int openAccount();
    // Signs in with --password-file (the token then stays in memory), else uses the
    // token the window or `sign-in` kept. Returns an exit status, Done when connected.
    QCoro::Task<int> connectSession();
    QCoro::Task<int> signIn();
    // The token leaves the keyring; the cache and its queue stay.
    QCoro::Task<int> signOut();
    int list();
    int exportAll();
    QCoro::Task<int> withdraw();
    QCoro::Task<int> respond(ActionKind kind);
    QCoro::Task<int> invite();
    QCoro::Task<int> sync();
    // sync once connected (sign-in ends with it): what is queued, each with its result,
    // then the changes.
    QCoro::Task<int> sendQueuedAndPull();
    // Every action in the outbox, due or not.
    CacheResult<QList<OutboxAction>> queuedActions() const;
    QCoro::Task<int> status();
    // Says why, on stderr, when `result` is a refusal or the weekly budget; true then.
    static bool reportRefusal(const ActionResult &result);
    // Connects and sends what `queued` put in the outbox, or says why it was refused.
    QCoro::Task<int> sendQueued(ActionResult queued, QStringList invitationIds);
    // Sends the outbox until each of these invitations' actions has ended, printing each
    // person's result; the exit status says whether all went as asked.
    QCoro::Task<int> sendAndReport(QStringList invitationIds);
    // While another process sends the outbox: reports each of `waiting` as the cache says
    // it ended (report(name, result, as asked)); returns when none is left, when this
    // process may send again, or with 3 when the other one cannot send them now.
    QCoro::Task<int> followElsewhere(QSet<QString> &waiting,
                                     std::function<void(const QString &, const QString &, bool)> report);
    // Asks on the terminal unless --yes; false (and why) when the answer is no or there
    // is no terminal to ask on.
    bool confirm(const QString &question, int *status);
    // Syncs (connecting first if need be) until no sync runs any more; true when the
    // last one went through.
    QCoro::Task<bool> syncToEnd();
    // What stops a run when sending did not go through: offline (3) or sign-in (4).
    int reportNotSent(int waiting);

    CliOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager &m_network;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<InvitationActions> m_actions;
    QString m_signInRefusal; // why --password-file's sign-in did not work, if it did not
    QList<ActionOutcome> m_outcomes; // ended since the account was opened, not reported yet
};

} // namespace InviteDesk::Cli
