#include "support/catchqt.h"
#include "server/signinthrottle.h"
#include "support/testserver.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <httplib.h>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

TEST_CASE("signing in gives a bearer token that opens /me", "[server][auth]")
{
    TestServer server;
    const QString aliceId = server.addUser(u"alice"_s);
    const QString token = server.signIn(u"alice"_s);
    CHECK(token.startsWith(u"idt_"_s));

    const auto me = server.get("/api/v1/me", token);
    REQUIRE(me.status == 200);
    CHECK(me.json.value("id"_L1).toString() == aliceId);
    CHECK(me.json.value("name"_L1).toString() == u"alice Example"_s);
    CHECK(me.json.value("weekly_invites_used"_L1).toInt() == 0);
    CHECK(me.json.value("weekly_invites_limit"_L1).toInt() == 100);
}

TEST_CASE("/me publishes the rules a server started with non-default flags runs with", "[server][me][rules]")
{
    auto settings = TestServer::defaultSettings();
    settings.rules.reinviteCooldownDays = 2;
    settings.rules.expiryDays = 30;
    settings.rules.weeklyInviteLimit = 7;
    settings.rules.noteMaxChars = 50;
    TestServer server(settings);
    server.addUser(u"alice"_s);

    const auto me = server.get("/api/v1/me", server.signIn(u"alice"_s));
    REQUIRE(me.status == 200);
    INFO(me.body);
    // Exactly these four: courtesy and staleness are the client's settings, not the server's.
    CHECK(me.json.value("rules"_L1).toObject()
          == QJsonObject{{u"reinvite_cooldown_days"_s, 2}, {u"expiry_days"_s, 30}, {u"weekly_invite_limit"_s, 7},
                         {u"note_max_chars"_s, 50}});
    CHECK(me.json.value("weekly_invites_limit"_L1).toInt() == 7);
}

TEST_CASE("/me publishes the product's rules from a server started with the defaults", "[server][me][rules]")
{
    TestServer server;
    server.addUser(u"alice"_s);

    const auto me = server.get("/api/v1/me", server.signIn(u"alice"_s));
    REQUIRE(me.status == 200);
    INFO(me.body);
    CHECK(me.json.value("rules"_L1).toObject()
          == QJsonObject{{u"reinvite_cooldown_days"_s, 21}, {u"expiry_days"_s, 180}, {u"weekly_invite_limit"_s, 100},
                         {u"note_max_chars"_s, 300}});
}

TEST_CASE("wrong credentials and missing tokens are refused", "[server][auth]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const auto post = [&](const char *body) {
        const auto result = server.client().Post("/api/v1/auth/token", body, "application/json");
        REQUIRE(result);
        return result->status;
    };
    CHECK(post(R"({"username":"alice","password":"wrong-password"})") == 401);
    CHECK(post(R"({"username":"nobody","password":"password-123"})") == 401);
    CHECK(post(R"({"username":"alice"})") == 422);
    CHECK(post(R"({"username":"alice","password":12345678})") == 422);

    const auto anonymous = server.get("/api/v1/me");
    CHECK(anonymous.status == 401);
    CHECK(anonymous.code() == u"unauthorized"_s);
    CHECK(anonymous.header("WWW-Authenticate").rfind("Bearer", 0) == 0);
    CHECK(anonymous.header("Content-Type") == "application/problem+json; charset=utf-8");
    CHECK(server.get("/api/v1/me", u"idt_made-up"_s).status == 401);
}

TEST_CASE("tokens expire after seven days", "[server][auth]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString token = server.signIn(u"alice"_s);
    server.clock().advanceDays(7);
    server.clock().advanceSeconds(-1);
    CHECK(server.get("/api/v1/me", token).status == 200);
    server.clock().advanceSeconds(1);
    CHECK(server.get("/api/v1/me", token).status == 401);
}

