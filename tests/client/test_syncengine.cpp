// The sync engine against the real server, with faults injected through the network
// manager and time moved by the ManualClock both sides share: what the user sees in
// the cache, what stays in the outbox, and what the server ends up with.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "testcache.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool syncNow(ClientFixture &fx)
{
    const auto ok = awaitTask(fx.engine().syncNow());
    REQUIRE(ok.has_value()); // a run that never ends fails here instead of hanging
    return *ok;
}

QStringList idsOf(const QList<CachedInvitation> &rows)
{
    QStringList ids;
    for (const auto &row : rows)
        ids.append(row.invitation.id);
    return ids;
}

QStringList shown(ClientFixture &fx, Direction direction, InvitationState state)
{
    return idsOf(fx.store().invitations().invitations(direction, state).value());
}

std::optional<CachedInvitation> cached(ClientFixture &fx, const QString &id)
{
    const auto rows = fx.store().invitations().invitationsById({id}).value();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QString serverState(ClientFixture &fx, const QString &id)
{
    return fx.serverInvitation(id).value(u"state"_s).toString();
}

QList<OutboxAction> outbox(ClientFixture &fx)
{
    return fx.store().outbox().dueActions(fx.clock().now().addYears(10)).value();
}

// Queues one action as the widgets do and returns its idempotency key.
QByteArray enqueue(ClientFixture &fx, ActionKind kind, const QString &id, std::chrono::milliseconds undoWindow = 0ms)
{
    QString error;
    const auto actionIds = fx.store().outbox().enqueue({ActionRequest{kind, id, {}, std::nullopt}}, undoWindow, &error);
    INFO(error.toStdString());
    REQUIRE(actionIds.has_value());
    REQUIRE(actionIds->size() == 1);
    for (const auto &action : outbox(fx)) {
        if (action.id == actionIds->first())
            return action.idempotencyKey.toUtf8();
    }
    FAIL("the queued action is not in the outbox");
    return {};
}

int postsWithKey(ClientFixture &fx, const QByteArray &key, bool faulted)
{
    const auto seen = fx.network().requestsTo(u"/withdraw"_s);
    return static_cast<int>(std::count_if(seen.begin(), seen.end(), [&](const FaultyNetworkManager::Seen &s) {
        return s.verb == "POST" && s.idempotencyKey == key && s.faulted == faulted;
    }));
}

// What the engine told the user about actions that ended otherwise than asked.
struct Messages
{
    QStringList resolved;
    int completed = 0;

    explicit Messages(SyncEngine &engine)
    {
        QObject::connect(&engine, &SyncEngine::actionFinished, &engine, [this](const ActionOutcome &outcome) {
            if (outcome.result == ActionOutcome::Result::Done)
                ++completed;
            else
                resolved.append(outcome.reason);
        });
    }
};

void postAs(ClientFixture &fx, const QString &token, const QString &id, const char *verb, int expectedStatus)
{
    const auto reply = fx.server().post("/api/v1/invitations/" + id.toStdString() + '/' + verb, token, QJsonObject{},
                                        freshKey());
    INFO(reply.body);
    REQUIRE(reply.status == expectedStatus);
}

} // namespace

