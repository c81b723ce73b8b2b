// The window as a user drives it, offscreen: clicks on the painted row buttons, the
// undo banner, keys, search, the courtesy question, and what reaches the server.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "models/invitationlistmodel.h"
#include "session/appsettings.h"
#include "ui/bulkprogresspanel.h"
#include "ui/bulkwithdrawdialog.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/mynetworkpage.h"
#include "ui/noteeditordialog.h"
#include "ui/personavatar.h"
#include "ui/preferencesdialog.h"
#include "ui/rowactiondelegate.h"
#include "ui/undobanner.h"
#include "testcache.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// The courtesy question.
void answerNextMessageBox(bool withdraw, bool dontAskAgain, bool *asked)
{
    answerNextModal<QMessageBox>([=](QMessageBox *box) {
        *asked = true;
        if (dontAskAgain)
            box->checkBox()->setChecked(true);
        for (auto *button : box->buttons()) {
            const bool isWithdraw = button->text().remove(u'&') == u"Withdraw"_s;
            if (isWithdraw == withdraw) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

TEST_CASE("clicking Withdraw removes the row, Undo brings it back and nothing reaches the server", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    const QString id = fixture.sentIds().at(2);
    REQUIRE(Window::rowOf(sent, id) >= 0);

    Window::clickRowButton(sent, id, 0);
    CHECK(Window::rowOf(sent, id) == -1);
    CHECK(ui.window->banner()->isUndoOffered());
    CHECK(ui.window->banner()->text().startsWith(u"Invitation to Invitee 02 withdrawn"_s));
    CHECK(ui.window->banner()->text().contains(u"re-invite them after"_s));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 1);

    QTest::mouseClick(ui.window->banner()->undoButton(), Qt::LeftButton);
    CHECK(Window::rowOf(sent, id) >= 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(ui.serverState(id) == u"pending"_s);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());
}

TEST_CASE("the undo banner does not move the rows: two Withdraw clicks in a row hit the rows aimed at", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *model = sent->model();
    REQUIRE(model->rowCount() >= 5);
    const auto idAt = [&](int row) { return model->index(row, 0).data(InvitationListModel::InvitationIdRole).toString(); };
    const QString first = idAt(3);
    const QString second = idAt(0);
    const QStringList untouched{idAt(1), idAt(2), idAt(4)};
    // Where the user aims, in window coordinates, before anything is clicked.
    const auto aim = [&](int row) {
        const auto index = model->index(row, InvitationListModel::ActionColumn);
        const QRect button = sent->delegate()->buttonRect(sent->view()->visualRect(index), 0);
        return sent->view()->viewport()->mapTo(ui.window.get(), button.center());
    };
    const QPoint firstAim = aim(3);
    const QPoint secondAim = aim(0);
    const auto clickAt = [&](QPoint point) {
        QApplication::processEvents(); // the layout settles as it would between two clicks
        QWidget *under = ui.window->childAt(point);
        REQUIRE(under != nullptr);
        const QPoint local = under->mapFrom(ui.window.get(), point);
        QTest::mouseMove(under, local);
        QTest::mouseClick(under, Qt::LeftButton, {}, local);
    };

    clickAt(firstAim);
    REQUIRE(ui.window->banner()->isUndoOffered());
    clickAt(secondAim);

    CHECK(Window::rowOf(sent, first) == -1);
    CHECK(Window::rowOf(sent, second) == -1);
    for (const auto &id : untouched)
        CHECK(Window::rowOf(sent, id) >= 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);
}

TEST_CASE("the window comes back as it was left: size, page, tab, column widths, order and sort", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    ui.window->resize(900, 640);
    auto *header = ui.window->sentPage()->view()->horizontalHeader();
    header->resizeSection(InvitationListModel::CompanyColumn, 222);
    header->moveSection(header->visualIndex(InvitationListModel::CompanyColumn), 0);
    ui.window->sentPage()->view()->sortByColumn(InvitationListModel::NameColumn, Qt::AscendingOrder);

    // Closed and started again on the same data folder's settings.
    ui.window.reset();
    ui.window = std::make_unique<MainWindow>(*ui.account, *ui.actions, *ui.autoWithdrawal, ui.session(), ui.settings);
    ui.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(ui.window.get()));
    CHECK(ui.window->size() == QSize(900, 640));
    CHECK(ui.window->sentPage()->isVisible());
    auto *sent = ui.window->sentPage();
    header = sent->view()->horizontalHeader();
    CHECK(header->sectionSize(InvitationListModel::CompanyColumn) == 222);
    CHECK(header->visualIndex(InvitationListModel::CompanyColumn) == 0);
    CHECK(header->sortIndicatorSection() == InvitationListModel::NameColumn);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < sent->model()->rowCount(); ++row)
        names.append(sent->model()->index(row, InvitationListModel::NameColumn).data().toString());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    CHECK(names == sorted);
}

TEST_CASE("a withdrawal is sent once after the undo window and the row stays gone", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    const QString id = fixture.sentIds().at(0);

    Window::clickRowButton(sent, id, 0);
    // Inside the window a sync sends nothing.
    fixture.syncOrFail();
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());

    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(ui.serverState(id) == u"withdrawn"_s);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).size() == 1);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(Window::rowOf(sent, id) == -1);
    CHECK(ui.window->statusText().startsWith(u"Online"_s));
}

