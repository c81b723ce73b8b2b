#pragma once

#include "api/apiclient.h"
#include "cache/cachestore.h"
#include "session/session.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace InviteDesk::Test {

class FaultyNetworkManager;

// A whole client against the real server: user "alice" on a TestServer with pending
// invitations she sent and received, a cache in a temporary folder, an ApiClient over
// an injectable network manager, and a SyncEngine. Server and client share one
// ManualClock, so ages and cooldowns are the same on both sides. session() hands the
// cache over to a Session (with alice's token stored), which brings its own API client
// and engine in place of the fixture's: one engine per cache, as in the app.
class ClientFixture final
{
public:
    struct Options
    {
        int sent = 6;     // pending invitations alice sent
        int received = 4; // pending invitations alice received
        double ageDays = 30; // how old they are when the test starts
        // When not empty: one sent invitation per entry, that many days old when the test
        // starts (oldest first), instead of `sent` invitations `ageDays` old.
        QList<double> sentAgesDays{};
        // Each invitee ("Invitee 00", …) has an account ("invitee00", …), so a test can
        // answer an invitation alice sent as the invitee would (tokenOf).
        bool inviteesCanSignIn = false;
        Server::ServerSettings server = TestServer::defaultSettings();
        // Where the cache file goes (a disk of the test's own); a temporary folder when empty.
        QString cacheFolder{};
    };

    ClientFixture();
    explicit ClientFixture(const Options &options);
    ~ClientFixture();
    Q_DISABLE_COPY_MOVE(ClientFixture)

    TestServer &server() { return *m_server; }
    ManualClock &clock() { return m_server->clock(); }
    CacheStore &store() { return *m_store; }
    ApiClient &api() { return *m_api; }
    // The fixture's own engine, until session() takes over.
    SyncEngine &engine()
    {
        REQUIRE(m_engine);
        return *m_engine;
    }
    Session &session();
    QUrl serverUrl() const;
    FaultyNetworkManager &network() { return *m_network; }
    QString cacheDir() const { return m_cacheFolder; }

    QString aliceToken() const { return m_aliceToken; }
    // Ids (server) of the invitations alice sent / received, oldest first.
    const QStringList &sentIds() const { return m_sentIds; }
    const QStringList &receivedIds() const { return m_receivedIds; }
    // The token of the other side of a received/sent invitation (to act as them).
    QString tokenOf(const QString &username) { return m_server->signIn(username); }

    // Runs a full sync (the session's, once there is one) and fails the test if it did
    // not succeed.
    void syncOrFail();
    // The invitation as the server has it for alice: {"state": …} etc.
    QJsonObject serverInvitation(const QString &id);
    // Alice withdraws it on another device, behind this client's back.
    void withdrawElsewhere(const QString &id);
    // Reopens the cache file (as a restarted client would).
    void reopenCache();

private:
    void setUp(const Options &options);

    QTemporaryDir m_dir;
    QString m_cacheFolder;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultyNetworkManager> m_network;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Session> m_session;
    QString m_aliceToken;
    QStringList m_sentIds;
    QStringList m_receivedIds;
};

} // namespace InviteDesk::Test
