// The API client against the real server on a loopback port, with faults injected
// through its network manager: every failure must come back as an ApiError value a
// user can read, with the right kind and the right "try again later" verdict.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"

#include <QHostAddress>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Small: these tests need few rows, and each fixture is a fresh server.
ClientFixture::Options smallAccount()
{
    ClientFixture::Options options;
    options.sent = 2;
    options.received = 1;
    return options;
}

template<typename T>
ApiError errorOf(const std::optional<ApiResult<T>> &result)
{
    REQUIRE(result.has_value());
    REQUIRE_FALSE(static_cast<bool>(*result));
    return result->error();
}

} // namespace

TEST_CASE("signing in with a wrong password is refused with a sentence and the right one gives a token", "[api]")
{
    ClientFixture fx(smallAccount());
    fx.api().setToken({});

    const auto wrong = errorOf(awaitTask(fx.api().signIn(u"alice"_s, u"not-her-password"_s)));
    CHECK(wrong.kind == ApiError::Kind::Http);
    CHECK(wrong.status == 401);
    CHECK_FALSE(wrong.message.trimmed().isEmpty());
    CHECK_FALSE(wrong.isTransient());

    const auto right = awaitTask(fx.api().signIn(u"alice"_s, u"password-123"_s));
    REQUIRE(right.has_value());
    REQUIRE(static_cast<bool>(*right));
    CHECK_FALSE(right->value().isEmpty());

    // The token works: the server knows who this is.
    fx.api().setToken(right->value());
    const auto me = awaitTask(fx.api().me());
    REQUIRE(me.has_value());
    REQUIRE(static_cast<bool>(*me));
    CHECK(me->value().person.name == u"alice Example"_s);
}

TEST_CASE("a request with an unknown token is a 401 and not worth retrying", "[api]")
{
    ClientFixture fx(smallAccount());
    fx.api().setToken(u"not-a-real-token"_s);
    const auto error = errorOf(awaitTask(fx.api().me()));
    CHECK(error.kind == ApiError::Kind::Http);
    CHECK(error.status == 401);
    CHECK_FALSE(error.isTransient());
    CHECK_FALSE(error.message.isEmpty());
}

TEST_CASE("a refused connection is a transient network error that names the server", "[api]")
{
    ClientFixture fx(smallAccount());
    fx.network().addFault(u"/me"_s, Fault::refused());

    const auto error = errorOf(awaitTask(fx.api().me()));
    CHECK(error.kind == ApiError::Kind::Network);
    CHECK(error.status == 0);
    CHECK(error.isTransient());
    INFO(error.message.toStdString());
    CHECK(error.message.contains(u"127.0.0.1:%1"_s.arg(fx.server().port())));

    // The fault was used once; the next request reaches the server.
    const auto again = awaitTask(fx.api().me());
    REQUIRE(again.has_value());
    CHECK(static_cast<bool>(*again));
    REQUIRE(fx.network().requestsTo(u"/me"_s).size() == 2);
    CHECK(fx.network().requestsTo(u"/me"_s).at(0).faulted);
    CHECK_FALSE(fx.network().requestsTo(u"/me"_s).at(1).faulted);
}

TEST_CASE("a server that never answers is a transient timeout once the transfer timeout passes", "[api]")
{
    ClientFixture fx(smallAccount());
    fx.api().setTransferTimeout(300ms);
    fx.network().addFault(u"/me"_s, Fault::hang());

    // Generous: the point is that it ends at all, as a Timeout, not how fast.
    const auto result = awaitTask(fx.api().me(), 20s);
    REQUIRE(result.has_value());
    REQUIRE_FALSE(static_cast<bool>(*result));
    const auto &error = result->error();
    CHECK(error.kind == ApiError::Kind::Timeout);
    CHECK(error.isTransient());
    INFO(error.message.toStdString());
    CHECK(error.message.contains(u"127.0.0.1"_s));
}