TEST_CASE("withdrawing a request younger than 14 days asks first and can stop asking", "[widgets]")
{
    ClientFixture::Options options;
    options.ageDays = 3;
    ClientFixture fixture(options);
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();

    bool asked = false;
    answerNextMessageBox(false, false, &asked);
    Window::clickRowButton(sent, fixture.sentIds().at(0), 0);
    CHECK(asked);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(0)) >= 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    asked = false;
    answerNextMessageBox(true, true, &asked);
    Window::clickRowButton(sent, fixture.sentIds().at(0), 0);
    CHECK(asked);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(0)) == -1);
    CHECK_FALSE(ui.settings.confirmYoungWithdrawals());

    // "Don't ask again" holds: the next one goes without a question.
    Window::clickRowButton(sent, fixture.sentIds().at(1), 0);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(1)) == -1);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);
}

TEST_CASE("Delete withdraws the selected sent rows through the bulk preview", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    auto *view = sent->view();
    view->setFocus();
    const auto first = sent->model()->index(Window::rowOf(sent, fixture.sentIds().at(1)), 0);
    const auto second = sent->model()->index(Window::rowOf(sent, fixture.sentIds().at(4)), 0);
    view->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);

    CHECK(sent->withdrawSelectedButton()->text() == u"&Withdraw selected (2)"_s);
    // The shortcut acts where the list has the focus, in the active window.
    const auto pressDelete = [&] {
        ui.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(ui.window.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
    };
    QString said;
    answerNextPreview(false, &said);
    pressDelete();
    CHECK(said.startsWith(u"2 invitations will be withdrawn."_s));
    CHECK(Window::rowOf(sent, fixture.sentIds().at(1)) >= 0); // cancelled in the preview
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);

    said.clear();
    answerNextPreview(true, &said);
    pressDelete();
    CHECK(said.startsWith(u"2 invitations will be withdrawn."_s));
    CHECK(said.contains(u"for 21 days"_s));
    CHECK(Window::rowOf(sent, fixture.sentIds().at(1)) == -1);
    CHECK(Window::rowOf(sent, fixture.sentIds().at(4)) == -1);
    CHECK(ui.window->banner()->text().startsWith(u"2 invitations withdrawn"_s));
    CHECK(fixture.store().account().snapshot().value().queuedActions == 2);

    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(ui.serverState(fixture.sentIds().at(1)) == u"withdrawn"_s);
    CHECK(ui.serverState(fixture.sentIds().at(4)) == u"withdrawn"_s);
    CHECK(ui.serverState(fixture.sentIds().at(0)) == u"pending"_s);
}

