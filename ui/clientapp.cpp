#include "ui/clientapp.h"

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "session/demoserver.h"
#include "session/keychaincredentialstore.h"
#include "session/memorycredentialstore.h"
#include "sync/syncengine.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QCryptographicHash>
#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "invitedesk.app", QtInfoMsg)

namespace InviteDesk {

ClientApp::ClientApp(LaunchOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

ClientApp::~ClientApp()
{
    // The engine and the window go before the cache they use; the demo server last.
    m_engine.reset();
    m_window.reset();
    m_api.reset();
    m_store.reset();
    // Kept-alive connections would hold the demo server's workers until they time out.
    m_network.clearConnectionCache();
    m_demoServer.reset();
}

void ClientApp::fail(const QString &message) const
{
    qCCritical(lcApp).noquote() << message;
    QMessageBox::critical(nullptr, u"InviteDesk"_s, message);
}

QString ClientApp::accountKey() const
{
    return m_serverUrl.toString(QUrl::StripTrailingSlash) + u'|' + m_username;
}

QString ClientApp::cachePath() const
{
    const QDir dir(m_options.dataDir);
    if (m_options.mode == LaunchOptions::Mode::Demo)
        return dir.filePath(u"demo-cache.sqlite"_s);
    // One cache per account: another user's data is never even opened.
    const auto hash = QCryptographicHash::hash(accountKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return dir.filePath(u"cache-%1.sqlite"_s.arg(QString::fromLatin1(hash)));
}

QCoro::Task<bool> ClientApp::start()
{
    QPointer<ClientApp> self(this);
    // A sign-in dialog may come and go before the main window exists; its closing
    // must not end the application.
    QApplication::setQuitOnLastWindowClosed(false);
    if (!QDir().mkpath(m_options.dataDir)) {
        fail(u"The data folder %1 cannot be created."_s.arg(m_options.dataDir));
        co_return false;
    }
    m_settings = std::make_unique<AppSettings>(QDir(m_options.dataDir).filePath(u"settings.ini"_s));

    QString error;
    switch (m_options.mode) {
    case LaunchOptions::Mode::Demo:
        m_username = DemoServer::username();
        break;
    case LaunchOptions::Mode::Server:
        if (!ApiClient::isAcceptableServerUrl(m_options.serverUrl, &error)) {
            fail(error);
            co_return false;
        }
        m_serverUrl = m_options.serverUrl;
        if (m_settings->lastServerUrl() == m_serverUrl)
            m_username = m_settings->lastUsername();
        break;
    case LaunchOptions::Mode::LastAccount:
        m_serverUrl = m_settings->lastServerUrl();
        m_username = m_settings->lastUsername();
        break;
    }

    if (m_options.mode != LaunchOptions::Mode::Demo && m_username.isEmpty()) {
        if (m_options.offline) {
            fail(u"Nothing is cached for this server yet; start InviteDesk without --offline once to sign in."_s);
            co_return false;
        }
        // A first start: the cache belongs to an account, so the account comes first.
        co_await chooseCredentialStore();
        const bool signedIn = co_await signInInteractively(QString());
        if (!self || !signedIn)
            co_return false;
    }

    if (!openAccount())
        co_return false;
    if (m_options.offline) {
        m_window->setConnecting(false);
        m_window->setConnectionNote(u"started offline; press F5 to connect"_s);
        co_return true;
    }
    goOnline();
    co_return true;
}

bool ClientApp::openAccount()
{
    QString error;
    m_store = CacheStore::open(cachePath(), m_clock, DomainRules{}, &error);
    if (!m_store) {
        fail(error);
        return false;
    }
    m_window = std::make_unique<MainWindow>(*m_store, m_clock, *m_settings);
    m_window->setAccountSwitchEnabled(m_options.mode != LaunchOptions::Mode::Demo);
    connect(m_window.get(), &MainWindow::syncRequested, this, [this] {
        if (m_engine)
            m_engine->syncNow();
        else
            goOnline();
    });
    // Queued: the window that asks is closed by the switch.
    connect(m_window.get(), &MainWindow::switchAccountRequested, this, [this] { switchAccount(); },
            Qt::QueuedConnection);
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    qCInfo(lcApp).noquote() << "cache" << m_store->path() << "opened";
    return true;
}

QCoro::Task<> ClientApp::switchAccount()
{
    if (m_connecting)
        co_return;
    QPointer<ClientApp> self(this);
    const QUrl previousUrl = m_serverUrl;
    const QString previousUser = m_username;
    // Nothing of this account stays open while another one signs in; closing its window
    // must not end the application meanwhile (openAccount() turns that back on).
    QApplication::setQuitOnLastWindowClosed(false);
    m_engine.reset();
    m_window.reset();
    m_api.reset();
    m_store.reset();
    m_username.clear();
    m_connecting = true;
    const bool signedIn = co_await signInInteractively(QString());
    if (!self)
        co_return;
    m_connecting = false;
    if (!signedIn) {
        m_serverUrl = previousUrl;
        m_username = previousUser;
        m_settings->setLastAccount(m_serverUrl, m_username);
    }
    if (!openAccount()) {
        QCoreApplication::exit(1);
        co_return;
    }
    if (signedIn)
        startEngine();
    else
        goOnline();
}

QCoro::Task<> ClientApp::goOnline()
{
    if (m_connecting || m_engine)
        co_return;
    QPointer<ClientApp> self(this);
    m_connecting = true;
    m_window->setConnecting(true);
    m_window->setConnectionNote(QString());
    const bool connected = m_options.mode == LaunchOptions::Mode::Demo ? co_await connectDemo()
                                                                        : co_await connectServer();
    if (!self)
        co_return;
    m_connecting = false;
    m_window->setConnecting(false);
    if (connected)
        startEngine();
}

QCoro::Task<bool> ClientApp::connectDemo()
{
    QPointer<ClientApp> self(this);
    m_demoServer = std::make_unique<DemoServer>();
    QString error;
    const QUrl url = co_await m_demoServer->start(QDir(m_options.dataDir).filePath(u"demo-server.db"_s), &error);
    if (!self)
        co_return false;
    if (url.isEmpty()) {
        m_window->setConnectionNote(error);
        co_return false;
    }
    qCInfo(lcApp).noquote() << "demo server at" << url.toString();
    m_serverUrl = url;
    m_api = std::make_unique<ApiClient>(m_network, url);
    const bool signedIn = co_await signInDemo();
    if (self && signedIn)
        m_window->setConnectionNote(u"demo server"_s);
    co_return signedIn;
}

QCoro::Task<bool> ClientApp::connectServer()
{
    QPointer<ClientApp> self(this);
    if (!m_credentials)
        co_await chooseCredentialStore();
    if (!self)
        co_return false;
    if (!m_api) {
        m_api = std::make_unique<ApiClient>(m_network, m_serverUrl);
        const auto token = co_await m_credentials->readToken(accountKey());
        if (!self)
            co_return false;
        if (token)
            m_api->setToken(*token);
    }
    if (!m_api->hasToken()) {
        const bool signedIn = co_await signInInteractively(QString());
        if (!self || !signedIn)
            co_return false;
    }
    m_window->setConnectionNote(m_keyringNote.isEmpty() ? m_credentials->limitation() : m_keyringNote);
    co_return true;
}

QCoro::Task<> ClientApp::chooseCredentialStore()
{
    const bool keyring = co_await KeychainCredentialStore::isAvailable();
    if (keyring)
        m_credentials = std::make_unique<KeychainCredentialStore>();
    else
        m_credentials = std::make_unique<MemoryCredentialStore>(
            u"no keyring found: your sign-in is kept for this session only"_s);
}

QCoro::Task<bool> ClientApp::signInInteractively(QString reason)
{
    QPointer<ClientApp> self(this);
    SignInDialog dialog(m_window.get());
    dialog.setServerUrl(m_serverUrl);
    dialog.setUsername(m_username);
    dialog.setError(reason);
    dialog.setNotice(m_credentials ? m_credentials->limitation() : QString());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            co_return false;
        const QUrl url = dialog.serverUrl();
        const QString username = dialog.username();
        // Another account on an open window would mix two users' data: that needs a restart.
        if (m_store && (username != m_username || url != m_serverUrl)) {
            dialog.setError(u"This window shows %1's invitations; to use another account, choose "
                            "File → Sign in as another user."_s.arg(m_username));
            continue;
        }
        auto api = std::make_unique<ApiClient>(m_network, url);
        const auto token = co_await api->signIn(username, dialog.password());
        if (!self)
            co_return false;
        if (!token) {
            dialog.setError(token.error().status == 401 ? u"The user name or password is wrong."_s
                                                        : token.error().message);
            continue;
        }
        api->setToken(token.value());
        m_serverUrl = url;
        m_username = username;
        m_settings->setLastAccount(url, username);
        const bool stored = co_await m_credentials->writeToken(accountKey(), token.value());
        if (!self)
            co_return false;
        if (!stored) {
            qCWarning(lcApp) << "the keyring did not store the sign-in; it lasts for this session";
            m_keyringNote = u"the keyring did not keep your sign-in: you will be asked again next time"_s;
        }
        if (m_api)
            m_api->setToken(token.value());
        else
            m_api = std::move(api);
        co_return true;
    }
}

void ClientApp::startEngine()
{
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_api, m_clock);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, [this](SyncEngine::Status status) {
        // From the event loop, not inside the engine's own run.
        if (status == SyncEngine::Status::SignInRequired)
            QTimer::singleShot(0, this, [this] { reauthenticate(); });
    });
    m_window->setSyncEngine(m_engine.get());
    m_engine->start();
}

QCoro::Task<> ClientApp::reauthenticate()
{
    QPointer<ClientApp> self(this);
    const bool signedIn = m_options.mode == LaunchOptions::Mode::Demo
                              ? co_await signInDemo()
                              : co_await signInInteractively(m_engine->lastError());
    if (self && signedIn)
        m_engine->syncNow();
}

QCoro::Task<bool> ClientApp::signInDemo()
{
    QPointer<ClientApp> self(this);
    // The demo's password is public; its token lives in memory only.
    const auto token = co_await m_api->signIn(DemoServer::username(), DemoServer::password());
    if (!self)
        co_return false;
    if (!token) {
        m_window->setConnectionNote(token.error().message);
        co_return false;
    }
    m_api->setToken(token.value());
    co_return true;
}

} // namespace InviteDesk
