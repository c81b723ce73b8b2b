#include "session/appsettings.h"

#include "core/ownerfiles.h"

#include <QDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

// QSettings rewrites the file through QSaveFile, which keeps the mode of the one it
// replaces: a private file stays private.
const QString &madePrivate(const QString &filePath)
{
    QString error;
    if (!OwnerFiles::makeFilePrivate(filePath, &error))
        qWarning().noquote() << "settings:" << error;
    return filePath;
}

} // namespace

AppSettings::AppSettings(const QString &filePath) : m_settings(madePrivate(filePath), QSettings::IniFormat) {}

std::chrono::milliseconds AppSettings::undoWindow() const
{
    return std::chrono::milliseconds(m_settings.value(u"undo/window_ms"_s, 5000).toLongLong());
}

void AppSettings::setUndoWindow(std::chrono::milliseconds window)
{
    m_settings.setValue(u"undo/window_ms"_s, static_cast<qlonglong>(window.count()));
}

bool AppSettings::confirmYoungWithdrawals() const
{
    return m_settings.value(u"withdraw/confirm_young"_s, true).toBool();
}

void AppSettings::setConfirmYoungWithdrawals(bool confirm)
{
    m_settings.setValue(u"withdraw/confirm_young"_s, confirm);
}

int AppSettings::staleDays() const
{
    constexpr int productDefault = 30; // ~99% of acceptances come within 30 days
    const int days = m_settings.value(u"selection/stale_days"_s, productDefault).toInt();
    return days > 0 ? days : productDefault;
}

void AppSettings::setStaleDays(int days)
{
    m_settings.setValue(u"selection/stale_days"_s, days);
}

AppSettings::AutoWithdrawal AppSettings::autoWithdrawal() const
{
    const AutoWithdrawal defaults;
    AutoWithdrawal preferences;
    preferences.enabled = m_settings.value(u"auto_withdraw/enabled"_s, defaults.enabled).toBool();
    // A hand-edited file cannot go below the courtesy rule.
    preferences.days = std::max(AutoWithdrawal::minimumDays, m_settings.value(u"auto_withdraw/days"_s, defaults.days).toInt());
    preferences.capped = m_settings.value(u"auto_withdraw/capped"_s, defaults.capped).toBool();
    preferences.cap = std::max(1, m_settings.value(u"auto_withdraw/cap"_s, defaults.cap).toInt());
    return preferences;
}

void AppSettings::setAutoWithdrawal(const AutoWithdrawal &preferences)
{
    m_settings.setValue(u"auto_withdraw/enabled"_s, preferences.enabled);
    m_settings.setValue(u"auto_withdraw/days"_s, std::max(AutoWithdrawal::minimumDays, preferences.days));
    m_settings.setValue(u"auto_withdraw/capped"_s, preferences.capped);
    m_settings.setValue(u"auto_withdraw/cap"_s, std::max(1, preferences.cap));
    m_settings.sync();
}

bool AppSettings::trayIcon() const
{
    return m_settings.value(u"window/tray_icon"_s, false).toBool();
}

void AppSettings::setTrayIcon(bool shown)
{
    m_settings.setValue(u"window/tray_icon"_s, shown);
}

QByteArray AppSettings::windowLayout(const QString &name) const
{
    return m_settings.value(u"window/"_s + name).toByteArray();
}

void AppSettings::setWindowLayout(const QString &name, const QByteArray &layout)
{
    m_settings.setValue(u"window/"_s + name, layout);
}

QUrl AppSettings::lastServerUrl() const
{
    return m_settings.value(u"account/server"_s).toUrl();
}

QString AppSettings::lastUsername() const
{
    return m_settings.value(u"account/username"_s).toString();
}

void AppSettings::setLastAccount(const QUrl &serverUrl, const QString &username)
{
    m_settings.setValue(u"account/server"_s, serverUrl);
    m_settings.setValue(u"account/username"_s, username);
    m_settings.sync();
}

} // namespace InviteDesk
