#include "cli/cliapp.h"

#include "actions/invitationactions.h"
#include "cache/cachestore.h"
#include "cli/exitcode.h"
#include "cli/invitationprinter.h"
#include "core/ownerfiles.h"
#include "core/suggestion.h"
#include "session/appsettings.h"
#include "session/memorycredentialstore.h"
#include "session/session.h"

#include <QCoroSignal>
#include <QCoroTimer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Cli {

namespace {

void out(const QString &text)
{
    fputs(qPrintable(text + u'\n'), stdout);
    fflush(stdout);
}

void err(const QString &text)
{
    fputs(qPrintable(u"invitedesk-cli: "_s + text + u'\n'), stderr);
}

// The password typed on the terminal, not echoed.
QString readPasswordFromTerminal(const QString &prompt)
{
    fputs(qPrintable(prompt), stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly | QIODevice::Text);
    const QString line = QString::fromUtf8(in.readLine()).trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        fputs("\n", stderr);
    }
    return line;
}

// The first line of --password-file, or nullopt after saying why it cannot be read.
std::optional<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err(CliApp::tr("The password file %1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readLine()).trimmed();
}

// The row of `id` in `rows`, or null.
const CachedInvitation *rowOf(const QList<CachedInvitation> &rows, const QString &id)
{
    const auto found =
        std::find_if(rows.cbegin(), rows.cend(), [&](const CachedInvitation &row) { return row.invitation.id == id; });
    return found == rows.cend() ? nullptr : &*found;
}

// Oldest first.
bool sentEarlier(const CachedInvitation &a, const CachedInvitation &b)
{
    return a.invitation.sentAt < b.invitation.sentAt;
}

bool isActionable(const CachedInvitation *row, Direction direction)
{
    return row && row->invitation.direction == direction && row->invitation.state == InvitationState::Pending
           && !row->actionQueued;
}

QString outcomeText(const ActionOutcome &outcome)
{
    switch (outcome.result) {
    case ActionOutcome::Result::Done:
        return CliApp::tr("done");
    case ActionOutcome::Result::StateChanged:
        return CliApp::tr("not changed: it is %1 now")
            .arg(outcome.state ? toWireString(*outcome.state) : CliApp::tr("changed"));
    case ActionOutcome::Result::Gone:
        return CliApp::tr("not changed: it no longer exists");
    case ActionOutcome::Result::Failed:
        return CliApp::tr("failed: %1").arg(outcome.reason);
    }
    return {};
}

} // namespace