TEST_CASE("the first sync fills the cache and a later one fetches only what changed", "[sync]")
{
    ClientFixture fx;
    QList<int> progress;
    QObject::connect(&fx.engine(), &SyncEngine::syncProgress, &fx.engine(),
                     [&progress](int applied) { progress.append(applied); });

    fx.syncOrFail();
    CHECK(fx.engine().status() == SyncEngine::Status::Online);
    QStringList sent = shown(fx, Direction::Sent, InvitationState::Pending);
    QStringList received = shown(fx, Direction::Received, InvitationState::Pending);
    sent.sort();
    received.sort();
    QStringList expectedSent = fx.sentIds();
    QStringList expectedReceived = fx.receivedIds();
    expectedSent.sort();
    expectedReceived.sort();
    CHECK(sent == expectedSent);
    CHECK(received == expectedReceived);
    const auto snapshot = fx.store().account().snapshot().value();
    CHECK(snapshot.pendingSent == 6);
    CHECK(snapshot.pendingReceived == 4);
    CHECK(snapshot.userName == u"alice Example"_s);
    CHECK(snapshot.lastSyncedAt == fx.clock().now());
    CHECK(snapshot.queuedActions == 0);
    const QString token = fx.store().syncState().syncToken().value();
    CHECK_FALSE(token.isEmpty());
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == 10);

    SECTION("nothing changed: the next sync is a delta of nothing")
    {
        int changedRows = 0;
        QObject::connect(&fx.store().invitations(), &InvitationStore::invitationsChanged, &fx.store().invitations(),
                         [&changedRows](const QStringList &ids) { changedRows += static_cast<int>(ids.size()); });
        progress.clear();
        const auto syncRequestsBefore = fx.network().requestsTo(u"/sync"_s).size();
        fx.syncOrFail();
        CHECK(fx.network().requestsTo(u"/sync"_s).size() == syncRequestsBefore + 1);
        // A full sync would have applied all ten invitations again.
        REQUIRE(progress.size() == 1);
        CHECK(progress.first() == 0);
        CHECK(changedRows == 0);
        CHECK_FALSE(fx.store().syncState().syncToken().value().isEmpty());
        CHECK(fx.store().account().snapshot().value().pendingSent == 6);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 4);
    }
    SECTION("one change on the server arrives as a delta of one")
    {
        postAs(fx, fx.aliceToken(), fx.sentIds().at(2), "withdraw", 200);
        progress.clear();
        fx.syncOrFail();
        REQUIRE(progress.size() == 1);
        CHECK(progress.first() == 1);
        CHECK(fx.store().account().snapshot().value().pendingSent == 5);
        CHECK(shown(fx, Direction::Sent, InvitationState::Withdrawn) == QStringList{fx.sentIds().at(2)});
        CHECK(fx.store().syncState().syncToken().value() != token);
    }
}

TEST_CASE("a withdrawal goes through the outbox to the server exactly once", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    Messages messages(fx.engine());
    const QString id = fx.sentIds().first();

    const QByteArray key = enqueue(fx, ActionKind::Withdraw, id);
    // Shown at once, before the server knows.
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);

    CHECK(syncNow(fx));
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK(fx.store().account().snapshot().value().pendingSent == 5);
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    const auto row = cached(fx, id);
    REQUIRE(row);
    CHECK(row->invitation.state == InvitationState::Withdrawn);
    CHECK_FALSE(row->actionQueued);

    const auto posts = fx.network().requestsTo(u"/withdraw"_s);
    REQUIRE(posts.size() == 1);
    CHECK(posts.first().verb == "POST");
    CHECK(posts.first().path.endsWith(id + u"/withdraw"_s));
    CHECK(posts.first().idempotencyKey == key);
    CHECK_FALSE(posts.first().faulted);
    CHECK(messages.completed == 1);
    CHECK(messages.resolved.isEmpty());

    // Nothing left to send: another sync posts nothing.
    CHECK(syncNow(fx));
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 1);
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
}

TEST_CASE("offline the action waits in the outbox and goes once the server is back", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString id = fx.sentIds().first();
    const QByteArray key = enqueue(fx, ActionKind::Withdraw, id);

    fx.network().addFault(u"/api/v1/"_s, Fault::refused(), -1);
    CHECK_FALSE(syncNow(fx));
    CHECK(fx.engine().status() == SyncEngine::Status::Offline);
    INFO(fx.engine().lastError().toStdString());
    CHECK(fx.engine().lastError().contains(u"127.0.0.1"_s));
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);
    // Offline review still works, with the withdrawal shown.
    CHECK(fx.store().account().snapshot().value().pendingSent == 5);
    CHECK(fx.store().account().snapshot().value().pendingReceived == 4);
    const auto row = cached(fx, id);
    REQUIRE(row);
    CHECK(row->invitation.state == InvitationState::Withdrawn);
    CHECK(row->actionQueued);
    CHECK(serverState(fx, id) == u"pending"_s);
    CHECK(postsWithKey(fx, key, true) == 1);
    CHECK(postsWithKey(fx, key, false) == 0);

    fx.network().clearFaults();
    fx.clock().advanceSeconds(600);
    CHECK(syncNow(fx));
    CHECK(fx.engine().status() == SyncEngine::Status::Online);
    CHECK(fx.engine().lastError().isEmpty());
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK(postsWithKey(fx, key, false) == 1);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 2);
}

