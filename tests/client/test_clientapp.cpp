// ClientApp as the command line starts it: --server with the sign-in dialog, then
// --offline from the same data folder.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "signinscript.h"
#include "models/invitationlistmodel.h"
#include "ui/clientapp.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QSet>
#include <QTimer>

#include <functional>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// Runs the application's own loop (QApplication::exec, as main() does) until `done`
// holds; false if the loop ended first (the application quit) or time ran out.
bool execUntil(const std::function<bool()> &done, std::chrono::seconds timeout = std::chrono::seconds(60))
{
    bool reached = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (done()) {
            reached = true;
            QApplication::exit(0);
        }
    });
    poll.start(20);
    QTimer::singleShot(timeout, &poll, [] { QApplication::exit(2); });
    QApplication::exec();
    return reached;
}

// Starts `app`, signing in as alice through the dialog, until her six sent invitations show.
void startAsAlice(ClientApp &app)
{
    SignInScript alice({{u"alice"_s, u"password-123"_s}});
    REQUIRE(awaitTask(app.start(), std::chrono::seconds(60)).value_or(false));
    CHECK(waitUntil([&] { return app.window()->sentPage()->model()->rowCount() == 6; }));
}

} // namespace

TEST_CASE("a server account signs in through the dialog and a later offline start uses the same cache", "[app]")
{
    ClientFixture fixture;
    QTemporaryDir dataDir;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(fixture.server().port()));

    {
        ClientApp app(LaunchOptions{LaunchOptions::Mode::Server, url, dataDir.path(), false}, fixture.network());
        SignInScript user({{u"alice"_s, u"not-her-password"_s}, {u"alice"_s, u"password-123"_s}});
        std::optional<bool> started;
        QTimer::singleShot(0, &app, [&] { QCoro::connect(app.start(), &app, [&](bool ok) { started = ok; }); });
        // In the real loop: closing the sign-in dialog before the window exists must not
        // end the application.
        REQUIRE(execUntil([&] { return started.has_value(); }));
        REQUIRE(*started);
        CHECK(user.made == 2);
        CHECK(user.prefilledServer == url.toString());
        CHECK(user.errorShown == u"The user name or password is wrong."_s);
        REQUIRE(app.window());
        auto *sent = app.window()->sentPage();
        CHECK(waitUntil([&] { return sent->model()->rowCount() == 6; }));
        CHECK(waitUntil([&] { return app.window()->statusText().startsWith(u"Online"_s); }));
    }

    // The token is in the keyring or nowhere: never in a file of the data folder.
    const QString token = fixture.aliceToken();
    QDirIterator files(dataDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        INFO(file.fileName().toStdString());
        CHECK_FALSE(content.contains("idt_"));
        CHECK_FALSE(content.contains("password-123"));
    }

    // Offline, with the last account: the cache alone fills the window.
    ClientApp offline(LaunchOptions{LaunchOptions::Mode::LastAccount, {}, dataDir.path(), true}, fixture.network());
    const auto started = awaitTask(offline.start());
    REQUIRE(started.has_value());
    REQUIRE(*started);
    CHECK(offline.window()->sentPage()->model()->rowCount() == 6);
    CHECK(offline.window()->statusText().startsWith(u"Offline — data from"_s));
    CHECK(offline.window()->statusText().contains(u"press F5 to connect"_s));
    CHECK_FALSE(offline.window()->windowIcon().pixmap(32).isNull());
}

TEST_CASE("signing in as another user closes one account's data and opens the other's", "[app]")
{
    ClientFixture fixture;
    QTemporaryDir dataDir;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(fixture.server().port()));
    ClientApp app(LaunchOptions{LaunchOptions::Mode::Server, url, dataDir.path(), false}, fixture.network());
    startAsAlice(app);

    // sender0 sent one invitation (to alice) and received none.
    SignInScript sender({{u"sender0"_s, u"password-123"_s}});
    Q_EMIT app.window()->switchAccountRequested();
    CHECK(waitUntil([&] {
        return sender.made == 1 && app.window() && app.window()->statusText().startsWith(u"Online"_s);
    }));
    REQUIRE(app.window());
    CHECK(app.window()->sentPage()->model()->rowCount() == 1);
    CHECK(app.window()->receivedPage()->model()->rowCount() == 0);
    CHECK(QDir(dataDir.path()).entryList({u"cache-*.sqlite"_s}).size() == 2);
}

