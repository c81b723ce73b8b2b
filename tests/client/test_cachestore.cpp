// The cache on real SQLite files: schema versions, optimistic actions and the outbox,
// sync batches, and what a restart finds.
#include "cache/cacheschema.h"
#include "cache/cachestore.h"
#include "catchqt.h"
#include "manualclock.h"
#include "testcache.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace InviteDesk;
using InviteDesk::Test::makeInvitation;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString withdrawOne(Test::TestCache &cache, const QString &id, std::chrono::milliseconds window, qint64 *actionId = nullptr)
{
    QString error;
    const auto ids = cache.store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, id, {}, std::nullopt}}, window, &error);
    if (ids && actionId)
        *actionId = ids->first();
    return ids ? QString() : error;
}

} // namespace

TEST_CASE("a fresh file becomes a cache of the current schema, a reopened one keeps its data")
{
    Test::TestCache cache;
    cache.seed(3, 2);
    cache.open();
    CHECK(cache.pendingSent() == 3);
    CHECK(cache.store->syncState().syncToken().value() == u"token-1"_s);

    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
    db.setDatabaseName(cache.store->path());
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.exec(u"PRAGMA user_version"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == CacheSchema::currentVersion);
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

TEST_CASE("files that are not our cache, or from a newer version, are refused with a reason")
{
    QTemporaryDir dir;
    Test::ManualClock clock;
    const QString foreign = dir.filePath(u"foreign.sqlite"_s);
    const QString future = dir.filePath(u"future.sqlite"_s);
    const QString garbage = dir.filePath(u"garbage.sqlite"_s);
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(u"CREATE TABLE notes (text TEXT)"_s, db);
        db.close();
        db.setDatabaseName(future);
        REQUIRE(db.open());
        QSqlQuery(u"PRAGMA application_id = 1229210444"_s, db); // "IDCL"
        QSqlQuery(u"PRAGMA user_version = 99"_s, db);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"make"_s);
    }
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    QString error;
    CHECK_FALSE(CacheStore::open(foreign, clock, &error));
    CHECK(error.contains(u"not an InviteDesk cache"_s));
    CHECK_FALSE(CacheStore::open(future, clock, &error));
    CHECK(error.contains(u"newer InviteDesk"_s));
    CHECK_FALSE(CacheStore::open(garbage, clock, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a withdrawal shows at once and waits in the outbox with its own key")
{
    Test::TestCache cache;
    cache.seed(3, 0);
    qint64 actionId = 0;
    REQUIRE(withdrawOne(cache, u"s1"_s, 5s, &actionId).isEmpty());
    CHECK(cache.pendingSent() == 2);
    CHECK(cache.store->account().snapshot().value().queuedActions == 1);

    // Inside the undo window nothing is due; after it, exactly this action.
    CHECK(cache.store->outbox().dueActions(cache.clock.now()).value().isEmpty());
    cache.clock.advanceSeconds(6);
    const auto due = cache.store->outbox().dueActions(cache.clock.now()).value();
    REQUIRE(due.size() == 1);
    CHECK(due.first().id == actionId);
    CHECK(due.first().invitationId == u"s1"_s);
    CHECK(due.first().personName == u"Sent Person 1"_s);
    CHECK_FALSE(QUuid::fromString(due.first().idempotencyKey).isNull());

    // The re-invite block starts now.
    CHECK(cache.store->invitations().reinviteAvailableAt(u"per_s1"_s).value() == DomainRules{}.reinviteAvailableAt(cache.clock.now().addSecs(-6)));

    // A restart finds the same action with the same key.
    const QString key = due.first().idempotencyKey;
    cache.open();
    const auto again = cache.store->outbox().dueActions(cache.clock.now()).value();
    REQUIRE(again.size() == 1);
    CHECK(again.first().idempotencyKey == key);
    CHECK(cache.pendingSent() == 2);
}

TEST_CASE("undo inside the window restores the row, after the window it is refused")
{
    Test::TestCache cache;
    cache.seed(2, 0);
    qint64 first = 0;
    REQUIRE(withdrawOne(cache, u"s0"_s, 5s, &first).isEmpty());
    QString error;
    REQUIRE(cache.store->outbox().cancel({first}, &error));
    CHECK(cache.pendingSent() == 2);
    CHECK(cache.store->account().snapshot().value().queuedActions == 0);
    CHECK_FALSE(cache.store->invitations().reinviteAvailableAt(u"per_s0"_s).value());

    qint64 second = 0;
    REQUIRE(withdrawOne(cache, u"s0"_s, 5s, &second).isEmpty());
    cache.clock.advanceSeconds(5);
    CHECK_FALSE(cache.store->outbox().cancel({second}, &error));
    CHECK(error.contains(u"Too late"_s));
    CHECK(cache.pendingSent() == 1);
}

TEST_CASE("an invitation that is not pending cannot be acted on twice")
{
    Test::TestCache cache;
    cache.seed(1, 0);
    REQUIRE(withdrawOne(cache, u"s0"_s, 0ms).isEmpty());
    CHECK(withdrawOne(cache, u"s0"_s, 0ms) == u"That invitation is no longer pending."_s);
    CHECK(withdrawOne(cache, u"missing"_s, 0ms) == u"That invitation is no longer pending."_s);
    CHECK(cache.store->account().snapshot().value().queuedActions == 1);
}

TEST_CASE("enqueueing many is one transaction: one bad id queues none of them")
{
    Test::TestCache cache;
    cache.seed(3, 0);
    QString error;
    const auto ids = cache.store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, u"s0"_s, {}, std::nullopt},
                                           ActionRequest{ActionKind::Withdraw, u"gone"_s, {}, std::nullopt}},
                                          0ms, &error);
    CHECK_FALSE(ids);
    CHECK(cache.pendingSent() == 3);
    CHECK(cache.store->account().snapshot().value().queuedActions == 0);
}

