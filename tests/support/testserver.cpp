#include "testserver.h"

#include "server/accountstore.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

namespace {

HttpResult toResult(const httplib::Result &result)
{
    HttpResult out;
    if (!result)
        return out;
    out.status = result->status;
    out.body = result->body;
    out.headers = {result->headers.begin(), result->headers.end()};
    out.json = QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    return out;
}

httplib::Headers headersFor(const QString &token, const std::string &idempotencyKey = {})
{
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    if (!idempotencyKey.empty())
        headers.emplace("Idempotency-Key", idempotencyKey);
    return headers;
}

} // namespace

std::string HttpResult::header(const std::string &name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::string freshKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

Server::ServerSettings TestServer::defaultSettings()
{
    Server::ServerSettings settings;
    settings.rateLimit = 0;
    settings.threads = 8;
    return settings;
}

TestServer::TestServer(Server::ServerSettings settings)
{
    QString error;
    m_database = Server::ServerDatabase::open(m_storage.location(), &error, 4);
    INFO(error.toStdString());
    REQUIRE(m_database);
    m_server = std::make_unique<Server::ApiServer>(*m_database, m_clock, settings);
    m_port = m_server->bind(u"127.0.0.1"_s, 0);
    REQUIRE(m_port > 0);
    m_thread = std::thread([this] { m_server->run(); });
    m_client = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    m_client->set_connection_timeout(5);
    m_client->set_read_timeout(30);
    // Waits until the listener accepts: run() starts asynchronously.
    for (int attempt = 0; attempt < 200 && get("/api/v1/health").status != 200; ++attempt)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

TestServer::~TestServer()
{
    m_client.reset();
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
    m_database.reset();
}

QString TestServer::addUser(const QString &username, const QString &password, const QString &displayName)
{
    Server::AccountStore accounts(*m_database, m_clock);
    QString error;
    const QString name = displayName.isEmpty() ? username + u" Example"_s : displayName;
    const auto person = accounts.addUser(username, password, Person{{}, name, u"Engineer"_s, u"Example Corp"_s, {}},
                                         &error);
    INFO(error.toStdString());
    REQUIRE(person);
    return person->id;
}

QString TestServer::addPerson(const QString &name)
{
    return m_storage.addPerson(name);
}

QString TestServer::signIn(const QString &username, const QString &password)
{
    const QJsonObject credentials{{u"username"_s, username}, {u"password"_s, password}};
    const auto result = toResult(m_client->Post("/api/v1/auth/token",
                                                QJsonDocument(credentials).toJson().toStdString(), "application/json"));
    REQUIRE(result.status == 200);
    return result.json.value("access_token"_L1).toString();
}

HttpResult TestServer::get(const std::string &path, const QString &token)
{
    return toResult(m_client->Get(path.c_str(), headersFor(token)));
}

HttpResult TestServer::post(const std::string &path, const QString &token, const QByteArray &body,
                            const std::string &idempotencyKey)
{
    return toResult(m_client->Post(path.c_str(), headersFor(token, idempotencyKey), body.toStdString(),
                                   "application/json"));
}

HttpResult TestServer::post(const std::string &path, const QString &token, const QJsonObject &body,
                            const std::string &idempotencyKey)
{
    return post(path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey);
}

httplib::Client &TestServer::client()
{
    return *m_client;
}

} // namespace InviteDesk::Test
