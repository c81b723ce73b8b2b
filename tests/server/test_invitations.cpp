#include "support/catchqt.h"
#include "support/testserver.h"

#include "core/wirecodec.h"

#include <QJsonArray>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

struct TwoUsers
{
    TestServer &server;
    QString aliceId;
    QString bobId;
    QString alice;
    QString bob;

    explicit TwoUsers(TestServer &s)
        : server(s)
        , aliceId(s.addUser(u"alice"_s))
        , bobId(s.addUser(u"bob"_s))
        , alice(s.signIn(u"alice"_s))
        , bob(s.signIn(u"bob"_s))
    {
    }

    // Moves the clock; tokens expire after a week, so both sign in again.
    void advanceDays(double days, qint64 seconds = 0)
    {
        server.clock().advanceDays(days);
        server.clock().advanceSeconds(seconds);
        alice = server.signIn(u"alice"_s);
        bob = server.signIn(u"bob"_s);
    }

    HttpResult invite(const QString &token, const QString &inviteeId, const QJsonValue &message = QJsonValue::Null)
    {
        return server.post("/api/v1/invitations", token, QJsonObject{{u"invitee_id"_s, inviteeId}, {u"message"_s, message}},
                           freshKey());
    }
    HttpResult act(const QString &token, const QString &invitationId, const char *action)
    {
        return server.post("/api/v1/invitations/" + invitationId.toStdString() + '/' + action, token, QByteArray(),
                           freshKey());
    }
    QStringList ids(const QString &token, const std::string &query)
    {
        const auto page = server.get("/api/v1/invitations?" + query, token);
        REQUIRE(page.status == 200);
        QStringList out;
        for (const QJsonValue item : page.json.value("items"_L1).toArray())
            out.append(item.toObject().value("id"_L1).toString());
        return out;
    }
    QJsonArray feed(const QString &token)
    {
        const auto result = server.get("/api/v1/notifications", token);
        REQUIRE(result.status == 200);
        return result.json.value("items"_L1).toArray();
    }
};

QString idOf(const HttpResult &result)
{
    return result.json.value("id"_L1).toString();
}

} // namespace

TEST_CASE("an invitation reaches the invitee's list and feed", "[server][invitations]")
{
    TestServer server;
    TwoUsers users(server);
    const auto created = users.invite(users.alice, users.bobId, u"Hi Bob 👋"_s);
    REQUIRE(created.status == 201);
    CHECK(created.json.value("state"_L1).toString() == u"pending"_s);
    CHECK(created.json.value("direction"_L1).toString() == u"sent"_s);
    CHECK(created.json.value("person"_L1).toObject().value("id"_L1).toString() == users.bobId);
    CHECK(created.json.value("message"_L1).toString() == u"Hi Bob 👋"_s);
    CHECK(Wire::parseTimestamp(created.json.value("expires_at"_L1))
          == server.clock().now().addDays(180));

    const QString id = idOf(created);
    CHECK(users.ids(users.alice, "direction=sent") == QStringList{id});
    CHECK(users.ids(users.bob, "direction=received") == QStringList{id});
    CHECK(users.ids(users.bob, "direction=sent").isEmpty());
    const QJsonArray feed = users.feed(users.bob);
    REQUIRE(feed.size() == 1);
    CHECK(feed.at(0).toObject().value("kind"_L1).toString() == u"invitation_received"_s);
    CHECK(feed.at(0).toObject().value("person"_L1).toObject().value("id"_L1).toString() == users.aliceId);
}

TEST_CASE("a withdrawal is silent for the invitee", "[server][invitations][withdraw]")
{
    TestServer server;
    TwoUsers users(server);
    const QString id = idOf(users.invite(users.alice, users.bobId));
    REQUIRE(users.feed(users.bob).size() == 1);

    const auto withdrawn = users.act(users.alice, id, "withdraw");
    REQUIRE(withdrawn.status == 200);
    CHECK(withdrawn.json.value("state"_L1).toString() == u"withdrawn"_s);
    CHECK(withdrawn.json.value("version"_L1).toInt() == 2);

    // Gone from Bob's received list in every state, and from his feed, with nothing new in it.
    CHECK(users.ids(users.bob, "direction=received&state=all").isEmpty());
    CHECK(users.ids(users.bob, "state=withdrawn").isEmpty());
    CHECK(users.feed(users.bob).isEmpty());
    // Alice still sees what she did.
    CHECK(users.ids(users.alice, "direction=sent&state=withdrawn") == QStringList{id});
    CHECK(users.feed(users.alice).isEmpty());
    // Bob cannot act on it any more: for him it does not exist.
    CHECK(users.act(users.bob, id, "accept").code() == u"not_found"_s);
}

