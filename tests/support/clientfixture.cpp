#include "clientfixture.h"

#include "asynctest.h"
#include "catchqt.h"
#include "faultynetworkmanager.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

ClientFixture::ClientFixture() : ClientFixture(Options{}) {}

ClientFixture::ClientFixture(const Options &options)
{
    setUp(options);
}

ClientFixture::~ClientFixture()
{
    m_engine.reset();
    m_api.reset();
    m_store.reset();
    m_network.reset();
}

void ClientFixture::setUp(const Options &options)
{
    REQUIRE(m_dir.isValid());
    m_server = std::make_unique<TestServer>(options.server);
    const QString aliceId = m_server->addUser(u"alice"_s);
    m_aliceToken = m_server->signIn(u"alice"_s);
    for (int i = 0; i < options.sent; ++i) {
        const QString personId = m_server->addPerson(u"Invitee %1"_s.arg(i, 2, 10, QChar(u'0')));
        const auto reply = m_server->post("/api/v1/invitations", m_aliceToken, QJsonObject{{u"invitee_id"_s, personId}},
                                          freshKey());
        REQUIRE(reply.status == 201);
        m_sentIds.append(reply.json.value(u"id"_s).toString());
        m_server->clock().advanceSeconds(60);
    }
    for (int i = 0; i < options.received; ++i) {
        const QString name = u"sender%1"_s.arg(i);
        m_server->addUser(name);
        const auto reply = m_server->post("/api/v1/invitations", m_server->signIn(name),
                                          QJsonObject{{u"invitee_id"_s, aliceId}}, freshKey());
        REQUIRE(reply.status == 201);
        m_receivedIds.append(reply.json.value(u"id"_s).toString());
        m_server->clock().advanceSeconds(60);
    }
    m_server->clock().advanceDays(options.ageDays);
    // Tokens last 7 days; sign in again as of "now".
    m_aliceToken = m_server->signIn(u"alice"_s);

    m_network = std::make_unique<FaultyNetworkManager>();
    reopenCache();
}

void ClientFixture::reopenCache()
{
    m_engine.reset();
    m_api.reset();
    m_store.reset();
    QString error;
    m_store = CacheStore::open(m_dir.filePath(u"cache.sqlite"_s), clock(), DomainRules{}, &error);
    INFO(error.toStdString());
    REQUIRE(m_store);
    m_api = std::make_unique<ApiClient>(*m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    m_api->setToken(m_aliceToken);
    m_api->setTransferTimeout(std::chrono::seconds(5));
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_api, clock());
    // Tests drive every run themselves.
    m_engine->setPeriodicInterval(std::chrono::hours(1));
}

void ClientFixture::syncOrFail()
{
    const auto ok = awaitTask(m_engine->syncNow());
    REQUIRE(ok.has_value());
    INFO(m_engine->lastError().toStdString());
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