TEST_CASE("without a keyring a restart while the server is down shows the cache offline and asks nothing until it "
          "answers",
          "[app]")
{
    // No Secret Service here: tokens last for one run, as on a machine without a keyring.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/invitedesk-test-bus");
    ClientFixture fixture;
    QTemporaryDir dataDir;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(fixture.server().port()));
    {
        ClientApp first(LaunchOptions{LaunchOptions::Mode::Server, url, dataDir.path(), false}, fixture.network());
        SignInScript alice({{u"alice"_s, u"password-123"_s}});
        REQUIRE(awaitTask(first.start(), std::chrono::seconds(60)).value_or(false));
        CHECK(waitUntil([&] { return first.window()->statusText().startsWith(u"Online"_s); }));
    }
    AppSettings(QDir(dataDir.path()).filePath(u"settings.ini"_s)).setUndoWindow(std::chrono::milliseconds(0));

    // The server does not answer; the token went with the last run.
    fixture.network().addFault(u"/api/v1"_s, Fault::refused(), -1);
    ClientApp app(LaunchOptions{LaunchOptions::Mode::LastAccount, {}, dataDir.path(), false}, fixture.network());
    // Any dialog that opens is noted and closed, so that the test fails instead of waiting.
    QStringList dialogsShown;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        if (auto *modal = QApplication::activeModalWidget()) {
            dialogsShown.append(modal->windowTitle());
            modal->close();
        }
    });
    watchdog.start(20);
    REQUIRE(awaitTask(app.start()).value_or(false));
    auto *window = app.window();
    REQUIRE(window);
    CHECK(window->sentPage()->model()->rowCount() == 6);
    CHECK(waitUntil([&] { return app.session().state() == Session::State::Offline; }));
    QTest::qWait(300);
    CHECK(dialogsShown.isEmpty());
    CHECK(window->statusText().startsWith(u"Offline — data from"_s));
    CHECK(window->signInButton()->isVisible());

    // Queued offline: it waits.
    const QString id = fixture.sentIds().at(1);
    window->withdraw({id});
    CHECK(window->sentPage()->model()->rowCount() == 5);
    CHECK(fixture.serverInvitation(id).value(u"state"_s).toString() == u"pending"_s);

    // The server is back: the next sync finds it wants a sign-in, and only then asks.
    watchdog.stop();
    fixture.network().clearFaults();
    SignInScript alice({{u"alice"_s, u"password-123"_s}});
    QTest::keyClick(window, Qt::Key_F5);
    CHECK(waitUntil([&] { return alice.made == 1; }));
    CHECK(waitUntil([&] { return app.session().state() == Session::State::Online && !app.session().isSyncing(); }));
    CHECK(fixture.serverInvitation(id).value(u"state"_s).toString() == u"withdrawn"_s);
    CHECK(window->statusText().startsWith(u"Online"_s));
    CHECK_FALSE(window->signInButton()->isVisible());
    // Exactly once: every withdrawal request carried the one action's key, one of them did it.
    const auto withdrawals = fixture.network().requestsTo(id + u"/withdraw"_s);
    REQUIRE_FALSE(withdrawals.isEmpty());
    for (const auto &request : withdrawals)
        CHECK(request.idempotencyKey == withdrawals.first().idempotencyKey);
    CHECK(fixture.store().account().snapshot().value().queuedActions == 0);
}

