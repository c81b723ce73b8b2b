// Bulk-withdrawal benchmark: the window withdraws N stale invitations against the
// reference server (in-process, rate limit off), next to the floor: the same N POSTs
// sent by wrk at the client's concurrency (1) on N other pending invitations.
//   invitedesk_bulk_bench [N]   (default 1000; needs wrk on PATH; offscreen by default)
// Prints the client's time (confirmation click → the bulk run says finished; the undo
// window is set to 0) and the floor's, as a ratio; the enqueue step (click → rows gone
// from the list) stage by stage; the worst event-loop stall of the run (a 1 ms timer
// in the GUI thread; the requirement is none over 50 ms) with what ran during it; and,
// from the server's own records, that each of the withdrawals happened exactly once.
// A second wrk run sends the headers the client sends (Accept-Encoding makes the server
// compress its answers), on a third set of N, to tell server work from client work.
//
// The server's helpers (TestServer) report through Catch2, so the benchmark runs as
// the one test case of a Catch2 session; the figures are plain lines on stdout.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "actions/autowithdrawal.h"
#include "actions/invitationactions.h"
#include "asynctest.h"
#include "cache/cachestore.h"
#include "models/accountmodels.h"
#include "models/invitationlistmodel.h"
#include "session/memorycredentialstore.h"
#include "session/session.h"
#include "actions/bulkrunmodel.h"
#include "models/withdrawalpreviewmodel.h"
#include "server/statement.h"
#include "server/writetransaction.h"
#include "testserver.h"
#include "session/appsettings.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

int g_items = 1000;

const QString clientCompany = u"Alder Analytics"_s; // the N the window withdraws
const QString floorCompany = u"Birch Biotech"_s;    // the N plain wrk withdraws
const QString echoCompany = u"Cedar Cloud"_s;       // the N wrk withdraws with the client's headers
// The headers Qt 6.4's QNetworkAccessManager adds to the client's POST (seen on the wire).
// The server sends its JSON plain whatever Accept-Encoding says (server/apireply.cpp).
const char *const clientHeaders = R"LUA(
      ["Accept"] = "application/json",
      ["Accept-Encoding"] = "gzip, deflate, br",
      ["Accept-Language"] = "en,*",
      ["User-Agent"] = "Mozilla/5.0",
      ["Connection"] = "Keep-Alive",)LUA";
const QStringList firstNames{u"Ada"_s, u"Björn"_s, u"Chen"_s, u"Dalia"_s, u"Elif"_s, u"Farah"_s, u"Goran"_s,
                             u"Hana"_s, u"Ines"_s, u"Jonas"_s, u"Kwame"_s, u"Lena"_s, u"Mateo"_s, u"Noa"_s};
const QStringList lastNames{u"Castillo"_s, u"Nguyễn"_s, u"O'Brien"_s, u"Patel"_s, u"Silva"_s, u"Tanaka"_s,
                            u"Umar"_s, u"Wójcik"_s, u"Yilmaz"_s, u"Zhou"_s};

QElapsedTimer g_clock; // every time below is from this one clock

double nowMs()
{
    return static_cast<double>(g_clock.nsecsElapsed()) / 1e6;
}

