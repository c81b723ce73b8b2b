// The real invitedesk binary, offscreen, as a user (or a crash) would run it: the demo
// from a fresh data folder, a second start, and a SIGKILL in the middle of sending.
#include "asynctest.h"
#include "cache/cachestore.h"
#include "catchqt.h"
#include "core/systemclock.h"
#include "democlient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>
#include <QTemporaryDir>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

bool accepts(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    return socket.waitForConnected(1000);
}

// Read-only queries on a SQLite file another process is using.
class SqliteReader
{
public:
    explicit SqliteReader(const QString &path) : m_name(u"reader-"_s + QString::number(++s_count))
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        REQUIRE(db.open());
    }
    ~SqliteReader()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Runs one statement on the file with a connection of its own that writes.
    static void exec(const QString &path, const QString &sql)
    {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(sql));
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
    }
    QString text(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0).toString();
    }
    qint64 number(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const auto &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

TEST_CASE("invitedesk --demo starts its server, syncs, keeps its data and stops the server on close", "[app]")
{
    QTemporaryDir home;
    const QDir data(home.filePath(u"InviteDesk"_s)); // made by the client
    QUrl serverUrl;
    {
        DemoClient client(data.path());
        serverUrl = QUrl(client.waitForLine(u"demo server at (\\S+)"_s));
        const int changes = client.waitForLine(u"sync complete: (\\d+) changes"_s).toInt();
        CHECK(changes > 100);
        CHECK(accepts(serverUrl));
        const int exitCode = client.terminate();
        INFO(client.log().toStdString());
        CHECK(exitCode == 0);
    }
    // Closing the client stopped the server it started.
    CHECK_FALSE(accepts(serverUrl));
    CHECK(QFile::exists(data.filePath(u"demo-server.db"_s)));

    // Nobody but the user can read what is kept: the folder, both databases (SQLite
    // gives their -wal and -shm files the same mode), the settings.
    const auto othersMayUse = [](const QString &path) {
        return (QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                            | QFile::WriteOther | QFile::ExeOther)) != 0;
    };
    CHECK_FALSE(othersMayUse(data.path()));
    const QStringList kept = data.entryList(QDir::Files);
    CHECK(kept.contains(u"demo-cache.sqlite"_s));
    CHECK(kept.contains(u"settings.ini"_s));
    for (const QString &file : kept) {
        INFO(file.toStdString());
        CHECK_FALSE(othersMayUse(data.filePath(file)));
    }

    // A cache an older version left readable to all is made private on the next start.
    QFile::setPermissions(data.filePath(u"demo-cache.sqlite"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // A second start reuses both databases: the cache only needs the (empty) delta.
    DemoClient again(data.path());
    CHECK(again.waitForLine(u"sync complete: (\\d+) changes"_s) == u"0"_s);
    CHECK_FALSE(othersMayUse(data.filePath(u"demo-cache.sqlite"_s)));
    const int exitCode = again.terminate();
    INFO(again.log().toStdString());
    CHECK(exitCode == 0);
}

// Also the bulk withdrawal's crash test: the actions are queued as withdrawInBulk does,
// in one enqueue (one transaction), and the kill lands in the middle of sending them.
TEST_CASE("killing the client while it sends loses no queued action and repeats none", "[app][bulk]")
{
    QTemporaryDir dir;
    {
        DemoClient first(dir.path());
        first.waitForLine(u"account refreshed"_s);
        REQUIRE(first.terminate() == 0);
    }

    // Queue withdrawals and new invitations as the window would (undo window over).
    SystemClock clock;
    QStringList withdrawn;
    QStringList invitedPeople;
    {
        QString error;
        auto store = CacheStore::open(dir.filePath(u"demo-cache.sqlite"_s), clock, &error);
        REQUIRE(store);
        QList<ActionRequest> requests;
        for (const auto &row : store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().mid(0, 120)) {
            requests.append(ActionRequest{ActionKind::Withdraw, row.invitation.id, {}, std::nullopt});
            withdrawn.append(row.invitation.id);
        }
        for (const auto &suggestion : store->account().suggestions().value().mid(0, 5)) {
            if (suggestion.reinviteAvailableAt)
                continue;
            requests.append(ActionRequest{ActionKind::Send, {}, suggestion.person, u"Hello"_s});
            invitedPeople.append(suggestion.person.id);
        }
        REQUIRE(withdrawn.size() == 120);
        REQUIRE(!invitedPeople.isEmpty());
        REQUIRE(store->outbox().enqueue(requests, std::chrono::milliseconds(0), &error));
    }

    const qint64 queuedAt = QDateTime::currentMSecsSinceEpoch();
    SqliteReader server(dir.filePath(u"demo-server.db"_s));
    const QString countWithdrawn =
        u"SELECT count(*) FROM invitations i JOIN accounts a ON a.person_id = i.sender_id"
        " WHERE a.username = 'demo' AND i.state = 'withdrawn'"_s;
    const qint64 before = server.number(countWithdrawn);
    {
        DemoClient second(dir.path());
        second.waitForLine(u"demo server at (\\S+)"_s);
        // Kill it once some (not all) withdrawals have reached the server. The demo
        // server's rate limit (20/s) keeps the run going for several seconds.
        REQUIRE(waitUntil([&] { return server.number(countWithdrawn) >= before + 30; }, std::chrono::seconds(60)));
        second.killHard();
    }
    const qint64 atKill = server.number(countWithdrawn);
    INFO("withdrawn at the kill: " << atKill - before << " of 120");
    CHECK(atKill - before < 120);

    {
        DemoClient third(dir.path());
        SqliteReader cache(dir.filePath(u"demo-cache.sqlite"_s));
        CHECK(waitUntil([&] { return cache.number(u"SELECT count(*) FROM outbox"_s) == 0; }, std::chrono::seconds(90)));
        const int exitCode = third.terminate();
        INFO(third.log().toStdString());
        CHECK(exitCode == 0);
    }

    CHECK(server.number(countWithdrawn) == before + 120);
    for (const auto &id : std::as_const(withdrawn))
        CHECK(server.number(u"SELECT count(*) FROM invitations WHERE id = ? AND state = 'withdrawn'"_s, {id}) == 1);
    // Exactly once as the server saw it: each action was done under its one key (a
    // repeat after the restart replayed that key's answer), none was answered "already
    // withdrawn", and no other key was used.
    const QString keysSince = u"SELECT count(*) FROM idempotency_keys k JOIN accounts a ON a.person_id = k.person_id"
                              " WHERE a.username = 'demo' AND k.created_at >= ?"_s;
    CHECK(server.number(keysSince, {queuedAt}) == withdrawn.size() + invitedPeople.size());
    CHECK(server.number(keysSince + u" AND k.status NOT IN (200, 201)"_s, {queuedAt}) == 0);
    for (const auto &id : std::as_const(withdrawn)) {
        INFO(id.toStdString());
        CHECK(server.number(keysSince + u" AND k.status = 200 AND instr(CAST(k.body AS TEXT), ?) > 0"_s, {queuedAt, id})
              == 1);
    }
    // And the restarted client shows each of them withdrawn, with nothing left pending.
    SqliteReader cache(dir.filePath(u"demo-cache.sqlite"_s));
    for (const auto &id : std::as_const(withdrawn)) {
        CHECK(cache.number(u"SELECT count(*) FROM invitations WHERE id = ? AND state = ? AND local_state IS NULL"_s,
                           {id, static_cast<int>(InvitationState::Withdrawn)})
              == 1);
    }
    // Exactly one new invitation to each person, whatever was retried.
    for (const auto &person : std::as_const(invitedPeople)) {
        CHECK(server.number(u"SELECT count(*) FROM invitations i JOIN accounts a ON a.person_id = i.sender_id"
                            " WHERE a.username = 'demo' AND i.invitee_id = ? AND i.sent_at >= ?"_s,
                            {person, queuedAt})
              == 1);
    }
}

TEST_CASE("a second start with the same data folder brings the first window to the front instead of opening another",
          "[app]")
{
    QTemporaryDir dir;
    DemoClient first(dir.path());
    const QUrl firstServer(first.waitForLine(u"demo server at (\\S+)"_s));
    first.waitForLine(u"sync complete: (\\d+) changes"_s);
    {
        QProcess second;
        second.setProcessEnvironment(DemoClient::offscreen());
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QStringLiteral(INVITEDESK_CLIENT_BINARY), {u"--demo"_s, u"--data-dir"_s, dir.path()});
        REQUIRE(second.waitForFinished(30000));
        const QString said = QString::fromUtf8(second.readAll());
        INFO(said.toStdString());
        CHECK(second.exitStatus() == QProcess::NormalExit);
        CHECK(second.exitCode() == 0);
        CHECK(said.contains(u"already running with this data folder"_s));
        CHECK_FALSE(said.contains(u"demo server at"_s)); // it opened nothing of its own
    }
    first.waitForLine(u"brought to the front by another start"_s);

    // Killed, the first leaves its socket behind; the next start takes the folder over.
    // Its demo server goes with it (its standard input closed).
    first.killHard();
    CHECK(waitUntil([&] { return !accepts(firstServer); }, std::chrono::seconds(20)));
    DemoClient third(dir.path());
    third.waitForLine(u"sync complete: (\\d+) changes"_s);
    CHECK_FALSE(third.log().contains(u"already running"_s));
    CHECK(third.terminate() == 0);
}

TEST_CASE("a damaged cache is kept aside, the user is told, a full sync rebuilds it and its queue is sent once",
          "[app][cache]")
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"demo-cache.sqlite"_s);
    {
        DemoClient first(dir.path());
        first.waitForLine(u"account refreshed"_s);
        REQUIRE(first.terminate() == 0);
    }
    // One withdrawal waits in the queue when the file is damaged.
    SystemClock clock;
    QString queuedId;
    {
        QString error;
        auto store = CacheStore::open(cachePath, clock, &error);
        REQUIRE(store);
        queuedId = store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().at(3).invitation.id;
        REQUIRE(store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, queuedId, {}, std::nullopt}},
                                        std::chrono::milliseconds(0), &error));
    }
    const auto overwrite = [&](qint64 offset, const QByteArray &bytes) {
        QFile file(cachePath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(offset));
        REQUIRE(file.write(bytes) == bytes.size());
    };
    const QByteArray garbage = QByteArray(4096, '\x5a');
    // Damage found when the file opens stops everything before a request goes out: the
    // queue is either copied (1) or unreadable (0). Damage only the background check
    // finds may come after the queue was sent (then there is nothing left to copy).
    bool queueReadable = true;
    bool foundAtOpen = true;
    QString told;
    SECTION("garbage over a page the first screens do not read")
    {
        // The outbox's page is left alone: its queued action must survive.
        SqliteReader reader(cachePath);
        const qint64 outboxPage = reader.number(u"SELECT rootpage FROM sqlite_master WHERE name = 'outbox'"_s);
        const qint64 pages = reader.number(u"PRAGMA page_count"_s);
        const qint64 pageSize = reader.number(u"PRAGMA page_size"_s);
        qint64 victim = pages - 1;
        if (victim == outboxPage)
            --victim;
        overwrite((victim - 1) * pageSize, garbage.left(pageSize));
        foundAtOpen = false;
        told = u"some of its pages cannot be read"_s;
    }
    SECTION("garbage over the header")
    {
        overwrite(0, garbage);
        queueReadable = false;
        told = u"it is not a database any more"_s;
    }
    SECTION("cut off in the middle of a page")
    {
        QFile file(cachePath);
        REQUIRE(file.resize(file.size() - 1500));
        foundAtOpen = false;
        told = u"some of its pages cannot be read"_s;
    }
    SECTION("another program's SQLite file")
    {
        QFile::remove(cachePath);
        SqliteReader::exec(cachePath, u"CREATE TABLE photos (id INTEGER PRIMARY KEY, taken_at TEXT)"_s);
        queueReadable = false;
        told = u"is not an InviteDesk cache"_s;
    }
    SECTION("a newer InviteDesk's cache")
    {
        SqliteReader::exec(cachePath, u"PRAGMA user_version = 99"_s);
        told = u"was written by a newer InviteDesk"_s;
    }

    DemoClient again(dir.path());
    const QString sentence = again.waitForLine(u"cache set aside: ([^\\n]+)"_s);
    INFO(sentence.toStdString());
    CHECK(sentence.contains(told));
    CHECK(sentence.contains(u"InviteDesk fetches everything again from the server"_s));
    if (foundAtOpen)
        CHECK(sentence.contains(queueReadable ? u"1 queued action was kept and will be sent"_s
                                              : u"the actions that were waiting to be sent could not be read"_s));
    CHECK(again.waitForLine(u"sync complete: (\\d+) changes"_s).toInt() > 100); // a full sync
    QStringList keptAside = QDir(dir.path()).entryList({u"demo-cache.sqlite.damaged-*"_s}, QDir::Files);
    keptAside.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    CHECK(keptAside.size() == 1); // with its -wal and -shm, where there were some
    CHECK(sentence.contains(keptAside.value(0)));
    SqliteReader server(dir.filePath(u"demo-server.db"_s));
    const QString withdrawnOnce = u"SELECT count(*) FROM invitations WHERE id = ? AND state = 'withdrawn'"_s;
    const QString keysFor = u"SELECT count(*) FROM idempotency_keys WHERE instr(CAST(body AS TEXT), ?) > 0"_s;
    if (queueReadable) {
        // Sent once, under its one key (the damaged file may have sent it already: the
        // copy's retry is then a replay).
        CHECK(waitUntil([&] { return server.number(withdrawnOnce, {queuedId}) == 1; }, std::chrono::seconds(60)));
        CHECK(server.number(keysFor, {queuedId}) == 1);
    }
    REQUIRE(again.terminate() == 0);
    if (!queueReadable)
        CHECK(server.number(withdrawnOnce, {queuedId}) == 0); // nothing could be read, nothing was made up
    SqliteReader rebuilt(cachePath);
    CHECK(rebuilt.text(u"PRAGMA integrity_check"_s) == u"ok"_s);
    CHECK(rebuilt.number(u"SELECT count(*) FROM invitations"_s) > 100);
}
