#pragma once

#include "server/accountstore.h"
#include "server/apireply.h"
#include "server/invitationservice.h"
#include "server/ratelimiter.h"
#include "server/serversettings.h"
#include "server/writebatcher.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace InviteDesk::Server {

class ServerDatabase;
class WriteTransaction;

// The Invitations API v1 over HTTP (resources/api/openapi.yaml): routing,
// authentication, rate limiting, idempotency and problem+json errors around
// AccountStore and InvitationService.
class ApiServer final
{
public:
    static constexpr std::size_t maxBodyBytes = 64 * 1024;
    static constexpr double signInsPerSecond = 1.0;
    static constexpr int signInBurst = 10;

    ApiServer(ServerDatabase &database, const Clock &clock, const ServerSettings &settings);
    ~ApiServer();
    Q_DISABLE_COPY_MOVE(ApiServer)

    // Binds host:port (port 0 picks a free one). Returns the port, or -1.
    int bind(const QString &host, int port);
    // Serves until stop(); call from one thread after bind().
    bool run();
    // Thread-safe; run() returns soon after.
    void stop();

private:
    using Handler = std::function<ApiReply(const QString &callerId, const httplib::Request &)>;

    void registerRoutes();
    // Runs `handler` for an authenticated caller within the rate limit.
    std::function<void(const httplib::Request &, httplib::Response &)> authenticated(Handler handler);
    ApiReply authenticatedReply(const Handler &handler, const httplib::Request &request);
    // Wraps a state change in the caller's Idempotency-Key and one write transaction.
    ApiReply idempotent(const QString &callerId, const httplib::Request &request,
                        const std::function<ApiReply(WriteTransaction &)> &change);
    ApiReply issueToken(const httplib::Request &request);
    ApiReply invitationAction(const QString &callerId, const httplib::Request &request);
    // The client's address: the peer's, or what a trusted proxy says it is.
    std::string clientAddress(const httplib::Request &request) const;
    static std::optional<ApiReply> rateLimited(RateLimiter &limiter, const std::string &key);
    static void write(httplib::Response &response, const ApiReply &reply);

    ServerDatabase &m_database;
    const Clock &m_clock;
    AccountStore m_accounts;
    InvitationService m_invitations;
    WriteBatcher m_writes;
    RateLimiter m_rateLimiter;
    // Each sign-in costs a PBKDF2 run (~0.1 s of CPU): a stricter bucket per address.
    RateLimiter m_signInLimiter;
    std::vector<std::string> m_trustedProxies;
    std::atomic<qint64> m_lastPurge{0};
    int m_listenSocket = -1;
    std::unique_ptr<httplib::Server> m_http;
};

} // namespace InviteDesk::Server