TEST_CASE("server errors are retried with backoff and the same idempotency key", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString id = fx.sentIds().first();
    const QByteArray key = enqueue(fx, ActionKind::Withdraw, id);
    fx.network().addFault(u"/withdraw"_s, Fault::problem(500, "internal_error"), 2);

    for (int attempt = 1; attempt <= 2; ++attempt) {
        INFO("attempt " << attempt);
        syncNow(fx);
        CHECK(fx.store().account().snapshot().value().queuedActions == 1);
        CHECK(serverState(fx, id) == u"pending"_s);
        CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
        CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == attempt);
        // Not due again at once: the next attempt waits out a backoff.
        const auto now = fx.clock().now();
        CHECK(fx.store().outbox().dueActions(now).value().isEmpty());
        const auto next = fx.store().outbox().nextActionTime().value();
        REQUIRE(next.has_value());
        CHECK(*next > now);
        const auto queued = outbox(fx);
        REQUIRE(queued.size() == 1);
        CHECK(queued.first().attempts == attempt);
        CHECK(queued.first().idempotencyKey.toUtf8() == key);
        CHECK_FALSE(queued.first().lastError.isEmpty());
        // A sync before the backoff has passed sends nothing.
        syncNow(fx);
        CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == attempt);
        fx.clock().set(next->addMSecs(1));
    }
    CHECK(syncNow(fx));
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    const auto posts = fx.network().requestsTo(u"/withdraw"_s);
    REQUIRE(posts.size() == 3);
    for (const auto &post : posts)
        CHECK(post.idempotencyKey == key);
    CHECK(postsWithKey(fx, key, true) == 2);
    CHECK(postsWithKey(fx, key, false) == 1);
}

TEST_CASE("a rate limit keeps the action queued at least as long as Retry-After says", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString id = fx.sentIds().first();
    const QByteArray key = enqueue(fx, ActionKind::Withdraw, id);
    fx.network().addFault(u"/withdraw"_s, Fault::problem(429, "rate_limited", {{"Retry-After", "30"}}));

    const QDateTime now = fx.clock().now();
    syncNow(fx);
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);
    CHECK(serverState(fx, id) == u"pending"_s);
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    const auto next = fx.store().outbox().nextActionTime().value();
    REQUIRE(next.has_value());
    CHECK(*next >= now.addSecs(30));
    CHECK(fx.store().outbox().dueActions(now.addSecs(29)).value().isEmpty());
    CHECK(fx.store().outbox().dueActions(now.addSecs(31)).value().size() == 1);

    fx.clock().advanceSeconds(29);
    syncNow(fx);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 1);

    fx.clock().advanceSeconds(2);
    CHECK(syncNow(fx));
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK(postsWithKey(fx, key, true) == 1);
    CHECK(postsWithKey(fx, key, false) == 1);
}

TEST_CASE("after a rate limit the engine sends nothing else until Retry-After has passed", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    enqueue(fx, ActionKind::Withdraw, fx.sentIds().at(0));
    enqueue(fx, ActionKind::Withdraw, fx.sentIds().at(1));
    fx.network().addFault(u"/withdraw"_s, Fault::problem(429, "rate_limited", {{"Retry-After", "30"}}));
    const auto before = fx.network().requests().size();

    // Rate limited is not offline: the server answered.
    CHECK_FALSE(syncNow(fx));
    CHECK(fx.engine().status() == SyncEngine::Status::RateLimited);
    CHECK(fx.engine().lastError().contains(u"slow down"_s));
    CHECK(fx.network().requests().size() == before + 1);

    // The engine's own timer keeps quiet: no second withdrawal, no pull.
    QTest::qWait(1500);
    CHECK(fx.network().requests().size() == before + 1);
    CHECK(fx.store().account().snapshot().value().queuedActions == 2);

    fx.clock().advanceSeconds(31);
    CHECK(syncNow(fx));
    CHECK(serverState(fx, fx.sentIds().at(0)) == u"withdrawn"_s);
    CHECK(serverState(fx, fx.sentIds().at(1)) == u"withdrawn"_s);
}

