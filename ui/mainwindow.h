#pragma once

#include "cache/cachestore.h"
#include "sync/syncengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace InviteDesk {

class AppSettings;
class BulkProgressPanel;
class BulkRunModel;
class InvitationListModel;
class InvitationListPage;
class MyNetworkPage;
class StatsPage;
class SuggestionListModel;
class UndoBanner;

// My Network and Manage (Received / Sent), the undo banner, and a status bar that says
// whether the data is live. Every action goes to the cache's outbox first, so the
// window works the same online and offline.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CacheStore &store, const Clock &clock, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // The engine may arrive after the window is up (sign-in, demo server start).
    void setSyncEngine(SyncEngine *engine);
    // Before there is an engine: whether one is on its way (the status says
    // "Connecting…") or not (started offline, or the connection failed).
    void setConnecting(bool connecting);
    // The demo has one account; a real server may have several.
    void setAccountSwitchEnabled(bool enabled);
    // A standing remark for the status bar (e.g. the keyring fallback), empty for none.
    void setConnectionNote(const QString &note);
    void showManage(Direction direction);
    void showWithdrawn();

    MyNetworkPage *myNetworkPage() const { return m_myNetwork; }
    InvitationListPage *receivedPage() const { return m_receivedPage; }
    InvitationListPage *sentPage() const { return m_sentPage; }
    InvitationListPage *withdrawnPage() const { return m_withdrawnPage; }
    StatsPage *statsPage() const { return m_statsPage; }
    UndoBanner *banner() const { return m_banner; }
    BulkProgressPanel *bulkPanel() const { return m_bulkPanel; }
    BulkRunModel *bulkRun() const { return m_bulkRun; }
    QString statusText() const;

    // The user's actions, also reachable through the buttons and keys.
    void withdraw(const QStringList &invitationIds);
    // Preview, one confirmation, then one transaction and one undo for all of them.
    void withdrawInBulk(const QStringList &invitationIds);
    void selectStale();
    void cancelBulk();
    void retryFailedBulk();
    void respond(const QStringList &invitationIds, ActionKind kind);
    void connectWithSuggestion(int row);
    // From the Withdrawn view, once the cooldown is over.
    void reinvite(const QStringList &invitationIds);
    // The Manage list on screen, as CSV, to `path`; false (and the banner says why) on failure.
    bool exportCurrentView(const QString &path);

Q_SIGNALS:
    void syncRequested();
    void switchAccountRequested();

private:
    void buildMenus();
    // The ones of these that are pending in `direction`, as the cache shows them now.
    QList<CachedInvitation> pendingInvitations(const QStringList &invitationIds, Direction direction) const;
    // The action ids, or nullopt when the cache refused (the banner says why).
    std::optional<QList<qint64>> enqueueWithUndo(const QList<ActionRequest> &requests, const QString &doneText);
    void onActionFinished(const ActionOutcome &outcome);
    bool confirmYoungWithdrawals(const QList<CachedInvitation> &young);
    QString withdrawnText(const QList<CachedInvitation> &rows, const QDateTime &now) const;
    void updateStatus();
    // Sends `person` an invitation after the note dialog, unless the weekly limit blocks it.
    void invite(const Person &person);
    InvitationListPage *currentListPage() const;

    CacheStore &m_store;
    const Clock &m_clock;
    AppSettings &m_settings;
    QPointer<SyncEngine> m_engine;
    InvitationListModel *m_receivedModel;
    InvitationListModel *m_sentModel;
    InvitationListModel *m_withdrawnModel;
    SuggestionListModel *m_suggestionModel;
    QTabWidget *m_sections;
    QTabWidget *m_manageTabs;
    MyNetworkPage *m_myNetwork;
    InvitationListPage *m_receivedPage;
    InvitationListPage *m_sentPage;
    InvitationListPage *m_withdrawnPage;
    StatsPage *m_statsPage;
    UndoBanner *m_banner;
    BulkRunModel *m_bulkRun;
    BulkProgressPanel *m_bulkPanel;
    QLabel *m_status;
    QLabel *m_queued;
    QProgressBar *m_progress;
    QString m_connectionNote;
    bool m_connecting = true;
    QList<qint64> m_undoable;
    QTimer m_statusRefresh;
    QTimer m_statusUpdate;
    QAction *m_switchAccount = nullptr;
};

} // namespace InviteDesk
