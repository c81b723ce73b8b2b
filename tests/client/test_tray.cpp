// The tray icon of the real invitedesk binary on an X display of the test's own (Xvfb)
// whose desktop has a tray: a StatusNotifierWatcher on the test's own session bus, as
// Plasma and GNOME's AppIndicator extension provide. What the user sees and clicks there
// is read and clicked over D-Bus, as the tray host does.
#include "asynctest.h"
#include "catchqt.h"
#include "democlient.h"
#include "privatebus.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

// Outside the anonymous namespace: moc's code for it is included at the end.
namespace InviteDesk::Test {

// The desktop's side of a tray: items register here; a host draws them.
class StatusNotifierWatcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const { return m_items; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service) { m_items.append(service); }
    void RegisterStatusNotifierHost(const QString &) {}

private:
    QStringList m_items;
};

} // namespace InviteDesk::Test

namespace {

// Xvfb on a display number it picks itself.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
        REQUIRE_FALSE(xvfb.isEmpty());
        m_process.start(xvfb, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s,
                               u"tcp"_s});
        REQUIRE(m_process.waitForStarted());
        REQUIRE(waitUntil([&] { return m_process.canReadLine(); }, std::chrono::seconds(20)));
        m_name = u":"_s + QString::fromLatin1(m_process.readLine()).trimmed();
    }
    ~VirtualDisplay()
    {
        m_process.terminate();
        m_process.waitForFinished();
    }
    QString name() const { return m_name; }

    // Visible top-level windows whose title starts with "InviteDesk".
    QStringList shownWindows() const { return xdotool({u"search"_s, u"--onlyvisible"_s, u"--name"_s, u"^InviteDesk"_s}); }
    // Presses a key in a window as a user at the keyboard does.
    void press(const QString &window, const QString &keys) const
    {
        xdotool({u"windowfocus"_s, u"--sync"_s, window});
        xdotool({u"key"_s, u"--clearmodifiers"_s, keys});
    }

private:
    QStringList xdotool(const QStringList &arguments) const
    {
        QProcess tool;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DISPLAY"_s, m_name);
        tool.setProcessEnvironment(environment);
        tool.start(u"xdotool"_s, arguments);
        REQUIRE(tool.waitForFinished());
        return QString::fromLatin1(tool.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    QProcess m_process;
    QString m_name;
};

// One entry of the tray icon's menu (com.canonical.dbusmenu): the id a click names.
struct MenuEntry
{
    int id = 0;
    QString label;
};

// Walks a GetLayout reply, (ia{sv}av), collecting every labelled entry.
void readLayout(const QDBusArgument &argument, QList<MenuEntry> &entries)
{
    int id = 0;
    QVariantMap properties;
    argument.beginStructure();
    argument >> id >> properties;
    if (properties.contains(u"label"_s))
        entries.append({id, properties.value(u"label"_s).toString().remove(u'_')});
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        readLayout(child.variant().value<QDBusArgument>(), entries);
    }
    argument.endArray();
    argument.endStructure();
}

// The tray icon as the desktop's tray host sees it.
class TrayItem
{
public:
    TrayItem(QDBusConnection connection, const QString &service) : m_connection(connection), m_service(service) {}

    QString toolTip() const
    {
        const auto argument = property(u"ToolTip"_s).value<QDBusArgument>();
        QString icon, title, text;
        argument.beginStructure();
        argument >> icon;
        argument.beginArray(); // pixmaps, unused here
        while (!argument.atEnd()) {
            int width = 0, height = 0;
            QByteArray bytes;
            argument.beginStructure();
            argument >> width >> height >> bytes;
            argument.endStructure();
        }
        argument.endArray();
        argument >> title >> text;
        argument.endStructure();
        return title + u' ' + text;
    }

