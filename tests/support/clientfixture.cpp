#include "clientfixture.h"

#include "asynctest.h"
#include "catchqt.h"
#include "faultynetworkmanager.h"
#include "session/memorycredentialstore.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

ClientFixture::ClientFixture() : ClientFixture(Options{}) {}

ClientFixture::ClientFixture(const Options &options)
{
    setUp(options);
}

ClientFixture::~ClientFixture()
{
    m_session.reset();
    m_engine.reset();
    m_api.reset();
    m_store.reset();
    m_network.reset();
}

void ClientFixture::setUp(const Options &options)
{
    REQUIRE(m_dir.isValid());
    m_cacheFolder = options.cacheFolder.isEmpty() ? m_dir.path() : options.cacheFolder;
    m_server = std::make_unique<TestServer>(options.server);
    const QString aliceId = m_server->addUser(u"alice"_s);
    auto &clock = m_server->clock();
    m_aliceToken = m_server->signIn(u"alice"_s);
    QDateTime signedInAt = clock.now();
    const auto invite = [&](int i) {
        // Tokens last 7 days: sign in again when the clock has moved on.
        if (signedInAt.secsTo(clock.now()) >= 6 * 24 * 3600) {
            m_aliceToken = m_server->signIn(u"alice"_s);
            signedInAt = clock.now();
        }
        const QString name = u"Invitee %1"_s.arg(i, 2, 10, QChar(u'0'));
        const QString personId = options.inviteesCanSignIn
                                     ? m_server->addUser(u"invitee%1"_s.arg(i, 2, 10, QChar(u'0')), u"password-123"_s, name)
                                     : m_server->addPerson(name);
        const auto reply = m_server->post("/api/v1/invitations", m_aliceToken, QJsonObject{{u"invitee_id"_s, personId}},
                                          freshKey());
        REQUIRE(reply.status == 201);
        m_sentIds.append(reply.json.value(u"id"_s).toString());
    };
    const auto receive = [&](int i) {
        const QString name = u"sender%1"_s.arg(i);
        m_server->addUser(name);
        const auto reply = m_server->post("/api/v1/invitations", m_server->signIn(name),
                                          QJsonObject{{u"invitee_id"_s, aliceId}}, freshKey());
        REQUIRE(reply.status == 201);
        m_receivedIds.append(reply.json.value(u"id"_s).toString());
    };
    if (options.sentAgesDays.isEmpty()) {
        for (int i = 0; i < options.sent; ++i) {
            invite(i);
            clock.advanceSeconds(60);
        }
        for (int i = 0; i < options.received; ++i) {
            receive(i);
            clock.advanceSeconds(60);
        }
        clock.advanceDays(options.ageDays);
    } else {
        // Each one at its age before the start, a minute apart, the received ones
        // (ageDays old) in their place among them.
        const auto &ages = options.sentAgesDays;
        REQUIRE(std::is_sorted(ages.rbegin(), ages.rend()));
        const double oldest = std::max(ages.first(), options.ageDays);
        const QDateTime start = clock.now();
        int step = 0;
        const auto moveTo = [&](double ageDays) {
            clock.set(start.addMSecs(static_cast<qint64>((oldest - ageDays) * 24 * 3600 * 1000)).addSecs(60 * step++));
        };
        const auto receiveAll = [&] {
            for (int i = 0; i < options.received; ++i) {
                moveTo(options.ageDays);
                receive(i);
            }
        };
        bool receivedDone = false;
        for (int i = 0; i < ages.size(); ++i) {
            if (!receivedDone && options.ageDays >= ages[i]) {
                receiveAll();
                receivedDone = true;
            }
            moveTo(ages[i]);
            invite(i);
        }
        if (!receivedDone)
            receiveAll();
        moveTo(0);
    }
    // Tokens last 7 days; sign in again as of "now".
    m_aliceToken = m_server->signIn(u"alice"_s);

    m_network = std::make_unique<FaultyNetworkManager>();
    reopenCache();
}

void ClientFixture::withdrawElsewhere(const QString &id)
{
    REQUIRE(m_server->post("/api/v1/invitations/" + id.toStdString() + "/withdraw", m_aliceToken, QByteArray("{}"),
                           freshKey())
                .status == 200);
}

void ClientFixture::reopenCache()
{
    m_session.reset();
    m_engine.reset();
    m_api.reset();
    m_store.reset();
    QString error;
    m_store = CacheStore::open(QDir(m_cacheFolder).filePath(u"cache.sqlite"_s), clock(), &error);
    INFO(error.toStdString());
    REQUIRE(m_store);
    m_api = std::make_unique<ApiClient>(*m_network, serverUrl());
    m_api->setToken(m_aliceToken);
    m_api->setTransferTimeout(std::chrono::seconds(5));
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_api, clock());
    // Tests drive every run themselves.
    m_engine->setPeriodicInterval(std::chrono::hours(1));
}

QUrl ClientFixture::serverUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port()));
}

Session &ClientFixture::session()
{
    if (m_session)
        return *m_session;
    m_engine.reset();
    m_api.reset();
    m_session = std::make_unique<Session>(*m_network, clock());
    auto credentials = std::make_unique<MemoryCredentialStore>(QString());
    REQUIRE(awaitTask(credentials->writeToken(Session::accountKey(serverUrl(), u"alice"_s), m_aliceToken))
                .value_or(false));
    m_session->setCredentialStore(std::move(credentials));
    // Tests drive every run themselves.
    m_session->setTiming({std::chrono::hours(1), std::chrono::seconds(5)});
    m_session->open(*m_store, serverUrl(), u"alice"_s);
    return *m_session;
}

void ClientFixture::syncOrFail()
{
    const auto ok = awaitTask(m_session ? m_session->syncNow() : m_engine->syncNow());
    REQUIRE(ok.has_value());
    INFO((m_session ? m_session->lastError() : m_engine->lastError()).toStdString());
    REQUIRE(*ok);
}

QJsonObject ClientFixture::serverInvitation(const QString &id)
{
    const auto page = m_server->get("/api/v1/invitations?direction=sent&state=all&limit=500", m_aliceToken);
    for (const auto &item : page.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == id)
            return item.toObject();
    }
    const auto received = m_server->get("/api/v1/invitations?direction=received&state=all&limit=500", m_aliceToken);
    for (const auto &item : received.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toString() == id)
            return item.toObject();
    }
    return {};
}

} // namespace InviteDesk::Test