TEST_CASE("the database holds neither passwords nor tokens in the clear", "[server][auth][security]")
{
    TestServer server;
    server.addUser(u"alice"_s, u"correct horse battery"_s);
    const QString token = server.signIn(u"alice"_s, u"correct horse battery"_s);
    QByteArray everything;
    if (TestDatabase::usesPostgreSQL()) {
        // Every column of the tables that hold secrets, as the database's own text.
        QSqlQuery rows(server.storage().inspect());
        REQUIRE(rows.exec(u"SELECT CAST(a.* AS TEXT) FROM accounts a UNION ALL SELECT CAST(t.* AS TEXT) FROM tokens t"_s));
        while (rows.next())
            everything += rows.value(0).toString().toUtf8();
        CHECK_FALSE(everything.isEmpty());
    } else {
        QFile file(server.storage().location().path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        everything = file.readAll();
        QFile wal(server.storage().location().path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            everything += wal.readAll();
    }
    CHECK_FALSE(everything.contains("correct horse battery"));
    CHECK_FALSE(everything.contains(token.toUtf8()));
    CHECK_FALSE(everything.contains(token.mid(4).toUtf8()));

    QSqlQuery iterations(server.storage().inspect());
    REQUIRE(iterations.exec(u"SELECT password_iterations, length(password_salt) FROM accounts"_s));
    REQUIRE(iterations.next());
    CHECK(iterations.value(0).toInt() >= 100000);
    CHECK(iterations.value(1).toInt() >= 16);
}

TEST_CASE("the health check needs no token", "[server]")
{
    TestServer server;
    const auto health = server.get("/api/v1/health");
    CHECK(health.status == 200);
    CHECK(health.json.value("status"_L1).toString() == u"ok"_s);
    CHECK(server.get("/api/v1/no-such-thing").code() == u"not_found"_s);
}

TEST_CASE("wrong passwords for one account are delayed more and more, but never for long",
          "[server][auth][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const auto attempt = [&](const QString &username, const QString &password) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}})
                                    .toJson(QJsonDocument::Compact);
        const auto result = server.client().Post("/api/v1/auth/token", body.toStdString(), "application/json");
        REQUIRE(result);
        return std::pair{result->status, result->get_header_value("Retry-After")};
    };

    for (int i = 0; i < Server::SignInThrottle::freeFailures; ++i)
        CHECK(attempt(u"alice"_s, u"guess-%1"_s.arg(i)).first == 401);
    // Now even the right password waits, unchecked, and says for how long.
    CHECK(attempt(u"Alice"_s, u"password-123"_s) == std::pair{429, std::string("1")});
    server.clock().advanceSeconds(1);
    CHECK(attempt(u"alice"_s, u"guess-again"_s).first == 401);
    CHECK(attempt(u"alice"_s, u"guess-again"_s) == std::pair{429, std::string("2")});

    // A stranger who keeps guessing at every opening keeps the wait at its ceiling, no longer.
    int longest = 0;
    for (int i = 0; i < 12; ++i) {
        server.clock().advanceSeconds(60);
        CHECK(attempt(u"alice"_s, u"stranger-%1"_s.arg(i)).first == 401);
        longest = std::max(longest, std::stoi(attempt(u"alice"_s, u"x"_s).second));
    }
    CHECK(longest == Server::SignInThrottle::longestDelaySeconds);
    server.clock().advanceSeconds(Server::SignInThrottle::longestDelaySeconds);
    CHECK(attempt(u"alice"_s, u"password-123"_s).first == 200);
    // The success starts the count again.
    CHECK(attempt(u"alice"_s, u"one-typo"_s).first == 401);
    CHECK(attempt(u"alice"_s, u"password-123"_s).first == 200);

    // Other accounts are untouched, and a name without an account is delayed the same
    // way, so the delay does not tell which names exist.
    server.addUser(u"bob"_s);
    CHECK(attempt(u"bob"_s, u"password-123"_s).first == 200);
    for (int i = 0; i < Server::SignInThrottle::freeFailures; ++i)
        CHECK(attempt(u"nobody"_s, u"guess"_s).first == 401);
    CHECK(attempt(u"nobody"_s, u"guess"_s) == std::pair{429, std::string("1")});

    // Failures long past are forgotten.
    for (int i = 0; i < Server::SignInThrottle::freeFailures; ++i)
        CHECK(attempt(u"bob"_s, u"guess"_s).first == 401);
    server.clock().advanceSeconds(Server::SignInThrottle::forgetAfterMsecs / 1000);
    for (int i = 0; i < Server::SignInThrottle::freeFailures; ++i)
        CHECK(attempt(u"bob"_s, u"guess"_s).first == 401);
    CHECK(attempt(u"bob"_s, u"password-123"_s).first == 429);
}

TEST_CASE("signing out revokes that token and only that one", "[server][auth][security]")
{
    TestServer server;
    server.addUser(u"alice"_s);
    const QString laptop = server.signIn(u"alice"_s);
    const QString phone = server.signIn(u"alice"_s);
    REQUIRE(server.get("/api/v1/me", laptop).status == 200); // now in the server's token cache

    const auto logout = server.post("/api/v1/auth/logout", laptop, QByteArray(), {});
    CHECK(logout.status == 204);
    CHECK(logout.body.empty());
    const auto after = server.get("/api/v1/me", laptop);
    CHECK(after.status == 401);
    CHECK(after.code() == u"unauthorized"_s);
    CHECK(server.post("/api/v1/auth/logout", laptop, QByteArray(), {}).status == 401);
    CHECK(server.get("/api/v1/me", phone).status == 200);
}