TEST_CASE("re-inviting after a withdrawal waits exactly the cooldown", "[server][invitations][cooldown]")
{
    TestServer server;
    TwoUsers users(server);
    const QString id = idOf(users.invite(users.alice, users.bobId));
    const QDateTime withdrawnAt = server.clock().now();
    REQUIRE(users.act(users.alice, id, "withdraw").status == 200);

    users.advanceDays(21, -1);
    const auto early = users.invite(users.alice, users.bobId);
    CHECK(early.status == 409);
    CHECK(early.code() == u"reinvite_cooldown"_s);
    CHECK(Wire::parseTimestamp(early.json.value("available_at"_L1)) == withdrawnAt.addDays(21));

    // Suggestions say the same.
    const auto suggestions = server.get("/api/v1/people/suggestions", users.alice);
    bool found = false;
    for (const QJsonValue item : suggestions.json.value("items"_L1).toArray()) {
        if (item.toObject().value("person"_L1).toObject().value("id"_L1).toString() == users.bobId) {
            found = true;
            CHECK(Wire::parseTimestamp(item.toObject().value("reinvite_available_at"_L1)) == withdrawnAt.addDays(21));
        }
    }
    CHECK(found);

    server.clock().advanceSeconds(1);
    CHECK(users.invite(users.alice, users.bobId).status == 201);
}

TEST_CASE("a cooldown set by a shorter flag follows the flag", "[server][invitations][cooldown]")
{
    auto settings = TestServer::defaultSettings();
    settings.rules.reinviteCooldownDays = 2;
    TestServer server(settings);
    TwoUsers users(server);
    REQUIRE(users.act(users.alice, idOf(users.invite(users.alice, users.bobId)), "withdraw").status == 200);
    server.clock().advanceDays(2);
    CHECK(users.invite(users.alice, users.bobId).status == 201);
}

TEST_CASE("pending invitations expire at exactly 180 days", "[server][invitations][expiry]")
{
    TestServer server;
    TwoUsers users(server);
    const QString id = idOf(users.invite(users.alice, users.bobId));
    users.advanceDays(180, -1);
    CHECK(users.ids(users.alice, "direction=sent&state=pending") == QStringList{id});

    server.clock().advanceSeconds(1);
    CHECK(users.ids(users.alice, "direction=sent&state=pending").isEmpty());
    CHECK(users.ids(users.alice, "direction=sent&state=expired") == QStringList{id});
    CHECK(users.ids(users.bob, "direction=received&state=expired") == QStringList{id});
    const auto late = users.act(users.alice, id, "withdraw");
    CHECK(late.status == 409);
    CHECK(late.code() == u"not_pending"_s);
    CHECK(late.json.value("state"_L1).toString() == u"expired"_s);
    // An expired invitation does not block a new one.
    CHECK(users.invite(users.alice, users.bobId).status == 201);
}

TEST_CASE("the weekly limit blocks sending until the oldest one leaves the window", "[server][invitations][weekly]")
{
    auto settings = TestServer::defaultSettings();
    settings.rules.weeklyInviteLimit = 3;
    TestServer server(settings);
    TwoUsers users(server);
    const QDateTime first = server.clock().now();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(users.invite(users.alice, server.addPerson(u"Person %1"_s.arg(i))).status == 201);
        server.clock().advanceSeconds(3600);
    }
    const QString fourth = server.addPerson(u"Person 4"_s);
    const auto blocked = users.invite(users.alice, fourth);
    CHECK(blocked.status == 429);
    CHECK(blocked.code() == u"weekly_limit_reached"_s);
    CHECK(blocked.json.value("limit"_L1).toInt() == 3);
    CHECK(Wire::parseTimestamp(blocked.json.value("available_at"_L1)) == first.addDays(7));
    CHECK(server.get("/api/v1/me", users.alice).json.value("weekly_invites_used"_L1).toInt() == 3);

    server.clock().set(first.addDays(7));
    users.advanceDays(0);
    CHECK(users.invite(users.alice, fourth).status == 201);
}

TEST_CASE("notes are limited to 300 code points", "[server][invitations][note]")
{
    TestServer server;
    TwoUsers users(server);
    QString note;
    for (int i = 0; i < 300; ++i)
        note += u"🎉"_s;
    const auto tooLong = users.invite(users.alice, users.bobId, QString(note + u"!"_s));
    CHECK(tooLong.status == 422);
    CHECK(tooLong.code() == u"message_too_long"_s);
    CHECK(tooLong.json.value("length"_L1).toInt() == 301);
    CHECK(tooLong.json.value("max_chars"_L1).toInt() == 300);

    const auto fits = users.invite(users.alice, users.bobId, note);
    REQUIRE(fits.status == 201);
    CHECK(fits.json.value("message"_L1).toString() == note);
}