TEST_CASE("Accept and Ignore on received rows reach the server after the undo window", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Received);
    auto *received = ui.window->receivedPage();
    Window::clickRowButton(received, fixture.receivedIds().at(0), 0);
    Window::clickRowButton(received, fixture.receivedIds().at(1), 1);
    CHECK(Window::rowOf(received, fixture.receivedIds().at(0)) == -1);
    CHECK(Window::rowOf(received, fixture.receivedIds().at(1)) == -1);
    CHECK(ui.window->banner()->text().startsWith(u"Ignored the invitation from sender1 Example"_s));

    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(ui.serverState(fixture.receivedIds().at(0)) == u"accepted"_s);
    CHECK(ui.serverState(fixture.receivedIds().at(1)) == u"ignored"_s);
    // Accepting made a connection, which My Network counts.
    CHECK(fixture.store().account().snapshot().value().connections == 1);
}

TEST_CASE("a withdrawal the server refuses is explained in the banner and the true state returns", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    const QString id = fixture.sentIds().at(3);
    // Withdrawn elsewhere (another device) after our last sync.
    fixture.withdrawElsewhere(id);
    Window::clickRowButton(ui.window->sentPage(), id, 0);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK_FALSE(ui.window->banner()->isUndoOffered());
    CHECK(ui.window->banner()->isVisible());
    CHECK(ui.window->banner()->text() == u"The invitation to Invitee 03 was already withdrawn."_s);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
}

TEST_CASE("the search box filters as you type and Ctrl+F reaches it", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    QTest::keyClick(ui.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == sent->searchField());
    QTest::keyClicks(sent->searchField(), u"invitee 04"_s);
    CHECK(sent->model()->rowCount() == 1);
    CHECK(sent->model()->index(0, 0).data().toString() == u"Invitee 04"_s);
    sent->searchField()->clear();
    CHECK(sent->model()->rowCount() == 6);
}

TEST_CASE("offline the window keeps its data, says so, and counts queued actions", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    fixture.network().addFault(u"/api/v1"_s, Fault::refused(), -1);
    ui.window->showManage(Direction::Sent);
    Window::clickRowButton(ui.window->sentPage(), fixture.sentIds().at(5), 0);
    ui.waitPastUndoWindow();
    const auto ok = awaitTask(fixture.session().syncNow());
    REQUIRE(ok.has_value());
    CHECK_FALSE(*ok);
    CHECK(ui.window->statusText().startsWith(u"Offline — data from"_s));
    CHECK(ui.window->sentPage()->model()->rowCount() == 5);
    const auto labels = ui.window->findChildren<QLabel *>();
    const auto showsQueued = [&](const QString &text) {
        return waitUntil([&] {
            return std::any_of(labels.begin(), labels.end(), [&](QLabel *label) { return label->text() == text; });
        });
    };
    CHECK(showsQueued(u"1 queued action"_s));

    fixture.network().clearFaults();
    fixture.clock().advanceSeconds(600);
    fixture.syncOrFail();
    CHECK(ui.serverState(fixture.sentIds().at(5)) == u"withdrawn"_s);
    CHECK(ui.window->statusText().startsWith(u"Online"_s));
    CHECK(showsQueued(u"0 queued actions"_s));
}