TEST_CASE("a rate limit on the change feed is not offline and holds the next pull", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    fx.network().addFault(u"/sync"_s, Fault::problem(429, "rate_limited", {{"Retry-After", "120"}}));

    CHECK_FALSE(syncNow(fx));
    CHECK(fx.engine().status() == SyncEngine::Status::RateLimited);
    CHECK(fx.engine().lastError().contains(u"slow down"_s));
    const auto pulls = fx.network().requestsTo(u"/sync"_s).size();
    QTest::qWait(1500);
    CHECK(fx.network().requestsTo(u"/sync"_s).size() == pulls);
}

TEST_CASE("when the other side acted first the queued action resolves with a sentence", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    Messages messages(fx.engine());

    SECTION("the sender withdrew an invitation alice is accepting")
    {
        const QString id = fx.receivedIds().first(); // sent by sender0
        postAs(fx, fx.tokenOf(u"sender0"_s), id, "withdraw", 200);
        enqueue(fx, ActionKind::Accept, id);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 3);

        CHECK(syncNow(fx));
        REQUIRE(messages.resolved.size() == 1);
        const QString message = messages.resolved.first();
        INFO(message.toStdString());
        CHECK(message.contains(u"sender0 Example"_s));
        CHECK(message.endsWith(u'.'));
        CHECK_FALSE(message.contains(u"HTTP"_s));
        CHECK_FALSE(message.contains(u"not_found"_s));
        CHECK(messages.completed == 0);
        CHECK(fx.store().account().snapshot().value().queuedActions == 0);
        CHECK_FALSE(cached(fx, id).has_value());
        CHECK(fx.store().account().snapshot().value().pendingReceived == 3);
        CHECK(fx.store().account().snapshot().value().connections == 0);

        // Not stuck, and the row does not come back.
        CHECK(syncNow(fx));
        CHECK(fx.engine().status() == SyncEngine::Status::Online);
        CHECK_FALSE(cached(fx, id).has_value());
        CHECK(messages.resolved.size() == 1);
        CHECK(fx.network().requestsTo(u"/accept"_s).size() == 1);
    }
    SECTION("alice accepted elsewhere an invitation she is ignoring here")
    {
        const QString id = fx.receivedIds().at(1); // sent by sender1
        postAs(fx, fx.aliceToken(), id, "accept", 200);
        enqueue(fx, ActionKind::Ignore, id);

        CHECK(syncNow(fx));
        REQUIRE(messages.resolved.size() == 1);
        CHECK(messages.resolved.first() == u"The invitation from sender1 Example was already accepted."_s);
        CHECK(fx.store().account().snapshot().value().queuedActions == 0);
        CHECK(shown(fx, Direction::Received, InvitationState::Accepted) == QStringList{id});
        CHECK(shown(fx, Direction::Received, InvitationState::Ignored).isEmpty());
        CHECK(serverState(fx, id) == u"accepted"_s);
        CHECK(syncNow(fx));
        CHECK(shown(fx, Direction::Received, InvitationState::Accepted) == QStringList{id});
    }
    SECTION("alice withdrew elsewhere an invitation she is withdrawing here")
    {
        const QString id = fx.sentIds().first(); // to Invitee 00
        postAs(fx, fx.aliceToken(), id, "withdraw", 200);
        enqueue(fx, ActionKind::Withdraw, id);

        CHECK(syncNow(fx));
        REQUIRE(messages.resolved.size() == 1);
        INFO(messages.resolved.first().toStdString());
        CHECK(messages.resolved.first().contains(u"Invitee 00"_s));
        CHECK(messages.resolved.first().endsWith(u"was already withdrawn."_s));
        CHECK(messages.completed == 0);
        CHECK(fx.store().account().snapshot().value().queuedActions == 0);
        const auto row = cached(fx, id);
        REQUIRE(row);
        CHECK(row->invitation.state == InvitationState::Withdrawn);
        CHECK_FALSE(row->actionQueued);
        CHECK(fx.store().account().snapshot().value().pendingSent == 5);
        CHECK(syncNow(fx));
        CHECK(fx.store().account().snapshot().value().queuedActions == 0);
        CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 1);
    }
}

