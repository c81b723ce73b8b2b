#include "support/catchqt.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <httplib.h>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

void checkStillHealthy(TestServer &server)
{
    CHECK(server.get("/api/v1/health").status == 200);
    server.storage().checkIntegrity();
}

} // namespace

TEST_CASE("malformed bodies get a problem, not a crash", "[server][badinput]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString bobId = server.addUser(u"bob"_s);
    const QString alice = server.signIn(u"alice"_s);
    const auto send = [&](const QByteArray &body) {
        return server.post("/api/v1/invitations", alice, body, freshKey());
    };

    const QByteArray invalidUtf8 = QByteArray("{\"invitee_id\":\"") + bobId.toUtf8() + "\",\"message\":\"\xff\xfe\"}";
    for (const QByteArray &body : {QByteArray("{"), QByteArray("not json"), QByteArray("[1,2]"), QByteArray("\"x\""),
                                   QByteArray(""), invalidUtf8, QByteArray(5000, '[')}) {
        const auto result = send(body);
        INFO(body.left(40).toStdString());
        CHECK(result.status == 400);
        CHECK(result.code() == u"invalid_json"_s);
        CHECK(result.header("Content-Type") == "application/problem+json; charset=utf-8");
    }

    for (const QJsonObject &body : {QJsonObject{{u"invitee_id"_s, 12345}},
                                    QJsonObject{{u"invitee_id"_s, 1e308}},
                                    QJsonObject{{u"invitee_id"_s, QJsonArray{bobId}}},
                                    QJsonObject{{u"invitee_id"_s, bobId}, {u"message"_s, QJsonObject()}},
                                    QJsonObject{{u"invitee_id"_s, bobId}, {u"message"_s, u"nul \u0000 inside"_s}},
                                    QJsonObject{{u"message"_s, u"no invitee"_s}}}) {
        const auto result = server.post("/api/v1/invitations", alice, body, freshKey());
        INFO(QJsonDocument(body).toJson().toStdString());
        CHECK(result.status == 422);
        CHECK(result.code() == u"invalid_request"_s);
    }
    checkStillHealthy(server);
}

TEST_CASE("hostile ids and parameters are answered plainly", "[server][badinput][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);

    for (const std::string &id : std::vector<std::string>{"..%2F..%2Fetc%2Fpasswd", "x'%20OR%20'1'='1", "inv_1;DROP%20TABLE%20invitations",
                                 "%00", std::string(300, 'a'), "%F0%9F%98%80"}) {
        const auto result = server.post("/api/v1/invitations/" + id + "/withdraw", alice, QByteArray(), freshKey());
        INFO(id);
        CHECK(result.status == 404);
    }
    for (const std::string id : {"' OR 1=1 --", "../../people", "per_\"quoted\""}) {
        const auto result = server.post("/api/v1/invitations", alice,
                                        QJsonObject{{u"invitee_id"_s, QString::fromStdString(id)}}, freshKey());
        CHECK(result.code() == u"person_not_found"_s);
    }
    for (const std::string query : {"limit=0", "limit=501", "limit=99999999999999999999", "limit=-1", "limit=1e3",
                                    "limit=abc", "direction=up", "state=deleted", "cursor=%FF%FE", "cursor=abc"}) {
        const auto result = server.get("/api/v1/invitations?" + query, alice);
        INFO(query);
        CHECK(result.status == 400);
        CHECK(result.code() == u"invalid_parameter"_s);
    }
    checkStillHealthy(server);
}

TEST_CASE("names and notes with quotes, emoji and RTL text come back unchanged", "[server][badinput]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString name = u"Robert'); DROP TABLE people;-- \"Bobby\" العلي 👩‍💻"_s;
    const QString personId = server.addPerson(name);
    const QString note = u"Salut \"toi\" — it's me 😀 مرحبا بك \\ backslash / slash\nnew line"_s;
    const auto created = server.post("/api/v1/invitations", alice,
                                      QJsonObject{{u"invitee_id"_s, personId}, {u"message"_s, note}}, freshKey());
    REQUIRE(created.status == 201);
    const auto list = server.get("/api/v1/invitations?direction=sent", alice);
    const QJsonObject item = list.json.value("items"_L1)[0].toObject();
    CHECK(item.value("message"_L1).toString() == note);
    CHECK(item.value("person"_L1).toObject().value("name"_L1).toString() == name);
    checkStillHealthy(server);
}

TEST_CASE("bodies over 64 KiB are refused before they are read", "[server][badinput][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QByteArray huge = "{\"invitee_id\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
    const auto result = server.post("/api/v1/invitations", alice, huge, freshKey());
    CHECK(result.status == 413);
    CHECK(result.code() == u"payload_too_large"_s);
    const auto unauthenticated = server.client().Post("/api/v1/auth/token", huge.toStdString(), "application/json");
    REQUIRE(unauthenticated);
    CHECK(unauthenticated->status == 413);
    checkStillHealthy(server);
}

TEST_CASE("chunked bodies are refused before they are read", "[server][badinput][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    std::size_t sent = 0;
    const auto result = server.client().Post(
        "/api/v1/invitations",
        {{"Authorization", "Bearer " + alice.toStdString()}, {"Idempotency-Key", freshKey()}},
        [&sent](size_t, httplib::DataSink &sink) {
            const std::string chunk(64 * 1024, 'x');
            // Ten megabytes at most, so a server that reads everything still ends the test.
            if (sent < 10 * 1024 * 1024) {
                sent += chunk.size();
                return sink.write(chunk.data(), chunk.size());
            }
            sink.done();
            return true;
        },
        "application/json");
    if (result) { // the server may also close the socket while we are still writing
        CHECK(result->status == 411);
        CHECK(result->body.find("length_required") != std::string::npos);
    }
    CHECK(sent < 10 * 1024 * 1024);
    checkStillHealthy(server);
}
