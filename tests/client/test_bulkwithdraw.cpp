// Bulk withdrawal as a user lives it, offscreen against the real server and a real
// cache file: Select stale and the filters, the one confirmation, the progress panel
// through refusals, server errors and a rate limit, Cancel, Undo and Retry failed —
// checked against the Sent list, the panel, the per-person results and the server.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "actions/bulkrunmodel.h"
#include "models/invitationlistmodel.h"
#include "server/statement.h"
#include "server/writetransaction.h"
#include "ui/bulkprogresspanel.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/undobanner.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <map>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Status = BulkRunModel::Status;

namespace {

// The outbox in the order the engine sends it.
QList<OutboxAction> outbox(ClientFixture &fx)
{
    return fx.store().outbox().dueActions(fx.clock().now().addYears(10)).value();
}

// Withdrawal POSTs carrying this idempotency key: answered by the server, or faulted here.
int posts(ClientFixture &fx, const QString &key, bool faulted)
{
    const auto seen = fx.network().requestsTo(u"/withdraw"_s);
    return static_cast<int>(std::count_if(seen.begin(), seen.end(), [&](const FaultyNetworkManager::Seen &s) {
        return s.verb == "POST" && s.idempotencyKey == key.toUtf8() && s.faulted == faulted;
    }));
}

// The run's row for this invitation: what the results table shows for the person.
struct Result
{
    Status status = Status::Queued;
    QString result; // the Result column
    QString reason; // the Reason column
};

Result resultFor(const BulkRunModel &run, const QString &invitationId)
{
    for (int row = 0; row < run.rowCount(); ++row) {
        if (run.itemAt(row).invitationId == invitationId)
            return {run.itemAt(row).status, run.index(row, BulkRunModel::ResultColumn).data().toString(),
                    run.index(row, BulkRunModel::DetailColumn).data().toString()};
    }
    FAIL("not in the bulk run: " << invitationId.toStdString());
    return {};
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList idsAt(const ClientFixture &fx, std::initializer_list<int> indexes)
{
    QStringList ids;
    for (const int i : indexes)
        ids.append(fx.sentIds().at(i));
    return ids;
}

// The invitee answers on the server, as they would on their own device.
void answerAsInvitee(ClientFixture &fx, const OutboxAction &action, const char *verb)
{
    // "Invitee 07" signs in as "invitee07" (ClientFixture::Options::inviteesCanSignIn).
    const QString username = action.personName.toLower().remove(u' ');
    const auto reply = fx.server().post("/api/v1/invitations/" + action.invitationId.toStdString() + '/' + verb,
                                        fx.tokenOf(username), QJsonObject{}, freshKey());
    INFO(reply.body);
    REQUIRE(reply.status == 200);
}

QPushButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    FAIL("no button named " << accessibleName.toStdString());
    return nullptr;
}

// The Select stale question: checks what it offers, then types `days` and presses OK
// (or Cancel when days is 0).
void answerNextStaleQuestion(int days, int *offered)
{
    answerNextModal<QInputDialog>([=](QInputDialog *dialog) {
        *offered = dialog->intValue();
        if (days == 0) {
            dialog->reject();
            return;
        }
        auto *spin = dialog->findChild<QSpinBox *>();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(days));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

void pressSelectAll(Window &ui, InvitationListPage *page)
{
    ui.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(ui.window.get()));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_A, Qt::ControlModifier);
}

} // namespace

