#include "server/cursor.h"
#include "support/catchqt.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

#include <map>
#include <thread>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

struct SyncPage
{
    QStringList upserts;
    QStringList removals;
    QString nextSince;
    bool hasMore = false;
};

SyncPage syncPage(TestServer &server, const QString &token, const QString &since, int limit = 500)
{
    std::string path = "/api/v1/sync?limit=" + std::to_string(limit);
    if (!since.isEmpty())
        path += "&since=" + QUrl::toPercentEncoding(since).toStdString();
    const auto result = server.get(path, token);
    REQUIRE(result.status == 200);
    SyncPage page;
    for (const QJsonValue change : result.json.value("changes"_L1).toArray()) {
        const QJsonObject object = change.toObject();
        if (object.value("op"_L1).toString() == u"remove")
            page.removals.append(object.value("id"_L1).toString());
        else
            page.upserts.append(object.value("invitation"_L1).toObject().value("id"_L1).toString());
    }
    page.nextSince = result.json.value("next_since"_L1).toString();
    page.hasMore = result.json.value("has_more"_L1).toBool();
    return page;
}

QString invite(TestServer &server, const QString &token, const QString &inviteeId)
{
    const auto result = server.post("/api/v1/invitations", token, QJsonObject{{u"invitee_id"_s, inviteeId}}, freshKey());
    REQUIRE(result.status == 201);
    return result.json.value("id"_L1).toString();
}

HttpResult act(TestServer &server, const QString &token, const QString &id, const char *action)
{
    return server.post("/api/v1/invitations/" + id.toStdString() + '/' + action, token, QByteArray(), freshKey());
}

} // namespace

