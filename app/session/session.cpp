#include "session/session.h"

#include "api/apiclient.h"
#include "api/cacertificates.h"
#include "cache/cachestore.h"
#include "session/demoserver.h"
#include "session/keychaincredentialstore.h"
#include "session/memorycredentialstore.h"
#include "session/outboxlock.h"
#include "sync/syncengine.h"

#include <QCoroSignal>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "invitedesk.session", QtInfoMsg)

namespace InviteDesk {

Session::Session(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent), m_network(network), m_clock(clock)
{
    connect(&m_watch, &QTimer::timeout, this, &Session::onWatch);
}

Session::~Session()
{
    // The engine uses the API client; kept-alive connections would hold the demo
    // server's workers until they time out, so they close before it stops.
    m_engine.reset();
    m_api.reset();
    m_network.clearConnectionCache();
    m_demoServer.reset();
}

bool Session::isAcceptableServerUrl(const QUrl &url, QString *error)
{
    return ApiClient::isAcceptableServerUrl(url, error);
}

QString Session::accountKey(const QUrl &serverUrl, const QString &username)
{
    return serverUrl.toString(QUrl::StripTrailingSlash) + u'|' + username;
}

QString Session::cacheFileName(const QUrl &serverUrl, const QString &username)
{
    const auto hash =
        QCryptographicHash::hash(accountKey(serverUrl, username).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"cache-%1.sqlite"_s.arg(QString::fromLatin1(hash));
}

QString Session::demoUsername()
{
    return DemoServer::username();
}

void Session::setCredentialStore(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
}

bool Session::isSyncing() const
{
    return m_engine && m_engine->status() == SyncEngine::Status::Syncing;
}

QString Session::cacheProblem() const
{
    return m_cache ? m_cache->writeHealth().problem() : QString();
}

QString Session::lastError() const
{
    return m_engine ? m_engine->lastError() : m_error;
}

bool Session::hasToken() const
{
    return m_api && m_api->hasToken();
}

qint64 Session::actionInFlight() const
{
    return m_engine ? m_engine->actionInFlight() : 0;
}

QCoro::Task<> Session::chooseCredentialStore()
{
    if (m_credentials)
        co_return;
    QPointer<Session> self(this);
    const bool keyring = co_await KeychainCredentialStore::isAvailable();
    if (!self || m_credentials)
        co_return;
    if (keyring)
        m_credentials = std::make_unique<KeychainCredentialStore>();
    else
        m_credentials = std::make_unique<MemoryCredentialStore>(
            tr("no keyring found: your sign-in is kept for this session only"));
}

QCoro::Task<QString> Session::credentialLimitation()
{
    QPointer<Session> self(this);
    co_await chooseCredentialStore();
    co_return self ? m_credentials->limitation() : QString();
}

bool Session::trustCaCertificates(const QString &pemFile, QString *error)
{
    auto certificates = readCaCertificates(pemFile, error);
    if (!certificates)
        return false;
    m_caCertificates = std::make_unique<const QList<QSslCertificate>>(std::move(*certificates));
    if (m_api)
        m_api->setCaCertificates(*m_caCertificates);
    qCInfo(lcSession).noquote() << "trusting" << m_caCertificates->size() << "more certificate authorities from"
                                << pemFile;
    return true;
}

std::unique_ptr<ApiClient> Session::makeApi(const QUrl &serverUrl) const
{
    auto api = std::make_unique<ApiClient>(m_network, serverUrl);
    api->setTransferTimeout(m_timing.transferTimeout);
    if (m_caCertificates)
        api->setCaCertificates(*m_caCertificates);
    return api;
}

ApiClient &Session::apiFor(const QUrl &serverUrl)
{
    // The engine holds on to the client: it changes only with the account.
    if (!m_api || (!m_engine && m_apiServerUrl != serverUrl)) {
        m_api = makeApi(serverUrl);
        m_apiServerUrl = serverUrl;
    }
    return *m_api;
}

QCoro::Task<std::optional<QString>> Session::signIn(QUrl serverUrl, QString username, QString password)
{
    QPointer<Session> self(this);
    QString error;
    if (!isAcceptableServerUrl(serverUrl, &error))
        co_return error;
    co_await chooseCredentialStore();
    if (!self)
        co_return std::nullopt;
    const auto api = makeApi(serverUrl);
    const auto token = co_await api->signIn(username, password);
    if (!self)
        co_return std::nullopt;
    if (!token)
        co_return token.error().status == 401 ? tr("The user name or password is wrong.") : token.error().message;
    m_serverUrl = serverUrl;
    m_username = username;
    apiFor(serverUrl).setToken(token.value());
    const bool stored = co_await m_credentials->writeToken(accountKey(), token.value());
    if (!self)
        co_return std::nullopt;
    if (!stored) {
        qCWarning(lcSession) << "the keyring did not store the sign-in; it lasts for this session";
        setNote(tr("the keyring did not keep your sign-in: you will be asked again next time"));
    } else {
        setNote(m_credentials->limitation());
    }
    // (While connecting, the connection goes on with this token.)
    if (m_cache && !m_connecting) {
        if (m_engine)
            m_engine->syncNow();
        else if (takeOutboxLock())
            startEngine();
    }
    co_return std::nullopt;
}

QCoro::Task<> Session::signOut()
{
    QPointer<Session> self(this);
    co_await chooseCredentialStore();
    if (!self)
        co_return;
    m_engine.reset();
    m_outboxLock.reset();
    // The server is told first, so that a copy of the token (a backup of the keyring,
    // say) is worth nothing either; signing out here does not depend on it answering.
    QString note;
    QPointer<ApiClient> api = m_serverUrl.isEmpty() ? nullptr : &apiFor(m_serverUrl);
    if (api && !api->hasToken()) { // a run that has not connected yet (the command line's sign-out)
        const auto stored = co_await m_credentials->readToken(accountKey());
        if (!self)
            co_return;
        if (stored && api)
            api->setToken(*stored);
    }
    if (api && api->hasToken()) {
        const auto refused = co_await api->signOut();
        if (!self)
            co_return;
        if (refused && refused->status != 401) {
            qCWarning(lcSession).noquote() << "the server was not told of the sign-out:" << refused->message;
            note = tr("signed out on this computer only: the server could not be told, so the old sign-in "
                      "stays valid there until it expires");
        }
        if (api)
            api->setToken(QString());
    }
    co_await m_credentials->removeToken(accountKey());
    if (!self)
        co_return;
    qCInfo(lcSession) << "signed out: the sign-in is no longer stored";
    setNote(note);
    setState(State::NeedsSignIn);
}

void Session::open(CacheStore &cache, const QUrl &serverUrl, const QString &username)
{
    watchCache(cache);
    m_serverUrl = serverUrl;
    m_username = username;
    m_demoDatabase.clear();
}

void Session::openDemo(CacheStore &cache, const QString &databasePath)
{
    watchCache(cache);
    m_username = DemoServer::username();
    m_demoDatabase = databasePath;
}

void Session::watchCache(CacheStore &cache)
{
    m_cache = &cache;
    connect(&cache.writeHealth(), &CacheWriteHealth::problemChanged, this, &Session::cacheProblemChanged);
    m_outboxLock = std::make_unique<OutboxLock>(cache.path());
    const auto lastFinished = cache.outbox().lastFinishedSeq();
    m_seenFinished = lastFinished ? lastFinished.value() : 0;
    m_watch.start(m_timing.watchInterval);
}

void Session::close()
{
    if (m_cache)
        disconnect(&m_cache->writeHealth(), nullptr, this, nullptr);
    m_watch.stop();
    m_engine.reset();
    // Only now: the engine may have been sending until the line above.
    m_outboxLock.reset();
    m_cache = nullptr;
    m_connecting = false;
    m_error.clear();
    setState(State::SignedOut);
}

void Session::stayOffline(const QString &note)
{
    setNote(note);
    setState(State::Offline);
}

QCoro::Task<> Session::connectToServer()
{
    if (!m_cache || m_connecting || m_engine)
        co_return;
    if (!takeOutboxLock())
        co_return;
    QPointer<Session> self(this);
    m_connecting = true;
    m_error.clear();
    setNote(QString());
    setState(State::Connecting);
    if (isDemo()) {
        const bool up = co_await connectDemo();
        if (!self)
            co_return;
        m_connecting = false;
        if (up)
            startEngine();
        else
            setState(State::Offline);
        co_return;
    }
    co_await chooseCredentialStore();
    if (!self)
        co_return;
    auto &api = apiFor(m_serverUrl);
    if (!api.hasToken()) {
        const auto token = co_await m_credentials->readToken(accountKey());
        if (!self)
            co_return;
        if (token)
            api.setToken(*token);
        qCInfo(lcSession) << (token ? "stored sign-in found" : "no stored sign-in");
    }
    m_connecting = false;
    setNote(m_credentials->limitation());
    // With no token too: the server's first answer says whether it wants one.
    startEngine();
}

QCoro::Task<bool> Session::connectDemo()
{
    QPointer<Session> self(this);
    if (!m_demoServer) {
        m_demoServer = std::make_unique<DemoServer>();
        QString error;
        const QUrl url = co_await m_demoServer->start(m_demoDatabase, &error);
        if (!self)
            co_return false;
        if (url.isEmpty()) {
            m_demoServer.reset();
            m_error = error;
            setNote(error);
            co_return false;
        }
        qCInfo(lcSession).noquote() << "demo server at" << url.toString();
        m_serverUrl = url;
    }
    apiFor(m_serverUrl);
    const bool signedIn = co_await signInToDemo();
    if (self && signedIn)
        setNote(tr("demo server"));
    co_return signedIn;
}

QCoro::Task<bool> Session::signInToDemo()
{
    QPointer<Session> self(this);
    // The demo's password is public; its token lives in memory only.
    const auto token = co_await m_api->signIn(DemoServer::username(), DemoServer::password());
    if (!self)
        co_return false;
    if (!token) {
        m_error = token.error().message;
        setNote(m_error);
        co_return false;
    }
    m_api->setToken(token.value());
    co_return true;
}

QCoro::Task<bool> Session::syncNow()
{
    QPointer<Session> self(this);
    if (!m_engine) {
        co_await connectToServer();
        if (!self || !m_engine)
            co_return false;
        // Connecting started the engine's first sync: that one is what the caller waits
        // for, not a second one after it.
        if (m_engine->status() == SyncEngine::Status::Syncing)
            co_return co_await qCoro(m_engine.get(), &SyncEngine::syncFinished);
        co_return m_engine->status() == SyncEngine::Status::Online;
    }
    co_return co_await m_engine->syncNow();
}

void Session::startEngine()
{
    m_engine = std::make_unique<SyncEngine>(*m_cache, *m_api, m_clock);
    m_engine->setPeriodicInterval(m_timing.periodicSync);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &Session::onEngineStatus);
    connect(m_engine.get(), &SyncEngine::syncProgress, this, &Session::syncProgress);
    connect(m_engine.get(), &SyncEngine::actionFinished, this, &Session::actionFinished);
    m_engine->start();
}

bool Session::takeOutboxLock()
{
    if (m_outboxLock->tryLock())
        return true;
    const QString holder = m_outboxLock->holder();
    m_error = holder.isEmpty()
                  ? tr("Another InviteDesk program sends and syncs this account; this one shows what it does and "
                       "takes over when it ends.")
                  : tr("Another InviteDesk program (%1) sends and syncs this account; this one shows what it does "
                       "and takes over when it ends.")
                        .arg(holder);
    setState(State::SyncedElsewhere);
    return false;
}

void Session::catchUpElsewhere()
{
    if (!m_cache)
        return;
    // With an engine, this process is the only one that ends actions: nothing to report.
    if (m_cache->refreshIfChangedElsewhere() && !m_engine)
        reportFinishedElsewhere();
}

void Session::onWatch()
{
    catchUpElsewhere();
    if (m_state != State::SyncedElsewhere || !m_outboxLock->tryLock())
        return;
    // The other process let go (or died): what it ended last is reported before this
    // one starts sending.
    reportFinishedElsewhere();
    qCInfo(lcSession) << "the other process let go of the outbox; taking over";
    connectToServer();
}

void Session::reportFinishedElsewhere()
{
    const auto finished = m_cache->outbox().finishedSince(m_seenFinished);
    if (!finished) {
        qCWarning(lcSession).noquote() << finished.error().message;
        return;
    }
    for (const auto &[seq, outcome] : finished.value()) {
        m_seenFinished = seq;
        Q_EMIT actionFinished(outcome);
    }
}

void Session::onEngineStatus()
{
    switch (m_engine->status()) {
    case SyncEngine::Status::Idle:
        break;
    case SyncEngine::Status::Syncing:
        Q_EMIT syncingChanged(true);
        break;
    case SyncEngine::Status::Online:
        setState(State::Online);
        Q_EMIT syncingChanged(false);
        break;
    case SyncEngine::Status::RateLimited:
        setState(State::RateLimited);
        Q_EMIT syncingChanged(false);
        break;
    case SyncEngine::Status::CacheUnwritable:
        // The server is not the problem: the state stays, cacheProblem() says the rest.
        Q_EMIT syncingChanged(false);
        break;
    case SyncEngine::Status::Offline:
        setState(State::Offline);
        Q_EMIT syncingChanged(false);
        break;
    case SyncEngine::Status::SignInRequired:
        setState(State::NeedsSignIn);
        Q_EMIT syncingChanged(false);
        // From the event loop, not inside the engine's own run.
        QTimer::singleShot(0, this, [this] {
            if (m_state != State::NeedsSignIn)
                return;
            if (isDemo()) {
                QCoro::connect(signInToDemo(), this, [this](bool signedIn) {
                    if (signedIn && m_engine)
                        m_engine->syncNow();
                });
            } else {
                // A refused token deserves a word; a first sign-in does not.
                Q_EMIT signInNeeded(m_api->hasToken() ? lastError() : QString());
            }
        });
        break;
    }
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSession) << "state" << state;
    Q_EMIT stateChanged(state);
}

void Session::setNote(const QString &note)
{
    if (m_note == note)
        return;
    m_note = note;
    Q_EMIT noteChanged();
}

} // namespace InviteDesk
