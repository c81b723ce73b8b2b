// Several `serve` processes on one PostgreSQL database behave as one server. These run
// only on PostgreSQL (hidden tag; the PostgreSQL registration in tests/CMakeLists.txt
// selects them), each with real server processes.
#include "support/catchqt.h"
#include "support/serverprocess.h"
#include "support/testdatabase.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

#include <httplib.h>

#include <atomic>
#include <map>
#include <thread>

using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"password-123"_s;

// A database with users, and two instances serving it.
struct TwoInstances
{
    explicit TwoInstances(const QStringList &users, const QStringList &flags = {u"--rate-limit"_s, u"0"_s})
    {
        REQUIRE(TestDatabase::usesPostgreSQL());
        for (const QString &user : users)
            runServerCommand({u"user"_s, u"add"_s, user, u"--db"_s, database.argument(), u"--password"_s, password});
        first = std::make_unique<ServerProcess>(database.argument(), flags);
        second = std::make_unique<ServerProcess>(database.argument(), flags);
    }

    ServerProcess &instance(int i) { return i % 2 ? *second : *first; }

    QString signIn(const QString &user)
    {
        const QJsonObject body{{u"username"_s, user}, {u"password"_s, password}};
        const auto result = first->client()->Post("/api/v1/auth/token", QJsonDocument(body).toJson().toStdString(),
                                                  "application/json");
        REQUIRE(result);
        REQUIRE(result->status == 200);
        return jsonOf(result).value("access_token"_L1).toString();
    }

    QString personId(const QString &token)
    {
        return jsonOf(first->client()->Get("/api/v1/me", bearer(token))).value("id"_L1).toString();
    }

    TestDatabase database;
    std::unique_ptr<ServerProcess> first;
    std::unique_ptr<ServerProcess> second;
};

} // namespace

TEST_CASE("one Idempotency-Key sent to two instances at once has one effect", "[.][postgresql][instances]")
{
    TwoInstances servers({u"alice"_s, u"bob"_s});
    const QString alice = servers.signIn(u"alice"_s);
    const QString bobId = servers.personId(servers.signIn(u"bob"_s));

    for (int round = 0; round < 10; ++round) {
        // Both instances get the same invitation with the same key at the same moment.
        const std::string key = freshKey();
        const std::string body = R"({"invitee_id":")" + bobId.toStdString() + R"(","message":"round )"
            + std::to_string(round) + R"("})";
        std::array<int, 2> status{};
        std::array<std::string, 2> answer;
        std::atomic_int ready{0};
        std::vector<std::thread> senders;
        for (int i = 0; i < 2; ++i) {
            senders.emplace_back([&, i] {
                auto client = servers.instance(i).client();
                ++ready;
                while (ready < 2) {
                }
                const auto result = client->Post("/api/v1/invitations", bearer(alice, key), body, "application/json");
                status.at(i) = result ? result->status : 0;
                answer.at(i) = result ? result->body : std::string();
            });
        }
        for (auto &sender : senders)
            sender.join();
        CHECK(status[0] == 201);
        CHECK(status[1] == 201);
        CHECK(answer[0] == answer[1]);

        // Exactly one invitation exists; withdraw it so the next round can invite again.
        const auto pending = jsonOf(servers.first->client()->Get(
            "/api/v1/invitations?direction=sent&state=pending", bearer(alice)));
        REQUIRE(pending.value("items"_L1).toArray().size() == 1);
        const std::string id = pending.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toString().toStdString();
        CHECK(jsonOf(servers.second->client()->Post(("/api/v1/invitations/" + id + "/withdraw").c_str(),
                                                  bearer(alice, freshKey()), std::string(), "application/json"))
                  .value("state"_L1)
                  .toString()
              == u"withdrawn"_s);
        // The cooldown would refuse the next round's invitation to bob.
        QSqlQuery forget(servers.database.inspect());
        REQUIRE(forget.exec(u"UPDATE invitations SET updated_at = updated_at - 8640000000 WHERE state = 'withdrawn'"_s));
    }
}