TEST_CASE("every control has an accessible name and a screen reader can withdraw for a named person", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    QStringList unnamed;
    const auto widgets = ui.window->findChildren<QWidget *>();
    for (auto *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                             || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabWidget *>(widget);
        // Header sections reach screen readers as column headers of their table.
        // Header sections reach screen readers as column headers of their table; qt_*
        // are Qt's own helpers (the menu bar's overflow button).
        if (!control || qobject_cast<QHeaderView *>(widget) || widget->objectName().startsWith(u"qt_"_s))
            continue;
        auto *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    INFO(unnamed.join(u", "_s).toStdString());
    CHECK(unnamed.isEmpty());

    // As a screen reader does it: find the Sent table and the person's row by their
    // names, select it, press the button named "Withdraw selected".
    ui.window->showManage(Direction::Sent);
    QTableView *table = nullptr;
    for (auto *view : ui.window->findChildren<QTableView *>()) {
        if (QAccessible::queryAccessibleInterface(view)->text(QAccessible::Name) == u"Sent invitations"_s)
            table = view;
    }
    REQUIRE(table);
    auto *tableInterface = QAccessible::queryAccessibleInterface(table)->tableInterface();
    REQUIRE(tableInterface);
    int personRow = -1;
    for (int row = 0; row < tableInterface->rowCount(); ++row) {
        if (tableInterface->cellAt(row, 0)->text(QAccessible::Name) == u"Invitee 01"_s)
            personRow = row;
    }
    REQUIRE(personRow >= 0);
    tableInterface->selectRow(personRow);
    QAbstractButton *withdraw = nullptr;
    for (auto *button : ui.window->findChildren<QAbstractButton *>()) {
        if (QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name) == u"Withdraw selected (1)"_s)
            withdraw = button;
    }
    REQUIRE(withdraw);
    REQUIRE(withdraw->isEnabled());
    answerNextPreview(true);
    QAccessible::queryAccessibleInterface(withdraw)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    // A press through accessibility is an animated click: it lands a moment later.
    CHECK(waitUntil([&] { return Window::rowOf(ui.window->sentPage(), fixture.sentIds().at(1)) == -1; }));
    CHECK(ui.window->banner()->text().startsWith(u"Invitation to Invitee 01 withdrawn"_s));
}

TEST_CASE("the note editor counts code points live and blocks a note that is too long", "[widgets]")
{
    NoteEditorDialog dialog(Person{u"per_1"_s, u"Ada Example"_s, {}, {}, {}}, 300);
    dialog.show();
    CHECK(dialog.counter()->text() == u"0 / 300"_s);
    QTest::keyClicks(dialog.editor(), u"Hi "_s);
    dialog.editor()->insertPlainText(u"😀"_s); // QTest types ASCII only
    CHECK(dialog.counter()->text() == u"4 / 300"_s);
    dialog.editor()->setPlainText(QString(301, u'x'));
    CHECK(dialog.counter()->text().startsWith(u"301 / 300"_s));
    CHECK_FALSE(dialog.canSend());
    dialog.editor()->setPlainText(QString(300, u'x'));
    CHECK(dialog.canSend());
    CHECK(dialog.note() == QString(300, u'x'));
}

TEST_CASE("the undo time and the courtesy question are preferences the next withdrawal follows", "[widgets]")
{
    ClientFixture::Options options;
    options.ageDays = 3;
    ClientFixture fixture(options);
    Window ui(fixture);
    {
        PreferencesDialog dialog(ui.settings, 14, 180);
        auto *seconds = dialog.findChild<QSpinBox *>();
        auto *ask = dialog.findChild<QCheckBox *>();
        REQUIRE(seconds);
        REQUIRE(ask);
        CHECK(seconds->value() == 5);
        CHECK(ask->isChecked());
        seconds->setValue(2);
        ask->setChecked(false);
        dialog.accept();
    }
    CHECK(ui.settings.undoWindow() == std::chrono::seconds(2));

    ui.window->showManage(Direction::Sent);
    const QString id = fixture.sentIds().at(0);
    Window::clickRowButton(ui.window->sentPage(), id, 0); // young, but no question now
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(Window::rowOf(ui.window->sentPage(), id) == -1);
    fixture.clock().advanceSeconds(3);
    fixture.syncOrFail();
    CHECK(ui.serverState(id) == u"withdrawn"_s);
}