TEST_CASE("a bulk run through refusals, server errors and a rate limit reports each person and Retry failed ends it",
          "[bulk]")
{
    ClientFixture::Options options;
    options.sent = 12;
    options.received = 0;
    options.ageDays = 40;
    options.inviteesCanSignIn = true;
    ClientFixture fixture(options);
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *run = ui.window->bulkRun();
    auto *panel = ui.window->bulkPanel();
    auto &network = fixture.network();

    REQUIRE(sent->selectStale(30) == 12);
    QString said;
    answerNextPreview(true, &said);
    QTest::mouseClick(sent->withdrawSelectedButton(), Qt::LeftButton);
    CHECK(said.startsWith(u"12 invitations will be withdrawn."_s));
    REQUIRE(run->total() == 12);
    CHECK(panel->isVisible());
    CHECK(panel->text() == u"Withdrawing: 0 of 12 done · 0 failed"_s);
    CHECK(sent->model()->rowCount() == 0);
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected"_s);
    CHECK_FALSE(sent->withdrawSelectedButton()->isEnabled());

    // Each place in the outbox (the order the engine sends in) gets a part to play.
    const auto queued = outbox(fixture);
    REQUIRE(queued.size() == 12);
    const auto &acceptedFirst = queued[1];
    const auto &flaky = queued[2];  // 500 twice, then done
    const auto &gone = queued[3];   // 404
    const auto &broken = queued[4]; // 500 every time
    const auto &limited = queued[6]; // 429, Retry-After: 30
    const auto &acceptedLater = queued[7];
    // The invitees accept before the client sends anything (the undo window is open).
    answerAsInvitee(fixture, acceptedFirst, "accept");
    answerAsInvitee(fixture, acceptedLater, "accept");
    network.addFault(flaky.invitationId + u"/withdraw"_s, Fault::problem(500, "internal_error"), 2);
    network.addFault(gone.invitationId + u"/withdraw"_s, Fault::problem(404, "not_found"));
    network.addFault(broken.invitationId + u"/withdraw"_s, Fault::problem(500, "internal_error"), -1);
    network.addFault(limited.invitationId + u"/withdraw"_s,
                     Fault::problem(429, "rate_limited", {{"Retry-After", "30"}}));

    ui.waitPastUndoWindow();
    const auto firstRun = awaitTask(fixture.session().syncNow());
    REQUIRE(firstRun.has_value());
    CHECK_FALSE(*firstRun); // held by the rate limit
    // Up to the 429: two withdrawn, one already accepted, one gone; two wait for a retry.
    CHECK(resultFor(*run, queued[0].invitationId).status == Status::Withdrawn);
    CHECK(resultFor(*run, acceptedFirst.invitationId).result == u"Already accepted"_s);
    CHECK(resultFor(*run, gone.invitationId).result == u"No longer exists"_s);
    CHECK(resultFor(*run, queued[5].invitationId).status == Status::Withdrawn);
    CHECK(run->count(Status::Failed) == 0);
    CHECK(run->count(Status::Queued) == 8);
    // The run slows down and the panel says why; nothing after the 429 was sent.
    {
        INFO(panel->text().toStdString());
        CHECK(panel->text().startsWith(
            u"Withdrawing: 4 of 12 done · 0 failed — The server asked InviteDesk to slow down; syncing resumes at "_s));
    }
    for (int i = 7; i < 12; ++i)
        CHECK(network.requestsTo(queued[i].invitationId).isEmpty());
    QTest::qWait(200); // the engine's own timer keeps quiet too
    for (int i = 7; i < 12; ++i)
        CHECK(network.requestsTo(queued[i].invitationId).isEmpty());

    fixture.clock().advanceSeconds(31);
    // Once it goes again the panel stops saying it waits, while it is still sending.
    QStringList panelWhileSending;
    const auto watch = QObject::connect(&fixture.session(), &Session::actionFinished, panel,
                                        [&](const ActionOutcome &) { panelWhileSending.append(panel->text()); });
    fixture.syncOrFail();
    QObject::disconnect(watch);
    REQUIRE(panelWhileSending.size() == 6);
    for (const auto &text : std::as_const(panelWhileSending)) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u"slow down"_s));
    }
    CHECK(resultFor(*run, limited.invitationId).status == Status::Withdrawn);
    CHECK(resultFor(*run, acceptedLater.invitationId).result == u"Already accepted"_s);
    CHECK(run->count(Status::Failed) == 0);
    CHECK(run->count(Status::Queued) == 2); // the two server errors, backing off
    // Steps reach the panel at most every 100 ms.
    CHECK(waitUntil([&] { return panel->text() == u"Withdrawing: 10 of 12 done · 0 failed"_s; }));

    // Each retry waits out its backoff; the one that never works ends Failed.
    const int limit = RetryPolicy{}.maxServerErrorAttempts;
    for (int round = 0; round < 2 * limit && !run->isFinished(); ++round) {
        const auto next = fixture.store().outbox().nextActionTime().value();
        REQUIRE(next.has_value());
        CHECK(*next > fixture.clock().now());
        fixture.clock().set(next->addMSecs(1));
        fixture.syncOrFail();
    }
    REQUIRE(run->isFinished());

    std::map<QString, Status> expected;
    for (const auto &action : queued)
        expected[action.invitationId] = Status::Withdrawn;
    expected[acceptedFirst.invitationId] = Status::AlreadyChanged;
    expected[acceptedLater.invitationId] = Status::AlreadyChanged;
    expected[gone.invitationId] = Status::Gone;
    expected[broken.invitationId] = Status::Failed;
    for (const auto &action : queued) {
        const auto result = resultFor(*run, action.invitationId);
        INFO(action.personName.toStdString() << ": " << result.result.toStdString() << " / "
                                             << result.reason.toStdString());
        CHECK(result.status == expected[action.invitationId]);
        const QString onServer = ui.serverState(action.invitationId);
        const bool faulted = &action == &flaky || &action == &gone || &action == &broken || &action == &limited;
        switch (result.status) {
        case Status::Withdrawn:
            CHECK(result.result == u"Withdrawn"_s);
            CHECK(onServer == u"withdrawn"_s);
            // Exactly once: one POST reached the server with the action's key.
            CHECK(posts(fixture, action.idempotencyKey, false) == 1);
            if (!faulted)
                CHECK(posts(fixture, action.idempotencyKey, true) == 0);
            break;
        case Status::AlreadyChanged:
            CHECK(result.result == u"Already accepted"_s);
            CHECK(onServer == u"accepted"_s);
            CHECK(posts(fixture, action.idempotencyKey, false) == 1);
            break;
        case Status::Gone:
            CHECK(result.reason == u"The invitation no longer exists."_s);
            CHECK(posts(fixture, action.idempotencyKey, false) == 0);
            break;
        case Status::Failed:
            CHECK(result.result == u"Failed"_s);
            CHECK(result.reason.startsWith(action.personName + u": the server kept failing (%1 attempts"_s.arg(limit)));
            CHECK(onServer == u"pending"_s);
            CHECK(posts(fixture, action.idempotencyKey, true) == limit);
            CHECK(posts(fixture, action.idempotencyKey, false) == 0);
            break;
        default:
            FAIL("unexpected status");
        }
    }
    CHECK(posts(fixture, flaky.idempotencyKey, true) == 2);
    CHECK(posts(fixture, limited.idempotencyKey, true) == 1);
    CHECK(panel->text() == u"Bulk withdrawal finished: 8 withdrawn, 2 already answered, 1 no longer exists, 1 failed."_s);
    CHECK(panel->retryButton()->isVisible());
    CHECK_FALSE(panel->cancelButton()->isVisible());
    CHECK(panel->results()->isVisible()); // not all went as asked: the details open
    // Only the failed one is back in the Sent list.
    CHECK(sent->model()->rowCount() == 1);
    CHECK(Window::rowOf(sent, broken.invitationId) >= 0);

    // The server is well again: Retry failed.
    network.clearFaults();
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    CHECK(panel->text() == u"Withdrawing: 11 of 12 done · 0 failed"_s);
    CHECK(Window::rowOf(sent, broken.invitationId) == -1);
    // Retry sends at once: the user just asked.
    CHECK(waitUntil([&] { return run->isFinished() && !ui.session().isSyncing(); }));
    CHECK(resultFor(*run, broken.invitationId).status == Status::Withdrawn);
    CHECK(ui.serverState(broken.invitationId) == u"withdrawn"_s);
    CHECK(run->count(Status::Failed) == 0);
    CHECK(panel->text() == u"Bulk withdrawal finished: 9 withdrawn, 2 already answered, 1 no longer exists."_s);
    CHECK_FALSE(panel->retryButton()->isVisible());
    const auto retried = network.requestsTo(broken.invitationId + u"/withdraw"_s);
    REQUIRE(retried.size() == limit + 1);
    CHECK_FALSE(retried.last().faulted);
    CHECK(retried.last().idempotencyKey != broken.idempotencyKey.toUtf8()); // a new action, a new key
    CHECK(sent->model()->rowCount() == 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
}