TEST_CASE("server errors and rate limits are transient while a full weekly budget and conflicts are not", "[api]")
{
    ClientFixture fx(smallAccount());
    const QString id = fx.sentIds().first();

    SECTION("500")
    {
        fx.network().addFault(u"/me"_s, Fault::problem(500, "internal_error"));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::Http);
        CHECK(error.status == 500);
        CHECK(error.code == u"internal_error"_s);
        CHECK(error.isTransient());
        CHECK_FALSE(error.retryAfter.has_value());
        // The client's own sentence, never the server's detail.
        CHECK(error.message == u"The server ran into an error of its own (HTTP 500); try again later."_s);
    }
    SECTION("429 rate_limited with Retry-After")
    {
        fx.network().addFault(u"/me"_s, Fault::problem(429, "rate_limited", {{"Retry-After", "7"}}));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::Http);
        CHECK(error.status == 429);
        CHECK(error.code == u"rate_limited"_s);
        REQUIRE(error.retryAfter.has_value());
        CHECK(*error.retryAfter == 7s);
        CHECK(error.isTransient());
    }
    SECTION("429 weekly_limit_reached")
    {
        fx.network().addFault(u"/invitations"_s,
                              Fault::problem(429, "weekly_limit_reached", {},
                                             R"("available_at":"2026-04-06T00:00:00Z")"));
        const QString personId = fx.server().addPerson(u"Someone New"_s);
        const auto error =
            errorOf(awaitTask(fx.api().sendInvitation(personId, std::nullopt, QString::fromStdString(freshKey()))));
        CHECK(error.status == 429);
        CHECK(error.code == u"weekly_limit_reached"_s);
        CHECK_FALSE(error.isTransient());
        REQUIRE(error.availableAt.has_value());
        CHECK(*error.availableAt == QDateTime(QDate(2026, 4, 6), QTime(0, 0), Qt::UTC));
    }
    SECTION("409 not_pending carries the invitation's true state")
    {
        fx.network().addFault(u"/withdraw"_s, Fault::problem(409, "not_pending", {}, R"("state":"accepted")"));
        const auto error = errorOf(awaitTask(fx.api().withdraw(id, QString::fromStdString(freshKey()))));
        CHECK(error.kind == ApiError::Kind::Http);
        CHECK(error.status == 409);
        CHECK(error.code == u"not_pending"_s);
        REQUIRE(error.invitationState.has_value());
        CHECK(*error.invitationState == InvitationState::Accepted);
        CHECK_FALSE(error.isTransient());
        // Nothing reached the server.
        CHECK(fx.serverInvitation(id).value(u"state"_s).toString() == u"pending"_s);
    }
    SECTION("the real server's 409 when withdrawing twice")
    {
        const auto first = awaitTask(fx.api().withdraw(id, QString::fromStdString(freshKey())));
        REQUIRE(first.has_value());
        REQUIRE(static_cast<bool>(*first));
        CHECK(first->value().state == InvitationState::Withdrawn);

        const auto error = errorOf(awaitTask(fx.api().withdraw(id, QString::fromStdString(freshKey()))));
        CHECK(error.status == 409);
        CHECK(error.code == u"not_pending"_s);
        REQUIRE(error.invitationState.has_value());
        CHECK(*error.invitationState == InvitationState::Withdrawn);
        CHECK_FALSE(error.isTransient());
        CHECK_FALSE(error.message.isEmpty());
    }
    SECTION("the real server's 404 for an invitation it does not know")
    {
        const auto error = errorOf(awaitTask(fx.api().withdraw(u"inv_doesnotexist"_s, QString::fromStdString(freshKey()))));
        CHECK(error.status == 404);
        CHECK(error.code == u"not_found"_s);
        CHECK_FALSE(error.isTransient());
    }
    SECTION("410 sync_token_expired on /sync")
    {
        fx.network().addFault(u"/sync"_s, Fault::problem(410, "sync_token_expired"));
        const auto error = errorOf(awaitTask(fx.api().sync(u"some-old-token"_s, 100)));
        CHECK(error.kind == ApiError::Kind::Http);
        CHECK(error.status == 410);
        CHECK(error.code == u"sync_token_expired"_s);
        CHECK_FALSE(error.isTransient());
    }
    SECTION("the real server's 410 for a token it never issued")
    {
        const auto error = errorOf(awaitTask(fx.api().sync(u"made-up"_s, 100)));
        CHECK(error.status == 410);
        CHECK(error.code == u"sync_token_expired"_s);
    }
}

TEST_CASE("me() reports the rules of a server started with non-default flags", "[api][rules]")
{
    ClientFixture::Options options = smallAccount();
    options.server.rules.reinviteCooldownDays = 2;
    options.server.rules.expiryDays = 30;
    options.server.rules.weeklyInviteLimit = 7;
    options.server.rules.noteMaxChars = 50;
    ClientFixture fx(options);

    const auto me = awaitTask(fx.api().me());
    REQUIRE(me.has_value());
    REQUIRE(static_cast<bool>(*me));
    const auto &rules = me->value().rules;
    REQUIRE(rules.has_value());
    CHECK(rules->reinviteCooldownDays == 2);
    CHECK(rules->expiryDays == 30);
    CHECK(rules->weeklyInviteLimit == 7);
    CHECK(rules->noteMaxChars == 50);
    // The server says nothing about these: they stay the client's defaults.
    CHECK(rules->courtesyDays == DomainRules{}.courtesyDays);
    CHECK(rules->expiringSoonDays == DomainRules{}.expiringSoonDays);
    CHECK(me->value().weeklyInvitesLimit == 7);
}