TEST_CASE("a message about an earlier action keeps the Undo of the current one", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    // An earlier withdrawal that the server will refuse: withdrawn elsewhere already.
    const QString earlier = fixture.sentIds().at(0);
    fixture.withdrawElsewhere(earlier);
    Window::clickRowButton(ui.window->sentPage(), earlier, 0);
    fixture.clock().advanceSeconds(6);

    // The current one, still inside its undo window when the earlier one resolves.
    const QString current = fixture.sentIds().at(1);
    Window::clickRowButton(ui.window->sentPage(), current, 0);
    fixture.syncOrFail();
    CHECK(ui.window->banner()->isUndoOffered());
    CHECK(ui.window->banner()->text().contains(u"The invitation to Invitee 00 was already withdrawn."_s));
    CHECK(ui.window->banner()->text().startsWith(u"Invitation to Invitee 01 withdrawn"_s));

    QTest::mouseClick(ui.window->banner()->undoButton(), Qt::LeftButton);
    CHECK(Window::rowOf(ui.window->sentPage(), current) >= 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
}

TEST_CASE("a new invitation still being sent shows Sending and cannot be withdrawn yet", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    QString error;
    const Person person{u"per_new"_s, u"Nora New"_s, u"Engineer"_s, u"Example Corp"_s, {}};
    REQUIRE(fixture.store().outbox().enqueue({ActionRequest{ActionKind::Send, {}, person, std::nullopt}},
                                    std::chrono::seconds(5), &error));
    auto *sent = ui.window->sentPage();
    QString placeholder;
    for (const auto &cached : fixture.store().invitations().invitations(Direction::Sent, InvitationState::Pending).value()) {
        if (cached.actionQueued)
            placeholder = cached.invitation.id;
    }
    const int row = Window::rowOf(sent, placeholder);
    REQUIRE(row >= 0);
    CHECK(sent->model()->index(row, InvitationListModel::ActionColumn).data().toString() == u"Sending…"_s);

    ui.window->withdraw({placeholder});
    CHECK(Window::rowOf(sent, placeholder) >= 0);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 1);
}

TEST_CASE("Export writes the Manage list on screen: its filter, sort and visible columns", "[widgets][csv]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    // What the user sees: two people, sorted by name descending, Company dragged first.
    QTest::keyClicks(sent->searchField(), u"invitee 0"_s);
    sent->companyField()->setText(u"Example"_s);
    sent->maxAgeField()->setValue(30);
    sent->model()->sort(InvitationListModel::NameColumn, Qt::DescendingOrder);
    auto *header = sent->view()->horizontalHeader();
    header->moveSection(header->visualIndex(InvitationListModel::CompanyColumn), 0);
    sent->searchField()->setText(u"invitee 01"_s);
    REQUIRE(sent->model()->rowCount() == 1);

    const QTemporaryDir dir;
    const QString path = dir.filePath(u"sent.csv"_s);
    REQUIRE(ui.window->exportCurrentView(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    INFO(csv.toStdString());
    CHECK(csv.startsWith("Company,Name,Headline,Sent\r\n"));
    CHECK(csv.count("\r\n") == 2);
    CHECK(csv.contains(",Invitee 01,"));
    CHECK_FALSE(csv.contains("Withdraw")); // the button column is not data
    CHECK(ui.window->banner()->text().startsWith(u"Exported 1 invitation to"_s));

    // The Withdrawn list carries the re-invite date; a folder that does not exist fails plainly.
    ui.window->withdraw({fixture.sentIds().at(0)});
    ui.window->showWithdrawn();
    REQUIRE(ui.window->exportCurrentView(path));
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll().startsWith("Name,Headline,Company,Withdrawn,Can re-invite\r\n"));
    CHECK_FALSE(ui.window->exportCurrentView(dir.filePath(u"missing/sent.csv"_s)));
    CHECK(ui.window->banner()->text().contains(u"Could not write"_s));
}

TEST_CASE("a cache that can no longer be read says so in the banner and the rows stay", "[widgets][cache]")
{
    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    REQUIRE(sent->model()->rowCount() == 6);
    takeTableAway(fixture.store().path(), u"invitations"_s);

    // Withdrawing reads the cache first: the user is told why nothing happened.
    Window::clickRowButton(sent, fixture.sentIds().at(0), 0);
    CHECK(ui.window->banner()->text().startsWith(u"The local cache could not be read"_s));
    CHECK_FALSE(ui.window->banner()->isUndoOffered());
    CHECK(sent->model()->rowCount() == 6); // what was shown is not replaced by an empty list
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());
}