TEST_CASE("a second start naming another server is offered to the open window: Stay keeps the account, Sign in "
          "there signs in with that server filled in",
          "[app]")
{
    ClientFixture fixture;
    QTemporaryDir dataDir;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(fixture.server().port()));
    ClientApp app(LaunchOptions{LaunchOptions::Mode::Server, url, dataDir.path(), false}, fixture.network());
    startAsAlice(app);
    // The same server under another name is another address as far as the user said.
    const QUrl other(u"http://localhost:%1"_s.arg(fixture.server().port()));
    const auto answer = [](const QString &button, QString *asked) {
        answerNextModal<QMessageBox>([=](QMessageBox *box) {
            *asked = box->text();
            for (auto *candidate : box->buttons()) {
                if (candidate->text() == button)
                    candidate->click();
            }
        });
    };

    QString asked;
    answer(u"&Stay"_s, &asked);
    app.activate(other);
    CHECK(asked.contains(other.toDisplayString()));
    CHECK(app.session().serverUrl() == url);
    CHECK(app.window()->sentPage()->model()->rowCount() == 6);

    // The same address as the window's: only brought to the front, nothing asked.
    asked.clear();
    app.activate(url);
    QTest::qWait(100);
    CHECK(asked.isEmpty());

    SignInScript sender({{u"sender0"_s, u"password-123"_s}});
    answer(u"&Sign in there"_s, &asked);
    app.activate(other);
    CHECK(waitUntil([&] {
        return sender.made == 1 && app.window() && app.window()->statusText().startsWith(u"Online"_s);
    }));
    CHECK(sender.prefilledServer == other.toString());
    REQUIRE(app.window());
    CHECK(app.session().serverUrl() == other);
    CHECK(app.window()->sentPage()->model()->rowCount() == 1);
}

TEST_CASE("when the sign-in expires the window asks for it again, keeps its place and sends what was queued meanwhile",
          "[app][auth]")
{
    ClientFixture fixture;
    QTemporaryDir dataDir;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(fixture.server().port()));
    ClientApp app(LaunchOptions{LaunchOptions::Mode::Server, url, dataDir.path(), false}, fixture.network());
    startAsAlice(app);
    MainWindow *window = app.window();
    window->showManage(Direction::Sent);
    auto *sent = window->sentPage();
    REQUIRE(waitUntil([&] { return window->statusText().startsWith(u"Online"_s); }));

    // Where the user is: a search typed in and a row selected.
    sent->searchField()->setText(u"Invitee"_s);
    const QString kept = fixture.sentIds().at(4);
    const int keptRow = Window::rowOf(sent, kept);
    REQUIRE(keptRow >= 0);
    sent->view()->selectRow(keptRow);

    // The server's week passes: the token the window holds is no longer valid.
    fixture.clock().advanceDays(8);
    const QString withdrawn = fixture.sentIds().at(1);
    Window::clickRowButton(sent, withdrawn, 0);
    REQUIRE(Window::rowOf(sent, withdrawn) == -1);

    // What the server says, asked with a sign-in of today.
    const QString today = fixture.tokenOf(u"alice"_s);
    const auto stateOnServer = [&](const QString &id) {
        const auto page = fixture.server().get("/api/v1/invitations?direction=sent&state=all&limit=500", today);
        for (const auto &item : page.json.value(u"items"_s).toArray()) {
            if (item.toObject().value(u"id"_s).toString() == id)
                return item.toObject().value(u"state"_s).toString();
        }
        return QString();
    };

    // The queued withdrawal meets the 401: the window asks for the password (the queue
    // waits), then sends it.
    SignInScript alice({{u"alice"_s, u"password-123"_s}});
    REQUIRE(waitUntil([&] { return alice.made == 1; }, std::chrono::seconds(60)));
    REQUIRE(waitUntil([&] {
        return stateOnServer(withdrawn) == u"withdrawn"_s;
    }, std::chrono::seconds(60)));
    CHECK(waitUntil([&] { return window->statusText().startsWith(u"Online"_s); }));

    CHECK(app.window() == window);
    CHECK(sent->isVisible()); // still on Manage → Sent
    CHECK(sent->searchField()->text() == u"Invitee"_s);
    CHECK(sent->selectedInvitationIds() == QStringList{kept});
    // One key for the withdrawal, however often it was tried; nothing else was sent.
    QSet<QByteArray> keys;
    for (const auto &request : fixture.network().requestsTo(u"/withdraw"_s))
        keys.insert(request.idempotencyKey);
    CHECK(keys.size() == 1);
    for (const QString &id : fixture.sentIds()) {
        if (id != withdrawn)
            CHECK(stateOnServer(id) == u"pending"_s);
    }
}