// CLOCK_MONOTONIC in seconds: what `perf record -k CLOCK_MONOTONIC` stamps samples with,
// so a profile can be cut to the run (perf report --time A,B).
double monotonicSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Profiling one stretch: with BULK_BENCH_PERF_CTL=ctl-fifo,ack-fifo the benchmark sends
// perf "enable" at the click and "disable" when the enqueue returned (or, with
// BULK_BENCH_PERF_SPAN=run, when the run finished), for
//   perf record -D -1 --control fifo:ctl-fifo,ack-fifo … invitedesk_bulk_bench
// Waiting for perf's ack stalls the event loop: figures of such a run are not figures.
void perfControl(const char *command)
{
    static const QList<QByteArray> fifos = qgetenv("BULK_BENCH_PERF_CTL").split(',');
    static QFile ctl(QString::fromLocal8Bit(fifos.value(0)));
    static QFile ack(QString::fromLocal8Bit(fifos.value(1)));
    if (fifos.value(0).isEmpty())
        return;
    if (!ctl.isOpen() && !ctl.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    ctl.write(QByteArray(command) + '\n');
    if (!ack.fileName().isEmpty() && (ack.isOpen() || ack.open(QIODevice::ReadOnly | QIODevice::Unbuffered)))
        ack.readLine();
}

bool perfSpansRun()
{
    return qgetenv("BULK_BENCH_PERF_SPAN") == "run";
}

// CPU time (user + system) of the calling thread, in ms.
double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    const auto ms = [](const timeval &tv) { return static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// The largest gap between consecutive ticks of a 1 ms timer in the GUI thread: how long
// the event loop was busy at a stretch. Events of the benchmark noted while the loop
// was busy are kept with the gaps over 16 ms, to tell what ran.
class StallMeter final
{
public:
    struct Gap
    {
        double startMs = 0;
        double lengthMs = 0;
        QStringList notes;
    };
    struct Phase
    {
        double worstMs = 0;
        int over16 = 0;
        int over50 = 0;
        qint64 ticks = 0;
        QList<Gap> slow; // over 16 ms, in order
        Gap worst;
    };

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    // Starts a new phase now (the previous one ends).
    void begin()
    {
        m_phase = Phase{};
        m_last = nowMs();
        m_notes.clear();
        m_timer.start();
    }
    Phase end()
    {
        tick(); // the stretch up to now counts too
        m_timer.stop();
        return m_phase;
    }
    void note(const QString &what)
    {
        if (m_notes.size() < 12)
            m_notes.append(u"%1 @%2"_s.arg(what).arg(nowMs() - m_last, 0, 'f', 1));
        else if (m_notes.size() == 12)
            m_notes.append(u"…"_s);
    }

private:
    void tick()
    {
        const double now = nowMs();
        const double gap = now - m_last;
        ++m_phase.ticks;
        if (gap > 16) {
            ++m_phase.over16;
            if (gap > 50)
                ++m_phase.over50;
            m_phase.slow.append(Gap{m_last, gap, m_notes});
        }
        if (gap > m_phase.worstMs) {
            m_phase.worstMs = gap;
            m_phase.worst = Gap{m_last, gap, m_notes};
        }
        m_notes.clear();
        m_last = now;
    }

    QTimer m_timer;
    double m_last = 0;
    QStringList m_notes;
    Phase m_phase;
};

QString describe(const StallMeter::Gap &gap, double originMs)
{
    return u"%1 ms at +%2 ms (%3)"_s.arg(gap.lengthMs, 0, 'f', 1)
        .arg(gap.startMs - originMs, 0, 'f', 0)
        .arg(gap.notes.isEmpty() ? u"no benchmark event noted"_s : gap.notes.join(u", "_s));
}

void printPhase(const char *name, const StallMeter::Phase &phase, double originMs)
{
    std::printf("  %s: worst stall %.1f ms, gaps > 16 ms: %d, > 50 ms: %d (%lld ticks)\n", name, phase.worstMs,
                phase.over16, phase.over50, static_cast<long long>(phase.ticks));
    if (phase.worstMs > 16)
        std::printf("    worst: %s\n", qPrintable(describe(phase.worst, originMs)));
    int shown = 0;
    int more = 0;
    for (const auto &gap : phase.slow) {
        if (gap.startMs == phase.worst.startMs)
            continue;
        if (shown < 5) {
            ++shown;
            std::printf("    also: %s\n", qPrintable(describe(gap, originMs)));
        } else {
            ++more;
        }
    }
    if (more > 0)
        std::printf("    … and %d more over 16 ms\n", more);
}

// 3N people at three companies, one invitation from alice to each, then 40 days pass.
struct Seeded
{
    QStringList clientIds; // invitation ids, company clientCompany
    QStringList floorIds;  // invitation ids, company floorCompany
    QStringList echoIds;   // invitation ids, company echoCompany
    QString aliceId;
    QString token;
};

Seeded seed(TestServer &server, int n)
{
    Seeded out;
    out.aliceId = server.addUser(u"alice"_s);
    const QString token = server.signIn(u"alice"_s);
    QStringList people;
    {
        Server::WriteTransaction transaction(server.database());
        Server::Statement insert = Server::prepareQuery(transaction.db(),
            u"INSERT INTO people(id, name, headline, company, location) VALUES (?, ?, 'Engineer', ?, '')"_s);
        for (int i = 0; i < 3 * n; ++i) {
            const QString id = u"per_bench%1"_s.arg(i, 6, 10, QChar(u'0'));
            insert.bindValue(0, id);
            insert.bindValue(1, QString(firstNames[i % firstNames.size()] + u' '
                                        + lastNames[(i / 7) % lastNames.size()] + u' ' + QString::number(i)));
            insert.bindValue(2, i < n ? clientCompany : i < 2 * n ? floorCompany : echoCompany);
            Server::execQuery(insert);
            people.append(id);
        }
        transaction.commit();
    }
    for (int i = 0; i < 3 * n; ++i) {
        const auto reply = server.post("/api/v1/invitations", token, QJsonObject{{u"invitee_id"_s, people[i]}},
                                       freshKey());
        INFO(reply.body);
        REQUIRE(reply.status == 201);
        (i < n ? out.clientIds : i < 2 * n ? out.floorIds : out.echoIds).append(reply.json.value(u"id"_s).toString());
        server.clock().advanceSeconds(1);
    }
    server.clock().advanceDays(40);
    // Tokens last 7 days.
    out.token = server.signIn(u"alice"_s);
    return out;
}

// What wrk did, from the script's own figures (CLOCK_MONOTONIC).
struct FloorRun
{
    bool ok = false;
    int answered = 0;
    QString statuses;
    double seconds = 0;     // first withdrawal sent .. last answered
    double wallSeconds = 0; // the wrk process, start to exit
    QString wrkSummary;     // wrk's own "N requests in T" line
    QString output;
};

// Each id once, in order, one request on the wire at a time (-t1 -c1): request() sends
// the id after the last answered one. wrk calls request() once before the run to check
// the script and drops that request: it asks for the same id as the first real call,
// which overwrites its start time. The Idempotency-Key is fixed per id, so a resend
// after a reconnect would be replayed, not withdrawn twice.
QString floorScript(const QStringList &ids, const QString &token, const QString &tag, bool asClient)
{
    QStringList quoted;
    for (const auto &id : ids)
        quoted.append(u"\"%1\""_s.arg(id));
    return uR"LUA(
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } bulk_timespec;
   int clock_gettime(int clock_id, bulk_timespec *tp);
   int kill(int pid, int sig);
   int getpid(void);
]]
local ts = ffi.new("bulk_timespec")
local function now_s()
   ffi.C.clock_gettime(1, ts)
   return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local ids = { %1 }
