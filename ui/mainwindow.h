#pragma once

#include "actions/actionresult.h"
#include "core/invitation.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QPushButton;
class QTabWidget;

namespace InviteDesk {

class AccountModels;
class AppSettings;
class AutoWithdrawal;
class BulkProgressPanel;
class BulkRunModel;
class InvitationActions;
class InvitationListPage;
class MyNetworkPage;
class Notifier;
class Session;
class StatsPage;
class TrayNotifier;
class UndoBanner;

// My Network and Manage (Received / Sent / Withdrawn), Stats, the undo banner and a
// status bar that says whether the data is live. It asks the user and shows results:
// every action is one call on InvitationActions, whose answer it presents; what the
// lists show comes from AccountModels; the connection is the Session's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountModels &account, InvitationActions &actions, AutoWithdrawal &autoWithdrawal, Session &session,
               AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Where what happens while the window is behind others is told (nullptr: only the
    // banner says it). Its notifications raise the window when clicked.
    void setNotifier(Notifier *notifier);
    // Shown, not minimised, in front and active (a notification clicked, a second start).
    void bringToFront();
    // The day's reminder (ExpiryReminder): in the banner and on the desktop.
    void showExpiringSoon(int count, int withinDays);
    // The demo has one account (no switching, no signing out); a real server may have several.
    void setAccountSwitchEnabled(bool enabled);
    void showManage(Direction direction);
    void showWithdrawn();

    MyNetworkPage *myNetworkPage() const { return m_myNetwork; }
    InvitationListPage *receivedPage() const { return m_receivedPage; }
    InvitationListPage *sentPage() const { return m_sentPage; }
    InvitationListPage *withdrawnPage() const { return m_withdrawnPage; }
    StatsPage *statsPage() const { return m_statsPage; }
    UndoBanner *banner() const { return m_banner; }
    BulkProgressPanel *bulkPanel() const { return m_bulkPanel; }
    BulkRunModel *bulkRun() const;
    QPushButton *signInButton() const { return m_signIn; }
    QString statusText() const;

    // The user's actions, also reachable through the buttons and keys.
    void withdraw(const QStringList &invitationIds);
    // Preview, one confirmation, then one transaction and one undo for all of them.
    void withdrawInBulk(const QStringList &invitationIds);
    void selectStale();
    // The announced automatic withdrawal, in the bulk preview: Withdraw sends it now.
    void reviewAutoWithdrawal();
    void skipAutoWithdrawal();
    void showPreferences();
    // The tray icon is shown (the preference is on and the desktop has a tray).
    bool hasTrayIcon() const;
    void cancelBulk();
    void retryFailedBulk();
    void respond(const QStringList &invitationIds, ActionKind kind);
    void connectWithSuggestion(int row);
    // From the Withdrawn view, once the cooldown is over.
    void reinvite(const QStringList &invitationIds);
    // The Manage list on screen, as CSV, to `path`; false (and the banner says why) on failure.
    bool exportCurrentView(const QString &path);

Q_SIGNALS:
    void switchAccountRequested();
    // The Sign in control of the status bar.
    void signInRequested();
    void signOutRequested();

protected:
    // With the tray icon, closing hides the window: the app keeps syncing.
    void closeEvent(QCloseEvent *event) override;

private:
    // Shows or removes the tray icon as the preference says.
    void applyTrayPreference();
    void quit();
    // Why an action on a whole list waits: the list shows a preview while it is read.
    static QString stillReadingText();
    void buildMenus();
    // The window as the user left it, from and to the data folder's settings.
    void restoreLayout();
    void saveLayout();
    // Shows what an action came to: its undo line, a refusal, a blocked budget.
    void present(const ActionResult &result);
    QString queuedText(const ActionQueued &queued) const;
    bool askCourtesyQuestion(const CourtesyQuestion &question);
    // Asks for the note when the invitation may go, then sends it.
    void invite(ActionResult prepared);
    void updateStatus();
    InvitationListPage *currentListPage() const;
    // On the desktop when the window is not the active one (or always), else nothing.
    enum class When { Inactive, Always };
    void notify(When when, const QString &title, const QString &body);

    AccountModels &m_account;
    InvitationActions &m_actions;
    AutoWithdrawal &m_autoWithdrawal;
    Session &m_session;
    AppSettings &m_settings;
    QTabWidget *m_sections;
    QTabWidget *m_manageTabs;
    MyNetworkPage *m_myNetwork;
    InvitationListPage *m_receivedPage;
    InvitationListPage *m_sentPage;
    InvitationListPage *m_withdrawnPage;
    StatsPage *m_statsPage;
    UndoBanner *m_banner;
    BulkProgressPanel *m_bulkPanel;
    QLabel *m_status;
    QLabel *m_queued;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    qint64 m_undoHandle = 0;
    bool m_statusShowsSync = false;
    QTimer m_statusRefresh;
    QTimer m_statusUpdate;
    QAction *m_switchAccount = nullptr;
    QAction *m_signOut = nullptr;
    Notifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    // The tray's balloon: where no desktop notifier is set or it cannot show one.
    TrayNotifier *m_trayNotifier = nullptr;
    bool m_quitting = false;
};

} // namespace InviteDesk
