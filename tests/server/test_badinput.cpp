#include "support/catchqt.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

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

namespace {

// A client that sends `head` at once, then `trickle` a byte every 300 ms (far within
// the per-read timeout), reading whatever comes back. What it got, once the server
// closed, and how many bytes of `trickle` it managed to send.
struct Trickled
{
    std::string answer;
    std::size_t bytesSent = 0;
};

Trickled trickle(int port, const std::string &head, const std::string &trickle)
{
    Trickled result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(::send(fd, head.data(), head.size(), MSG_NOSIGNAL) == ssize_t(head.size()));
    for (const char byte : trickle) {
        pollfd closed{fd, POLLIN, 0};
        if (::poll(&closed, 1, 300) > 0)
            break; // the server answered or hung up
        if (::send(fd, &byte, 1, MSG_NOSIGNAL) != 1)
            break;
        ++result.bytesSent;
    }
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        result.answer.append(buffer, std::size_t(n));
    ::close(fd);
    return result;
}

} // namespace

TEST_CASE("a client trickling its request a byte at a time is cut off at the request deadline",
          "[server][badinput][security]")
{
    auto settings = TestServer::defaultSettings();
    settings.requestDeadlineSeconds = 2;
    settings.threads = 2; // both workers held by tricklers: nobody else would be served
    TestServer server(settings);
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    // Forty more bytes at 300 ms each would take 12 s: far past the deadline.
    const std::string padding(40, 'x');
    Trickled inHead, inBody;
    std::thread headTrickler([&] {
        inHead = trickle(server.port(), "GET /api/v1/health HTTP/1.1\r\nHost: loris\r\n", "X-Padding: " + padding);
    });
    std::thread bodyTrickler([&] {
        inBody = trickle(server.port(),
                         "POST /api/v1/invitations HTTP/1.1\r\nHost: loris\r\nAuthorization: Bearer "
                             + alice.toStdString() + "\r\nIdempotency-Key: " + freshKey()
                             + "\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n",
                         "{\"invitee_id\":\"" + padding);
    });
    headTrickler.join();
    bodyTrickler.join();
    for (const Trickled *cut : {&inHead, &inBody}) {
        INFO(cut->answer);
        CHECK(cut->bytesSent < padding.size());
        CHECK(cut->answer.starts_with("HTTP/1.1 408"));
        CHECK(cut->answer.find("request_timeout") != std::string::npos);
    }
    // The workers are free again, and nothing was created from half a body.
    checkStillHealthy(server);
    const auto sent = server.get("/api/v1/invitations?direction=sent", alice);
    CHECK(sent.json.value("items"_L1).toArray().isEmpty());
}

TEST_CASE("requests within the deadline on a kept-alive connection each get their own deadline",
          "[server][badinput]")
{
    auto settings = TestServer::defaultSettings();
    settings.requestDeadlineSeconds = 1;
    TestServer server(settings);
    server.addUser(u"alice"_s);
    const QString alice = server.signIn(u"alice"_s);
    // One connection (httplib's client keeps it alive) used for longer than the deadline.
    auto &client = server.client();
    client.set_keep_alive(true);
    for (int i = 0; i < 4; ++i) {
        const auto answer = client.Get("/api/v1/me", {{"Authorization", "Bearer " + alice.toStdString()}});
        REQUIRE(answer);
        CHECK(answer->status == 200);
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
    }
}
