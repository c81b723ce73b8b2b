#include "support/catchqt.h"
#include "support/testserver.h"

#include "server/ratelimiter.h"

#include <httplib.h>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

TEST_CASE("the token bucket allows a burst, then the rate", "[server][ratelimit]")
{
    Server::RateLimiter limiter(2.0, 3);
    const auto start = Server::RateLimiter::Clock::time_point{} + 1h;
    for (int i = 0; i < 3; ++i)
        CHECK(limiter.acquire("a", start) == 0);
    CHECK(limiter.acquire("a", start) == 1);
    CHECK(limiter.acquire("b", start) == 0); // buckets are per key
    CHECK(limiter.acquire("a", start + 499ms) == 1);
    CHECK(limiter.acquire("a", start + 500ms) == 0);
    CHECK(limiter.acquire("a", start + 10s) == 0);

    Server::RateLimiter slow(0.1, 1);
    CHECK(slow.acquire("k", start) == 0);
    CHECK(slow.acquire("k", start) == 10); // Retry-After in whole seconds

    Server::RateLimiter off(0, 0);
    for (int i = 0; i < 1000; ++i)
        REQUIRE(off.acquire("k", start) == 0);
}

TEST_CASE("a token over its rate gets 429 with Retry-After, others carry on", "[server][ratelimit]")
{
    auto settings = TestServer::defaultSettings();
    settings.rateLimit = 0.5;
    settings.rateBurst = 3;
    TestServer server(settings);
    server.addUser(u"alice"_s);
    server.addUser(u"bob"_s);
    const QString alice = server.signIn(u"alice"_s);
    const QString bob = server.signIn(u"bob"_s);

    for (int i = 0; i < 3; ++i)
        REQUIRE(server.get("/api/v1/me", alice).status == 200);
    const auto limited = server.get("/api/v1/me", alice);
    CHECK(limited.status == 429);
    CHECK(limited.code() == u"rate_limited"_s);
    CHECK(std::stoi(limited.header("Retry-After")) >= 1);
    CHECK(server.get("/api/v1/me", bob).status == 200);
}

TEST_CASE("sign-in attempts from one address are limited more strictly", "[server][ratelimit][security]")
{
    auto settings = TestServer::defaultSettings();
    // A burst big enough for everything else, and buckets that refill so slowly that
    // however long each attempt's PBKDF2 run takes on a busy machine, the sign-in
    // bucket's burst is all there is.
    settings.rateLimit = 0.01;
    settings.rateBurst = 100;
    TestServer server(settings);
    server.addUser(u"alice"_s);
    int refusedAt = 0;
    for (int attempt = 1; attempt <= 2 * Server::ApiServer::signInBurst && refusedAt == 0; ++attempt) {
        // A different account each time: the per-account delay must not be what stops it.
        const std::string guess = R"({"username":"user)" + std::to_string(attempt)
            + R"(","password":"wrong-guess"})";
        const auto reply = server.client().Post("/api/v1/auth/token", guess, "application/json");
        REQUIRE(reply);
        if (reply->status == 429) {
            refusedAt = attempt;
            CHECK(reply->body.find("rate_limited") != std::string::npos);
        } else {
            REQUIRE(reply->status == 401);
        }
    }
    CHECK(refusedAt == Server::ApiServer::signInBurst + 1);
}

TEST_CASE("behind a trusted proxy the per-address limits count the clients it names", "[server][ratelimit][proxy]")
{
    // Requests without a token share one bucket per address: 3 at once, then 429.
    const auto exhaust = [](TestServer &server, const std::string &client) {
        const httplib::Headers from{{"X-Forwarded-For", "203.0.113.9, " + client}};
        int answered = 0;
        for (int i = 0; i < 5; ++i)
            answered += server.client().Get("/api/v1/me", from)->status == 401;
        return answered;
    };
    auto settings = TestServer::defaultSettings();
    settings.rateLimit = 0.01;
    settings.rateBurst = 3;

    SECTION("the proxy is trusted: each client it names has a bucket of its own")
    {
        settings.trustedProxies = {u"127.0.0.1"_s};
        TestServer server(settings);
        CHECK(exhaust(server, "198.51.100.1") == 3);
        CHECK(exhaust(server, "198.51.100.2") == 3);
    }
    SECTION("any other peer's X-Forwarded-For is ignored: it is one client")
    {
        TestServer server(settings);
        CHECK(exhaust(server, "198.51.100.1") == 3);
        CHECK(exhaust(server, "198.51.100.2") == 0);
    }
}