TEST_CASE("a sync batch never hides a queued action, completion and refusal clear it")
{
    Test::TestCache cache;
    cache.seed(3, 1);
    REQUIRE(withdrawOne(cache, u"s0"_s, 0ms).isEmpty());
    const auto action = cache.store->outbox().dueActions(cache.clock.now()).value().first();

    // The server still says pending (the action has not reached it yet).
    SyncBatch batch;
    batch.upserts.append(makeInvitation(u"s0"_s, Direction::Sent, cache.clock.now().addDays(-30), u"Renamed"_s));
    batch.nextToken = u"token-2"_s;
    QString error;
    REQUIRE(cache.store->syncState().applySyncBatch(batch, &error));
    CHECK(cache.pendingSent() == 2);

    auto done = batch.upserts.first();
    done.state = InvitationState::Withdrawn;
    done.version = 2;
    REQUIRE(cache.store->outbox().completeAction(action, done, &error));
    CHECK(cache.store->account().snapshot().value().queuedActions == 0);
    CHECK(cache.pendingSent() == 2);
    CHECK(cache.store->invitations().invitationsById({u"s0"_s}).value().first().invitation.state == InvitationState::Withdrawn);

    // Accepting a received one the sender already withdrew: it is gone.
    REQUIRE(cache.store->outbox().enqueue({ActionRequest{ActionKind::Accept, u"r0"_s, {}, std::nullopt}}, 0ms, &error));
    const auto accept = cache.store->outbox().dueActions(cache.clock.now()).value().first();
    REQUIRE(cache.store->outbox().resolveAction(accept, ActionResolution::InvitationGone, std::nullopt, u"gone"_s, &error));
    CHECK(cache.store->invitations().invitationsById({u"r0"_s}).value().isEmpty());

    // Withdrawing one that was accepted meanwhile: it shows as accepted.
    REQUIRE(withdrawOne(cache, u"s1"_s, 0ms).isEmpty());
    const auto late = cache.store->outbox().dueActions(cache.clock.now()).value().first();
    REQUIRE(cache.store->outbox().resolveAction(late, ActionResolution::StateChanged, InvitationState::Accepted, u"accepted first"_s, &error));
    CHECK(cache.store->invitations().invitationsById({u"s1"_s}).value().first().invitation.state == InvitationState::Accepted);
    CHECK(cache.store->account().snapshot().value().queuedActions == 0);
}

