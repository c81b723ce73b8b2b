// Knowing when to re-invite, offscreen against the real server: the Withdrawn view and
// its dates, Re-invite enabled from the cooldown's end, the server's cooldown answer
// in plain words, and the weekly budget blocking Connect with the date it frees up.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "windowdriver.h"
#include "faultynetworkmanager.h"
#include "models/invitationlistmodel.h"
#include "models/suggestionlistmodel.h"
#include "session/appsettings.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/undobanner.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3600;

struct ReinviteWindow : Window
{
    using Window::Window;

    // Withdraws `id` and lets it reach the server.
    void withdrawNow(const QString &id)
    {
        window->withdraw({id});
        waitPastUndoWindow();
        fixture.syncOrFail();
    }

    // Moves both clocks; tokens last 7 days, so sign in again as of then.
    void jumpTo(const QDateTime &time)
    {
        fixture.clock().set(time);
        const auto refused =
            awaitTask(session().signIn(fixture.serverUrl(), u"alice"_s, u"password-123"_s));
        REQUIRE(refused.has_value());
        REQUIRE_FALSE(refused->has_value());
        // A sign-in sends what waits at once; let that run end.
        REQUIRE(waitUntil([&] { return !session().isSyncing(); }));
    }

    QModelIndex withdrawnRow(const QString &id, int column) const
    {
        auto *model = window->withdrawnPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(InvitationListModel::InvitationIdRole).toString() == id)
                return model->index(row, column);
        }
        return {};
    }

    QStringList serverSentStates(const QString &personName)
    {
        QStringList states;
        const auto page = fixture.server().get("/api/v1/invitations?direction=sent&state=all&limit=500",
                                               fixture.server().signIn(u"alice"_s));
        for (const auto &item : page.json.value(u"items"_s).toArray()) {
            const auto object = item.toObject();
            if (object.value(u"person"_s).toObject().value(u"name"_s).toString() == personName)
                states.append(object.value(u"state"_s).toString());
        }
        return states;
    }
};

// Accepts the next note dialog (empty note) from the event loop.
void sendNextNote(bool *asked)
{
    answerNextModal<NoteEditorDialog>([=](NoteEditorDialog *dialog) {
        *asked = true;
        dialog->accept();
    });
}

QString localDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

TEST_CASE("the Withdrawn view shows each withdrawal and enables Re-invite from its date", "[widgets][reinvite]")
{
    ClientFixture fixture;
    ReinviteWindow ui(fixture);
    const QString id = fixture.sentIds().at(2);
    ui.withdrawNow(id);
    const QDateTime withdrawnAt = fixture.clock().now(); // when the server did it
    ui.window->showWithdrawn();
    auto *page = ui.window->withdrawnPage();
    REQUIRE(page->isVisible());
    CHECK(page->summaryText() == u"1 withdrawn"_s);
    CHECK(ui.window->sentPage()->summaryText() == u"5 pending sent"_s);

    const auto name = ui.withdrawnRow(id, InvitationListModel::NameColumn);
    REQUIRE(name.isValid());
    CHECK(name.data().toString() == u"Invitee 02"_s);
    CHECK(ui.withdrawnRow(id, InvitationListModel::SentColumn).data().toString() == u"just now"_s);
    const QDateTime availableAt = withdrawnAt.addSecs(21 * day);
    CHECK(ui.withdrawnRow(id, InvitationListModel::ReinviteColumn).data().toString().contains(localDate(availableAt)));
    const auto action = ui.withdrawnRow(id, InvitationListModel::ActionColumn);
    CHECK_FALSE(action.data(InvitationListModel::ActionEnabledRole).toBool());
    CHECK(action.data(Qt::ToolTipRole).toString().startsWith(u"You can invite Invitee 02 again from"_s));
    CHECK_FALSE(page->view()->isColumnHidden(InvitationListModel::ReinviteColumn));
    CHECK(ui.window->sentPage()->view()->isColumnHidden(InvitationListModel::ReinviteColumn));

    // Before the date: no dialog, a sentence with the date.
    ui.window->reinvite({id});
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(ui.window->banner()->text().startsWith(u"You can invite Invitee 02 again from"_s));

    // From the date on: enabled, and it sends a new invitation to the same person.
    ui.jumpTo(availableAt);
    CHECK(action.data(InvitationListModel::ActionEnabledRole).toBool());
    CHECK(ui.withdrawnRow(id, InvitationListModel::ReinviteColumn).data().toString() == u"now"_s);
    bool asked = false;
    sendNextNote(&asked);
    ui.window->reinvite({id});
    CHECK(asked);
    CHECK(ui.window->banner()->text().startsWith(u"Invitation to Invitee 02 sent."_s));
    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    const auto states = ui.serverSentStates(u"Invitee 02"_s);
    CHECK(states.count(u"withdrawn"_s) == 1);
    CHECK(states.count(u"pending"_s) == 1);
}

