// The action layer without a window: each user action is one call whose typed result
// says what to present, and what it queued reaches the real server once.
#include "actions/invitationactions.h"
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "session/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// The layers under the window over a fixture: the session (alice signed in and synced)
// and the actions, with their own settings file.
struct Actions
{
    ClientFixture &fixture;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    InvitationActions actions;

    explicit Actions(ClientFixture &f)
        : fixture(f), actions(f.store(), f.session(), settings, f.clock())
    {
        REQUIRE(awaitTask(fixture.session().connectToServer()));
        REQUIRE(waitUntil([&] {
            return fixture.session().state() == Session::State::Online && !fixture.session().isSyncing();
        }));
    }

    QString serverState(const QString &id)
    {
        return fixture.serverInvitation(id).value(u"state"_s).toString();
    }
};

template<typename T>
const T &as(const ActionResult &result)
{
    REQUIRE(std::holds_alternative<T>(result));
    return std::get<T>(result);
}

} // namespace

TEST_CASE("withdrawing a recent invitation asks the courtesy question, then queues it with an undo handle",
          "[actions]")
{
    ClientFixture::Options options;
    options.sentAgesDays = {40, 3};
    ClientFixture fixture(options);
    Actions a(fixture);
    const QString old = fixture.sentIds().at(0);
    const QString recent = fixture.sentIds().at(1);

    const auto question = as<CourtesyQuestion>(a.actions.withdraw({old, recent}));
    REQUIRE(question.recent.size() == 1);
    CHECK(question.recent.first().invitation.id == recent);
    CHECK(question.courtesyDays == 14);
    CHECK(question.reinviteCooldownDays == 21);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0); // asking queues nothing

    const auto queued = as<ActionQueued>(a.actions.withdraw({old, recent}, InvitationActions::Courtesy::Confirmed));
    CHECK(queued.kind == ActionKind::Withdraw);
    CHECK(queued.count == 2);
    CHECK(queued.reinviteAvailableAt == fixture.clock().now().addDays(21));
    CHECK(queued.undoWindow == std::chrono::seconds(5));
    CHECK(a.actions.isUndoOffered());
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);

    // Undo with the handle brings both back; the same handle again is too late.
    as<ActionDone>(a.actions.undo(queued.undoHandle));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(fixture.store().invitations().invitationsById({old}).value().first().invitation.state == InvitationState::Pending);
    CHECK(as<ActionRefused>(a.actions.undo(queued.undoHandle)).sentence.startsWith(u"Too late to undo"_s));

    // With the question turned off, the same call queues at once.
    a.settings.setConfirmYoungWithdrawals(false);
    CHECK(as<ActionQueued>(a.actions.withdraw({recent})).personName == u"Invitee 01"_s);
}

TEST_CASE("an action that left ends the undo, reaches the server once, and a refusal comes back as a sentence",
          "[actions]")
{
    ClientFixture fixture;
    Actions a(fixture);
    QSignalSpy undoEnded(&a.actions, &InvitationActions::undoEnded);
    QSignalSpy refused(&a.actions, &InvitationActions::actionRefused);
    const QString id = fixture.sentIds().at(0);
    const auto queued = as<ActionQueued>(a.actions.withdraw({id}));
    CHECK(std::holds_alternative<NothingToDo>(a.actions.withdraw({id}))); // not pending any more

    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    CHECK(a.serverState(id) == u"withdrawn"_s);
    CHECK(undoEnded.size() == 1);
    CHECK_FALSE(a.actions.isUndoOffered());
    CHECK(std::holds_alternative<ActionRefused>(a.actions.undo(queued.undoHandle)));
    CHECK(fixture.network().requestsTo(id + u"/withdraw"_s).size() == 1);

    // The invitee accepted first: the action ends with the sentence the banner shows.
    const QString received = fixture.receivedIds().at(0);
    fixture.network().addFault(received + u"/accept"_s,
                               Fault::problem(409, "not_pending", {}, R"("state":"withdrawn")"));
    as<ActionQueued>(a.actions.respond({received}, ActionKind::Accept));
    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().first().toString().contains(u"was already withdrawn"_s));
}

TEST_CASE("a bulk withdrawal previews who goes, refuses a second run while one is going, and Cancel keeps the rest",
          "[actions][bulk]")
{
    ClientFixture::Options options;
    options.sentAgesDays = {60, 50, 40, 10};
    ClientFixture fixture(options);
    Actions a(fixture);
    const auto ids = fixture.sentIds();

    const auto preview = as<WithdrawalPreview>(a.actions.previewWithdrawal(ids));
    CHECK(preview.rows.size() == 4);
    CHECK(preview.recentCount == 1);
    CHECK(preview.reinviteAvailableAt == fixture.clock().now().addDays(21));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    const auto queued = as<ActionQueued>(a.actions.withdrawInBulk(ids));
    CHECK(queued.count == 4);
    CHECK(a.actions.bulkRun().total() == 4);
    CHECK(as<ActionRefused>(a.actions.previewWithdrawal({ids.at(0)})).sentence.contains(u"still running"_s));

    as<ActionDone>(a.actions.cancelBulk());
    CHECK(a.actions.bulkRun().count(BulkRunModel::Status::Cancelled) == 4);
    CHECK_FALSE(a.actions.isUndoOffered());
    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    for (const auto &id : ids)
        CHECK(a.serverState(id) == u"pending"_s);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());
}

TEST_CASE("an invitation is refused with a sentence for a long note, a cooldown or a spent budget, and nothing is "
          "queued",
          "[actions]")
{
    ClientFixture::Options options;
    options.server.rules.weeklyInviteLimit = 1;
    options.sentAgesDays = {40, 30}; // one a week at most
    ClientFixture fixture(options);
    const QString someone = fixture.server().addPerson(u"Someone New"_s);
    Actions a(fixture);
    const Person person{someone, u"Someone New"_s, {}, {}, {}};

    const auto noteTooLong = as<ActionRefused>(a.actions.sendInvitation(person, QString(301, u'x')));
    CHECK(noteTooLong.sentence == u"The note is 1 character too long; the network allows 300."_s);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    // Re-inviting someone withdrawn minutes ago: the cooldown says until when.
    const QString withdrawn = fixture.sentIds().at(0);
    as<ActionQueued>(a.actions.withdraw({withdrawn}));
    CHECK(std::holds_alternative<NothingToDo>(a.actions.prepareReinvite({withdrawn}))); // still being sent
    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    CHECK(as<ActionRefused>(a.actions.prepareReinvite({withdrawn, fixture.sentIds().at(1)}))
              .sentence.startsWith(u"Select one person"_s));
    CHECK(as<ActionRefused>(a.actions.prepareReinvite({withdrawn}))
              .sentence.startsWith(u"You can invite Invitee 00 again from"_s));

    // One invitation a week: the second is blocked until the first leaves the window.
    const auto note = as<NoteNeeded>(a.actions.prepareInvitation(Suggestion{person, std::nullopt}));
    CHECK(note.noteMaxChars == 300);
    const QDateTime sentAt = fixture.clock().now();
    CHECK(as<ActionQueued>(a.actions.sendInvitation(person, u"Hello"_s)).kind == ActionKind::Send);
    const QString other = fixture.server().addPerson(u"Another One"_s);
    const auto blocked =
        as<BlockedByWeeklyBudget>(a.actions.sendInvitation(Person{other, u"Another One"_s, {}, {}, {}}, std::nullopt));
    CHECK(blocked.limit == 1);
    CHECK(blocked.until == sentAt.addDays(7));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 1);
}