TEST_CASE("an action on an invitation the server does not know resolves and the row goes", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    Messages messages(fx.engine());

    const Invitation ghost =
        makeInvitation(u"inv_doesnotexist"_s, Direction::Sent, fx.clock().now().addDays(-3), u"Ghost Person"_s);
    QString error;
    REQUIRE(fx.store().syncState().applySyncBatch(SyncBatch{{ghost}, {}, fx.store().syncState().syncToken().value()}, &error));
    REQUIRE(cached(fx, ghost.id).has_value());

    enqueue(fx, ActionKind::Withdraw, ghost.id);
    CHECK(syncNow(fx));
    REQUIRE(messages.resolved.size() == 1);
    INFO(messages.resolved.first().toStdString());
    CHECK(messages.resolved.first().contains(u"Ghost Person"_s));
    CHECK(messages.resolved.first().contains(u"no longer exists"_s));
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK_FALSE(cached(fx, ghost.id).has_value());
    CHECK(fx.store().account().snapshot().value().pendingSent == 6);

    CHECK(syncNow(fx));
    CHECK_FALSE(cached(fx, ghost.id).has_value());
    CHECK(messages.resolved.size() == 1);
}

TEST_CASE("an expired sync token leads to a full resync that keeps the outbox", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString tokenBefore = fx.store().syncState().syncToken().value();

    // A row the server never had: a delta sync keeps it, only a full one drops it.
    const Invitation stale =
        makeInvitation(u"inv_stalelocalrow"_s, Direction::Sent, fx.clock().now().addDays(-3), u"Stale Person"_s);
    QString error;
    REQUIRE(fx.store().syncState().applySyncBatch(SyncBatch{{stale}, {}, tokenBefore}, &error));

    // Something changes on the server meanwhile.
    const QString acceptedElsewhere = fx.receivedIds().at(1);
    postAs(fx, fx.aliceToken(), acceptedElsewhere, "accept", 200);

    // Not due for a minute: the 410 is met by the pull, not cut short by the flush.
    const QString id = fx.sentIds().first();
    const QByteArray key = enqueue(fx, ActionKind::Withdraw, id, 60s);
    fx.network().addFault(u"/sync"_s, Fault::problem(410, "sync_token_expired"));
    const auto syncRequestsBefore = fx.network().requestsTo(u"/sync"_s).size();

    CHECK(syncNow(fx));
    const auto syncRequests = fx.network().requestsTo(u"/sync"_s);
    REQUIRE(syncRequests.size() == syncRequestsBefore + 2);
    CHECK(syncRequests.at(syncRequestsBefore).faulted);
    CHECK_FALSE(syncRequests.at(syncRequestsBefore + 1).faulted);
    CHECK(fx.store().syncState().syncToken().value() != tokenBefore);
    CHECK_FALSE(fx.store().syncState().syncToken().value().isEmpty());
    CHECK_FALSE(fx.store().syncState().isFullSyncInProgress().value());
    CHECK_FALSE(cached(fx, stale.id).has_value());

    // Every row is still there, the queued withdrawal still shown.
    QStringList sent = idsOf(fx.store().invitations().invitationsById(fx.sentIds()).value());
    sent.sort();
    QStringList expectedSent = fx.sentIds();
    expectedSent.sort();
    CHECK(sent == expectedSent);
    CHECK(fx.store().invitations().invitationsById(fx.receivedIds()).value().size() == 4);
    CHECK(fx.store().account().snapshot().value().pendingSent == 5);
    CHECK(fx.store().account().snapshot().value().pendingReceived == 3);
    CHECK(shown(fx, Direction::Received, InvitationState::Accepted) == QStringList{acceptedElsewhere});
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    const auto row = cached(fx, id);
    REQUIRE(row);
    CHECK(row->invitation.state == InvitationState::Withdrawn);
    CHECK(row->actionQueued);
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);
    CHECK(serverState(fx, id) == u"pending"_s);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).isEmpty());

    fx.clock().advanceSeconds(61);
    CHECK(syncNow(fx));
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 1);
    CHECK(postsWithKey(fx, key, false) == 1);
}

