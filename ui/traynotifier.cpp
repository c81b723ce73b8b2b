#include "ui/traynotifier.h"

#include <QSystemTrayIcon>

namespace InviteDesk {

TrayNotifier::TrayNotifier(QSystemTrayIcon &tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
}

bool TrayNotifier::notify(const QString &title, const QString &body)
{
    if (!m_tray.isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray.showMessage(title, body);
    return true;
}

} // namespace InviteDesk
