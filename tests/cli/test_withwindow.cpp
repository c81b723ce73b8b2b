// The command line while the window is open on the same data folder: one process sends
// an account's outbox at a time, the other one queues and follows it in the cache.
// The window is the real ClientApp in this process; the command line the real program.
#include "cli/clifixture.h"
#include "models/invitationlistmodel.h"
#include "session/session.h"
#include "support/asynctest.h"
#include "support/catchqt.h"
#include "support/signinscript.h"
#include "ui/clientapp.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <csignal>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

bool shows(InvitationListPage *page, const QString &id)
{
    const auto *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InvitationListModel::InvitationIdRole).toString() == id)
            return true;
    }
    return false;
}

// `invitedesk --data-dir DIR` on the last account used; no keyring here, so it asks
// for the password in its dialog when it talks to the server, and the user answers.
struct DesktopWindow
{
    QNetworkAccessManager network;
    SignInScript user{{{CliFixture::user, CliFixture::password}}};
    ClientApp app;

    explicit DesktopWindow(const QString &dataDir)
        : app(LaunchOptions{LaunchOptions::Mode::LastAccount, {}, dataDir, false}, network)
    {
        const auto started = awaitTask(app.start());
        REQUIRE(started.has_value());
        REQUIRE(*started);
        REQUIRE(app.window());
    }

    QString status() const { return app.window()->statusText(); }
    bool isOnline() const { return status().startsWith(u"Online"_s) && !app.session().isSyncing(); }
};

// How each action of the cache ended, as the finished_actions table keeps it: the
// invitation id and the result (0: done), in the order they ended.
QList<std::pair<QString, int>> finishedActions(const QString &dataDir)
{
    const QStringList caches = QDir(dataDir).entryList({u"cache-*.sqlite"_s});
    REQUIRE(caches.size() == 1);
    const QString connection = QUuid::createUuid().toString();
    QList<std::pair<QString, int>> finished;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(QDir(dataDir).filePath(caches.first()));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT invitation_id, result FROM finished_actions ORDER BY seq"_s));
        while (query.next())
            finished.append({query.value(0).toString(), query.value(1).toInt()});
    }
    QSqlDatabase::removeDatabase(connection);
    return finished;
}

} // namespace