TEST_CASE("Cancel after two of six: the other four stay pending here and on the server and are never sent", "[bulk]")
{
    ClientFixture fixture; // 6 sent, 30 days old
    Window ui(fixture);
    ui.settings.setUndoWindow(0ms);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *run = ui.window->bulkRun();
    auto *panel = ui.window->bulkPanel();

    pressSelectAll(ui, sent);
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (6)"_s);
    answerNextPreview(true);
    QTest::mouseClick(sent->withdrawSelectedButton(), Qt::LeftButton);
    REQUIRE(run->total() == 6);
    const auto queued = outbox(fixture);
    REQUIRE(queued.size() == 6);

    // The user presses Cancel as the second withdrawal comes back.
    int outcomes = 0;
    bool cancelShown = false;
    QObject::connect(&fixture.session(), &Session::actionFinished, ui.window.get(), [&](const ActionOutcome &) {
        if (++outcomes != 2)
            return;
        cancelShown = panel->cancelButton()->isVisible();
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    });
    fixture.syncOrFail();
    CHECK(cancelShown);
    CHECK(outcomes == 2);

    QStringList wentIds;
    QStringList stayedIds;
    for (int i = 0; i < queued.size(); ++i)
        (i < 2 ? wentIds : stayedIds).append(queued[i].invitationId);
    for (const auto &id : std::as_const(wentIds)) {
        CHECK(resultFor(*run, id).status == Status::Withdrawn);
        CHECK(ui.serverState(id) == u"withdrawn"_s);
        CHECK(Window::rowOf(sent, id) == -1);
    }
    for (const auto &id : std::as_const(stayedIds)) {
        const auto result = resultFor(*run, id);
        CHECK(result.result == u"Cancelled"_s);
        CHECK(result.reason == u"Cancelled before it was sent."_s);
        CHECK(ui.serverState(id) == u"pending"_s);
        // Back in the Sent list, pending, with nothing queued on it.
        const int row = Window::rowOf(sent, id);
        REQUIRE(row >= 0);
        CHECK_FALSE(sent->model()->index(row, 0).data(InvitationListModel::ActionQueuedRole).toBool());
    }
    CHECK(run->count(Status::Cancelled) == 4);
    CHECK(panel->text() == u"Bulk withdrawal finished: 2 withdrawn, 4 cancelled."_s);
    CHECK_FALSE(panel->cancelButton()->isVisible());
    CHECK_FALSE(panel->retryButton()->isVisible());
    CHECK(sent->model()->rowCount() == 4);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).size() == 2);

    fixture.clock().advanceSeconds(600);
    fixture.syncOrFail();
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).size() == 2);
    for (const auto &id : std::as_const(stayedIds))
        CHECK(ui.serverState(id) == u"pending"_s);
    CHECK(sent->model()->rowCount() == 4);
}

