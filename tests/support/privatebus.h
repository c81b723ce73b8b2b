#pragma once

// A dbus-daemon of the test's own, as a desktop session has one: no services to
// activate, gone with the test. The notification test registers a service on it; the
// keyring test runs gnome-keyring on it for the programs it starts.
#include <QDBusConnection>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace InviteDesk::Test {

class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();
    Q_DISABLE_COPY_MOVE(PrivateBus)

    QString address() const { return m_address; }
    // A connection of its own, as another program on the desktop has one.
    QDBusConnection connect(const QString &name);
    // For a program started on this bus.
    void addTo(QProcessEnvironment &environment) const;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

} // namespace InviteDesk::Test