TEST_CASE("with the window open the command line queues, the window sends, and each result is reported",
          "[cli][app]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const QStringList pending = fixture.serverIds("sent", "pending");
    REQUIRE(pending.size() >= 2);

    auto desktop = std::make_unique<DesktopWindow>(fixture.dataDir());
    REQUIRE(waitUntil([&] { return desktop->isOnline(); }));
    auto *sent = desktop->app.window()->sentPage();
    REQUIRE(shows(sent, pending[0]));

    // The window holds the outbox: the command line queues, then follows the cache.
    const QStringList followArgs{u"withdraw"_s, pending[0], u"--yes"_s, u"--password-file"_s, fixture.passwordFile()};
    const auto process = fixture.startCli(followArgs);
    const Run followed = fixture.finish(*process, followArgs);
    CHECK(followed.exitCode == 0);
    CHECK(followed.err.contains(
        u"Another InviteDesk program (process %1) sends and syncs this account"_s.arg(QCoreApplication::applicationPid())));
    CHECK(followed.out.contains(u"[1/1] "_s));
    CHECK(followed.out.contains(u": done"_s));
    CHECK(fixture.serverIds("sent", "withdrawn").contains(pending[0]));
    CHECK(waitUntil([&] { return !shows(sent, pending[0]); }));
    CHECK(waitUntil([&] { return shows(desktop->app.window()->withdrawnPage(), pending[0]); }));

    // --no-wait: queued, status 3 at once; the window shows it within a second and sends it.
    const Run queued =
        fixture.cli({u"withdraw"_s, pending[1], u"--yes"_s, u"--no-wait"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(queued.exitCode == 3);
    CHECK(queued.err.contains(u"1 action waits in the outbox; the other InviteDesk program sends it."_s));
    CHECK(waitUntil([&] { return !shows(sent, pending[1]); }, std::chrono::seconds(1)));
    CHECK(waitUntil([&] { return fixture.serverIds("sent", "withdrawn").contains(pending[1]); }));
    CHECK(waitUntil([&] { return desktop->isOnline(); }));

    // status tells who syncs; the window's data is the command line's.
    const Run status = fixture.cli({u"status"_s});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(u"Connection: synced by another InviteDesk program"_s));

    // Once the window is closed the command line sends by itself.
    desktop.reset();
    const QString received = fixture.serverIds("received", "pending").first();
    const Run alone = fixture.cli({u"accept"_s, received, u"--password-file"_s, fixture.passwordFile()});
    CHECK(alone.exitCode == 0);
    CHECK_FALSE(alone.err.contains(u"Another InviteDesk program"_s));
    CHECK(fixture.serverIds("received", "accepted").contains(received));

    // Each action ended once, as asked.
    const auto finished = finishedActions(fixture.dataDir());
    CHECK(finished == QList<std::pair<QString, int>>{{pending[0], 0}, {pending[1], 0}, {received, 0}});
}

TEST_CASE("a command line killed while it sends leaves its lock behind: the window takes over and sends the rest "
          "once",
          "[cli][app]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const int pendingBefore = static_cast<int>(fixture.serverIds("sent", "pending").size());
    const int withdrawnBefore = static_cast<int>(fixture.serverIds("sent", "withdrawn").size());
    constexpr int batch = 20;

    const QStringList args{u"withdraw"_s, u"--older-than"_s, u"0"_s,  u"--limit"_s, QString::number(batch),
                           u"--yes"_s,     u"--password-file"_s, fixture.passwordFile()};
    const auto process = fixture.startCli(args);
    QString output;
    while (!output.contains(u"[1/"_s) && process->waitForReadyRead(30000))
        output += QString::fromUtf8(process->readAllStandardOutput());
    REQUIRE(output.contains(u"[1/"_s));
    // The server stops answering: the command line holds the outbox, waiting on it.
    REQUIRE(::kill(static_cast<pid_t>(fixture.server->pid()), SIGSTOP) == 0);

    auto desktop = std::make_unique<DesktopWindow>(fixture.dataDir());
    REQUIRE(waitUntil([&] { return desktop->app.session().state() == Session::State::SyncedElsewhere; }));
    CHECK(desktop->status().startsWith(u"Synced by another InviteDesk program"_s));
    CHECK(desktop->app.session().lastError().contains(u"(process %1)"_s.arg(process->processId())));

    // Killed: its lock file stays, naming a process that is gone.
    process->kill();
    REQUIRE(waitUntil([&] { return process->state() == QProcess::NotRunning; }));
    CHECK_FALSE(QDir(fixture.dataDir()).entryList({u"*.lock"_s}).isEmpty());
    REQUIRE(::kill(static_cast<pid_t>(fixture.server->pid()), SIGCONT) == 0);

    // The window takes over (and asks for the password, having no keyring) and sends
    // what was left; an action whose request was on the wire goes again with its key.
    SignInScript again({{CliFixture::user, CliFixture::password}});
    REQUIRE(waitUntil([&] { return finishedActions(fixture.dataDir()).size() >= batch; }, std::chrono::seconds(60)));
    CHECK(waitUntil([&] { return desktop->isOnline(); }));
    CHECK(static_cast<int>(fixture.serverIds("sent", "pending").size()) == pendingBefore - batch);
    desktop.reset();

    const auto finished = finishedActions(fixture.dataDir());
    QSet<QString> ids;
    for (const auto &[id, result] : finished) {
        ids.insert(id);
        CHECK(result == 0);
    }
    CHECK(finished.size() == batch);
    CHECK(ids.size() == batch);
    CHECK(static_cast<int>(fixture.serverIds("sent", "withdrawn").size()) == withdrawnBefore + batch);
}
