#pragma once

#include "core/actionoutcome.h"

#include <QCoroTask>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;

namespace InviteDesk {

class ApiClient;
class CacheStore;
class Clock;
class CredentialStore;
class DemoServer;
class OutboxLock;
class SyncEngine;

// The life of one account: which server and user, where the token is kept, and the
// state of the connection the status bar shows. Owns the API client, the credential
// store and the sync engine of the account whose cache is open.
//
// Offline first: opening an account never waits for the server. Without a stored token
// the first answer decides: the server refuses the request (it is reachable and wants
// credentials: NeedsSignIn, signInNeeded()) or does not answer (Offline, retried with
// backoff). Nothing here asks the user anything; the window and the command line do.
//
// One process at a time talks to the server for an account (OutboxLock): the window
// and the command line may have its cache open at once. The other one is
// SyncedElsewhere: it queues, watches the cache for what the first one writes (models
// refresh, actionFinished for each action that ended there) and takes over when the
// first one lets go or dies.
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut,   // no account open
        Connecting,  // the first answer has not come yet
        Online,      // the last sync went through
        Offline,     // the server did not answer (or --offline): the cache is all there is
        NeedsSignIn, // the server is reachable and refused the token, or there is none
        RateLimited, // the server answered and asked to slow down; lastError() says until when
        SyncedElsewhere, // another process sends and syncs this account; lastError() says which
    };
    Q_ENUM(State)

    // How often to sync while online, and how long one request may take.
    struct Timing
    {
        std::chrono::milliseconds periodicSync{std::chrono::minutes(1)};
        std::chrono::milliseconds transferTimeout{std::chrono::seconds(15)};
        // How often the cache is checked for what another process wrote.
        std::chrono::milliseconds watchInterval{std::chrono::milliseconds(500)};
    };

    Session(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    // Plain http is only accepted for loopback, where no one else can read the token.
    static bool isAcceptableServerUrl(const QUrl &url, QString *error);
    // Names one user on one server (each has its own cache and token).
    static QString accountKey(const QUrl &serverUrl, const QString &username);
    static QString demoUsername();
    // The account's cache file in the data folder: one per account, so another user's
    // data is never even opened (the window and the command line share it).
    static QString cacheFileName(const QUrl &serverUrl, const QString &username);

    // Where tokens are kept between runs. Unless one is set, the keyring is probed on
    // first need, with memory (and a note saying so) where there is none.
    void setCredentialStore(std::unique_ptr<CredentialStore> store);
    void setTiming(const Timing &timing) { m_timing = timing; }
    // Trusts the certificate authorities of a PEM file for the server's certificate,
    // besides the system's, in every request from now on (--ca-certificates FILE).
    // False, with the sentence why, when the file cannot be read or holds no certificate.
    bool trustCaCertificates(const QString &pemFile, QString *error);
    // A sentence for the sign-in dialog when tokens are not kept across runs (no
    // keyring); empty otherwise.
    QCoro::Task<QString> credentialLimitation();

    State state() const { return m_state; }
    bool isSyncing() const;
    // The last problem in one sentence: why offline, why sign-in is needed, until when
    // the server asked to wait. Empty when there is none.
    QString lastError() const;
    // Why the cache takes no writes now (its disk is full, failing or read-only), in one
    // sentence; empty while it does. Nothing is sent meanwhile and new actions are refused
    // with this sentence; it clears by itself when a write goes through again.
    QString cacheProblem() const;
    // A standing remark: the keyring fallback, "demo server", started offline.
    QString note() const { return m_note; }
    QUrl serverUrl() const { return m_serverUrl; }
    QString username() const { return m_username; }
    bool isDemo() const { return !m_demoDatabase.isEmpty(); }
    // Whether a token is at hand (stored, or from a sign-in in this run).
    bool hasToken() const;
    // The action whose request is on the wire now (it can no longer be taken back), or 0.
    qint64 actionInFlight() const;

    // Checks the password with the server and keeps the token for this account: nullopt,
    // or the sentence that says why not. With an account open, actions queued meanwhile
    // are sent right after.
    QCoro::Task<std::optional<QString>> signIn(QUrl serverUrl, QString username, QString password);

    // Forgets the sign-in: the token leaves the keyring and this run, nothing more is sent
    // (NeedsSignIn) and the queue stays in the cache for the next sign-in.
    QCoro::Task<> signOut();

    // The account whose cache is open (a server account, or the bundled demo).
    void open(CacheStore &cache, const QUrl &serverUrl, const QString &username);
    void openDemo(CacheStore &cache, const QString &databasePath);
    // Stops syncing and lets go of the cache before it closes (switching accounts).
    void close();

    // Reads the stored token (or starts and signs in to the demo server) and syncs.
    QCoro::Task<> connectToServer();
    // Started with --offline: nothing is sent until syncNow().
    void stayOffline(const QString &note);
    // Sends what is due and pulls changes, connecting first if need be; true when all of
    // it went through.
    QCoro::Task<bool> syncNow();
    // Reads at once what another process wrote to the cache (the watch does it on its
    // own too): the stores' signals, and actionFinished for each action it ended.
    void catchUpElsewhere();

Q_SIGNALS:
    void stateChanged(InviteDesk::Session::State state);
    void syncingChanged(bool syncing);
    // Changes applied so far in the current pull.
    void syncProgress(int changesApplied);
    void noteChanged();
    void cacheProblemChanged();
    // A queued action left the outbox: it can no longer be undone.
    void actionFinished(const InviteDesk::ActionOutcome &outcome);
    // The server is reachable and wants credentials; `reason` says why, for the dialog.
    void signInNeeded(const QString &reason);

private:
    QCoro::Task<> chooseCredentialStore();
    QCoro::Task<bool> connectDemo();
    QCoro::Task<bool> signInToDemo();
    ApiClient &apiFor(const QUrl &serverUrl);
    std::unique_ptr<ApiClient> makeApi(const QUrl &serverUrl) const;
    void startEngine();
    void watchCache(CacheStore &cache);
    // True when this process may talk to the server (it holds the outbox lock);
    // otherwise the state becomes SyncedElsewhere.
    bool takeOutboxLock();
    void onWatch();
    void reportFinishedElsewhere();
    void onEngineStatus();
    void setState(State state);
    void setNote(const QString &note);
    QString accountKey() const { return accountKey(m_serverUrl, m_username); }

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    Timing m_timing;
    // Forward-declared only: the layers above this header see no Qt Network.
    std::unique_ptr<const QList<QSslCertificate>> m_caCertificates; // null: the system's only
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DemoServer> m_demoServer;
    std::unique_ptr<ApiClient> m_api;
    QUrl m_apiServerUrl; // what m_api was made for
    std::unique_ptr<SyncEngine> m_engine;
    CacheStore *m_cache = nullptr;
    std::unique_ptr<OutboxLock> m_outboxLock; // for m_cache
    QTimer m_watch;
    qint64 m_seenFinished = 0; // the last action another process ended that was reported
    QUrl m_serverUrl;
    QString m_username;
    QString m_demoDatabase; // set for the demo account
    State m_state = State::SignedOut;
    bool m_connecting = false;
    QString m_note;
    QString m_error; // a problem before there is an engine (the demo server did not start)
};

} // namespace InviteDesk