TEST_CASE("Cancel while a withdrawal is on the wire: that one still counts as withdrawn, the rest are cancelled",
          "[bulk]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.settings.setUndoWindow(0ms);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *run = ui.window->bulkRun();
    auto *panel = ui.window->bulkPanel();

    answerNextPreview(true);
    ui.window->withdrawInBulk(fixture.sentIds());
    const auto queued = outbox(fixture);
    REQUIRE(queued.size() == 6);

    // After the second answer the engine sends the third; Cancel lands while it is out.
    qint64 onTheWire = -1;
    int outcomes = 0;
    QObject::connect(&fixture.session(), &Session::actionFinished, ui.window.get(), [&](const ActionOutcome &) {
        if (++outcomes != 2)
            return;
        QTimer::singleShot(0, panel, [&] {
            onTheWire = fixture.session().actionInFlight();
            QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        });
    });
    fixture.syncOrFail();
    CHECK(onTheWire == queued[2].id);
    for (int i = 0; i < 3; ++i) {
        CHECK(resultFor(*run, queued[i].invitationId).status == Status::Withdrawn);
        CHECK(ui.serverState(queued[i].invitationId) == u"withdrawn"_s);
        CHECK(Window::rowOf(sent, queued[i].invitationId) == -1);
    }
    for (int i = 3; i < 6; ++i) {
        CHECK(resultFor(*run, queued[i].invitationId).status == Status::Cancelled);
        CHECK(ui.serverState(queued[i].invitationId) == u"pending"_s);
        CHECK(Window::rowOf(sent, queued[i].invitationId) >= 0);
    }
    CHECK(panel->text() == u"Bulk withdrawal finished: 3 withdrawn, 3 cancelled."_s);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).size() == 3);
}