TEST_CASE("a sync page cut off half-way changes nothing and the next sync works", "[sync]")
{
    ClientFixture fx;

    SECTION("on the first sync")
    {
        fx.network().addFault(u"/sync"_s, Fault::truncatedJson());
        CHECK_FALSE(syncNow(fx));
        CHECK(fx.engine().status() == SyncEngine::Status::Offline);
        CHECK_FALSE(fx.engine().lastError().isEmpty());
        CHECK(fx.store().account().snapshot().value().pendingSent == 0);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 0);
        CHECK(fx.store().syncState().syncToken().value().isEmpty());

        CHECK(syncNow(fx));
        CHECK(fx.store().account().snapshot().value().pendingSent == 6);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 4);
    }
    SECTION("on a later sync")
    {
        fx.syncOrFail();
        const QString token = fx.store().syncState().syncToken().value();
        postAs(fx, fx.aliceToken(), fx.sentIds().at(3), "withdraw", 200);

        fx.network().addFault(u"/sync"_s, Fault::truncatedJson());
        CHECK_FALSE(syncNow(fx));
        CHECK(fx.engine().status() == SyncEngine::Status::Offline);
        CHECK_FALSE(fx.engine().lastError().isEmpty());
        CHECK(fx.store().account().snapshot().value().pendingSent == 6);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 4);
        CHECK(fx.store().syncState().syncToken().value() == token);

        CHECK(syncNow(fx));
        CHECK(fx.engine().status() == SyncEngine::Status::Online);
        CHECK(fx.store().account().snapshot().value().pendingSent == 5);
        CHECK(fx.store().account().snapshot().value().pendingReceived == 4);
        CHECK(shown(fx, Direction::Sent, InvitationState::Withdrawn) == QStringList{fx.sentIds().at(3)});
    }
}

TEST_CASE("a restart in the middle of the outbox sends every action exactly once", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QStringList ids = fx.sentIds().mid(0, 3);
    QList<QByteArray> keys;
    for (const auto &id : ids)
        keys.append(enqueue(fx, ActionKind::Withdraw, id));
    fx.network().addFault(ids.at(1) + u"/withdraw"_s, Fault::problem(500, "internal_error"));

    syncNow(fx);
    // A server error on one action holds only that one back: the others go on.
    CHECK(serverState(fx, ids.at(0)) == u"withdrawn"_s);
    CHECK(serverState(fx, ids.at(1)) == u"pending"_s);
    CHECK(serverState(fx, ids.at(2)) == u"withdrawn"_s);
    CHECK(postsWithKey(fx, keys.at(0), false) == 1);
    CHECK(postsWithKey(fx, keys.at(1), true) == 1);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 3);
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);

    // The restart comes before anything spins the event loop (and the engine's timer).
    fx.reopenCache();
    Messages messages(fx.engine());
    CHECK(fx.store().account().snapshot().value().queuedActions == 1);
    CHECK(fx.store().account().snapshot().value().pendingSent == 3);
    fx.clock().advanceSeconds(600);

    CHECK(syncNow(fx));
    for (const auto &id : ids) {
        INFO(id.toStdString());
        CHECK(serverState(fx, id) == u"withdrawn"_s);
    }
    CHECK(fx.store().account().snapshot().value().queuedActions == 0);
    CHECK(fx.store().account().snapshot().value().pendingSent == 3);
    for (int i = 0; i < 3; ++i) {
        INFO("action " << i);
        CHECK(postsWithKey(fx, keys.at(i), false) == 1);
    }
    CHECK(postsWithKey(fx, keys.at(1), true) == 1);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 4);
    CHECK(messages.completed == 1);
    CHECK(messages.resolved.isEmpty());
}

TEST_CASE("the retry delay doubles with jitter up to the cap and never undercuts Retry-After", "[sync]")
{
    QRandomGenerator random(20260301);

    SECTION("default policy")
    {
        const RetryPolicy policy;
        for (int attempt = 0; attempt <= 40; ++attempt) {
            const qint64 doubled = attempt >= 20 ? policy.cap.count() : policy.base.count() << attempt;
            const qint64 ceiling = std::min<qint64>(policy.cap.count(), doubled);
            for (int i = 0; i < 50; ++i) {
                const auto wait = policy.delay(attempt, std::nullopt, random).count();
                INFO("attempt " << attempt << " wait " << wait << " ceiling " << ceiling);
                CHECK(wait >= ceiling / 2);
                CHECK(wait <= ceiling);
                CHECK(wait <= policy.cap.count());
            }
        }
    }
    SECTION("a small base and a small cap")
    {
        RetryPolicy policy;
        policy.base = 250ms;
        policy.cap = 10s;
        for (int attempt = 0; attempt <= 12; ++attempt) {
            const qint64 ceiling = std::min<qint64>(policy.cap.count(), policy.base.count() << attempt);
            for (int i = 0; i < 50; ++i) {
                const auto wait = policy.delay(attempt, std::nullopt, random).count();
                INFO("attempt " << attempt << " wait " << wait << " ceiling " << ceiling);
                CHECK(wait >= ceiling / 2);
                CHECK(wait <= ceiling);
            }
        }
    }
    SECTION("the jitter spreads clients out")
    {
        const RetryPolicy policy;
        QList<qint64> waits;
        for (int i = 0; i < 50; ++i)
            waits.append(policy.delay(5, std::nullopt, random).count());
        CHECK(*std::min_element(waits.begin(), waits.end()) < *std::max_element(waits.begin(), waits.end()));
    }
    SECTION("Retry-After is a floor even above the cap")
    {
        const RetryPolicy policy; // cap 5 minutes
        for (int attempt = 0; attempt <= 12; ++attempt) {
            for (int i = 0; i < 20; ++i) {
                INFO("attempt " << attempt);
                CHECK(policy.delay(attempt, 30s, random) >= 30s);
                CHECK(policy.delay(attempt, 600s, random) == 600s);
                CHECK(policy.delay(attempt, 0s, random) >= policy.base / 2);
            }
        }
    }
}