TEST_CASE("20 withdrawals of one invitation over two instances: exactly one succeeds", "[.][postgresql][instances]")
{
    TwoInstances servers({u"alice"_s, u"bob"_s});
    const QString alice = servers.signIn(u"alice"_s);
    const QString bobId = servers.personId(servers.signIn(u"bob"_s));
    for (int round = 0; round < 5; ++round) {
        const auto created = servers.first->client()->Post(
            "/api/v1/invitations", bearer(alice, freshKey()),
            R"({"invitee_id":")" + bobId.toStdString() + R"("})", "application/json");
        REQUIRE(created);
        REQUIRE(created->status == 201);
        const std::string id = jsonOf(created).value("id"_L1).toString().toStdString();

        std::atomic_int ready{0};
        std::array<int, 20> status{};
        std::vector<std::thread> threads;
        for (int i = 0; i < 20; ++i) {
            threads.emplace_back([&, i] {
                auto client = servers.instance(i).client();
                ++ready;
                while (ready < 20) {
                }
                const auto result = client->Post(("/api/v1/invitations/" + id + "/withdraw").c_str(),
                                                  bearer(alice, freshKey()), std::string(), "application/json");
                status.at(i) = result ? result->status : 0;
            });
        }
        for (auto &thread : threads)
            thread.join();
        CHECK(std::count(status.begin(), status.end(), 200) == 1);
        CHECK(std::count(status.begin(), status.end(), 409) == 19);
        const auto invitation = jsonOf(servers.second->client()->Get(
            ("/api/v1/invitations?direction=sent&state=withdrawn"), bearer(alice)));
        CHECK(invitation.value("items"_L1).toArray().size() == round + 1);
        QSqlQuery version(servers.database.inspect());
        REQUIRE(version.exec(u"SELECT version FROM invitations WHERE id = '%1'"_s.arg(QString::fromStdString(id))));
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == 2);
        QSqlQuery forget(servers.database.inspect());
        REQUIRE(forget.exec(u"UPDATE invitations SET updated_at = updated_at - 8640000000 WHERE state = 'withdrawn'"_s));
    }
}

TEST_CASE("the sync feed has no gaps or repeats while every instance writes", "[.][postgresql][instances]")
{
    QStringList users{u"alice"_s};
    for (int i = 0; i < 8; ++i)
        users.append(u"user%1"_s.arg(i));
    TwoInstances servers(users);
    const QString alice = servers.signIn(u"alice"_s);
    std::vector<std::pair<QString, QString>> invitees; // token, person id
    for (int i = 0; i < 8; ++i) {
        const QString token = servers.signIn(u"user%1"_s.arg(i));
        invitees.emplace_back(token, servers.personId(token));
    }
    // People without accounts, to invite and withdraw.
    QStringList people;
    for (int i = 0; i < 60; ++i)
        people.append(servers.database.addPerson(u"Person %1"_s.arg(i)));

    // What alice's client holds: id -> (version, state); and every (id, version) it saw.
    struct Replica
    {
        std::map<QString, std::pair<int, QString>> rows;
        int repeats = 0;
    };
    const auto pull = [&](Replica &replica, QString since, int &instance) {
        for (int page = 0; page < 10000; ++page) {
            std::string path = "/api/v1/sync?limit=7";
            if (!since.isEmpty())
                path += "&since=" + QUrl::toPercentEncoding(since).toStdString();
            // Each page from the other instance: tokens are the database's, not a process's.
            const auto result = servers.instance(instance++).client()->Get(path.c_str(), bearer(alice));
            REQUIRE(result);
            REQUIRE(result->status == 200);
            const QJsonObject body = jsonOf(result);
            for (const QJsonValue change : body.value("changes"_L1).toArray()) {
                const QJsonObject invitation = change.toObject().value("invitation"_L1).toObject();
                const QString id = invitation.value("id"_L1).toString();
                const int version = invitation.value("version"_L1).toInt();
                auto found = replica.rows.find(id);
                if (found != replica.rows.end() && found->second.first >= version)
                    ++replica.repeats;
                replica.rows[id] = {version, invitation.value("state"_L1).toString()};
            }
            since = body.value("next_since"_L1).toString();
            if (!body.value("has_more"_L1).toBool())
                break;
        }
        return since;
    };

    std::atomic_bool writing{true};
    std::atomic_int failures{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            auto client = servers.instance(w).client();
            const auto post = [&](const std::string &path, const QString &token, const std::string &body) {
                const auto result = client->Post(path.c_str(), bearer(token, freshKey()), body, "application/json");
                if (!result || result->status >= 500)
                    ++failures;
                return jsonOf(result);
            };
            for (int i = w; i < people.size(); i += 4) {
                const QString id = post("/api/v1/invitations", alice,
                                        R"({"invitee_id":")" + people.at(i).toStdString() + R"("})")
                                       .value("id"_L1)
                                       .toString();
                if (i % 3 == 0 && !id.isEmpty())
                    post("/api/v1/invitations/" + id.toStdString() + "/withdraw", alice, {});
            }
            // The invitees with accounts answer on this writer's instance.
            for (std::size_t i = static_cast<std::size_t>(w); i < invitees.size(); i += 4) {
                const QString id = post("/api/v1/invitations", alice,
                                        R"({"invitee_id":")" + invitees[i].second.toStdString() + R"("})")
                                       .value("id"_L1)
                                       .toString();
                post("/api/v1/invitations/" + id.toStdString() + (i % 2 ? "/accept" : "/ignore"), invitees[i].first,
                     {});
            }
        });
    }
    Replica replica;
    int instance = 0;
    QString since = pull(replica, {}, instance);
    std::thread reader([&] {
        while (writing)
            since = pull(replica, since, instance);
    });
    for (auto &writer : writers)
        writer.join();
    writing = false;
    reader.join();
    since = pull(replica, since, instance);
    CHECK(failures == 0);
    CHECK(replica.repeats == 0);

    // The server's own lists, page by page.
    std::map<QString, std::pair<int, QString>> lists;
    QString cursor;
    do {
        std::string path = "/api/v1/invitations?state=all&limit=50";
        if (!cursor.isEmpty())
            path += "&cursor=" + QUrl::toPercentEncoding(cursor).toStdString();
        const QJsonObject page = jsonOf(servers.second->client()->Get(path.c_str(), bearer(alice)));
        for (const QJsonValue item : page.value("items"_L1).toArray()) {
            const QJsonObject invitation = item.toObject();
            lists[invitation.value("id"_L1).toString()] = {invitation.value("version"_L1).toInt(),
                                                           invitation.value("state"_L1).toString()};
        }
        cursor = page.value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty());
    CHECK(lists.size() == static_cast<std::size_t>(people.size() + invitees.size()));
    CHECK(replica.rows == lists);
}

