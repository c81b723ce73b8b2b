#pragma once

#include "core/systemclock.h"
#include "ui/launchoptions.h"

#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace InviteDesk {

class ApiClient;
class AppSettings;
class CacheStore;
class CredentialStore;
class DemoServer;
class MainWindow;
class SyncEngine;

// Puts the client together: the cache first (the window is usable offline at once),
// then the server (demo child process or a real one), the sign-in and the sync engine.
class ClientApp final : public QObject
{
    Q_OBJECT
public:
    explicit ClientApp(LaunchOptions options, QObject *parent = nullptr);
    ~ClientApp() override;
    Q_DISABLE_COPY_MOVE(ClientApp)

    // False (after telling the user why) when the app cannot start.
    QCoro::Task<bool> start();
    MainWindow *window() const { return m_window.get(); }

private:
    // Opens the cache of the current account and shows its window.
    bool openAccount();
    QCoro::Task<> switchAccount();
    QCoro::Task<> goOnline();
    QCoro::Task<bool> connectDemo();
    QCoro::Task<bool> connectServer();
    QCoro::Task<bool> signInDemo();
    QCoro::Task<> reauthenticate();
    // Asks for credentials until the server accepts them or the user gives up.
    QCoro::Task<bool> signInInteractively(QString reason);
    QCoro::Task<> chooseCredentialStore();
    void startEngine();
    QString accountKey() const;
    QString cachePath() const;
    void fail(const QString &message) const;

    LaunchOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    QUrl m_serverUrl;
    QString m_username;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DemoServer> m_demoServer;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_connecting = false;
    QString m_keyringNote;
};

} // namespace InviteDesk