TEST_CASE("a full resync drops what the server no longer has, except what the outbox still needs")
{
    Test::TestCache cache;
    cache.seed(4, 0);
    REQUIRE(withdrawOne(cache, u"s3"_s, 0ms).isEmpty());
    QString error;
    REQUIRE(cache.store->syncState().startFullSync(&error));
    CHECK(cache.store->syncState().syncToken().value().isEmpty());
    SyncBatch batch;
    batch.upserts.append(makeInvitation(u"s0"_s, Direction::Sent, cache.clock.now().addDays(-30), u"Sent Person 0"_s));
    batch.nextToken = u"token-9"_s;
    REQUIRE(cache.store->syncState().applySyncBatch(batch, &error));
    REQUIRE(cache.store->syncState().finishFullSync(&error));

    CHECK(cache.store->invitations().invitationsById({u"s0"_s, u"s1"_s, u"s2"_s, u"s3"_s}).value().size() == 2);
    CHECK(cache.pendingSent() == 1);
    CHECK(cache.store->account().snapshot().value().queuedActions == 1);
    CHECK_FALSE(cache.store->syncState().isFullSyncInProgress().value());
}

TEST_CASE("a new invitation shows in Sent at once and leaves the suggestions")
{
    Test::TestCache cache;
    QString error;
    const Person person{u"per_x"_s, u"Xavier Example"_s, u"Designer"_s, u"Studio"_s, {}};
    REQUIRE(cache.store->account().saveSuggestions({Suggestion{person, std::nullopt}}, &error));
    const auto ids = cache.store->outbox().enqueue({ActionRequest{ActionKind::Send, {}, person, u"Hello"_s}}, 5s, &error);
    REQUIRE(ids);
    const auto sent = cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending).value();
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().actionQueued);
    CHECK(sent.first().invitation.person.name == u"Xavier Example"_s);
    CHECK(sent.first().invitation.message == u"Hello"_s);
    CHECK(cache.store->account().suggestions().value().isEmpty());

    REQUIRE(cache.store->outbox().cancel(*ids, &error));
    CHECK(cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().isEmpty());
}

TEST_CASE("an invitation still being sent takes no second action and its undo brings the suggestion back")
{
    Test::TestCache cache;
    QString error;
    const Person person{u"per_y"_s, u"Yara Example"_s, u"Analyst"_s, u"Bank"_s, u"Oslo"_s};
    REQUIRE(cache.store->account().saveSuggestions({Suggestion{person, std::nullopt}}, &error));
    const auto ids = cache.store->outbox().enqueue({ActionRequest{ActionKind::Send, {}, person, std::nullopt}}, 5s, &error);
    REQUIRE(ids);
    const QString placeholder = cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().first().invitation.id;

    // Withdrawing it now would target an id the server never gave.
    CHECK(withdrawOne(cache, placeholder, 0ms) == u"That invitation is no longer pending."_s);
    CHECK(cache.store->account().snapshot().value().queuedActions == 1);

    REQUIRE(cache.store->outbox().cancel(*ids, &error));
    const auto suggestions = cache.store->account().suggestions().value();
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions.first().person == person);
}

TEST_CASE("each list's size follows every write: sync, queued actions, undo and removal", "[cache]")
{
    Test::TestCache cache;
    const auto sizes = [&cache] {
        QList<qsizetype> found;
        for (const auto &[direction, state] : {std::pair{Direction::Sent, InvitationState::Pending},
                                               {Direction::Sent, InvitationState::Withdrawn},
                                               {Direction::Received, InvitationState::Pending},
                                               {Direction::Received, InvitationState::Accepted}}) {
            const auto preview = cache.store->invitations().preview({direction, state}, 2);
            REQUIRE(preview);
            // The size matches what a full read finds; the preview holds the newest rows.
            CHECK(preview.value().size == cache.store->invitations().invitations(direction, state).value().size());
            CHECK(preview.value().newest.slotCount() == std::min<qsizetype>(2, preview.value().size));
            found.append(preview.value().size);
        }
        return found;
    };
    CHECK(sizes() == QList<qsizetype>{0, 0, 0, 0});
    cache.seed(5, 3);
    CHECK(sizes() == QList<qsizetype>{5, 0, 3, 0});
    const auto withdrawal = cache.withdraw(u"s1"_s);
    CHECK(sizes() == QList<qsizetype>{4, 1, 3, 0});
    QString error;
    REQUIRE(cache.store->outbox().cancel(withdrawal, &error));
    CHECK(sizes() == QList<qsizetype>{5, 0, 3, 0});
    // The server's word: one received accepted, one sent gone.
    auto accepted = makeInvitation(u"r0"_s, Direction::Received, cache.clock.now().addDays(-3), u"Received Person 0"_s);
    accepted.state = InvitationState::Accepted;
    accepted.version = 2;
    cache.apply({accepted}, {u"s4"_s});
    CHECK(sizes() == QList<qsizetype>{4, 0, 2, 1});
    CHECK(cache.store->invitations().preview({Direction::Sent, InvitationState::Pending}, 2).value().newest.idString(0)
          == u"s0"_s);
}