TEST_CASE("a server that keeps failing ends the action as failed and the row comes back", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString id = fx.sentIds().first();
    enqueue(fx, ActionKind::Withdraw, id);
    fx.network().addFault(u"/withdraw"_s, Fault::problem(503, "unavailable"), -1);
    QList<ActionOutcome> outcomes;
    QObject::connect(&fx.engine(), &SyncEngine::actionFinished, &fx.engine(),
                     [&](const ActionOutcome &outcome) { outcomes.append(outcome); });

    const int limit = RetryPolicy{}.maxServerErrorAttempts;
    for (int attempt = 1; attempt < limit; ++attempt) {
        syncNow(fx);
        REQUIRE(outbox(fx).size() == 1);
        fx.clock().set(fx.store().outbox().nextActionTime().value()->addMSecs(1));
    }
    CHECK(outcomes.isEmpty());
    syncNow(fx);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == limit);
    CHECK(outbox(fx).isEmpty());
    CHECK(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.first().result == ActionOutcome::Result::Failed);
    CHECK(outcomes.first().invitationId == id);
    CHECK(outcomes.first().reason.contains(u"%1 attempts"_s.arg(limit)));
}

TEST_CASE("actions taken back while the outbox is being sent are not sent", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    QString error;
    QList<ActionRequest> requests;
    for (const auto &id : fx.sentIds())
        requests.append(ActionRequest{ActionKind::Withdraw, id, {}, std::nullopt});
    const auto actionIds = fx.store().outbox().enqueue(requests, 0ms, &error);
    REQUIRE(actionIds);
    // Stop as soon as the first one has gone: the rest were read as due already.
    std::optional<QList<qint64>> taken;
    QObject::connect(&fx.engine(), &SyncEngine::actionFinished, &fx.engine(), [&](const ActionOutcome &) {
        if (!taken)
            taken = fx.store().outbox().cancelQueued(*actionIds, fx.engine().actionInFlight(), &error);
    });
    CHECK(syncNow(fx));
    REQUIRE(taken);
    CHECK(taken->size() == actionIds->size() - 1);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 1);
    CHECK(serverState(fx, fx.sentIds().first()) == u"withdrawn"_s);
    for (const auto &id : fx.sentIds().mid(1)) {
        CHECK(serverState(fx, id) == u"pending"_s);
        CHECK(shown(fx, Direction::Sent, InvitationState::Pending).contains(id));
    }
    CHECK(outbox(fx).isEmpty());
}

TEST_CASE("stopping never takes back the action whose request is on the wire", "[sync][cache]")
{
    ClientFixture fx;
    fx.syncOrFail();
    QString error;
    const auto actionIds = fx.store().outbox().enqueue({ActionRequest{ActionKind::Withdraw, fx.sentIds().at(0), {}, std::nullopt},
                                               ActionRequest{ActionKind::Withdraw, fx.sentIds().at(1), {}, std::nullopt}},
                                              0ms, &error);
    REQUIRE(actionIds);
    const auto taken = fx.store().outbox().cancelQueued(*actionIds, actionIds->first(), &error);
    REQUIRE(taken);
    CHECK(*taken == QList<qint64>{actionIds->at(1)});
    CHECK(fx.store().outbox().hasAction(actionIds->first()).value());
    CHECK_FALSE(fx.store().outbox().hasAction(actionIds->at(1)).value());
    CHECK_FALSE(shown(fx, Direction::Sent, InvitationState::Pending).contains(fx.sentIds().at(0)));
    CHECK(shown(fx, Direction::Sent, InvitationState::Pending).contains(fx.sentIds().at(1)));
}