local token = "%2"
local tag = "%3"
local base = ""
local threads = {}

answered = 0
statuses = {}
first_sent = -1
last_answer = -1

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   base = wrk.path
   if base == "/" then base = "" end
   base = base:gsub("/$", "")
end

function request()
   local i = math.min(answered + 1, #ids)
   if i == 1 then first_sent = now_s() end
   return wrk.format("POST", base .. "/invitations/" .. ids[i] .. "/withdraw", {
      ["Host"] = wrk.host,
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("wrk-%s-%d", tag, i),%4
   }, "{}")
end

function response(status, headers, body)
   answered = answered + 1
   last_answer = now_s()
   statuses[status] = (statuses[status] or 0) + 1
   if answered >= #ids then
      wrk.thread:stop()
      ffi.C.kill(ffi.C.getpid(), 2) -- ends wrk's sleep of -d at once
   end
end

function done(summary, latency, requests)
   local t = threads[1]
   local parts = {}
   for status, count in pairs(t:get("statuses")) do
      table.insert(parts, status .. "=" .. count)
   end
   table.sort(parts)
   io.write(string.format("BULKBENCH answered=%d statuses=%s seconds=%.6f\n", t:get("answered"),
      table.concat(parts, ","), t:get("last_answer") - t:get("first_sent")))
end
)LUA"_s.arg(quoted.join(u", "_s), token, tag, asClient ? QString::fromLatin1(clientHeaders) : QString());
}

