#include "support/catchqt.h"
#include "support/testserver.h"

#include "server/ratelimiter.h"

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
