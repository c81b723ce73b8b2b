#pragma once

#include "manualclock.h"
#include "server/apiserver.h"
#include "server/serverdatabase.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>
#include <thread>

namespace httplib {
class Client;
}

namespace InviteDesk::Test {

// What a test sees of one HTTP exchange.
struct HttpResult
{
    int status = 0; // 0 when no answer arrived
    QJsonObject json;
    std::string body;
    std::multimap<std::string, std::string> headers;

    QString code() const { return json.value(QLatin1StringView("code")).toString(); }
    std::string header(const std::string &name) const;
};

// The real reference server, in-process on an ephemeral loopback port, with a
// fresh database (SQLite or PostgreSQL, see TestDatabase) and a clock the test controls.
class TestServer final
{
public:
    explicit TestServer(Server::ServerSettings settings = defaultSettings());
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    // Rate limiting off, so tests that fire many requests measure rules, not limits.
    static Server::ServerSettings defaultSettings();

    ManualClock &clock() { return m_clock; }
    Server::ServerDatabase &database() { return *m_database; }
    TestDatabase &storage() { return m_storage; }
    int port() const { return m_port; }

    // Creates an account and returns its person id; the person is called
    // "<username> Example" unless `displayName` says otherwise.
    QString addUser(const QString &username, const QString &password = QStringLiteral("password-123"),
                    const QString &displayName = {});
    // Adds a person without an account (someone to invite).
    QString addPerson(const QString &name);
    QString signIn(const QString &username, const QString &password = QStringLiteral("password-123"));

    HttpResult get(const std::string &path, const QString &token = {});
    HttpResult post(const std::string &path, const QString &token, const QByteArray &body,
                    const std::string &idempotencyKey);
    HttpResult post(const std::string &path, const QString &token, const QJsonObject &body,
                    const std::string &idempotencyKey);
    // For requests the helpers cannot express (odd headers, raw bodies).
    httplib::Client &client();

private:
    TestDatabase m_storage;
    ManualClock m_clock;
    std::unique_ptr<Server::ServerDatabase> m_database;
    std::unique_ptr<Server::ApiServer> m_server;
    std::unique_ptr<httplib::Client> m_client;
    std::thread m_thread;
    int m_port = -1;
};

// A fresh idempotency key per call.
std::string freshKey();

} // namespace InviteDesk::Test
