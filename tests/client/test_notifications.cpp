// Desktop notifications against a small freedesktop notification service on the test's
// own session bus (a dbus-daemon of its own, nothing of the machine's): what the window
// says while it is not the active one, the announcement of an automatic withdrawal, the
// default action raising the window, and nothing failing where no service runs.
#include "actions/autowithdrawal.h"
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "privatebus.h"
#include "session/appsettings.h"
#include "ui/freedesktopnotifier.h"
#include "ui/mainwindow.h"
#include "ui/undobanner.h"
#include "windowdriver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

// Outside the anonymous namespace: moc's code for it is included at the end.
namespace InviteDesk::Test {

// What a desktop's notification daemon does, as far as the client can tell.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString appName, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({appName, summary, body, actions, hints});
        return static_cast<uint>(shown.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
};

} // namespace InviteDesk::Test

namespace {

// The service registered on the bus under its well-known name.
struct Desktop
{
    PrivateBus bus;
    QDBusConnection serviceConnection = bus.connect(u"notification-daemon"_s);
    NotificationService service;

    Desktop()
    {
        REQUIRE(serviceConnection.registerObject(u"/org/freedesktop/Notifications"_s, &service,
                                                 QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        REQUIRE(serviceConnection.registerService(u"org.freedesktop.Notifications"_s));
    }
};

// The window over a fixture, its notifications going to the desktop's service.
struct NotifyingWindow
{
    Desktop desktop;
    ClientFixture fixture;
    Window ui{fixture};
    FreedesktopNotifier notifier{desktop.bus.connect(u"client"_s)};

    NotifyingWindow() { ui.window->setNotifier(&notifier); }
    const QList<NotificationService::Shown> &shown() const { return desktop.service.shown; }
};

// Another window takes the focus, as another program would.
void activateOther(QWidget &other)
{
    other.show();
    other.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&other));
}

} // namespace

TEST_CASE("a bulk run that ends while the window is behind another is a desktop notification; clicking it raises "
          "the window",
          "[widgets][notifications]")
{
    NotifyingWindow n;
    auto &fixture = n.fixture;
    auto &ui = n.ui;
    ui.window->showManage(Direction::Sent);

    answerNextPreview(true);
    ui.window->withdrawInBulk(fixture.sentIds().mid(0, 2));
    QWidget other;
    activateOther(other);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    REQUIRE(waitUntil([&] { return !n.shown().isEmpty(); }));
    const auto shown = n.shown().first();
    CHECK(shown.appName == u"InviteDesk"_s);
    CHECK(shown.summary == u"Bulk withdrawal finished"_s);
    CHECK(shown.body.contains(u"2 withdrawn"_s));
    CHECK(shown.actions.contains(u"default"_s));
    CHECK(shown.hints.value(u"desktop-entry"_s).toString() == u"invitedesk"_s);

    // The user clicks it: the window comes to the front.
    Q_EMIT n.desktop.service.ActionInvoked(1, u"default"_s);
    CHECK(QTest::qWaitForWindowActive(ui.window.get()));
}

TEST_CASE("the window in front gets no notification for a finished run, but an automatic withdrawal is always "
          "announced on the desktop",
          "[widgets][notifications]")
{
    NotifyingWindow n;
    auto &fixture = n.fixture;
    auto &ui = n.ui;

    answerNextPreview(true);
    ui.window->withdrawInBulk(fixture.sentIds().mid(0, 1));
    // The preview closed: the user is back in the window.
    ui.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(ui.window.get()));
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    REQUIRE(waitUntil([&] { return ui.window->bulkRun()->isFinished(); }));
    QTest::qWait(100);
    CHECK(n.shown().isEmpty());

    AppSettings::AutoWithdrawal preferences;
    preferences.enabled = true;
    ui.settings.setAutoWithdrawal(preferences);
    ui.autoWithdrawal->reconsider();
    REQUIRE(waitUntil([&] { return !n.shown().isEmpty(); }));
    CHECK(n.shown().first().summary == u"Automatic withdrawal"_s);
    CHECK(n.shown().first().body.startsWith(u"5 invitations will be withdrawn at "_s));
}

TEST_CASE("a queued action the server refused is a notification while the window is behind another",
          "[widgets][notifications]")
{
    NotifyingWindow n;
    auto &fixture = n.fixture;
    auto &ui = n.ui;
    ui.window->showManage(Direction::Sent);
    const QString id = fixture.sentIds().at(3);
    // Withdrawn on another device after our last sync.
    fixture.withdrawElsewhere(id);
    ui.window->withdraw({id});
    QWidget other;
    activateOther(other);
    ui.waitPastUndoWindow();
    fixture.syncOrFail();
    REQUIRE(waitUntil([&] { return !n.shown().isEmpty(); }));
    CHECK(n.shown().first().summary == u"An action was not done"_s);
    CHECK(n.shown().first().body == u"The invitation to Invitee 03 was already withdrawn."_s);
    CHECK(ui.window->banner()->text() == u"The invitation to Invitee 03 was already withdrawn."_s);
}

TEST_CASE("without a notification service nothing fails and the banner still says it", "[widgets][notifications]")
{
    PrivateBus bus;
    ClientFixture fixture;
    Window ui(fixture);
    FreedesktopNotifier notifier(bus.connect(u"client"_s));
    CHECK_FALSE(notifier.notify(u"InviteDesk"_s, u"Nobody listens"_s));
    ui.window->setNotifier(&notifier);

    AppSettings::AutoWithdrawal preferences;
    preferences.enabled = true;
    ui.settings.setAutoWithdrawal(preferences);
    ui.autoWithdrawal->reconsider();
    CHECK(ui.window->banner()->text().contains(u"will be withdrawn at"_s));
}

#include "test_notifications.moc"