FloorRun runFloor(const TestServer &server, const QStringList &ids, const QString &token, const QString &dir,
                  bool asClient)
{
    FloorRun run;
    const QString scriptPath = dir + u"/bulk-withdraw.lua"_s;
    QFile script(scriptPath);
    REQUIRE(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString tag = (asClient ? u"c"_s : u"p"_s) + QString::number(QDateTime::currentMSecsSinceEpoch());
    script.write(floorScript(ids, token, tag, asClient).toUtf8());
    script.close();

    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{u"-t1"_s, u"-c1"_s, u"-d300s"_s, u"--timeout"_s, u"10s"_s, u"-s"_s, scriptPath,
                           u"http://127.0.0.1:%1/api/v1"_s.arg(server.port())};
    const double start = nowMs();
    wrk.start(u"wrk"_s, args);
    // The server runs in its own threads: blocking this one does not hold it up.
    if (!wrk.waitForStarted(5000) || !wrk.waitForFinished(330'000)) {
        run.output = u"wrk did not start or finish: "_s + wrk.errorString();
        wrk.kill();
        return run;
    }
    run.wallSeconds = (nowMs() - start) / 1000;
    run.output = QString::fromUtf8(wrk.readAll());
    const auto line = QRegularExpression(u"BULKBENCH answered=(\\d+) statuses=(\\S*) seconds=([0-9.]+)"_s).match(run.output);
    const auto summary = QRegularExpression(u"^\\s*(\\d+ requests in [^\\n]+)$"_s,
                                            QRegularExpression::MultilineOption).match(run.output);
    if (summary.hasMatch())
        run.wrkSummary = summary.captured(1).trimmed();
    if (!line.hasMatch())
        return run;
    run.answered = line.captured(1).toInt();
    run.statuses = line.captured(2);
    run.seconds = line.captured(3).toDouble();
    run.ok = wrk.exitStatus() == QProcess::NormalExit && wrk.exitCode() == 0;
    return run;
}

// The server's side of it: which of alice's sent invitations are withdrawn (through the
// API), and how many withdrawal requests it executed per invitation (its idempotency
// records: one per executed request, none for a replay).
struct ServerCheck
{
    QSet<QString> withdrawn;
    int pending = -1;
    QHash<QString, int> executedByInvitation; // invitation id -> executed withdrawal requests
    QHash<QString, QString> keyOfInvitation;  // the last key seen per invitation
    int executedNon200 = 0;
    int versionNot2 = 0;
};

QSet<QString> listIds(TestServer &server, const QString &token, const char *state)
{
    QSet<QString> ids;
    QString cursor;
    for (;;) {
        std::string path = "/api/v1/invitations?direction=sent&limit=500&state=" + std::string(state);
        if (!cursor.isEmpty())
            path += "&cursor=" + QUrl::toPercentEncoding(cursor).toStdString();
        const auto page = server.get(path, token);
        REQUIRE(page.status == 200);
        for (const auto &item : page.json.value(u"items"_s).toArray())
            ids.insert(item.toObject().value(u"id"_s).toString());
        cursor = page.json.value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            return ids;
    }
}

ServerCheck checkServer(TestServer &server, const Seeded &seeded, qint64 sinceMsecs)
{
    ServerCheck check;
    check.withdrawn = listIds(server, seeded.token, "withdrawn");
    check.pending = static_cast<int>(listIds(server, seeded.token, "pending").size());

    const QSqlDatabase db = server.database().connection();
    Server::Statement keys = Server::prepareQuery(db,
        u"SELECT key, status, body FROM idempotency_keys WHERE person_id = ? AND created_at >= ?"_s);
    keys.addBindValue(seeded.aliceId);
    keys.addBindValue(sinceMsecs);
    Server::execQuery(keys);
    while (keys.next()) {
        if (keys.value(1).toInt() != 200) {
            ++check.executedNon200;
            continue;
        }
        const auto body = QJsonDocument::fromJson(keys.value(2).toByteArray()).object();
        const QString id = body.value(u"id"_s).toString();
        ++check.executedByInvitation[id];
        check.keyOfInvitation.insert(id, keys.value(0).toString());
    }
    Server::Statement versions = Server::prepareQuery(db,
        u"SELECT count(*) FROM invitations WHERE sender_id = ? AND (state <> 'withdrawn' OR version <> 2)"_s);
    versions.addBindValue(seeded.aliceId);
    Server::execQuery(versions);
    if (versions.next())
        check.versionNot2 = versions.value(0).toInt();
    return check;
}

// How many of `ids` the server withdrew with exactly one executed request, sent by wrk
// (its keys start with "wrk-") or by the client (UUID keys).
int withdrawnExactlyOnce(const ServerCheck &check, const QStringList &ids, bool byWrk)
{
    int good = 0;
    for (const auto &id : ids) {
        const bool fromWrk = check.keyOfInvitation.value(id).startsWith(u"wrk-"_s);
        if (check.withdrawn.contains(id) && check.executedByInvitation.value(id) == 1 && fromWrk == byWrk)
            ++good;
    }
    return good;
}

} // namespace

TEST_CASE("bulk withdrawal benchmark")
{
    const int n = g_items;
    g_clock.start();

    // ---- Server: rate limit off, weekly limit out of the way, 2N pending sent, 40 days old.
    Server::ServerSettings serverSettings = TestServer::defaultSettings();
    serverSettings.rateLimit = 0;
    serverSettings.rules.weeklyInviteLimit = 100000;
    TestServer server(serverSettings);
    double t = nowMs();
    const Seeded seeded = seed(server, n);
    const qint64 benchStart = server.clock().now().toMSecsSinceEpoch();
    std::printf("setup: %d invitations created over HTTP in %.1f s (not counted)\n", 3 * n, (nowMs() - t) / 1000);

    // ---- Client: cache file, plain network manager, engine, the window on Sent.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    auto store = CacheStore::open(dir.filePath(u"cache.sqlite"_s), server.clock(), &error);
    INFO(error.toStdString());
    REQUIRE(store);
    QNetworkAccessManager network;
    const QUrl serverUrl(u"http://127.0.0.1:%1"_s.arg(server.port()));
    Session session(network, server.clock());
    {
        auto credentials = std::make_unique<MemoryCredentialStore>(QString());
        REQUIRE(awaitTask(credentials->writeToken(Session::accountKey(serverUrl, u"alice"_s), seeded.token))
                    .value_or(false));
        session.setCredentialStore(std::move(credentials));
    }
    session.open(*store, serverUrl, u"alice"_s);
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setUndoWindow(0ms); // sending starts at once: the undo window is not measured
    // The enqueue step stage by stage, from the click until withdrawInBulk returned.
    bool tracing = false;
    double traceOrigin = 0;
    QList<std::pair<QString, double>> timeline;
    const auto mark = [&](const QString &what) {
        if (tracing)
            timeline.append({what, nowMs() - traceOrigin});
    };
    // Connected before the window's models exist, so it runs before them: right after
    // the cache's transaction committed.
    QObject::connect(&store->invitations(), &InvitationStore::invitationsChanged, &store->invitations(), [&](const QStringList &changed) {
        mark(u"cache transaction committed; invitationsChanged(%1) emitted"_s.arg(changed.size()));
    });
    AccountModels account(*store, server.clock());
    InvitationActions actions(*store, session, settings, server.clock());
    AutoWithdrawal autoWithdrawal(*store, actions, settings, server.clock());
    MainWindow window(account, actions, autoWithdrawal, session, settings);

    t = nowMs();
    REQUIRE(awaitTask(session.connectToServer()));
    const bool synced =
        waitUntil([&] { return session.state() != Session::State::Connecting && !session.isSyncing(); }, 120s);
    INFO(session.lastError().toStdString());
    REQUIRE(synced);
    REQUIRE(session.state() == Session::State::Online);
    std::printf("client full sync: %.0f ms (not counted)\n", nowMs() - t);

    window.showManage(Direction::Sent);
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.sentPage();
    REQUIRE(page->model()->rowCount() == 3 * n);
    page->companyField()->setText(clientCompany);
    REQUIRE(page->model()->rowCount() == n);
    t = nowMs();
    const int selected = page->selectStale(30);
    const double selectMs = nowMs() - t;
    REQUIRE(selected == n);
    const QStringList ids = page->selectedInvitationIds();
    REQUIRE(ids.size() == n);
    {
        const QSet<QString> expected(seeded.clientIds.begin(), seeded.clientIds.end());
        REQUIRE(QSet<QString>(ids.begin(), ids.end()) == expected);
    }
    // What each of the window's three invitation models does when the enqueue reports
    // the N ids as changed: read them back from the cache.
    double readByIdMs = 1e9;
    for (int i = 0; i < 3; ++i) {
        t = nowMs();
        const auto rows = store->invitations().invitationsById(ids).value();
        readByIdMs = std::min(readByIdMs, nowMs() - t);
        REQUIRE(rows.size() == n);
    }
    QTest::qWait(200); // let the window settle (paint, status timers)

    // ---- The run: preview, one click, until the bulk run says finished.
    StallMeter meter;
    auto *run = window.bulkRun();
    double clickMs = -1;
    double previewShownMs = -1;
    double previewStartMs = -1;
    double rowsGoneMs = -1;
    double runStartedMs = -1;
    double finishedMs = -1;
    double firstDoneMs = -1;
    int previewRows = 0;
    int finishedActions = 0;
    StallMeter::Phase previewPhase;

    QObject::connect(&store->invitations(), &InvitationStore::invitationsChanged, &window, [&](const QStringList &changed) {
        meter.note(u"invitationsChanged(%1) handled"_s.arg(changed.size()));
        mark(u"every invitationsChanged handler done (models, suggestions, timers)"_s);
    });
    QObject::connect(&store->outbox(), &OutboxStore::outboxChanged, &window, [&] { mark(u"outboxChanged handled"_s); });
    auto *sentModel = page->model();
    auto *withdrawnModel = window.withdrawnPage()->model();
    QObject::connect(sentModel, &QAbstractItemModel::rowsRemoved, &window, [&] { mark(u"Sent rows removed"_s); });
    QObject::connect(sentModel, &QAbstractItemModel::layoutChanged, &window, [&] { mark(u"Sent rows laid out"_s); });
    QObject::connect(withdrawnModel, &QAbstractItemModel::rowsInserted, &window,
                     [&] { mark(u"Withdrawn rows inserted"_s); });
    QObject::connect(withdrawnModel, &QAbstractItemModel::layoutChanged, &window,
                     [&] { mark(u"Withdrawn rows laid out"_s); });
    const auto rowsGone = [&] {
        if (rowsGoneMs < 0 && clickMs >= 0 && page->model()->rowCount() == 0) {
            rowsGoneMs = nowMs();
            meter.note(u"rows gone"_s);
        }
    };
    QObject::connect(sentModel, &QAbstractItemModel::rowsRemoved, &window, rowsGone);
    QObject::connect(sentModel, &QAbstractItemModel::layoutChanged, &window, rowsGone);
    QObject::connect(run, &QAbstractItemModel::modelReset, &window, [&] {
        if (runStartedMs < 0 && clickMs >= 0) {
            runStartedMs = nowMs();
            meter.note(u"bulk run started"_s);
            mark(u"bulk run started (BulkRunModel reset)"_s);
        }
    });
    QObject::connect(&session, &Session::stateChanged, &window, [&](Session::State state) {
        meter.note(u"session %1"_s.arg(QString::fromLatin1(QMetaEnum::fromType<Session::State>().valueToKey(
            static_cast<int>(state)))));
    });
    QObject::connect(&session, &Session::syncingChanged, &window, [&](bool syncing) {
        meter.note(syncing ? u"syncing"_s : u"sync done"_s);
    });
    QObject::connect(&session, &Session::actionFinished, &window, [&](const ActionOutcome &) {
        ++finishedActions;
        if (firstDoneMs < 0)
            firstDoneMs = nowMs();
        meter.note(u"action %1 done"_s.arg(finishedActions));
    });
    double finishedMono = 0;
    double finishedCpuMs = 0;
    QObject::connect(run, &BulkRunModel::finished, &window, [&] {
        if (finishedMs < 0) {
            finishedMs = nowMs();
            finishedMono = monotonicSeconds();
            finishedCpuMs = threadCpuMs();
            if (perfSpansRun())
                perfControl("disable");
        }
    });

    double clickMono = 0;
    double clickCpuMs = 0;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<BulkWithdrawDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !dialog->windowHandle() || !dialog->windowHandle()->isExposed())
            return;
        poll.stop();
        previewShownMs = nowMs();
        previewRows = dialog->preview()->rowCount();
        QObject::connect(dialog, &QDialog::accepted, &poll, [&] {
            meter.note(u"preview accepted"_s);
            mark(u"preview accepted"_s);
        });
        QObject::connect(dialog, &QObject::destroyed, &poll, [&] {
            meter.note(u"preview closed"_s);
            mark(u"preview destroyed (progress panel shown before)"_s);
        });
        previewPhase = meter.end();
        meter.begin();
        perfControl("enable");
        clickCpuMs = threadCpuMs();
        clickMono = monotonicSeconds();
        clickMs = nowMs();
        traceOrigin = clickMs;
        tracing = true;
        dialog->withdrawButton()->click();
    });
    poll.start();
    meter.begin();
    previewStartMs = nowMs();
    window.withdrawInBulk(ids); // returns once the confirmed actions are queued
    const double enqueueReturnedMs = nowMs();
    meter.note(u"withdrawInBulk returned"_s);
    mark(u"withdrawInBulk returned"_s);
    tracing = false;
    if (!perfSpansRun())
        perfControl("disable");
    REQUIRE(clickMs >= 0);
    REQUIRE(run->total() == n);
    {
        QEventLoop loop;
        QObject::connect(run, &BulkRunModel::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600s, &loop, &QEventLoop::quit);
        if (!run->isFinished())
            loop.exec();
    }
    const StallMeter::Phase runPhase = meter.end();
    REQUIRE(run->isFinished());
    REQUIRE(finishedMs >= 0);

    // The engine's run goes on with a pull and an account refresh; the user has the window.
    meter.begin();
    const double followStart = nowMs();
    REQUIRE(waitUntil([&] { return !session.isSyncing(); }, 60s));
    const double followMs = nowMs() - followStart;
    const StallMeter::Phase followPhase = meter.end();
    const int clientWithdrawn = run->count(BulkRunModel::Status::Withdrawn);
    const QString runSummary = run->summary();

    // ---- The floor: wrk, same concurrency, the other N.
    const FloorRun floorRun = runFloor(server, seeded.floorIds, seeded.token, dir.path(), false);
    INFO(floorRun.output.toStdString());
    REQUIRE(floorRun.ok);
    // The same again with the headers the client sends (the server then compresses).
    const FloorRun echoRun = runFloor(server, seeded.echoIds, seeded.token, dir.path(), true);
    INFO(echoRun.output.toStdString());
    REQUIRE(echoRun.ok);

    // ---- The server's account of it.
    const ServerCheck check = checkServer(server, seeded, benchStart);
    const int clientOnce = withdrawnExactlyOnce(check, seeded.clientIds, false);
    const int floorOnce = withdrawnExactlyOnce(check, seeded.floorIds, true);
    const int echoOnce = withdrawnExactlyOnce(check, seeded.echoIds, true);
    int executedTotal = 0;
    for (const int count : check.executedByInvitation)
        executedTotal += count;

    const double clientS = (finishedMs - clickMs) / 1000;
    std::printf("\nbulk withdrawal of %d stale invitations, concurrency 1, server rate limit off\n", n);
    std::printf("  select stale (%d rows): %.1f ms; preview opened in %.0f ms (%d rows in it)\n", selected, selectMs,
                previewShownMs - previewStartMs, previewRows);
    std::printf("  CacheStore::invitationsById of the %d selected ids (each window model does one on enqueue): %.1f ms\n",
                n, readByIdMs);
    std::printf("  click → rows gone from the list: %.1f ms; → bulk run started: %.1f ms; withdrawInBulk returned: %.1f ms\n",
                rowsGoneMs - clickMs, runStartedMs - clickMs, enqueueReturnedMs - clickMs);
    std::printf("  click → first withdrawal done: %.1f ms; client summary: %s\n", firstDoneMs - clickMs,
                qPrintable(runSummary));
    std::printf("  floor: wrk -t1 -c1: %d answers (%s), %.3f s by the script, %.3f s wrk process; wrk: %s\n",
                floorRun.answered, qPrintable(floorRun.statuses), floorRun.seconds, floorRun.wallSeconds,
                qPrintable(floorRun.wrkSummary));
    std::printf("  floor with the client's headers (Accept-Encoding: gzip, deflate, br, …): %d answers (%s), %.3f s by the script\n",
                echoRun.answered, qPrintable(echoRun.statuses), echoRun.seconds);
    std::printf("  GUI thread on CPU during the run: %.0f ms of %.0f ms (%.2f ms per item)\n", finishedCpuMs - clickCpuMs,
                finishedMs - clickMs, (finishedCpuMs - clickCpuMs) / n);
    std::printf("  run window, CLOCK_MONOTONIC (for perf report --time): %.6f,%.6f\n", clickMono, finishedMono);
    std::printf("  engine's follow-up pull + account refresh after finished: %.0f ms\n", followMs);
    std::printf("enqueue step, ms from the click (Δ from the line before):\n");
    double previous = 0;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        // A stage reported by several signals in a row shows once, with its last time.
        if (i + 1 < timeline.size() && timeline[i + 1].first == timeline[i].first)
            continue;
        std::printf("  %7.1f (+%5.1f) %s\n", timeline[i].second, timeline[i].second - previous,
                    qPrintable(timeline[i].first));
        previous = timeline[i].second;
    }
    std::printf("event-loop stalls (1 ms timer in the GUI thread):\n");
    printPhase("preview (withdrawInBulk → dialog shown)", previewPhase, previewStartMs);
    printPhase("run (click → finished)", runPhase, clickMs);
    printPhase("follow-up (finished → engine idle)", followPhase, clickMs);
    std::printf("server: %lld withdrawn, %d pending; %d withdrawal requests executed (%d non-200); "
                "%d rows not withdrawn-once (version != 2)\n",
                static_cast<long long>(check.withdrawn.size()), check.pending, executedTotal, check.executedNon200,
                check.versionNot2);
    std::printf("  by the client: %d of %d withdrawn exactly once; by wrk: %d of %d and %d of %d withdrawn exactly once\n",
                clientOnce, n, floorOnce, n, echoOnce, n);

    std::printf("\n| items | client s | client ms/item | floor s | floor ms/item | client/floor | enqueue ms "
                "| worst stall ms | gaps>16ms | gaps>50ms | floor w/ client headers s | client/that |\n");
    std::printf("| %d | %.3f | %.2f | %.3f | %.2f | %.2f | %.1f | %.1f | %d | %d | %.3f | %.2f |\n", n, clientS,
                clientS * 1000 / n, floorRun.seconds, floorRun.seconds * 1000 / n, clientS / floorRun.seconds,
                rowsGoneMs - clickMs, runPhase.worstMs, runPhase.over16, runPhase.over50, echoRun.seconds,
                clientS / echoRun.seconds);
    std::printf("BENCH bulk items=%d concurrency=1 client_s=%.3f floor_s=%.3f ratio=%.2f worst_stall_ms=%.1f\n", n,
                clientS, floorRun.seconds, clientS / floorRun.seconds, runPhase.worstMs);
    std::printf("verdict: stall requirement (none over 50 ms) %s; exactly-once %s\n",
                runPhase.over50 == 0 ? "MET" : "NOT MET",
                clientOnce == n && floorOnce == n && echoOnce == n && executedTotal == 3 * n && check.executedNon200 == 0 ? "OK"
                                                                                                        : "FAILED");

    CHECK(clientWithdrawn == n);
    CHECK(floorRun.answered == n);
    CHECK(echoRun.answered == n);
    CHECK(echoOnce == n);
    CHECK(clientOnce == n);
    CHECK(floorOnce == n);
    CHECK(executedTotal == 3 * n);
    CHECK(check.executedNon200 == 0);
    CHECK(check.pending == 0);
    CHECK(check.versionNot2 == 0);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc > 1) {
        bool ok = false;
        g_items = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || g_items < 1) {
            std::fprintf(stderr, "usage: %s [items]   (default 1000)\n", argv[0]);
            return 2;
        }
    }
    // Only the program name goes to Catch2: the count is ours.
    char reporter[] = "--reporter";
    char compact[] = "compact";
    char *catchArgs[] = {argv[0], reporter, compact};
    return Catch::Session().run(3, catchArgs);
}