CliApp::CliApp(CliOptions options, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_session(std::make_unique<Session>(m_network, m_clock))
{
}

CliApp::~CliApp()
{
    m_actions.reset();
    m_session->close();
    m_store.reset();
}

QCoro::Task<int> CliApp::run()
{
    if (QString why; !OwnerFiles::makeFolderPrivate(m_options.dataDir, &why)) {
        err(tr("The data folder %1 cannot be used (%2).").arg(QDir::toNativeSeparators(m_options.dataDir), why));
        co_return UsageError;
    }
    m_settings = std::make_unique<AppSettings>(QDir(m_options.dataDir).filePath(u"settings.ini"_s));
    if (!m_options.caCertificates.isEmpty()) {
        QString error;
        if (!m_session->trustCaCertificates(m_options.caCertificates, &error)) {
            err(error);
            co_return UsageError;
        }
    }
    const QString &command = m_options.command;
    if (command == u"sign-in")
        co_return co_await signIn();
    if (const int opened = openAccount(); opened != Done)
        co_return opened;
    if (command == u"list")
        co_return list();
    if (command == u"export")
        co_return exportAll();
    if (command == u"status")
        co_return co_await status();
    if (command == u"sign-out")
        co_return co_await signOut();
    if (command == u"sync")
        co_return co_await sync();
    if (command == u"withdraw")
        co_return co_await withdraw();
    if (command == u"accept")
        co_return co_await respond(ActionKind::Accept);
    if (command == u"ignore")
        co_return co_await respond(ActionKind::Ignore);
    if (command == u"invite")
        co_return co_await invite();
    co_return UsageError;
}

int CliApp::openAccount()
{
    if (m_options.username.isEmpty()) {
        m_options.serverUrl = m_settings->lastServerUrl();
        m_options.username = m_settings->lastUsername();
    }
    if (m_options.username.isEmpty() || m_options.serverUrl.isEmpty()) {
        err(tr("No account yet: sign in first with \"invitedesk-cli sign-in --server URL --user NAME\"."));
        return SignInNeeded;
    }
    QString error;
    if (!Session::isAcceptableServerUrl(m_options.serverUrl, &error)) {
        err(error);
        return SignInNeeded;
    }
    QString recovered;
    m_store = CacheStore::openOrRecover(
        QDir(m_options.dataDir).filePath(Session::cacheFileName(m_options.serverUrl, m_options.username)), m_clock,
        &error, &recovered);
    if (!m_store) {
        err(error);
        return SomeFailed;
    }
    if (!recovered.isEmpty())
        err(recovered);
    // Before anything is queued: from here on each action another process ends is
    // reported to this one (the window may send what this run queues at once).
    m_session->open(*m_store, m_options.serverUrl, m_options.username);
    // Kept from now on: the window may end what this run queues before this run has
    // even signed in to follow it.
    connect(m_session.get(), &Session::actionFinished, this,
            [this](const ActionOutcome &outcome) { m_outcomes.append(outcome); });
    m_actions = std::make_unique<InvitationActions>(*m_store, *m_session, *m_settings, m_clock);
    m_actions->setUndoOffered(false);
    return Done;
}

QCoro::Task<int> CliApp::connectSession()
{
    if (!m_options.passwordFile.isEmpty()) {
        const auto password = readPasswordFile(m_options.passwordFile);
        if (!password)
            co_return UsageError;
        // Cron and timers have no keyring: the token lives as long as this run.
        m_session->setCredentialStore(
            std::make_unique<MemoryCredentialStore>(tr("signed in with --password-file for this run")));
        // Refused or unanswered, the run goes on: the sync that follows finds the server
        // away (offline, the actions wait) or wanting credentials (then this says why).
        const auto refused = co_await m_session->signIn(m_options.serverUrl, m_options.username, *password);
        m_signInRefusal = refused.value_or(QString());
    }
    co_return Done;
}

QCoro::Task<int> CliApp::signIn()
{
    QString error;
    if (!Session::isAcceptableServerUrl(m_options.serverUrl, &error)) {
        err(error);
        co_return UsageError;
    }
    QString password;
    if (!m_options.passwordFile.isEmpty()) {
        const auto fromFile = readPasswordFile(m_options.passwordFile);
        if (!fromFile)
            co_return UsageError;
        password = *fromFile;
    } else {
        if (!isatty(STDIN_FILENO)) {
            err(tr("No terminal to ask for the password on: give --password-file FILE."));
            co_return UsageError;
        }
        password = readPasswordFromTerminal(tr("Password for %1: ").arg(m_options.username));
    }
    const auto refused = co_await m_session->signIn(m_options.serverUrl, m_options.username, password);
    if (refused) {
        err(*refused);
        co_return SignInNeeded;
    }
    m_settings->setLastAccount(m_options.serverUrl, m_options.username);
    if (const QString limitation = co_await m_session->credentialLimitation(); !limitation.isEmpty())
        err(limitation);
    out(tr("Signed in as %1 on %2.").arg(m_options.username, m_options.serverUrl.toDisplayString()));
    if (const int opened = openAccount(); opened != Done)
        co_return opened;
    co_return co_await sendQueuedAndPull();
}

QCoro::Task<int> CliApp::signOut()
{
    co_await m_session->signOut();
    out(tr("Signed out of %1 on %2; what is queued stays until you sign in again.")
            .arg(m_options.username, m_options.serverUrl.toDisplayString()));
    if (const QString note = m_session->note(); !note.isEmpty())
        err(tr("Note: %1.").arg(note));
    co_return Done;
}

int CliApp::list()
{
    const QString &which = m_options.arguments.constFirst();
    const Direction direction = which == u"received" ? Direction::Received : Direction::Sent;
    const InvitationState state = which == u"withdrawn" ? InvitationState::Withdrawn : InvitationState::Pending;
    const auto rows = m_store->invitations().invitations(direction, state);
    if (!rows) {
        err(rows.error().message);
        return SomeFailed;
    }
    const QDateTime now = m_clock.now();
    const DomainRules &rules = m_store->account().rules();
    QList<CachedInvitation> shown;
    for (const CachedInvitation &row : rows.value()) {
        if (m_options.filter.matches(row.invitation, now, rules))
            shown.append(row);
    }
    const QByteArray text = InvitationPrinter(rules, now).print(shown, m_options.format);
    fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    return Done;
}

int CliApp::exportAll()
{
    QList<CachedInvitation> all;
    for (const auto &[direction, state] :
         {std::pair{Direction::Received, InvitationState::Pending}, std::pair{Direction::Sent, InvitationState::Pending},
          std::pair{Direction::Sent, InvitationState::Withdrawn}}) {
        const auto rows = m_store->invitations().invitations(direction, state);
        if (!rows) {
            err(rows.error().message);
            return SomeFailed;
        }
        all += rows.value();
    }
    const QDateTime now = m_clock.now();
    const CliOptions::Format format =
        m_options.format == CliOptions::Format::Table ? CliOptions::Format::Csv : m_options.format;
    const QByteArray text = InvitationPrinter(m_store->account().rules(), now).print(all, format);
    fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    return Done;
}

bool CliApp::confirm(const QString &question, int *status)
{
    if (m_options.yes)
        return true;
    if (!isatty(STDIN_FILENO)) {
        err(tr("Not asking without a terminal: add --yes to go ahead."));
        *status = UsageError;
        return false;
    }
    fputs(qPrintable(question + tr(" [y/N] ")), stderr);
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly | QIODevice::Text);
    const QString answer = QString::fromUtf8(in.readLine()).trimmed().toLower();
    if (answer == u"y" || answer == u"yes" || answer == tr("y") || answer == tr("yes"))
        return true;
    out(tr("Nothing was changed."));
    *status = Done;
    return false;
}

