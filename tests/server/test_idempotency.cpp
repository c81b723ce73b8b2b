#include "support/catchqt.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

struct Setup
{
    TestServer server;
    QString bobId;
    QString alice;

    Setup()
    {
        server.addUser(u"alice"_s);
        bobId = server.addUser(u"bob"_s);
        alice = server.signIn(u"alice"_s);
    }

    QJsonObject inviteBob() const { return {{u"invitee_id"_s, bobId}}; }
    int pendingSent()
    {
        return server.get("/api/v1/invitations?direction=sent", alice).json.value("items"_L1).toArray().size();
    }
};

} // namespace

TEST_CASE("the same key and request replay the stored answer without a second effect", "[server][idempotency]")
{
    Setup s;
    const std::string key = freshKey();
    const auto first = s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), key);
    REQUIRE(first.status == 201);
    CHECK(first.header("Idempotent-Replayed").empty());

    // Hours later, past a day even: the retry still gets the same answer.
    s.server.clock().advanceSeconds(25 * 3600);
    const auto replay = s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), key);
    CHECK(replay.status == 201);
    CHECK(replay.body == first.body);
    CHECK(replay.header("Idempotent-Replayed") == "true");
    CHECK(s.pendingSent() == 1);

    // Replays of an error are the same error, too.
    const auto conflictKey = freshKey();
    const auto conflict = s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), conflictKey);
    CHECK(conflict.code() == u"already_pending"_s);
    CHECK(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), conflictKey).body == conflict.body);
}

TEST_CASE("a key reused for another request is refused", "[server][idempotency]")
{
    Setup s;
    const std::string key = freshKey();
    REQUIRE(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), key).status == 201);
    const QString carolId = s.server.addPerson(u"Carol"_s);
    const auto reused = s.server.post("/api/v1/invitations", s.alice, QJsonObject{{u"invitee_id"_s, carolId}}, key);
    CHECK(reused.status == 422);
    CHECK(reused.code() == u"idempotency_key_reused"_s);
    CHECK(s.pendingSent() == 1);
}

TEST_CASE("keys belong to their caller", "[server][idempotency][security]")
{
    Setup s;
    s.server.addUser(u"carol"_s);
    const QString carol = s.server.signIn(u"carol"_s);
    const std::string key = freshKey();
    REQUIRE(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), key).status == 201);
    // Carol's identical request with Alice's key is hers alone: no replay of Alice's answer.
    const auto carols = s.server.post("/api/v1/invitations", carol, s.inviteBob(), key);
    CHECK(carols.status == 201);
    CHECK(carols.header("Idempotent-Replayed").empty());
}

TEST_CASE("every change needs a usable Idempotency-Key", "[server][idempotency]")
{
    Setup s;
    const auto missing = s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), std::string());
    CHECK(missing.status == 400);
    CHECK(missing.code() == u"idempotency_key_missing"_s);
    CHECK(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), std::string(256, 'k')).code()
          == u"idempotency_key_invalid"_s);
    CHECK(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), "tab\there").code()
          == u"idempotency_key_invalid"_s);
    CHECK(s.pendingSent() == 0);
    CHECK(s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), std::string(255, 'k')).status == 201);
}

TEST_CASE("parallel withdrawals of one invitation succeed exactly once", "[server][idempotency][concurrency]")
{
    Setup s;
    const auto created = s.server.post("/api/v1/invitations", s.alice, s.inviteBob(), freshKey());
    const std::string path = "/api/v1/invitations/" + created.json.value("id"_L1).toString().toStdString() + "/withdraw";
    const std::string auth = "Bearer " + s.alice.toStdString();

    constexpr int clients = 16;
    const auto fire = [&](bool sameKey) {
        const std::string sharedKey = freshKey();
        std::vector<int> statuses(clients, 0);
        std::vector<std::thread> threads;
        std::atomic_int ready{0};
        for (int i = 0; i < clients; ++i) {
            threads.emplace_back([&, i] {
                httplib::Client client("127.0.0.1", s.server.port());
                const httplib::Headers headers{{"Authorization", auth},
                                               {"Idempotency-Key", sameKey ? sharedKey : freshKey()}};
                ++ready;
                while (ready < clients) // start together
                    std::this_thread::yield();
                const auto result = client.Post(path.c_str(), headers, std::string(), "application/json");
                statuses[i] = result ? result->status : 0;
            });
        }
        for (auto &thread : threads)
            thread.join();
        return statuses;
    };

    const std::vector<int> statuses = fire(false);
    CHECK(std::count(statuses.begin(), statuses.end(), 200) == 1);
    CHECK(std::count(statuses.begin(), statuses.end(), 409) == clients - 1);

    const auto after = s.server.get("/api/v1/invitations?direction=sent&state=withdrawn", s.alice);
    REQUIRE(after.json.value("items"_L1).toArray().size() == 1);
    CHECK(after.json.value("items"_L1)[0].toObject().value("version"_L1).toInt() == 2);
}

TEST_CASE("parallel retries with one key have one effect", "[server][idempotency][concurrency]")
{
    Setup s;
    const std::string key = freshKey();
    const std::string body = QJsonDocument(s.inviteBob()).toJson().toStdString();
    std::vector<int> statuses(12, 0);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        threads.emplace_back([&, i] {
            httplib::Client client("127.0.0.1", s.server.port());
            const auto result = client.Post("/api/v1/invitations",
                                            {{"Authorization", "Bearer " + s.alice.toStdString()}, {"Idempotency-Key", key}},
                                            body, "application/json");
            statuses[i] = result ? result->status : 0;
        });
    }
    for (auto &thread : threads)
        thread.join();
    CHECK(std::count(statuses.begin(), statuses.end(), 201) == static_cast<long>(statuses.size()));
    CHECK(s.pendingSent() == 1);
}