TEST_CASE("turned on in Preferences, the automatic withdrawal is announced in the banner; Review sends it, Skip "
          "today drops it",
          "[widgets]")
{
    ClientFixture::Options options;
    options.sentAgesDays = {90, 80, 70, 60, 3};
    ClientFixture fixture(options);
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *banner = ui.window->banner();
    CHECK_FALSE(banner->reviewButton()->isVisible());

    // The user turns it on: pending for more than 30 days, at most 2 a day.
    QAction *preferences = nullptr;
    for (auto *action : ui.window->findChildren<QAction *>()) {
        if (action->text() == u"&Preferences…"_s)
            preferences = action;
    }
    REQUIRE(preferences);
    answerNextModal<PreferencesDialog>([](PreferencesDialog *dialog) {
        CHECK_FALSE(dialog->autoWithdrawBox()->isChecked());
        CHECK_FALSE(dialog->autoWithdrawDaysBox()->isEnabled());
        CHECK(dialog->autoWithdrawDaysBox()->minimum() == 14);
        dialog->autoWithdrawBox()->setChecked(true);
        CHECK(dialog->autoWithdrawDaysBox()->value() == 30);
        dialog->autoWithdrawCapBox()->setValue(2);
        dialog->accept();
    });
    preferences->trigger();
    REQUIRE(waitUntil([&] { return banner->reviewButton()->isVisible(); }));
    const QString runAt =
        QLocale().toString(fixture.clock().now().addSecs(3600).toLocalTime().time(), QLocale::ShortFormat);
    CHECK(banner->text() == u"2 invitations will be withdrawn at %1"_s.arg(runAt));
    CHECK(banner->skipButton()->isVisible());
    CHECK(Window::rowOf(ui.window->sentPage(), fixture.sentIds().at(0)) >= 0); // nothing gone yet

    // Review: the bulk preview names who goes; Withdraw sends them now.
    QString said;
    answerNextPreview(true, &said);
    banner->reviewButton()->click();
    CHECK(said.startsWith(u"2 invitations will be withdrawn."_s));
    CHECK_FALSE(banner->reviewButton()->isVisible());
    CHECK(banner->text().startsWith(u"2 invitations withdrawn"_s));
    CHECK(ui.window->bulkPanel()->isVisible());
    CHECK(Window::rowOf(ui.window->sentPage(), fixture.sentIds().at(0)) == -1);
    CHECK(Window::rowOf(ui.window->sentPage(), fixture.sentIds().at(2)) >= 0);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    CHECK(ui.serverState(fixture.sentIds().at(0)) == u"withdrawn"_s);
    CHECK(ui.serverState(fixture.sentIds().at(1)) == u"withdrawn"_s);
    CHECK(ui.serverState(fixture.sentIds().at(2)) == u"pending"_s);

    // The next day's batch: Skip today, and the hour passes with nothing withdrawn.
    fixture.clock().advanceDays(1);
    ui.autoWithdrawal->reconsider();
    REQUIRE(banner->skipButton()->isVisible());
    banner->skipButton()->click();
    CHECK_FALSE(banner->skipButton()->isVisible());
    CHECK(banner->text().contains(u"Today's automatic withdrawal is skipped."_s));
    fixture.clock().advanceSeconds(2 * 3600);
    ui.autoWithdrawal->reconsider();
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
    CHECK(Window::rowOf(ui.window->sentPage(), fixture.sentIds().at(2)) >= 0);
}

TEST_CASE("each row shows the person's initials on a circle whose colour follows the person id", "[widgets]")
{
    CHECK(PersonAvatar::initials(u"Ada Lovelace"_s) == u"AL"_s);
    CHECK(PersonAvatar::initials(u"  grace   brewster hopper "_s) == u"GH"_s);
    CHECK(PersonAvatar::initials(u"Cher"_s) == u"C"_s);
    CHECK(PersonAvatar::initials(u"Émile Zola"_s) == u"ÉZ"_s);
    CHECK(PersonAvatar::initials(QString()) == u"?"_s);
    CHECK(PersonAvatar::colour(u"person-1"_s) == PersonAvatar::colour(u"person-1"_s));

    ClientFixture fixture;
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    QTest::qWait(50);
    const QImage shot = sent->view()->viewport()->grab().toImage();
    QSet<QRgb> colours;
    for (const auto &id : fixture.sentIds()) {
        const int row = Window::rowOf(sent, id);
        REQUIRE(row >= 0);
        const auto index = sent->model()->index(row, InvitationListModel::NameColumn);
        const QString personId = index.data(InvitationListModel::PersonIdRole).toString();
        REQUIRE_FALSE(personId.isEmpty());
        const QRgb expected = PersonAvatar::colour(personId).rgb();
        colours.insert(expected);
        // Somewhere in the cell's first 40 pixels, the circle's own colour.
        const QRect cell = sent->view()->visualRect(index);
        bool found = false;
        const qreal ratio = shot.devicePixelRatio();
        for (int x = cell.left(); x < cell.left() + 40 && !found; ++x)
            found = shot.pixel(QPoint(x, cell.center().y()) * ratio) == expected;
        INFO("row " << row);
        CHECK(found);
    }
    CHECK(colours.size() > 1); // six people, twelve colours: not all alike
}