TEST_CASE("a full sync pages through everything, then deltas carry exactly what changed", "[server][sync]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString bobId = server.addUser(u"bob"_s);
    const QString carolId = server.addUser(u"carol"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString bob = server.signIn(u"bob"_s);

    QStringList all;
    for (int i = 0; i < 5; ++i)
        all.append(invite(server, alice, server.addPerson(u"P%1"_s.arg(i))));
    all.append(invite(server, alice, bobId));

    QStringList fetched;
    QString since;
    int pages = 0;
    for (SyncPage page; pages == 0 || page.hasMore; ++pages) {
        page = syncPage(server, alice, since, 2);
        fetched += page.upserts;
        since = page.nextSince;
    }
    CHECK(pages == 3);
    CHECK(fetched == all);
    CHECK(syncPage(server, alice, since).upserts.isEmpty());

    // Changes after the token: one withdrawal, one new invitation, one accepted by the other side.
    const QString withdrawn = all.at(0);
    REQUIRE(act(server, alice, withdrawn, "withdraw").status == 200);
    const QString fresh = invite(server, alice, carolId);
    REQUIRE(act(server, bob, all.at(5), "accept").status == 200);
    const SyncPage delta = syncPage(server, alice, since);
    CHECK(delta.upserts == QStringList{withdrawn, fresh, all.at(5)});
    CHECK(delta.removals.isEmpty());
    CHECK(syncPage(server, alice, delta.nextSince).upserts.isEmpty());
}

TEST_CASE("the invitee's delta only removes a withdrawn invitation", "[server][sync][withdraw]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString bobId = server.addUser(u"bob"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString bob = server.signIn(u"bob"_s);
    const QString id = invite(server, alice, bobId);

    const SyncPage first = syncPage(server, bob, {});
    REQUIRE(first.upserts == QStringList{id});
    REQUIRE(act(server, alice, id, "withdraw").status == 200);

    const SyncPage delta = syncPage(server, bob, first.nextSince);
    CHECK(delta.upserts.isEmpty());
    CHECK(delta.removals == QStringList{id});
    // A fresh full sync does not mention it at all.
    const SyncPage full = syncPage(server, bob, {});
    CHECK(full.upserts.isEmpty());
    CHECK(full.removals.isEmpty());
}

TEST_CASE("expiry shows up in the delta feed", "[server][sync][expiry]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString id = invite(server, alice, server.addPerson(u"Dana"_s));
    const QString token = syncPage(server, alice, {}).nextSince;
    server.clock().advanceDays(181);
    const QString fresh = server.signIn(u"alice"_s); // the old token expired with the days
    CHECK(syncPage(server, fresh, token).upserts == QStringList{id});
}

TEST_CASE("unknown sync tokens answer 410 so the client starts over", "[server][sync]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString validHere = syncPage(server, alice, {}).nextSince;

    TestServer other;
    other.addUser(u"alice"_s);
    const QString otherToken = other.signIn(u"alice"_s);
    invite(other, otherToken, other.addPerson(u"Eve"_s));
    const QString fromAnotherServer = syncPage(other, otherToken, {}).nextSince;

    server.addUser(u"bob"_s);
    const QString bobsToken = syncPage(server, server.signIn(u"bob"_s), {}).nextSince;

    for (const QString &since : {u"garbage"_s, u"Zm9vHzEfYmFy"_s, fromAnotherServer, bobsToken}) {
        const auto result = server.get("/api/v1/sync?since=" + QUrl::toPercentEncoding(since).toStdString(), alice);
        CHECK(result.status == 410);
        CHECK(result.code() == u"sync_token_expired"_s);
    }
    CHECK(server.get("/api/v1/sync?since=" + QUrl::toPercentEncoding(validHere).toStdString(), alice).status == 200);
}

TEST_CASE("a sync token made up or altered by the client is refused", "[server][sync][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString bobId = server.addUser(u"bob"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString bob = server.signIn(u"bob"_s);
    const QString bobsStart = syncPage(server, bob, {}).nextSince;
    // Alice invites Bob and withdraws at once: Bob never had it, so he must never hear of it.
    const QString id = invite(server, alice, bobId);
    REQUIRE(act(server, alice, id, "withdraw").status == 200);
    const QString bobsNext = syncPage(server, bob, bobsStart).nextSince;

    const auto start = Server::unpackCursor(bobsStart, 6);
    const auto next = Server::unpackCursor(bobsNext, 6);
    REQUIRE(start);
    REQUIRE(next);
    REQUIRE(next->at(1) == bobId);
    // A run that "began" between the invitation and its withdrawal would list the
    // withdrawal as a removal: (epoch, user, base, upper, position) with base just past
    // the invitation. Unsigned, with the signature of a genuine token, or cut short.
    const QString justAfterInvite = QString::number(start->at(3).toLongLong() + 1);
    const QStringList forged{next->at(0), bobId, justAfterInvite, next->at(3), justAfterInvite};
    for (const QString &since : {Server::packCursor(forged), Server::packCursor(QStringList(forged) << next->at(5)),
                                 bobsNext.left(bobsNext.size() - 2)}) {
        const auto result = server.get("/api/v1/sync?since=" + QUrl::toPercentEncoding(since).toStdString(), bob);
        CHECK(result.status == 410);
        CHECK(result.code() == u"sync_token_expired"_s);
    }
    // Nor does another user's genuine token work for Bob, nor Bob's for Alice.
    const auto stolen = server.get("/api/v1/sync?since=" + QUrl::toPercentEncoding(bobsNext).toStdString(), alice);
    CHECK(stolen.status == 410);
    // The genuine one goes on, and says nothing of the withdrawn invitation.
    const SyncPage delta = syncPage(server, bob, bobsNext);
    CHECK(delta.removals.isEmpty());
    CHECK(delta.upserts.isEmpty());
}

TEST_CASE("a delta right after a full sync repeats nothing", "[server][sync]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    invite(server, alice, server.addPerson(u"Dana"_s));
    const SyncPage full = syncPage(server, alice, {});
    REQUIRE(full.upserts.size() == 1);
    CHECK_FALSE(full.hasMore);
    const SyncPage delta = syncPage(server, alice, full.nextSince);
    CHECK(delta.upserts.isEmpty());
    CHECK(delta.removals.isEmpty());
}

TEST_CASE("an invitation sent and withdrawn between two syncs leaves no trace for the invitee", "[server][sync][withdraw]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString bobId = server.addUser(u"bob"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString bob = server.signIn(u"bob"_s);
    const QString token = syncPage(server, bob, {}).nextSince;
    REQUIRE(act(server, alice, invite(server, alice, bobId), "withdraw").status == 200);
    const SyncPage delta = syncPage(server, bob, token);
    CHECK(delta.upserts.isEmpty());
    CHECK(delta.removals.isEmpty());
}

TEST_CASE("syncing while others write loses and repeats nothing", "[server][sync][concurrency]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    QStringList people;
    for (int i = 0; i < 40; ++i)
        people.append(server.addPerson(u"P%1"_s.arg(i)));

    // What a client holds after applying pages: id -> version.
    using Replica = std::map<QString, int>;
    const auto apply = [](Replica &replica, const QJsonArray &changes) {
        for (const QJsonValue change : changes) {
            const QJsonObject invitation = change.toObject().value("invitation"_L1).toObject();
            replica[invitation.value("id"_L1).toString()] = invitation.value("version"_L1).toInt();
        }
    };
    const auto pull = [&](httplib::Client &client, Replica &replica, QString since) {
        for (int page = 0; page < 1000; ++page) {
            std::string path = "/api/v1/sync?limit=3";
            if (!since.isEmpty())
                path += "&since=" + QUrl::toPercentEncoding(since).toStdString();
            const auto result = client.Get(path.c_str(), {{"Authorization", "Bearer " + alice.toStdString()}});
            if (!result || result->status != 200)
                return QString();
            const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
            apply(replica, body.value("changes"_L1).toArray());
            since = body.value("next_since"_L1).toString();
            if (!body.value("has_more"_L1).toBool())
                break;
        }
        return since;
    };

    std::atomic_bool writing{true};
    std::vector<std::thread> writers;
    for (int w = 0; w < 3; ++w) {
        writers.emplace_back([&, w] {
            httplib::Client client("127.0.0.1", server.port());
            const httplib::Headers auth{{"Authorization", "Bearer " + alice.toStdString()}};
            for (int i = w; i < people.size(); i += 3) {
                const std::string body = "{\"invitee_id\":\"" + people.at(i).toStdString() + "\"}";
                auto headers = auth;
                headers.emplace("Idempotency-Key", freshKey());
                const auto created = client.Post("/api/v1/invitations", headers, body, "application/json");
                if (!created || i % 2)
                    continue;
                const std::string id = QJsonDocument::fromJson(QByteArray::fromStdString(created->body))
                                           .object().value("id"_L1).toString().toStdString();
                headers = auth;
                headers.emplace("Idempotency-Key", freshKey());
                client.Post(("/api/v1/invitations/" + id + "/withdraw").c_str(), headers, std::string(), "application/json");
            }
        });
    }
    std::vector<std::pair<Replica, QString>> readers(3);
    std::vector<std::thread> readerThreads;
    for (auto &reader : readers) {
        readerThreads.emplace_back([&] {
            httplib::Client client("127.0.0.1", server.port());
            reader.second = pull(client, reader.first, {});
            while (writing)
                reader.second = pull(client, reader.first, reader.second);
        });
    }
    for (auto &writer : writers)
        writer.join();
    writing = false;
    for (auto &thread : readerThreads)
        thread.join();

    httplib::Client client("127.0.0.1", server.port());
    Replica truth;
    pull(client, truth, {});
    REQUIRE(truth.size() == static_cast<std::size_t>(people.size()));
    for (auto &[replica, since] : readers) {
        REQUIRE_FALSE(since.isEmpty());
        pull(client, replica, since);
        CHECK(replica == truth);
    }
}

TEST_CASE("paged syncs tell the invitee of exactly the withdrawals they can hold", "[server][sync][withdraw]")
{
    TestServer server;
    const QString bobId = server.addUser(u"bob"_s);
    const QString bob = server.signIn(u"bob"_s);
    QStringList senders;
    for (const QString &name : {u"carol"_s, u"dave"_s, u"erin"_s}) {
        server.addUser(name);
        senders.append(server.signIn(name));
    }
    const auto pagedRun = [&](const QString &since) {
        SyncPage all;
        SyncPage page{{}, {}, since, true};
        for (int pages = 0; page.hasMore && pages < 50; ++pages) {
            page = syncPage(server, bob, page.nextSince, 1);
            all.upserts += page.upserts;
            all.removals += page.removals;
        }
        all.nextSince = page.nextSince;
        return all;
    };

    // Withdrawn before bob ever synced: a paged first sync never mentions it.
    const QString gone = invite(server, senders.at(0), bobId);
    const QString own = invite(server, bob, server.addPerson(u"Yan"_s));
    REQUIRE(act(server, senders.at(0), gone, "withdraw").status == 200);
    const QString held = invite(server, senders.at(1), bobId);
    const SyncPage first = pagedRun({});
    CHECK(first.upserts == QStringList{own, held});
    CHECK(first.removals.isEmpty());

    // One he holds is withdrawn, and one he never saw comes and goes: only the first is removed.
    REQUIRE(act(server, senders.at(1), held, "withdraw").status == 200);
    const QString fleeting = invite(server, senders.at(2), bobId);
    REQUIRE(act(server, senders.at(2), fleeting, "withdraw").status == 200);
    const SyncPage delta = pagedRun(first.nextSince);
    CHECK(delta.upserts.isEmpty());
    CHECK(delta.removals == QStringList{held});
}

TEST_CASE("sync pages go out plain whatever the client accepts: compressing is the TLS front's job",
          "[server][sync]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    for (int i = 0; i < 40; ++i)
        invite(server, alice, server.addPerson(u"P%1"_s.arg(i)));
    // What Qt's network access manager asks for. cpp-httplib would answer it with
    // Brotli at its slowest quality (300 ms for a 500-change page).
    const auto page = server.client().Get("/api/v1/sync?limit=500",
                                          {{"Authorization", "Bearer " + alice.toStdString()},
                                           {"Accept-Encoding", "gzip, deflate, br"}});
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK_FALSE(page->has_header("Content-Encoding"));
    CHECK(page->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(page->body)).object().value("changes"_L1).toArray().size()
          == 40);
}
