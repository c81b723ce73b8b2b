#pragma once

#include <QSettings>
#include <QUrl>

#include <chrono>

namespace InviteDesk {

// The user's preferences and the last account, in an INI file in the data folder.
// Never a token or a password: those go to the CredentialStore.
class AppSettings final
{
public:
    explicit AppSettings(const QString &filePath);
    Q_DISABLE_COPY_MOVE(AppSettings)

    std::chrono::milliseconds undoWindow() const;
    void setUndoWindow(std::chrono::milliseconds window);
    bool confirmYoungWithdrawals() const;
    void setConfirmYoungWithdrawals(bool confirm);
    // "Select stale…": pending for more than this many days (30 until changed).
    int staleDays() const;
    void setStaleDays(int days);

    // Automatic withdrawal of stale requests: off until turned on; pending for more
    // than days() (never fewer than 14, the courtesy rule), at most cap() a day when
    // capped.
    struct AutoWithdrawal
    {
        static constexpr int minimumDays = 14;
        bool enabled = false;
        int days = 30;
        bool capped = true;
        int cap = 50;
    };
    AutoWithdrawal autoWithdrawal() const;
    void setAutoWithdrawal(const AutoWithdrawal &preferences);

    // An icon in the system tray (off until turned on): closing the window then keeps
    // the app running and syncing.
    bool trayIcon() const;
    void setTrayIcon(bool shown);

    // The window as the user left it (Qt's saveGeometry / saveState blobs, the page and
    // tab shown), under `name`; empty when never saved.
    QByteArray windowLayout(const QString &name) const;
    void setWindowLayout(const QString &name, const QByteArray &layout);

    QUrl lastServerUrl() const;
    QString lastUsername() const;
    void setLastAccount(const QUrl &serverUrl, const QString &username);

private:
    mutable QSettings m_settings;
};

} // namespace InviteDesk