    QList<MenuEntry> menu() const
    {
        auto call = QDBusMessage::createMethodCall(m_service, menuPath(), u"com.canonical.dbusmenu"_s, u"GetLayout"_s);
        call.setArguments({0, -1, QStringList{}});
        const auto reply = m_connection.call(call);
        REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
        QList<MenuEntry> entries;
        readLayout(reply.arguments().at(1).value<QDBusArgument>(), entries);
        return entries;
    }

    void click(const QString &label) const
    {
        const auto entries = menu();
        const auto entry = std::find_if(entries.begin(), entries.end(), [&](const MenuEntry &e) { return e.label == label; });
        INFO("menu entry " << label.toStdString());
        REQUIRE(entry != entries.end());
        auto call = QDBusMessage::createMethodCall(m_service, menuPath(), u"com.canonical.dbusmenu"_s, u"Event"_s);
        call.setArguments({entry->id, u"clicked"_s, QVariant::fromValue(QDBusVariant(0)), 0u});
        REQUIRE(m_connection.call(call).type() == QDBusMessage::ReplyMessage);
    }

private:
    QVariant property(const QString &name) const
    {
        auto call = QDBusMessage::createMethodCall(m_service, u"/StatusNotifierItem"_s,
                                                   u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        call.setArguments({u"org.kde.StatusNotifierItem"_s, name});
        const auto reply = m_connection.call(call);
        INFO(reply.errorMessage().toStdString());
        REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
        return reply.arguments().at(0).value<QDBusVariant>().variant();
    }
    QString menuPath() const { return property(u"Menu"_s).value<QDBusObjectPath>().path(); }

    QDBusConnection m_connection;
    QString m_service;
};

} // namespace

TEST_CASE("with the tray icon on, the tray shows the pending counts, closing the window keeps the app syncing, "
          "and the tray's menu brings it back and quits",
          "[app][tray]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(u"xdotool"_s).isEmpty()); // packaging/install-deps.sh
    VirtualDisplay display;
    PrivateBus bus;
    auto desktop = bus.connect(u"tray-host"_s);
    StatusNotifierWatcher watcher;
    REQUIRE(desktop.registerObject(u"/StatusNotifierWatcher"_s, &watcher,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties));
    REQUIRE(desktop.registerService(u"org.kde.StatusNotifierWatcher"_s));

    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        settings.setValue(u"window/tray_icon"_s, true); // what Preferences writes
    }
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"DISPLAY"_s, display.name());
    bus.addTo(environment);
    DemoClient client(dir.path(), environment);
    client.waitForLine(u"sync complete: (\\d+) changes"_s);

    REQUIRE(waitUntil([&] { return !watcher.items().isEmpty(); }, std::chrono::seconds(30)));
    const TrayItem tray(desktop, watcher.items().first());
    CHECK(waitUntil([&] { return tray.toolTip().contains(QRegularExpression(u"[1-9]\\d* received and [1-9]\\d* sent pending"_s)); }));
    INFO(tray.toolTip().toStdString());
    QStringList labels;
    for (const auto &entry : tray.menu())
        labels.append(entry.label);
    CHECK(labels.contains(u"Show InviteDesk"_s));
    CHECK(labels.contains(u"Sync now"_s));
    CHECK(labels.contains(u"Quit"_s));

    // Ctrl+W closes the window; the app stays, in the tray.
    REQUIRE(waitUntil([&] { return !display.shownWindows().isEmpty(); }));
    display.press(display.shownWindows().first(), u"ctrl+w"_s);
    REQUIRE(waitUntil([&] { return display.shownWindows().isEmpty(); }));
    CHECK(client.isRunning());

    // It still syncs: the tray's Sync now.
    tray.click(u"Sync now"_s);
    client.waitForLine(u"sync complete: (\\d+) changes"_s);

    tray.click(u"Show InviteDesk"_s);
    CHECK(waitUntil([&] { return !display.shownWindows().isEmpty(); }));

    tray.click(u"Quit"_s);
    CHECK(client.waitForExit() == 0);
}

#include "test_tray.moc"