TEST_CASE("a window saved where no screen is now opens on the screen", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    // As left on a second monitor that is gone.
    ui.window->resize(700, 500);
    ui.window->move(5000, 4000);
    QTest::qWait(20);
    ui.window.reset();
    ui.window = std::make_unique<MainWindow>(*ui.account, *ui.actions, *ui.autoWithdrawal, ui.session(), ui.settings);
    ui.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(ui.window.get()));
    const QRect screen = ui.window->screen()->availableGeometry();
    INFO("window " << ui.window->frameGeometry().x() << "," << ui.window->frameGeometry().y() << " screen "
                   << screen.width() << "x" << screen.height());
    CHECK(screen.contains(ui.window->frameGeometry().topLeft()));
    CHECK(ui.window->size() == QSize(700, 500));
}

TEST_CASE("the banner covers the bottom of the list shown, never the buttons under it", "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    auto *banner = ui.window->banner();
    banner->showMessage(u"Something to say"_s);
    const auto inWindow = [&](QWidget *widget) {
        return QRect(widget->mapTo(ui.window.get(), QPoint(0, 0)), widget->size());
    };
    QPushButton *acceptSelected = nullptr;
    for (auto *button : ui.window->myNetworkPage()->findChildren<QPushButton *>()) {
        if (button->text() == u"Accept selected"_s)
            acceptSelected = button;
    }
    REQUIRE(acceptSelected);
    QTest::qWait(20);
    CHECK(inWindow(ui.window->myNetworkPage()->receivedView()).contains(inWindow(banner)));
    CHECK_FALSE(inWindow(banner).intersects(inWindow(acceptSelected)));

    // On another tab it follows that tab's list.
    ui.window->showManage(Direction::Sent);
    QTest::qWait(20);
    CHECK(inWindow(ui.window->sentPage()->view()).contains(inWindow(banner)));
    CHECK_FALSE(inWindow(banner).intersects(inWindow(ui.window->sentPage()->withdrawSelectedButton())));
}

TEST_CASE("the tray icon is a preference: with it closing the window keeps the app syncing, without a tray it "
          "cannot be turned on",
          "[widgets]")
{
    ClientFixture fixture;
    Window ui(fixture);
    CHECK_FALSE(ui.settings.trayIcon()); // off by default
    CHECK_FALSE(ui.window->hasTrayIcon());
    const bool trayHere = QSystemTrayIcon::isSystemTrayAvailable();
    PreferencesDialog dialog(ui.settings, 14, 180, ui.window.get());
    auto *box = dialog.trayIconBox();
    CHECK(box->isEnabled() == trayHere);
    box->setChecked(true);
    dialog.accept();
    CHECK(ui.settings.trayIcon() == trayHere);
    if (trayHere) {
        // Applied when the window's own Preferences closes.
        answerNextModal<PreferencesDialog>([](PreferencesDialog *shown) { shown->accept(); });
        ui.window->showPreferences();
        REQUIRE(ui.window->hasTrayIcon());
        CHECK_FALSE(ui.window->close()); // hidden, not closed
        CHECK_FALSE(ui.window->isVisible());
        CHECK(ui.session().state() == Session::State::Online);
        return;
    }
    // No tray on this desktop (offscreen): the window closes as before.
    CHECK(ui.window->close());
    CHECK_FALSE(ui.window->isVisible());
}