TEST_CASE("rate limits are kept per instance", "[.][postgresql][instances]")
{
    TwoInstances servers({u"alice"_s}, {u"--rate-limit"_s, u"1"_s, u"--rate-burst"_s, u"5"_s});
    const QString alice = servers.signIn(u"alice"_s);
    const auto burst = [&](ServerProcess &server) {
        auto client = server.client();
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            const auto result = client->Get("/api/v1/me", bearer(alice));
            REQUIRE(result);
            ok += result->status == 200;
        }
        return ok;
    };
    // Each instance lets the same token make its burst: with N instances a client can
    // make N times --rate-limit requests (the README's "Deploying" says so).
    const int first = burst(*servers.first);
    const int second = burst(*servers.second);
    CHECK(first >= 5);
    CHECK(first < 8);
    CHECK(second >= 5);
    CHECK(second < 8);
}

TEST_CASE("an instance whose database is unreachable says so on /health and recovers", "[.][postgresql][instances]")
{
    TwoInstances servers({u"alice"_s});
    const QString alice = servers.signIn(u"alice"_s);
    auto client = servers.first->client();
    REQUIRE(client->Get("/api/v1/health")->status == 200);

    // As if the database's machine went away: every connection ends, none is accepted.
    servers.database.setReachable(false);
    const auto health = client->Get("/api/v1/health");
    REQUIRE(health);
    CHECK(health->status == 503);
    CHECK(health->get_header_value("Content-Type") == "application/problem+json; charset=utf-8");
    CHECK(jsonOf(health).value("code"_L1).toString() == u"database_unavailable"_s);
    const auto me = client->Get("/api/v1/me", bearer(alice));
    REQUIRE(me);
    CHECK(me->status >= 500);

    servers.database.setReachable(true);
    CHECK(client->Get("/api/v1/health")->status == 200);
    CHECK(client->Get("/api/v1/me", bearer(alice))->status == 200);
}
