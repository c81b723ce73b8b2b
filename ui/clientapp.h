#pragma once

#include "core/systemclock.h"
#include "ui/launchoptions.h"

#include <QCoroTask>
#include <QObject>
#include <QThread>

#include <memory>

class QNetworkAccessManager;

namespace InviteDesk {

class AccountModels;
class AppSettings;
class AutoWithdrawal;
class CacheStore;
class ExpiryReminder;
class InvitationActions;
class MainWindow;
class Notifier;
class Session;

// Puts the client together, the one place that knows every layer: the session, then
// the account's cache (the window is usable offline at once), the models and the
// actions over it, and the window. The sign-in dialog opens when the session says the
// server wants credentials, when the user asks, or on a first start with no account.
class ClientApp final : public QObject
{
    Q_OBJECT
public:
    // `network` is the one manager every request goes through (tests inject faults).
    ClientApp(LaunchOptions options, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ClientApp() override;
    Q_DISABLE_COPY_MOVE(ClientApp)

    // False (after telling the user why) when the app cannot start.
    QCoro::Task<bool> start();
    MainWindow *window() const { return m_window.get(); }
    // There from the start: what the command line sets on it (trusted certificate
    // authorities) applies to the first request.
    Session &session() const { return *m_session; }
    // Another start with the same data folder: the window comes to the front, and if
    // that start named another server, the user is offered to switch to it.
    void activate(const QUrl &serverUrl);

private:
    // Opens the cache of the session's account and shows its window.
    bool openAccount(const QUrl &serverUrl, const QString &username);
    void closeAccount();
    // Reads every page of the open cache on a thread of its own (damage the first
    // screens do not touch shows only there); a damaged one is set aside and rebuilt.
    void checkCacheInBackground();
    void recoverDamagedCache(const QString &why);
    // Tells the user, without stopping them, what happened to their cache.
    void reportCacheRecovery(const QString &sentence);
    // `serverUrl`: the server the sign-in dialog proposes (empty: the current one).
    QCoro::Task<> switchAccount(QUrl serverUrl = {});
    // Asks for credentials until the server accepts them or the user gives up.
    QCoro::Task<bool> signInInteractively(QString reason, QUrl serverUrl = {});
    QString cachePath(const QUrl &serverUrl, const QString &username) const;
    void fail(const QString &message) const;

    LaunchOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager &m_network;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<AccountModels> m_account;
    std::unique_ptr<InvitationActions> m_actions;
    std::unique_ptr<AutoWithdrawal> m_autoWithdrawal;
    std::unique_ptr<ExpiryReminder> m_expiryReminder;
    // Outlives the windows of each account.
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QThread> m_cacheCheck;
    bool m_signingIn = false;
};

} // namespace InviteDesk
