#pragma once

#include "ui/notifier.h"

class QSystemTrayIcon;

namespace InviteDesk {

// The portable fallback: the tray icon's message balloon (Windows, macOS, a Linux
// desktop without the notification service). Needs the icon shown.
class TrayNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon &tray, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TrayNotifier)

    bool notify(const QString &title, const QString &body) override;

private:
    QSystemTrayIcon &m_tray;
};

} // namespace InviteDesk