TEST_CASE("an older server's /me without rules has none while malformed rules are an invalid response", "[api][rules]")
{
    ClientFixture fx(smallAccount());
    const QByteArray person = R"({"id":"per_1","name":"Alice","headline":"","company":"","weekly_invites_used":1,)"
                              R"("weekly_invites_limit":100)";
    const auto answer = [](const QByteArray &body) {
        return Fault{Fault::Kind::Status, 200, body, {{"Content-Type", "application/json"}}};
    };

    SECTION("no rules object")
    {
        fx.network().addFault(u"/me"_s, answer(person + '}'));
        const auto me = awaitTask(fx.api().me());
        REQUIRE(me.has_value());
        REQUIRE(static_cast<bool>(*me));
        CHECK(me->value().person.name == u"Alice"_s);
        CHECK(me->value().weeklyInvitesUsed == 1);
        CHECK_FALSE(me->value().rules.has_value());
    }
    SECTION("a rule missing")
    {
        fx.network().addFault(
            u"/me"_s, answer(person + R"(,"rules":{"reinvite_cooldown_days":2,"expiry_days":30,"weekly_invite_limit":7}})"));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::InvalidResponse);
        INFO(error.message.toStdString());
        CHECK(error.message.contains(u"note_max_chars"_s));
    }
    SECTION("a rule that is not a whole number")
    {
        fx.network().addFault(u"/me"_s, answer(person + R"(,"rules":{"reinvite_cooldown_days":"2","expiry_days":30,)"
                                                        R"("weekly_invite_limit":7,"note_max_chars":50}})"));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::InvalidResponse);
        CHECK(error.message.contains(u"reinvite_cooldown_days"_s));
    }
    SECTION("an expiry of zero days")
    {
        fx.network().addFault(u"/me"_s, answer(person + R"(,"rules":{"reinvite_cooldown_days":2,"expiry_days":0,)"
                                                        R"("weekly_invite_limit":7,"note_max_chars":50}})"));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::InvalidResponse);
        CHECK(error.message.contains(u"expiry_days"_s));
    }
    SECTION("rules that are not an object")
    {
        fx.network().addFault(u"/me"_s, answer(person + R"(,"rules":null})"));
        const auto error = errorOf(awaitTask(fx.api().me()));
        CHECK(error.kind == ApiError::Kind::InvalidResponse);
        CHECK_FALSE(error.message.isEmpty());
    }
}

TEST_CASE("a sync page cut off half-way is an invalid response worth retrying", "[api]")
{
    ClientFixture fx(smallAccount());
    fx.network().addFault(u"/sync"_s, Fault::truncatedJson());

    const auto error = errorOf(awaitTask(fx.api().sync({}, 100)));
    CHECK(error.kind == ApiError::Kind::InvalidResponse);
    CHECK(error.isTransient());
    CHECK_FALSE(error.message.isEmpty());

    // The same call without the fault reads the whole feed.
    const auto page = awaitTask(fx.api().sync({}, 100));
    REQUIRE(page.has_value());
    REQUIRE(static_cast<bool>(*page));
    CHECK(page->value().upserts.size() == 3);
    CHECK_FALSE(page->value().nextSince.isEmpty());
}

TEST_CASE("only https or plain http on this computer is accepted as a server address", "[api]")
{
    QString error;
    SECTION("https anywhere")
    {
        CHECK(ApiClient::isAcceptableServerUrl(QUrl(u"https://invites.example.com/api/v1"_s), &error));
        CHECK(ApiClient::isAcceptableServerUrl(QUrl(u"https://203.0.113.5:8443"_s), &error));
    }
    SECTION("plain http on loopback")
    {
        CHECK(ApiClient::isAcceptableServerUrl(QUrl(u"http://127.0.0.1:8080"_s), &error));
        CHECK(ApiClient::isAcceptableServerUrl(QUrl(u"http://localhost:8080/api/v1"_s), &error));
        CHECK(ApiClient::isAcceptableServerUrl(QUrl(u"http://[::1]:8080"_s), &error));
    }
    SECTION("plain http elsewhere is refused with a sentence")
    {
        for (const auto &text : {u"http://example.com"_s, u"http://192.168.1.10:8080"_s,
                                 u"http://localhost.example.com"_s, u"http://127.0.0.1.example.com"_s}) {
            INFO(text.toStdString());
            error.clear();
            CHECK_FALSE(ApiClient::isAcceptableServerUrl(QUrl(text), &error));
            CHECK(error.contains(u"https://"_s));
            CHECK(error.endsWith(u'.'));
        }
    }
    SECTION("other schemes and non-addresses are refused with a sentence")
    {
        for (const auto &text : {u"ftp://x"_s, u"file:///etc/passwd"_s, u"invites.example.com"_s, u""_s}) {
            INFO(text.toStdString());
            error.clear();
            CHECK_FALSE(ApiClient::isAcceptableServerUrl(QUrl(text), &error));
            CHECK_FALSE(error.isEmpty());
            CHECK(error.endsWith(u'.'));
        }
    }
}