TEST_CASE("Select stale asks for the days and remembers them, and Undo brings the whole batch back unsent", "[bulk]")
{
    ClientFixture::Options options;
    options.sentAgesDays = {45, 40, 35, 20, 10};
    options.received = 0;
    ClientFixture fixture(options);
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *run = ui.window->bulkRun();
    auto *panel = ui.window->bulkPanel();
    auto *banner = ui.window->banner();
    auto *selectStale = buttonNamed(sent, u"Select stale invitations"_s);

    // Offered the product's 30 days the first time; the user asks for 37.
    int offered = 0;
    answerNextStaleQuestion(37, &offered);
    QTest::mouseClick(selectStale, Qt::LeftButton);
    CHECK(offered == 30);
    CHECK(ui.settings.staleDays() == 37);
    CHECK(sorted(sent->selectedInvitationIds()) == sorted(idsAt(fixture, {0, 1})));
    CHECK(banner->text() == u"Selected 2 invitations pending for more than 37 days."_s);
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (2)"_s);

    // Next time it offers 37; Cancel changes nothing.
    answerNextStaleQuestion(0, &offered);
    QTest::mouseClick(selectStale, Qt::LeftButton);
    CHECK(offered == 37);
    CHECK(ui.settings.staleDays() == 37);
    CHECK(sent->selectedInvitationIds().size() == 2);

    QString said;
    answerNextPreview(true, &said);
    QTest::mouseClick(sent->withdrawSelectedButton(), Qt::LeftButton);
    CHECK(said.startsWith(u"2 invitations will be withdrawn."_s));
    CHECK(Window::rowOf(sent, fixture.sentIds().at(0)) == -1);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(1)) == -1);
    CHECK(panel->isVisible());
    CHECK(panel->text() == u"Withdrawing: 0 of 2 done · 0 failed"_s);
    REQUIRE(banner->isUndoOffered());
    CHECK(banner->text().startsWith(u"2 invitations withdrawn"_s));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);

    QTest::mouseClick(banner->undoButton(), Qt::LeftButton);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(0)) >= 0);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(1)) >= 0);
    CHECK(sent->model()->rowCount() == 5);
    CHECK_FALSE(panel->isVisible());
    CHECK(run->isEmpty());
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());
    for (const auto &id : fixture.sentIds())
        CHECK(ui.serverState(id) == u"pending"_s);
    CHECK(sent->model()->rowCount() == 5);
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("Select stale and Ctrl+A select within the company, age and expiring-soon filters only", "[bulk]")
{
    ClientFixture::Options options;
    //                     0    1    2    3   4     5     6   7
    options.sentAgesDays = {175, 170, 120, 60, 30.5, 29.5, 10, 1};
    options.received = 0;
    ClientFixture fixture(options);
    {
        // Even ones work at Globex, odd ones at Initech (before the client's first sync).
        Server::WriteTransaction transaction(fixture.server().database());
        auto update = Server::prepareQuery(
            transaction.db(), u"UPDATE people SET company = ? WHERE id = (SELECT invitee_id FROM invitations WHERE id = ?)"_s);
        for (int i = 0; i < fixture.sentIds().size(); ++i) {
            update.addBindValue(i % 2 == 0 ? u"Globex Corporation"_s : u"Initech"_s);
            update.addBindValue(fixture.sentIds().at(i));
            Server::execQuery(update);
        }
        transaction.commit();
    }
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *button = sent->withdrawSelectedButton();
    const auto selected = [&] { return sorted(sent->selectedInvitationIds()); };
    REQUIRE(sent->model()->rowCount() == 8);

    SECTION("no filter")
    {
        CHECK(sent->selectStale(30) == 5);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1, 2, 3, 4})));
        CHECK(button->text() == u"&Withdraw selected (5)"_s);
        CHECK(sent->selectStale(150) == 2);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1})));
        CHECK(button->text() == u"&Withdraw selected (2)"_s);
        CHECK(sent->selectStale(176) == 0);
        CHECK(selected().isEmpty());
        CHECK(button->text() == u"&Withdraw selected"_s);
        CHECK_FALSE(button->isEnabled());
    }
    SECTION("company")
    {
        QTest::keyClicks(sent->companyField(), u"globex"_s);
        REQUIRE(sent->model()->rowCount() == 4);
        CHECK(sent->selectStale(30) == 3);
        CHECK(selected() == sorted(idsAt(fixture, {0, 2, 4})));
        CHECK(button->text() == u"&Withdraw selected (3)"_s);
        // What the preview offers is what was selected, nothing hidden by the filter.
        QString said;
        answerNextPreview(false, &said);
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(said.startsWith(u"3 invitations will be withdrawn."_s));

        pressSelectAll(ui, sent);
        CHECK(selected() == sorted(idsAt(fixture, {0, 2, 4, 6})));
        CHECK(button->text() == u"&Withdraw selected (4)"_s);
    }
    SECTION("minimum age")
    {
        sent->minAgeField()->setValue(100);
        REQUIRE(sent->model()->rowCount() == 3);
        CHECK(sent->selectStale(30) == 3);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1, 2})));
        CHECK(sent->selectStale(150) == 2);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1})));
        pressSelectAll(ui, sent);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1, 2})));
        CHECK(button->text() == u"&Withdraw selected (3)"_s);
    }
    SECTION("expiring soon and company together")
    {
        sent->expiringSoonField()->setChecked(true);
        REQUIRE(sent->model()->rowCount() == 2);
        CHECK(sent->selectStale(30) == 2);
        CHECK(selected() == sorted(idsAt(fixture, {0, 1})));
        sent->view()->clearSelection();
        sent->clearFilters();
        sent->companyField()->setText(u"Initech"_s);
        sent->expiringSoonField()->setChecked(true);
        REQUIRE(sent->model()->rowCount() == 1);
        CHECK(sent->selectStale(30) == 1);
        CHECK(selected() == idsAt(fixture, {1}));
        CHECK(button->text() == u"&Withdraw selected (1)"_s);
        pressSelectAll(ui, sent);
        CHECK(selected() == idsAt(fixture, {1}));
    }
    SECTION("the boundary: more than 30 days, not 30")
    {
        sent->maxAgeField()->setValue(45);
        REQUIRE(sent->model()->rowCount() == 4); // 30.5, 29.5, 10 and 1 days
        CHECK(sent->selectStale(30) == 1);
        CHECK(selected() == idsAt(fixture, {4}));
        CHECK(sent->selectStale(29) == 2);
        CHECK(selected() == sorted(idsAt(fixture, {4, 5})));
    }
}

