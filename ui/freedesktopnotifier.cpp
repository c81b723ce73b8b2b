#include "ui/freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "invitedesk.notify")

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent), m_bus(bus)
{
}

bool FreedesktopNotifier::notify(const QString &title, const QString &body)
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    // Not running and not activatable: no desktop notifications here.
    const auto registered = m_bus.interface()->isServiceRegistered(service);
    const auto activatable = m_bus.interface()->activatableServiceNames();
    if (!registered.value() && !activatable.value().contains(service))
        return false;
    // On first use, not at start: the window's first frame does not wait for the bus.
    if (!m_listening)
        m_listening = m_bus.connect(service, path, interface, u"ActionInvoked"_s, this,
                                    SLOT(onActionInvoked(uint, QString)));
    auto call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"invitedesk"_s}};
    call << u"InviteDesk"_s << uint(0) << u"invitedesk"_s << title << body
         << QStringList{u"default"_s, tr("Open InviteDesk")} << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            qCWarning(lcNotify) << "The notification service refused a notification:" << reply.error().message();
        else
            m_shown.insert(reply.value());
        finished->deleteLater();
    });
    return true;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action == u"default"_s && m_shown.contains(id))
        Q_EMIT activated();
}

} // namespace InviteDesk
