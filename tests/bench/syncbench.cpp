// First full sync and no-change delta sync, next to the floor.
//   invitedesk_sync_bench [INVITATIONS] [RUNS]   (default 10000 and 5; needs curl)
// The server is a real `invitedesk-server serve` process on loopback with a seeded
// account of about INVITATIONS invitations. Each run starts the client as a first
// sign-in has it (an empty cache, the window open on it) and times from the signed-in
// session starting its engine to the end of its first sync (every page applied, the
// account refreshed: "Online"). The floor is curl fetching the same /sync page URLs
// the client fetched, one after another on one kept-alive connection (the sum of
// curl's own per-transfer times). Then one more sync with nothing changed: how many
// requests it sends and how long it takes. Medians over RUNS; the last line is
//   BENCH sync items=… client_s=… floor_s=… ratio=… delta_requests=… delta_ms=…
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "actions/autowithdrawal.h"
#include "actions/invitationactions.h"
#include "asynctest.h"
#include "cache/cachestore.h"
#include "core/systemclock.h"
#include "models/accountmodels.h"
#include "serverprocess.h"
#include "session/appsettings.h"
#include "session/memorycredentialstore.h"
#include "session/session.h"
#include "testdatabase.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

int g_items = 10000;
int g_runs = 5;
const QString user = u"syncer"_s;
const QString password = u"sync-password-1"_s;

// Every request the client sends, as it sends it (nothing is changed on the way).
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    QList<QUrl> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request.url());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

struct ClientRun
{
    double fullMs = 0;
    int changes = 0;
    QList<QUrl> syncPages;
    int deltaRequests = 0;
    double deltaMs = 0;
};

// One first sign-in: an empty cache with the window open on it, then a full sync.
ClientRun runClient(const QUrl &server)
{
    ClientRun run;
    QTemporaryDir dir;
    SystemClock clock;
    RecordingNetwork network;
    QString error;
    auto store = CacheStore::open(dir.filePath(u"cache.sqlite"_s), clock, &error);
    REQUIRE(store);
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    Session session(network, clock);
    session.setCredentialStore(std::make_unique<MemoryCredentialStore>(QString()));
    const auto refused = awaitTask(session.signIn(server, user, password));
    REQUIRE(refused.has_value());
    REQUIRE_FALSE(refused->has_value());
    AccountModels account(*store, clock);
    InvitationActions actions(*store, session, settings, clock);
    AutoWithdrawal autoWithdrawal(*store, actions, settings, clock);
    MainWindow window(account, actions, autoWithdrawal, session, settings);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    account.reload();
    QObject::connect(&session, &Session::syncProgress, &session, [&](int changes) { run.changes = changes; });

    network.requests.clear();
    QElapsedTimer timer;
    timer.start();
    session.open(*store, server, user);
    // Connecting starts the engine's first sync; the one asked for here follows it.
    REQUIRE(awaitTask(session.syncNow(), std::chrono::seconds(300)).has_value());
    REQUIRE(waitUntil([&] { return session.state() == Session::State::Online && !session.isSyncing(); },
                      std::chrono::seconds(300)));
    run.fullMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    for (const QUrl &url : std::as_const(network.requests)) {
        if (url.path().endsWith(u"/sync"_s))
            run.syncPages.append(url);
    }
    const int fullChanges = run.changes;

    network.requests.clear();
    timer.restart();
    const auto delta = awaitTask(session.syncNow());
    run.deltaMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    REQUIRE(delta.has_value());
    REQUIRE(*delta);
    run.deltaRequests = static_cast<int>(network.requests.size());
    if (qEnvironmentVariableIsSet("SYNC_BENCH_SHOW_DELTA")) {
        for (const QUrl &request : std::as_const(network.requests))
            std::printf("  delta request: %s\n", qPrintable(request.toString()));
    }
    run.changes = fullChanges;
    session.close();
    return run;
}

// curl fetching `pages` in sequence on one connection: the sum of its transfer times.
double runFloor(const QList<QUrl> &pages, const QString &token)
{
    QStringList arguments{u"-s"_s, u"-H"_s, u"Authorization: Bearer "_s + token, u"-w"_s, u"%{time_total}\\n"_s};
    for (const QUrl &page : pages)
        arguments << u"-o"_s << u"/dev/null"_s << page.toString();
    QProcess curl;
    curl.start(u"curl"_s, arguments);
    REQUIRE(curl.waitForFinished(120000));
    REQUIRE(curl.exitCode() == 0);
    double seconds = 0;
    int transfers = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        seconds += line.toDouble();
        ++transfers;
    }
    REQUIRE(transfers == pages.size());
    return seconds * 1000;
}

} // namespace

TEST_CASE("sync benchmark")
{
    TestDatabase storage;
    // About a tenth received; the seed spreads them over states and ~200 days.
    runServerCommand({u"seed"_s, u"--db"_s, storage.argument(), u"--user"_s, user, u"--password"_s, password,
                      u"--sent"_s, QString::number(g_items - g_items / 10), u"--received"_s,
                      QString::number(g_items / 10), u"--seed"_s, u"5"_s});
    ServerProcess server(storage.argument(), {u"--rate-limit"_s, u"0"_s});
    const QUrl url(u"http://127.0.0.1:%1/api/v1"_s.arg(server.port()));
    auto client = server.client();
    const auto signedIn = client->Post(
        "/api/v1/auth/token",
        QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson().toStdString(),
        "application/json");
    const QString token = jsonOf(signedIn).value("access_token"_L1).toString();
    REQUIRE_FALSE(token.isEmpty());

    QList<double> clientMs, floorMs, ratios, deltaMs;
    int changes = 0;
    int deltaRequests = 0;
    for (int i = 0; i < g_runs; ++i) {
        const ClientRun run = runClient(url);
        const double floor = runFloor(run.syncPages, token);
        changes = run.changes;
        deltaRequests = std::max(deltaRequests, run.deltaRequests);
        clientMs.append(run.fullMs);
        floorMs.append(floor);
        ratios.append(run.fullMs / floor);
        deltaMs.append(run.deltaMs);
        std::printf("run %d: %d changes in %lld pages: client %.0f ms, floor %.0f ms (x%.2f); no-change sync: %d "
                    "request(s), %.1f ms\n",
                    i + 1, run.changes, static_cast<long long>(run.syncPages.size()), run.fullMs, floor,
                    run.fullMs / floor, run.deltaRequests, run.deltaMs);
    }
    std::printf("BENCH sync items=%d client_s=%.3f floor_s=%.3f ratio=%.2f delta_requests=%d delta_ms=%.1f\n", changes,
                median(clientMs) / 1000, median(floorMs) / 1000, median(ratios), deltaRequests, median(deltaMs));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc > 1)
        g_items = QString::fromLocal8Bit(argv[1]).toInt();
    if (argc > 2)
        g_runs = QString::fromLocal8Bit(argv[2]).toInt();
    const char *catchArgs[] = {argv[0]};
    return Catch::Session().run(1, catchArgs);
}
