#pragma once

#include "ui/notifier.h"

#include <QDBusConnection>
#include <QSet>

namespace InviteDesk {

// org.freedesktop.Notifications over the session bus: each notification has a default
// action, and invoking it (clicking the notification) emits activated(). The call is
// asynchronous; a desktop without the service loses nothing but the notification.
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT
public:
    // `bus`: the session bus (tests pass their own).
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

    bool notify(const QString &title, const QString &body) override;

private Q_SLOTS:
    // ActionInvoked is broadcast to every client of the service: only ours count.
    void onActionInvoked(uint id, const QString &action);

private:
    QDBusConnection m_bus;
    QSet<uint> m_shown;
    bool m_listening = false;
};

} // namespace InviteDesk
