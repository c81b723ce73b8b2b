#pragma once

#include <QObject>

namespace InviteDesk {

// Tells the user something while the window may be behind others or closed to the tray.
// Behind this interface: the freedesktop notification service on Linux
// (FreedesktopNotifier), the tray icon's balloon elsewhere (TrayNotifier). Where
// neither can show it, notify() returns false and the window's banner says it anyway.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // False when nothing could show it.
    virtual bool notify(const QString &title, const QString &body) = 0;

Q_SIGNALS:
    // The user clicked a notification: the window comes to the front.
    void activated();
};

} // namespace InviteDesk