TEST_CASE("rate limits and lost connections never make an action fail, only server errors count", "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    const QString id = fx.sentIds().first();
    enqueue(fx, ActionKind::Withdraw, id);
    QList<ActionOutcome> outcomes;
    QObject::connect(&fx.engine(), &SyncEngine::actionFinished, &fx.engine(),
                     [&](const ActionOutcome &outcome) { outcomes.append(outcome); });
    const int limit = RetryPolicy{}.maxServerErrorAttempts;
    // More 429s and refused connections than the limit, then one server error short of it.
    fx.network().addFault(u"/withdraw"_s, Fault::problem(429, "rate_limited", {{"Retry-After", "1"}}), limit);
    fx.network().addFault(u"/withdraw"_s, Fault::refused(), limit);
    fx.network().addFault(u"/withdraw"_s, Fault::problem(503, "unavailable"), limit - 1);
    for (int round = 0; round < 3 * limit && outcomes.isEmpty(); ++round) {
        awaitTask(fx.engine().syncNow());
        if (const auto next = fx.store().outbox().nextActionTime().value())
            fx.clock().set(std::max(fx.clock().now(), *next).addSecs(1));
    }
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.first().result == ActionOutcome::Result::Done);
    CHECK(serverState(fx, id) == u"withdrawn"_s);
    CHECK(fx.network().requestsTo(u"/withdraw"_s).size() == 3 * limit); // 5 + 5 + 4 faulted, then the one that went
}

TEST_CASE("an account refresh the cache cannot keep ends the sync with the cache's sentence", "[sync][cache]")
{
    ClientFixture fx;
    fx.syncOrFail();
    takeTableAway(fx.store().path(), u"suggestions"_s);
    // Nothing changed: the account is refreshed only once it is five minutes old.
    fx.clock().advanceSeconds(5 * 60);
    const auto ok = awaitTask(fx.engine().syncNow());
    REQUIRE(ok.has_value());
    CHECK_FALSE(*ok);
    CHECK(fx.engine().lastError().startsWith(u"The local cache could not"_s));
}

TEST_CASE("a sync that brings nothing sends one request; the account is refreshed after a change or every five "
          "minutes",
          "[sync]")
{
    ClientFixture fx;
    fx.syncOrFail();
    auto &network = fx.network();
    const auto sentSince = [&](qsizetype before) {
        QStringList paths;
        for (qsizetype i = before; i < network.requests().size(); ++i)
            paths.append(network.requests()[i].path);
        return paths;
    };

    qsizetype before = network.requests().size();
    REQUIRE(awaitTask(fx.engine().syncNow()).value_or(false));
    CHECK(sentSince(before) == QStringList{u"/api/v1/sync"_s});

    // Alice invites someone from another device: the change comes, and so do the figures
    // it moves (her weekly budget).
    const auto invited = fx.server().post("/api/v1/invitations", fx.aliceToken(),
                                          QJsonObject{{u"invitee_id"_s, fx.server().addPerson(u"Someone New"_s)}},
                                          freshKey());
    REQUIRE(invited.status == 201);
    before = network.requests().size();
    REQUIRE(awaitTask(fx.engine().syncNow()).value_or(false));
    CHECK(sentSince(before).contains(u"/api/v1/me"_s));

    before = network.requests().size();
    REQUIRE(awaitTask(fx.engine().syncNow()).value_or(false));
    CHECK(sentSince(before) == QStringList{u"/api/v1/sync"_s});

    fx.clock().advanceSeconds(5 * 60);
    before = network.requests().size();
    REQUIRE(awaitTask(fx.engine().syncNow()).value_or(false));
    CHECK(sentSince(before).contains(u"/api/v1/me"_s));
    CHECK_FALSE(sentSince(before).contains(u"/api/v1/connections"_s)); // /me counts them
}