TEST_CASE("the server's cooldown answer, if it comes anyway, is shown in plain words", "[widgets][reinvite]")
{
    ClientFixture fixture;
    ReinviteWindow ui(fixture);
    const QString id = fixture.sentIds().at(0);
    ui.withdrawNow(id);
    ui.jumpTo(fixture.clock().now().addDays(22));
    fixture.network().addFault(u"/api/v1/invitations"_s,
                               Fault::problem(409, "reinvite_cooldown", {}, R"("available_at":"2027-03-04T10:00:00Z")"));
    bool asked = false;
    sendNextNote(&asked);
    ui.window->reinvite({id});
    REQUIRE(asked);
    fixture.clock().advanceSeconds(6);
    fixture.syncOrFail();
    const QString expected = QLocale().toString(QDateTime(QDate(2027, 3, 4), QTime(10, 0), Qt::UTC).toLocalTime(),
                                                QLocale::ShortFormat);
    const QString text = ui.window->banner()->text();
    INFO(text.toStdString());
    CHECK(text.contains(u"does not let you invite Invitee 00 again yet"_s));
    CHECK(text.contains(expected));
    CHECK_FALSE(text.contains(u"2027-03-04T"_s)); // no raw timestamp
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
}

TEST_CASE("at the weekly limit Connect is blocked with the date it frees up", "[widgets][reinvite]")
{
    ClientFixture::Options options;
    options.server.rules.weeklyInviteLimit = 2;
    options.sent = 2; // a month ago: outside this week's window
    ClientFixture fixture(options);
    for (int i = 0; i < 4; ++i)
        fixture.server().addPerson(u"Suggested %1"_s.arg(i)); // someone to invite
    ReinviteWindow ui(fixture);
    auto *myNetwork = ui.window->myNetworkPage();
    CHECK(myNetwork->weeklyBudgetLabel()->text() == u"0 of 2 invitations used this week"_s);

    auto *suggestions = myNetwork->suggestionView()->model();
    REQUIRE(suggestions->rowCount() >= 3);
    const QDateTime firstSent = fixture.clock().now();
    for (int i = 0; i < 2; ++i) {
        bool asked = false;
        sendNextNote(&asked);
        ui.window->connectWithSuggestion(0);
        REQUIRE(asked);
        fixture.clock().advanceSeconds(1); // inside the undo time: nothing leaves yet
    }
    const QString freesUp = QLocale().toString(firstSent.addSecs(7 * day).toLocalTime(), QLocale::ShortFormat);
    CHECK(waitUntil([&] {
        return myNetwork->weeklyBudgetLabel()->text()
               == u"2 of 2 invitations used this week — you can send more from %1"_s.arg(freesUp);
    }));
    myNetwork->suggestionView()->setCurrentIndex(suggestions->index(0, 0));
    CHECK_FALSE(myNetwork->connectButton()->isEnabled());
    ui.window->connectWithSuggestion(0);
    CHECK(QApplication::activeModalWidget() == nullptr);
    INFO(ui.window->banner()->text().toStdString());
    CHECK(ui.window->banner()->text().contains(u"you can send more from %1"_s.arg(freesUp)));

    // Sent (both at once, when the undo time is over); a week later the budget is back.
    fixture.clock().advanceSeconds(6);
    const QDateTime sentAt = fixture.clock().now();
    awaitTask(fixture.session().syncNow()); // may join a run the engine's timer started
    REQUIRE(waitUntil([&] { return fixture.store().account().snapshot().value().queuedActions == 0; }));
    ui.jumpTo(sentAt.addSecs(7 * day + 1));
    awaitTask(fixture.session().syncNow()); // may join a run the engine's timer started
    CHECK(waitUntil([&] { return myNetwork->weeklyBudgetLabel()->text() == u"0 of 2 invitations used this week"_s; }));
    myNetwork->suggestionView()->setCurrentIndex(suggestions->index(0, 0));
    CHECK(myNetwork->connectButton()->isEnabled());
}