TEST_CASE("invitations that cannot be sent say why", "[server][invitations]")
{
    TestServer server;
    TwoUsers users(server);
    CHECK(users.invite(users.alice, users.aliceId).code() == u"invalid_invitee"_s);
    CHECK(users.invite(users.alice, u"per_doesnotexist"_s).code() == u"person_not_found"_s);

    const QString id = idOf(users.invite(users.alice, users.bobId));
    const auto again = users.invite(users.alice, users.bobId);
    CHECK(again.status == 409);
    CHECK(again.code() == u"already_pending"_s);
    const auto reverse = users.invite(users.bob, users.aliceId);
    CHECK(reverse.code() == u"already_pending"_s);
    CHECK(reverse.json.value("direction"_L1).toString() == u"received"_s);

    REQUIRE(users.act(users.bob, id, "accept").status == 200);
    const auto connected = users.invite(users.alice, users.bobId);
    CHECK(connected.status == 409);
    CHECK(connected.code() == u"already_connected"_s);
}

TEST_CASE("accepting connects both people and tells the sender", "[server][invitations][accept]")
{
    TestServer server;
    TwoUsers users(server);
    const QString id = idOf(users.invite(users.alice, users.bobId));
    // Only the invitee accepts or ignores; only the sender withdraws.
    CHECK(users.act(users.alice, id, "accept").code() == u"not_found"_s);
    CHECK(users.act(users.bob, id, "withdraw").code() == u"not_found"_s);

    const auto accepted = users.act(users.bob, id, "accept");
    REQUIRE(accepted.status == 200);
    CHECK(accepted.json.value("state"_L1).toString() == u"accepted"_s);
    CHECK(accepted.json.value("direction"_L1).toString() == u"received"_s);

    for (const auto &[token, otherId] : {std::pair{users.alice, users.bobId}, std::pair{users.bob, users.aliceId}}) {
        const auto connections = server.get("/api/v1/connections", token);
        REQUIRE(connections.json.value("items"_L1).toArray().size() == 1);
        CHECK(connections.json.value("items"_L1)[0].toObject().value("person"_L1).toObject().value("id"_L1).toString()
              == otherId);
    }
    const QJsonArray aliceFeed = users.feed(users.alice);
    REQUIRE(aliceFeed.size() == 1);
    CHECK(aliceFeed.at(0).toObject().value("kind"_L1).toString() == u"invitation_accepted"_s);

    const auto twice = users.act(users.bob, id, "ignore");
    CHECK(twice.status == 409);
    CHECK(twice.json.value("state"_L1).toString() == u"accepted"_s);
    CHECK(users.act(users.alice, id, "withdraw").json.value("state"_L1).toString() == u"accepted"_s);
}

TEST_CASE("ignoring closes the invitation without connecting", "[server][invitations]")
{
    TestServer server;
    TwoUsers users(server);
    const QString id = idOf(users.invite(users.alice, users.bobId));
    REQUIRE(users.act(users.bob, id, "ignore").json.value("state"_L1).toString() == u"ignored"_s);
    CHECK(server.get("/api/v1/connections", users.bob).json.value("items"_L1).toArray().isEmpty());
    CHECK(users.feed(users.alice).isEmpty());
}

TEST_CASE("a user never sees or changes another user's invitations", "[server][invitations][security]")
{
    TestServer server;
    TwoUsers users(server);
    const QString carolId = server.addUser(u"carol"_s);
    const QString carol = server.signIn(u"carol"_s);
    const QString id = idOf(users.invite(users.alice, users.bobId));

    CHECK(users.ids(carol, "state=all").isEmpty());
    CHECK(server.get("/api/v1/sync", carol).json.value("changes"_L1).toArray().isEmpty());
    CHECK(users.feed(carol).isEmpty());
    for (const char *action : {"withdraw", "accept", "ignore"}) {
        const auto attempt = users.act(carol, id, action);
        CHECK(attempt.status == 404); // not 403: the id's existence is not confirmed
        CHECK(attempt.code() == u"not_found"_s);
    }
    CHECK(users.ids(users.alice, "direction=sent") == QStringList{id});
    Q_UNUSED(carolId);
}

TEST_CASE("lists page newest first with an opaque cursor", "[server][invitations][paging]")
{
    TestServer server;
    TwoUsers users(server);
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        created.prepend(idOf(users.invite(users.alice, server.addPerson(u"P%1"_s.arg(i)))));
        server.clock().advanceSeconds(i % 2); // some share a timestamp: the id breaks the tie
    }
    QStringList seen;
    std::string cursor;
    for (int page = 0; page < 10; ++page) {
        const auto result = server.get("/api/v1/invitations?direction=sent&limit=3" + cursor, users.alice);
        REQUIRE(result.status == 200);
        for (const QJsonValue item : result.json.value("items"_L1).toArray())
            seen.append(item.toObject().value("id"_L1).toString());
        if (result.json.value("next_cursor"_L1).isNull())
            break;
        cursor = "&cursor=" + result.json.value("next_cursor"_L1).toString().toStdString();
    }
    CHECK(seen.size() == 7);
    CHECK(QSet<QString>(seen.begin(), seen.end()) == QSet<QString>(created.begin(), created.end()));
    CHECK(seen.constFirst() == created.constFirst());
}