TEST_CASE("a version 1 cache is migrated to the current version and keeps its queued actions", "[cache]")
{
    Test::TestCache cache;
    cache.seed(3, 0);
    const auto queued = cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending).value();
    REQUIRE(queued.size() == 3);
    cache.withdraw(queued.first().invitation.id);
    const QString path = cache.store->path();
    cache.store.reset();
    {
        // Back to what version 1 wrote: no server_errors column, no finished_actions, no
        // list sizes or their index.
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"ALTER TABLE outbox DROP COLUMN server_errors"_s));
        REQUIRE(query.exec(u"DROP TABLE finished_actions"_s));
        for (const auto &trigger : {u"list_sizes_insert"_s, u"list_sizes_delete"_s, u"list_sizes_update"_s})
            REQUIRE(query.exec(u"DROP TRIGGER "_s + trigger));
        REQUIRE(query.exec(u"DROP TABLE list_sizes"_s));
        REQUIRE(query.exec(u"DROP INDEX invitations_newest"_s));
        REQUIRE(query.exec(u"PRAGMA user_version = 1"_s));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"downgrade"_s);
    }
    cache.open();
    // v4: the lists' sizes are counted from the rows there were, the queued withdrawal included.
    const auto withdrawn = cache.store->invitations().preview({Direction::Sent, InvitationState::Withdrawn}, 10);
    REQUIRE(withdrawn);
    CHECK(withdrawn.value().size == 1);
    CHECK(withdrawn.value().newest.idString(0) == queued.first().invitation.id);
    const auto actions = cache.store->outbox().dueActions(cache.clock.now().addYears(1)).value();
    REQUIRE(actions.size() == 1);
    CHECK(actions.first().invitationId == queued.first().invitation.id);
    CHECK(actions.first().serverErrors == 0);
    QString error;
    REQUIRE(cache.store->outbox().recordFailedAttempt(actions.first(), cache.clock.now(), u"503"_s,
                                             OutboxStore::FailureKind::ServerError, &error));
    REQUIRE(cache.store->outbox().recordFailedAttempt(actions.first(), cache.clock.now(), u"offline"_s,
                                             OutboxStore::FailureKind::Other, &error));
    const auto after = cache.store->outbox().dueActions(cache.clock.now().addYears(1)).value();
    CHECK(after.first().attempts == 2);
    CHECK(after.first().serverErrors == 1);
    // v3: how the action ended is kept.
    const auto refused = cache.store->outbox().resolveAction(after.first(), ActionResolution::Refused, std::nullopt,
                                                             u"refused by the server"_s, &error);
    REQUIRE(refused);
    const auto finished = cache.store->outbox().finishedSince(0);
    REQUIRE(finished);
    REQUIRE(finished.value().size() == 1);
    CHECK(finished.value().first().outcome.invitationId == queued.first().invitation.id);
    CHECK(finished.value().first().outcome.result == ActionOutcome::Result::Failed);
    CHECK(finished.value().first().outcome.reason == u"refused by the server"_s);
}

