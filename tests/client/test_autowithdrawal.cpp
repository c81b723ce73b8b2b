// Automatic withdrawal of stale requests, driven by the fixture's clock: off by default,
// once a day at the first start after local midnight and every 24 hours while running,
// announced an hour ahead, the oldest first up to the cap, through the bulk run and its
// outbox (offline it waits there), Skip today, and turning it off mid-run.
#include "actions/autowithdrawal.h"
#include "actions/expiryreminder.h"
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

// Alice's sent invitations, oldest first: six past 30 days, two younger.
ClientFixture::Options staleAndFresh()
{
    ClientFixture::Options options;
    options.sentAgesDays = {90, 80, 70, 60, 50, 40, 20, 3};
    return options;
}

struct Automatic
{
    ClientFixture &fixture;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(u"settings.ini"_s)};
    InvitationActions actions;
    std::unique_ptr<AutoWithdrawal> automatic;

    explicit Automatic(ClientFixture &f, int cap = 3) : fixture(f), actions(f.store(), f.session(), settings, f.clock())
    {
        AppSettings::AutoWithdrawal preferences;
        preferences.enabled = true;
        preferences.cap = cap;
        settings.setAutoWithdrawal(preferences);
        REQUIRE(awaitTask(fixture.session().connectToServer()));
        REQUIRE(waitUntil([&] {
            return fixture.session().state() == Session::State::Online && !fixture.session().isSyncing();
        }));
        // After the first sync: each test says when it first looks.
        restart();
    }

    // As a new start of the app would have it.
    void restart() { automatic = std::make_unique<AutoWithdrawal>(fixture.store(), actions, settings, fixture.clock()); }

    void advanceMinutes(int minutes)
    {
        fixture.clock().advanceSeconds(minutes * 60);
        automatic->reconsider();
    }

    // Past the undo window, then until the outbox is empty.
    void sendQueued()
    {
        fixture.clock().advanceSeconds(6);
        fixture.session().syncNow();
        REQUIRE(waitUntil([&] { return fixture.store().account().snapshot().value().queuedActions == 0; }));
        REQUIRE(waitUntil([&] { return !fixture.session().isSyncing(); }));
    }

    QStringList serverStates()
    {
        QStringList states;
        for (const auto &id : fixture.sentIds())
            states.append(fixture.serverInvitation(id).value(u"state"_s).toString());
        return states;
    }
};

QDateTime localTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

} // namespace

TEST_CASE("automatic withdrawal is off until the user turns it on, and never younger than 14 days", "[actions]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    const auto defaults = settings.autoWithdrawal();
    CHECK_FALSE(defaults.enabled);
    CHECK(defaults.days == 30);
    CHECK(defaults.capped);
    CHECK(defaults.cap == 50);
    settings.setAutoWithdrawal({true, 5, false, 50});
    CHECK(settings.autoWithdrawal().days == 14);

    ClientFixture fixture(staleAndFresh());
    QTemporaryDir otherDir;
    AppSettings untouched(otherDir.filePath(u"settings.ini"_s));
    InvitationActions actions(fixture.store(), fixture.session(), untouched, fixture.clock());
    AutoWithdrawal automatic(fixture.store(), actions, untouched, fixture.clock());
    QSignalSpy announced(&automatic, &AutoWithdrawal::announced);
    automatic.reconsider();
    fixture.clock().advanceDays(2);
    automatic.reconsider();
    CHECK(announced.isEmpty());
    CHECK_FALSE(automatic.announcement().has_value());
}

TEST_CASE("the first start announces the oldest stale invitations up to the cap an hour ahead, then withdraws them",
          "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    Automatic a(fixture);
    QSignalSpy announced(a.automatic.get(), &AutoWithdrawal::announced);
    QSignalSpy ran(a.automatic.get(), &AutoWithdrawal::ran);
    const QDateTime start = fixture.clock().now();

    a.automatic->reconsider();
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().at(0).toInt() == 3);
    CHECK(announced.first().at(1).toDateTime() == start.addSecs(3600));
    REQUIRE(a.automatic->announcement());
    CHECK(a.automatic->announcement()->invitationIds == fixture.sentIds().mid(0, 3));

    // Within the hour nothing is queued.
    a.advanceMinutes(59);
    CHECK(ran.isEmpty());
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    a.advanceMinutes(2);
    REQUIRE(ran.size() == 1);
    CHECK_FALSE(a.automatic->announcement());
    CHECK(a.actions.bulkRun().rowCount() == 3);
    a.sendQueued();
    CHECK(a.actions.bulkRun().count(BulkRunModel::Status::Withdrawn) == 3);
    CHECK(a.serverStates()
          == QStringList({u"withdrawn"_s, u"withdrawn"_s, u"withdrawn"_s, u"pending"_s, u"pending"_s, u"pending"_s,
                          u"pending"_s, u"pending"_s}));
}