QCoro::Task<int> CliApp::withdraw()
{
    QStringList ids = m_options.arguments;
    if (m_options.olderThanDays) {
        const auto rows = m_store->invitations().invitations(Direction::Sent, InvitationState::Pending);
        if (!rows) {
            err(rows.error().message);
            co_return SomeFailed;
        }
        QList<CachedInvitation> stale;
        const QDateTime now = m_clock.now();
        for (const CachedInvitation &row : rows.value()) {
            if (!row.actionQueued && m_options.filter.matches(row.invitation, now, m_store->account().rules()))
                stale.append(row);
        }
        std::sort(stale.begin(), stale.end(), sentEarlier);
        if (m_options.limit && stale.size() > *m_options.limit)
            stale.resize(*m_options.limit);
        ids.clear();
        for (const CachedInvitation &row : std::as_const(stale))
            ids.append(row.invitation.id);
        if (ids.isEmpty()) {
            out(tr("No invitation has been pending for more than %n day(s).", nullptr, *m_options.olderThanDays));
            co_return Done;
        }
    } else {
        // Every id must be a pending sent invitation: one that is not stops the run
        // before anything is queued.
        const auto rows = m_store->invitations().invitationsById(ids);
        if (!rows) {
            err(rows.error().message);
            co_return SomeFailed;
        }
        for (const QString &id : std::as_const(ids)) {
            const CachedInvitation *row = rowOf(rows.value(), id);
            if (isActionable(row, Direction::Sent))
                continue;
            if (!row || row->invitation.direction != Direction::Sent)
                err(tr("%1 is not one of your sent invitations; nothing was withdrawn.").arg(id));
            else
                err(tr("%1 (%2) is no longer pending; nothing was withdrawn.").arg(id, row->invitation.person.name));
            co_return SomeFailed;
        }
    }

    const ActionResult preview = m_actions->previewWithdrawal(ids);
    if (const auto *refused = std::get_if<ActionRefused>(&preview)) {
        err(refused->sentence);
        co_return SomeFailed;
    }
    const auto *rows = std::get_if<WithdrawalPreview>(&preview);
    if (!rows) {
        out(tr("Nothing to withdraw."));
        co_return Done;
    }
    const QLocale locale;
    out(tr("Withdraw %n invitation(s):", nullptr, static_cast<int>(rows->rows.size())));
    // Oldest first, as --older-than --limit chose them.
    QList<CachedInvitation> going = rows->rows;
    std::sort(going.begin(), going.end(), sentEarlier);
    for (const CachedInvitation &row : std::as_const(going))
        out(tr("  %1  %2 (%3), pending %n day(s)", nullptr, ageInDays(row.invitation.sentAt, rows->now))
                .arg(row.invitation.id, row.invitation.person.name, row.invitation.person.company));
    out(tr("They can be invited again from %1.")
            .arg(locale.toString(rows->reinviteAvailableAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_options.dryRun) {
        out(tr("Dry run: nothing was sent."));
        co_return Done;
    }
    int status = Done;
    if (!confirm(tr("Withdraw them?"), &status))
        co_return status;
    co_return co_await sendQueued(m_actions->withdrawInBulk(ids), ids);
}

QCoro::Task<int> CliApp::respond(ActionKind kind)
{
    const QStringList ids = m_options.arguments;
    const auto rows = m_store->invitations().invitationsById(ids);
    if (!rows) {
        err(rows.error().message);
        co_return SomeFailed;
    }
    for (const QString &id : ids) {
        if (!isActionable(rowOf(rows.value(), id), Direction::Received)) {
            err(tr("%1 is not a pending invitation you received; nothing was changed.").arg(id));
            co_return SomeFailed;
        }
    }
    co_return co_await sendQueued(m_actions->respond(ids, kind), ids);
}

QCoro::Task<int> CliApp::invite()
{
    const QString &personId = m_options.arguments.constFirst();
    // Someone the network suggests, or someone whose invitation was withdrawn here.
    ActionResult prepared = ActionRefused{
        tr("%1 is neither a suggested person nor someone you withdrew an invitation from; nothing was sent.")
            .arg(personId)};
    const auto suggestions = m_store->account().suggestions();
    if (!suggestions) {
        err(suggestions.error().message);
        co_return SomeFailed;
    }
    const auto suggested = std::find_if(suggestions.value().cbegin(), suggestions.value().cend(),
                                        [&](const Suggestion &s) { return s.person.id == personId; });
    if (suggested != suggestions.value().cend()) {
        prepared = m_actions->prepareInvitation(*suggested);
    } else {
        const auto withdrawn = m_store->invitations().invitations(Direction::Sent, InvitationState::Withdrawn);
        if (!withdrawn) {
            err(withdrawn.error().message);
            co_return SomeFailed;
        }
        for (const CachedInvitation &row : withdrawn.value()) {
            if (row.invitation.person.id == personId) {
                prepared = m_actions->prepareReinvite({row.invitation.id});
                break;
            }
        }
    }
    if (reportRefusal(prepared))
        co_return SomeFailed;
    const auto *needed = std::get_if<NoteNeeded>(&prepared);
    if (!needed) {
        err(tr("%1 cannot be invited now; nothing was sent.").arg(personId));
        co_return SomeFailed;
    }
    const ActionResult queued = m_actions->sendInvitation(needed->person, m_options.note);
    if (reportRefusal(queued))
        co_return SomeFailed;
    // A new invitation's row carries a local id until the server answers: find it.
    const auto waiting = queuedActions();
    if (!waiting) {
        err(waiting.error().message);
        co_return SomeFailed;
    }
    QStringList ids;
    for (const OutboxAction &action : waiting.value()) {
        if (action.kind == ActionKind::Send && action.personId == needed->person.id)
            ids.append(action.invitationId);
    }
    out(tr("Inviting %1 (%2).").arg(needed->person.name, needed->person.company));
    co_return co_await sendQueued(queued, ids);
}

CacheResult<QList<OutboxAction>> CliApp::queuedActions() const
{
    // Due or not: an undo window or a backoff does not hide them from the command line.
    return m_store->outbox().dueActions(m_clock.now().addYears(100));
}

bool CliApp::reportRefusal(const ActionResult &result)
{
    if (const auto *refused = std::get_if<ActionRefused>(&result)) {
        err(refused->sentence);
        return true;
    }
    if (const auto *blocked = std::get_if<BlockedByWeeklyBudget>(&result)) {
        err(tr("This week's %1 invitations are used up; you can send more from %2.")
                .arg(blocked->limit)
                .arg(QLocale().toString(blocked->until.toLocalTime(), QLocale::ShortFormat)));
        return true;
    }
    return false;
}

QCoro::Task<int> CliApp::sendQueued(ActionResult queued, QStringList invitationIds)
{
    if (reportRefusal(queued))
        co_return SomeFailed;
    if (const int connected = co_await connectSession(); connected != Done)
        co_return connected;
    co_return co_await sendAndReport(invitationIds);
}

QCoro::Task<int> CliApp::sendAndReport(QStringList invitationIds)
{
    QSet<QString> waiting(invitationIds.cbegin(), invitationIds.cend());
    const int total = static_cast<int>(waiting.size());
    int finished = 0;
    int failed = 0;
    // On a terminal a progress line stays at the bottom, redrawn under each result;
    // scripts get only the result lines.
    const bool terminal = isatty(STDERR_FILENO);
    const auto showProgress = [&] {
        if (terminal)
            fputs(qPrintable(u"\r\033[K"_s + tr("Sending: %1 of %2 done, %3 failed").arg(finished).arg(total).arg(failed)),
                  stderr);
    };
    const auto clearProgress = [terminal] {
        if (terminal)
            fputs("\r\033[K", stderr);
    };
    const auto report = [&](const QString &personName, const QString &result, bool asked) {
        ++finished;
        if (!asked)
            ++failed;
        clearProgress();
        out(tr("[%1/%2] %3: %4").arg(finished).arg(total).arg(personName, result));
        showProgress();
    };
    // Outcomes of this process's engine, or of the other process's, read from the cache;
    // those that came before this point too.
    const auto drain = [&] {
        for (const ActionOutcome &outcome : std::exchange(m_outcomes, {})) {
            if (waiting.remove(outcome.invitationId))
                report(outcome.personName, outcomeText(outcome), outcome.result == ActionOutcome::Result::Done);
        }
    };
    const QMetaObject::Connection connection = QObject::connect(m_session.get(), &Session::actionFinished, this, drain);
    const auto disconnect = qScopeGuard([&connection, &clearProgress] {
        QObject::disconnect(connection);
        clearProgress();
    });
    // Known since signing in, when another process holds the outbox: said before any
    // result it already sent is printed.
    bool toldFollowing = m_session->state() == Session::State::SyncedElsewhere;
    if (toldFollowing)
        err(m_session->lastError());
    showProgress();
    drain();
    while (!waiting.isEmpty()) {
        const bool sent = co_await syncToEnd();
        if (waiting.isEmpty())
            break;
        if (m_session->state() == Session::State::SyncedElsewhere) {
            clearProgress();
            if (!toldFollowing)
                err(m_session->lastError());
            toldFollowing = true;
            if (m_options.noWait)
                co_return reportNotSent(static_cast<int>(waiting.size()));
            showProgress();
            const int status = co_await followElsewhere(waiting, report);
            if (status != Done) {
                clearProgress();
                co_return status;
            }
            continue;
        }
        if (!sent && (m_session->state() == Session::State::Offline
                      || m_session->state() == Session::State::NeedsSignIn)) {
            clearProgress();
            co_return reportNotSent(static_cast<int>(waiting.size()));
        }
        // Retried later (a rate limit, a server error): wait for the outbox's next turn.
        const auto next = m_store->outbox().nextActionTime();
        const qint64 wait = next && next.value() ? std::clamp<qint64>(m_clock.now().msecsTo(*next.value()), 50, 5000)
                                                 : 200;
        co_await QCoro::sleepFor(std::chrono::milliseconds(wait));
    }
    clearProgress();
    if (failed > 0) {
        err(tr("%n of them did not go as asked.", nullptr, failed));
        co_return SomeFailed;
    }
    co_return Done;
}

QCoro::Task<int> CliApp::followElsewhere(QSet<QString> &waiting,
                                         std::function<void(const QString &, const QString &, bool)> report)
{
    const QStringList ids(waiting.cbegin(), waiting.cend());
    QHash<QString, QString> names;
    QHash<QString, int> attemptsBefore;
    if (const auto rows = m_store->invitations().invitationsById(ids)) {
        for (const CachedInvitation &row : rows.value())
            names.insert(row.invitation.id, row.invitation.person.name);
    }
    if (const auto queued = queuedActions()) {
        for (const OutboxAction &action : queued.value()) {
            names.insert(action.invitationId, action.personName);
            attemptsBefore.insert(action.invitationId, action.attempts);
        }
    }
    while (!waiting.isEmpty() && m_session->state() == Session::State::SyncedElsewhere) {
        co_await QCoro::sleepFor(std::chrono::milliseconds(250));
        // Which are still queued, read before the outcomes: one that is not, and has no
        // outcome after them, was taken back in the other program.
        const auto rows = m_store->invitations().invitationsById(QStringList(waiting.cbegin(), waiting.cend()));
        m_session->catchUpElsewhere();
        if (!rows) {
            err(rows.error().message);
            co_return SomeFailed;
        }
        for (const QString &id : QStringList(waiting.cbegin(), waiting.cend())) {
            const CachedInvitation *row = rowOf(rows.value(), id);
            if (row && row->actionQueued)
                continue;
            waiting.remove(id);
            report(names.value(id, id), tr("taken back in the other InviteDesk program"), false);
        }
        // The other program cannot send them now (offline, a server error): they wait.
        const auto queued = queuedActions();
        if (!queued) {
            err(queued.error().message);
            co_return SomeFailed;
        }
        QString lastError;
        bool allRetrying = !waiting.isEmpty();
        for (const OutboxAction &action : queued.value()) {
            if (!waiting.contains(action.invitationId))
                continue;
            if (action.attempts <= attemptsBefore.value(action.invitationId) || action.lastError.isEmpty())
                allRetrying = false;
            lastError = action.lastError;
        }
        if (allRetrying) {
            err(tr("Not sent yet: %1 %n action(s) wait in the outbox; the other InviteDesk program sends them when "
                   "it can.",
                   nullptr, static_cast<int>(waiting.size()))
                    .arg(lastError));
            co_return OfflineQueued;
        }
    }
    co_return Done;
}

QCoro::Task<bool> CliApp::syncToEnd()
{
    // A sync already running (the one connecting starts) makes syncNow() answer false
    // at once and run again after it: wait for the end of both.
    const bool done = co_await m_session->syncNow();
    while (m_session->isSyncing())
        co_await qCoro(m_session.get(), &Session::syncingChanged, std::chrono::seconds(5));
    co_return done || m_session->state() == Session::State::Online;
}

int CliApp::reportNotSent(int waiting)
{
    if (m_session->state() == Session::State::SyncedElsewhere) {
        if (waiting == 0)
            return Done;
        err(tr("%n action(s) wait in the outbox; the other InviteDesk program sends them.", nullptr, waiting));
        return OfflineQueued;
    }
    if (m_session->state() == Session::State::NeedsSignIn) {
        err(tr("%1 Sign in with \"invitedesk-cli sign-in\" or --password-file; %n action(s) wait in the outbox.",
               nullptr, waiting)
                .arg(m_signInRefusal.isEmpty() ? m_session->lastError() : m_signInRefusal));
        return SignInNeeded;
    }
    if (waiting == 0)
        err(tr("Offline: %1").arg(m_session->lastError()));
    else
        err(tr("Offline: %1 %n action(s) wait in the outbox and go with the next sync.", nullptr, waiting)
                .arg(m_session->lastError()));
    return OfflineQueued;
}

QCoro::Task<int> CliApp::sync()
{
    if (const int connected = co_await connectSession(); connected != Done)
        co_return connected;
    co_return co_await sendQueuedAndPull();
}

QCoro::Task<int> CliApp::sendQueuedAndPull()
{
    // Counts per pull; the count starting again means another pull began.
    int earlierPulls = 0;
    int thisPull = 0;
    const QMetaObject::Connection progress =
        QObject::connect(m_session.get(), &Session::syncProgress, this, [&](int changes) {
            if (changes < thisPull)
                earlierPulls += thisPull;
            thisPull = changes;
        });
    const auto disconnect = qScopeGuard([&progress] { QObject::disconnect(progress); });
    // What an earlier run left queued goes now, each with its result, even where the
    // outbox would otherwise wait out a backoff.
    const auto queued = queuedActions();
    if (!queued) {
        err(queued.error().message);
        co_return SomeFailed;
    }
    int status = Done;
    if (!queued.value().isEmpty()) {
        QStringList ids;
        for (const OutboxAction &action : queued.value())
            ids.append(action.invitationId);
        status = co_await sendAndReport(ids);
        if (status != Done && status != SomeFailed)
            co_return status;
    } else if (!co_await syncToEnd()) {
        if (m_session->state() == Session::State::SyncedElsewhere) {
            err(m_session->lastError());
            co_return Done;
        }
        co_return reportNotSent(0);
    }
    out(tr("Synced: %n change(s).", nullptr, earlierPulls + thisPull));
    co_return status;
}

QCoro::Task<int> CliApp::status()
{
    const int connected = co_await connectSession();
    if (connected != Done)
        co_return connected;
    const bool online = co_await syncToEnd();
    const auto snapshot = m_store->account().snapshot();
    if (!snapshot) {
        err(snapshot.error().message);
        co_return SomeFailed;
    }
    const AccountSnapshot &account = snapshot.value();
    const QLocale locale;
    out(tr("Account:    %1 on %2").arg(m_options.username, m_options.serverUrl.toDisplayString()));
    const bool elsewhere = m_session->state() == Session::State::SyncedElsewhere;
    out(tr("Connection: %1")
            .arg(online      ? tr("online")
                 : elsewhere ? tr("synced by another InviteDesk program (%1)").arg(m_session->lastError())
                             : tr("offline (%1)").arg(m_session->lastError())));
    out(tr("Last sync:  %1")
            .arg(account.lastSyncedAt.isValid()
                     ? locale.toString(account.lastSyncedAt.toLocalTime(), QLocale::ShortFormat)
                     : tr("never")));
    out(tr("Queued:     %n action(s)", nullptr, account.queuedActions));
    out(tr("Pending:    %1 received, %2 sent").arg(account.pendingReceived).arg(account.pendingSent));
    out(tr("This week:  %1 of %2 invitations sent").arg(account.weeklyInvitesUsed).arg(account.weeklyInvitesLimit));
    if (online || elsewhere)
        co_return Done;
    if (m_session->state() == Session::State::NeedsSignIn)
        co_return SignInNeeded;
    co_return account.queuedActions > 0 ? OfflineQueued : Done;
}

} // namespace InviteDesk::Cli