TEST_CASE("the server's rules are kept with the account and used after a restart, offline too", "[cache]")
{
    Test::TestCache cache;
    CHECK(cache.store->account().rules() == DomainRules{}); // the product's until the server says
    DomainRules server;
    server.reinviteCooldownDays = 2;
    server.expiryDays = 30;
    server.weeklyInviteLimit = 7;
    server.noteMaxChars = 50;
    QSignalSpy changed(&cache.store->account(), &AccountStore::rulesChanged);
    QString error;
    REQUIRE(cache.store->account().saveAccount(u"alice"_s, 0, 7, server, &error));
    CHECK(changed.size() == 1);
    CHECK(cache.store->account().rules() == server);
    // The same rules again change nothing; an older server that sends none keeps them.
    REQUIRE(cache.store->account().saveAccount(u"alice"_s, 1, 7, server, &error));
    REQUIRE(cache.store->account().saveAccount(u"alice"_s, 1, 7, std::nullopt, &error));
    CHECK(changed.size() == 1);

    cache.open();
    CHECK(cache.store->account().rules() == server);
    cache.seed(1, 0);
    cache.withdraw(u"s0"_s);
    CHECK(cache.store->invitations().reinviteAvailableAt(u"per_s0"_s).value() == cache.clock.now().addDays(2));
}

TEST_CASE("a read the cache cannot do is an error with a sentence, never an empty list", "[cache]")
{
    Test::TestCache cache;
    cache.seed(2, 1);
    REQUIRE(cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().size() == 2);
    Test::takeTableAway(cache.store->path(), u"invitations"_s);
    const auto rows = cache.store->invitations().invitations(Direction::Sent, InvitationState::Pending);
    REQUIRE_FALSE(rows);
    CHECK(rows.error().message.startsWith(u"The local cache could not be read"_s));
    CHECK_FALSE(cache.store->invitations().invitationsById({u"s0"_s}));
    CHECK_FALSE(cache.store->account().snapshot());
    CHECK_FALSE(cache.store->invitations().reinviteAvailableAt(u"per_s0"_s));
    QString error;
    CHECK_FALSE(cache.store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, u"s0"_s, {}, std::nullopt}},
                                              std::chrono::seconds(5), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("what another process writes to the cache is announced once; this one's own writes are not", "[cache]")
{
    Test::TestCache cache;
    cache.seed(3, 0);
    QString error;
    // The command line's connection to the window's cache file.
    const auto other = CacheStore::open(cache.store->path(), cache.clock, &error);
    REQUIRE(other);
    QSignalSpy rows(&cache.store->invitations(), &InvitationStore::changedElsewhere);
    QSignalSpy outbox(&cache.store->outbox(), &OutboxStore::outboxChanged);
    CHECK_FALSE(cache.store->refreshIfChangedElsewhere());

    REQUIRE(cache.store->outbox().enqueue({ActionRequest{ActionKind::Withdraw, u"s0"_s, {}, std::nullopt}}, 0ms,
                                          &error));
    outbox.clear();
    CHECK_FALSE(cache.store->refreshIfChangedElsewhere());
    CHECK(rows.isEmpty());

    REQUIRE(other->outbox().enqueue({ActionRequest{ActionKind::Withdraw, u"s1"_s, {}, std::nullopt}}, 0ms, &error));
    CHECK(cache.store->refreshIfChangedElsewhere());
    CHECK(rows.size() == 1);
    CHECK(outbox.size() == 1);
    CHECK(cache.store->account().snapshot().value().queuedActions == 2);
    CHECK_FALSE(cache.store->refreshIfChangedElsewhere());

    // How the other one's action ended can be read here.
    const auto action = other->outbox().dueActions(cache.clock.now()).value();
    REQUIRE(action.size() == 2);
    REQUIRE(other->outbox().resolveAction(action.last(), ActionResolution::InvitationGone, std::nullopt,
                                          u"gone"_s, &error));
    CHECK(cache.store->refreshIfChangedElsewhere());
    const auto finished = cache.store->outbox().finishedSince(0).value();
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().outcome.invitationId == action.last().invitationId);
    CHECK(finished.first().outcome.result == ActionOutcome::Result::Gone);
    CHECK(cache.store->outbox().lastFinishedSeq().value() == finished.first().seq);
}