TEST_CASE("it runs once a day: a restart the same day waits, the first start after local midnight and 24 hours of "
          "running announce again",
          "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    const QDate today = fixture.clock().now().toLocalTime().date();
    fixture.clock().set(localTime(today, QTime(9, 0)));
    Automatic a(fixture);
    a.automatic->reconsider();
    a.advanceMinutes(61);
    a.sendQueued();

    // Started again at 18:00 the same day: nothing.
    fixture.clock().set(localTime(today, QTime(18, 0)));
    a.restart();
    QSignalSpy announced(a.automatic.get(), &AutoWithdrawal::announced);
    a.automatic->reconsider();
    CHECK(announced.isEmpty());

    // Started again five minutes after midnight: the next three, announced at once.
    fixture.clock().set(localTime(today.addDays(1), QTime(0, 5)));
    a.restart();
    QSignalSpy afterMidnight(a.automatic.get(), &AutoWithdrawal::announced);
    a.automatic->reconsider();
    REQUIRE(afterMidnight.size() == 1);
    CHECK(a.automatic->announcement()->invitationIds == fixture.sentIds().mid(3, 3));
    a.advanceMinutes(61);
    a.sendQueued();

    // Kept running: 23 hours after that run it looks again. The 20-day one is 21 days old,
    // not stale yet: the day passes without an announcement, and ten days later it goes.
    QSignalSpy nextDay(a.automatic.get(), &AutoWithdrawal::announced);
    a.advanceMinutes(23 * 60 + 1);
    CHECK(nextDay.isEmpty());
    fixture.clock().advanceDays(10);
    a.automatic->reconsider();
    REQUIRE(nextDay.size() == 1);
    CHECK(a.automatic->announcement()->invitationIds == QStringList{fixture.sentIds().at(6)});
}

TEST_CASE("Skip today drops the announced batch until the next day's", "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    Automatic a(fixture);
    QSignalSpy ended(a.automatic.get(), &AutoWithdrawal::announcementEnded);
    QSignalSpy ran(a.automatic.get(), &AutoWithdrawal::ran);
    a.automatic->reconsider();
    REQUIRE(a.automatic->announcement());
    a.automatic->skipToday();
    CHECK(ended.size() == 1);
    CHECK_FALSE(a.automatic->announcement());

    a.advanceMinutes(120);
    CHECK(ran.isEmpty());
    // A restart later the same day does not bring it back.
    a.restart();
    QSignalSpy announced(a.automatic.get(), &AutoWithdrawal::announced);
    a.advanceMinutes(60);
    CHECK(announced.isEmpty());
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(a.serverStates().count(u"pending"_s) == 8);

    // A day after the skipped run would have gone: the same oldest three.
    a.advanceMinutes(22 * 60);
    REQUIRE(announced.size() == 1);
    CHECK(a.automatic->announcement()->invitationIds == fixture.sentIds().mid(0, 3));
}

TEST_CASE("turning it off ends the announcement, or takes back what the day's run has not sent", "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    Automatic a(fixture);
    a.automatic->reconsider();
    REQUIRE(a.automatic->announcement());

    auto preferences = a.settings.autoWithdrawal();
    preferences.enabled = false;
    a.settings.setAutoWithdrawal(preferences);
    QSignalSpy ended(a.automatic.get(), &AutoWithdrawal::announcementEnded);
    a.automatic->reconsider();
    CHECK(ended.size() == 1);
    a.advanceMinutes(120);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    // On again: announced, run, and turned off before the batch has left.
    preferences.enabled = true;
    a.settings.setAutoWithdrawal(preferences);
    a.automatic->reconsider();
    REQUIRE(a.automatic->announcement());
    a.advanceMinutes(61);
    REQUIRE(fixture.store().account().snapshot().value().queuedActions == 3);
    preferences.enabled = false;
    a.settings.setAutoWithdrawal(preferences);
    a.automatic->reconsider();
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(a.actions.bulkRun().count(BulkRunModel::Status::Cancelled) == 3);
    a.sendQueued();
    CHECK(a.serverStates().count(u"pending"_s) == 8);
}

