#include "privatebus.h"

#include "asynctest.h"

#include <QFile>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

PrivateBus::PrivateBus()
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    REQUIRE_FALSE(daemon.isEmpty());
    QFile config(m_dir.filePath(u"bus.conf"_s));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=)" + m_dir.path().toUtf8() + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow user="*"/><allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/></policy>
</busconfig>
)");
    config.close();
    m_daemon.start(daemon, {u"--config-file"_s, config.fileName(), u"--nofork"_s, u"--print-address"_s});
    REQUIRE(m_daemon.waitForStarted());
    REQUIRE(waitUntil([&] { return m_daemon.canReadLine(); }));
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
}

PrivateBus::~PrivateBus()
{
    for (const auto &name : m_names)
        QDBusConnection::disconnectFromBus(name);
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

QDBusConnection PrivateBus::connect(const QString &name)
{
    m_names.append(name);
    auto connection = QDBusConnection::connectToBus(m_address, name);
    REQUIRE(connection.isConnected());
    return connection;
}

void PrivateBus::addTo(QProcessEnvironment &environment) const
{
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
}

} // namespace InviteDesk::Test