// A filter change re-maps the selection through layoutChanged, which emits no
// selectionChanged: the count must follow anyway.
TEST_CASE("a filter that hides selected rows updates the Withdraw selected count", "[bulk]")
{
    ClientFixture fixture; // 6 sent, 30 days old, all at Example Corp
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    REQUIRE(sent->selectStale(30) == 6);
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (6)"_s);

    QTest::keyClicks(sent->searchField(), u"invitee 03"_s);
    REQUIRE(sent->model()->rowCount() == 1);
    REQUIRE(sent->selectedInvitationIds() == idsAt(fixture, {3}));
    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (1)"_s);
    // What the button would withdraw is what it says.
    QString said;
    answerNextPreview(false, &said);
    QTest::mouseClick(sent->withdrawSelectedButton(), Qt::LeftButton);
    CHECK(said.startsWith(u"1 invitation will be withdrawn."_s));
}

TEST_CASE("an invitation answered while the preview is open is left out, the rest go", "[bulk]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    REQUIRE(sent->selectStale(29) == 6);
    const QStringList ids = sent->selectedInvitationIds();
    const QString answered = ids.at(2);
    answerNextModal<BulkWithdrawDialog>([&](BulkWithdrawDialog *dialog) {
        // Meanwhile a sync brings the news that this one was accepted.
        auto invitation = fixture.store().invitations().invitationsById({answered}).value().first().invitation;
        invitation.state = InvitationState::Accepted;
        QString error;
        REQUIRE(fixture.store().syncState().applySyncBatch(SyncBatch{{invitation}, {}, fixture.store().syncState().syncToken().value()}, &error));
        dialog->withdrawButton()->click();
    });
    ui.window->withdrawInBulk(ids);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 5);
    CHECK(ui.window->bulkRun()->total() == 5);
    CHECK(ui.window->banner()->text().startsWith(u"5 invitations withdrawn"_s));
}