TEST_CASE("offline the day's batch waits in the outbox and goes once, when the server is back", "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    Automatic a(fixture, 2);
    fixture.network().addFault(u"/api/v1/"_s, Fault::refused(), -1);
    a.automatic->reconsider();
    a.advanceMinutes(61);
    fixture.clock().advanceSeconds(6);
    fixture.session().syncNow();
    REQUIRE(waitUntil([&] { return fixture.session().state() == Session::State::Offline; }));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);
    CHECK(a.actions.bulkRun().isRunning());

    // Started again while still offline: the queued batch is not announced twice.
    a.restart();
    QSignalSpy announced(a.automatic.get(), &AutoWithdrawal::announced);
    a.automatic->reconsider();
    CHECK(announced.isEmpty());

    fixture.network().clearFaults();
    a.sendQueued();
    CHECK(a.serverStates().mid(0, 3) == QStringList({u"withdrawn"_s, u"withdrawn"_s, u"pending"_s}));
    // Each went once: one answered POST per invitation, however often it was tried.
    QSet<QString> answered;
    int answeredPosts = 0;
    for (const auto &seen : fixture.network().requestsTo(u"/withdraw"_s)) {
        if (seen.verb == "POST" && !seen.faulted) {
            ++answeredPosts;
            answered.insert(seen.path);
        }
    }
    CHECK(answeredPosts == 2);
    CHECK(answered.size() == 2);
}

TEST_CASE("invitations about to expire are told once a day, and a restart the same day stays quiet", "[actions]")
{
    ClientFixture::Options options;
    options.sentAgesDays = {170, 100, 10}; // expiry is 180 days: the first one goes in 10 days
    ClientFixture fixture(options);
    fixture.syncOrFail();
    ExpiryReminder reminder(fixture.store(), fixture.clock());
    QSignalSpy told(&reminder, &ExpiryReminder::expiringSoon);
    reminder.reconsider();
    REQUIRE(told.size() == 1);
    CHECK(told.first().at(0).toInt() == 1);
    CHECK(told.first().at(1).toInt() == 14);
    fixture.clock().advanceSeconds(3600);
    reminder.reconsider();
    CHECK(told.size() == 1);

    ExpiryReminder restarted(fixture.store(), fixture.clock());
    QSignalSpy toldAfterRestart(&restarted, &ExpiryReminder::expiringSoon);
    restarted.reconsider();
    CHECK(toldAfterRestart.isEmpty());

    // Three days on, the 100-day one is not close yet; the first one still is.
    fixture.clock().advanceDays(3);
    restarted.reconsider();
    REQUIRE(toldAfterRestart.size() == 1);
    CHECK(toldAfterRestart.first().at(0).toInt() == 1);
}

TEST_CASE("on a first start the cache is empty: the day's batch is announced after the first sync", "[actions]")
{
    ClientFixture fixture(staleAndFresh());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    AppSettings::AutoWithdrawal preferences;
    preferences.enabled = true;
    settings.setAutoWithdrawal(preferences);
    InvitationActions actions(fixture.store(), fixture.session(), settings, fixture.clock());
    AutoWithdrawal automatic(fixture.store(), actions, settings, fixture.clock());
    ExpiryReminder reminder(fixture.store(), fixture.clock());
    QSignalSpy announced(&automatic, &AutoWithdrawal::announced);
    QSignalSpy told(&reminder, &ExpiryReminder::expiringSoon);
    automatic.reconsider();
    reminder.reconsider();
    CHECK(announced.isEmpty());

    REQUIRE(awaitTask(fixture.session().connectToServer()));
    REQUIRE(waitUntil([&] { return !announced.isEmpty(); }));
    CHECK(announced.first().at(0).toInt() == 6);
    CHECK(told.isEmpty()); // none of them expires within 14 days
}
