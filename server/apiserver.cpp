#include "server/apiserver.h"

#include "core/clock.h"
#include "server/databaseerror.h"
#include "server/deadlinehttpserver.h"
#include "server/idempotencystore.h"
#include "server/serverdatabase.h"
#include "server/writetransaction.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <httplib.h>

#include <variant>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

Q_LOGGING_CATEGORY(lcServer, "invitedesk.server")

const std::string apiPrefix = "/api/v1";

std::optional<std::string> parameter(const httplib::Request &request, const char *name)
{
    if (!request.has_param(name))
        return std::nullopt;
    return request.get_param_value(name);
}

ApiReply invalidParameter(const char *name, const QString &detail)
{
    return ApiReply::problem(400, u"invalid_parameter"_s, detail, {{u"parameter"_s, QString::fromLatin1(name)}});
}

// An integer query parameter within [min, max], or the problem to answer.
std::variant<int, ApiReply> intParameter(const httplib::Request &request, const char *name, int min, int max,
                                         int fallback)
{
    const auto text = parameter(request, name);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = QString::fromStdString(*text).toInt(&ok);
    if (!ok || value < min || value > max)
        return invalidParameter(name, u"\"%1\" must be a whole number from %2 to %3."_s.arg(QLatin1StringView(name))
                                          .arg(min)
                                          .arg(max));
    return value;
}

// The request body as a JSON object; an empty body is {} when `allowEmpty`.
std::variant<QJsonObject, ApiReply> jsonBody(const httplib::Request &request, bool allowEmpty)
{
    if (request.body.empty() && allowEmpty)
        return QJsonObject();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &error);
    if (error.error != QJsonParseError::NoError)
        return ApiReply::problem(400, u"invalid_json"_s,
                                 u"The body is not valid JSON (%1 at offset %2)."_s.arg(error.errorString())
                                     .arg(error.offset));
    if (!document.isObject())
        return ApiReply::problem(400, u"invalid_json"_s, u"The body must be a JSON object."_s);
    return document.object();
}

std::optional<QString> bearerToken(const httplib::Request &request)
{
    const QString header = QString::fromStdString(request.get_header_value("Authorization"));
    if (!header.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        return std::nullopt;
    return header.mid(7).trimmed();
}

bool isPrintableAscii(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

ApiReply internalError(const char *what)
{
    qCCritical(lcServer) << "request failed:" << what;
    return ApiReply::problem(500, u"internal_error"_s, u"The server could not complete the request."_s);
}

} // namespace

ApiServer::ApiServer(ServerDatabase &database, const Clock &clock, const ServerSettings &settings)
    : m_database(database)
    , m_clock(clock)
    , m_accounts(database, clock)
    , m_invitations(database, clock, settings.rules)
    , m_writes(database)
    , m_rateLimiter(settings.rateLimit, settings.rateBurst)
    , m_signInLimiter(settings.rateLimit > 0 ? std::min(settings.rateLimit, signInsPerSecond) : 0, signInBurst)
    , m_http(std::make_unique<DeadlineHttpServer>(std::chrono::seconds(settings.requestDeadlineSeconds)))
{
    for (const QString &proxy : settings.trustedProxies)
        m_trustedProxies.push_back(proxy.toStdString());
    const auto threads = static_cast<std::size_t>(std::max(1, settings.threads));
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // Refused from Content-Length before a byte of the body is read.
    m_http->set_payload_max_length(maxBodyBytes);
    m_http->set_read_timeout(10);
    m_http->set_write_timeout(10);
    m_http->set_keep_alive_timeout(2);
    m_http->set_keep_alive_max_count(1000);
    // httplib's default SO_REUSEPORT would let a second server share the port
    // silently; SO_REUSEADDR alone still allows a quick restart.
    m_http->set_socket_options([this](socket_t socket) {
        const int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
        m_listenSocket = socket;
    });
    // Headers and body leave in separate writes; without this each answer on a
    // kept-alive connection waits ~40 ms for the client's delayed ACK.
    m_http->set_tcp_nodelay(true);
    m_http->set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    m_http->set_error_handler([deadline = settings.requestDeadlineSeconds](const httplib::Request &,
                                                                          httplib::Response &response) {
        if (!response.body.empty())
            return;
        if (DeadlineHttpServer::requestTimedOut()) {
            ApiReply reply = ApiReply::problem(408, u"request_timeout"_s,
                                               u"The request did not arrive whole within %1 s of its first byte."_s
                                                   .arg(deadline));
            reply.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
            write(response, reply);
            return;
        }
        switch (response.status) {
        case 404:
            write(response, ApiReply::problem(404, u"not_found"_s, u"There is nothing at this address."_s));
            break;
        case 413:
            write(response, ApiReply::problem(413, u"payload_too_large"_s,
                                              u"Request bodies are limited to %1 bytes."_s.arg(maxBodyBytes)));
            break;
        default:
            write(response, ApiReply::problem(response.status, u"invalid_request"_s,
                                              u"The request could not be understood."_s));
        }
    });
    // httplib's payload limit only sees Content-Length; a chunked body would be
    // buffered whole before routing. Refuse those before a byte of them is read.
    m_http->set_pre_routing_handler([](const httplib::Request &request, httplib::Response &response) {
        if (!request.has_header("Transfer-Encoding"))
            return httplib::Server::HandlerResponse::Unhandled;
        ApiReply reply = ApiReply::problem(411, u"length_required"_s,
                                           u"Send the body with a Content-Length (at most %1 bytes); chunked bodies"
                                           " are not accepted."_s.arg(maxBodyBytes));
        reply.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        write(response, reply);
        return httplib::Server::HandlerResponse::Handled;
    });
    m_http->set_exception_handler([](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
        write(response, internalError("unexpected exception"));
    });
    registerRoutes();
}

ApiServer::~ApiServer()
{
    stop();
}

int ApiServer::bind(const QString &host, int port)
{
    const std::string address = host.toStdString();
    const int bound = port == 0 ? m_http->bind_to_any_port(address) : (m_http->bind_to_port(address, port) ? port : -1);
    // httplib 0.11 listens with a backlog of 5: a burst of new connections would be
    // dropped and retried by the clients' TCP after seconds. Linux lets a second
    // listen() on the same socket raise it.
    if (bound > 0 && m_listenSocket >= 0)
        ::listen(m_listenSocket, SOMAXCONN);
    return bound;
}

bool ApiServer::run()
{
    return m_http->listen_after_bind();
}

void ApiServer::stop()
{
    if (m_http->is_running())
        m_http->stop();
}

void ApiServer::write(httplib::Response &response, const ApiReply &reply)
{
    response.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        response.set_header(name.toStdString(), value.toStdString());
    if (reply.body.isEmpty()) // 204
        return;
    const QByteArray type = reply.contentType();
    response.set_content(reply.body.constData(), static_cast<std::size_t>(reply.body.size()),
                         std::string(type.constData(), static_cast<std::size_t>(type.size())));
}

std::string ApiServer::clientAddress(const httplib::Request &request) const
{
    if (std::find(m_trustedProxies.begin(), m_trustedProxies.end(), request.remote_addr) == m_trustedProxies.end())
        return request.remote_addr;
    // The proxy appends the address it saw; anything before that came from the client
    // and may be forged.
    const std::string forwarded = request.get_header_value("X-Forwarded-For");
    const std::size_t comma = forwarded.rfind(',');
    std::string last = forwarded.substr(comma == std::string::npos ? 0 : comma + 1);
    last.erase(0, last.find_first_not_of(' '));
    last.erase(last.find_last_not_of(' ') + 1);
    return last.empty() ? request.remote_addr : last;
}

std::optional<ApiReply> ApiServer::rateLimited(RateLimiter &limiter, const std::string &key)
{
    const int wait = limiter.acquire(key);
    if (wait == 0)
        return std::nullopt;
    ApiReply reply = ApiReply::problem(429, u"rate_limited"_s,
                                       u"Too many requests; try again in %1 s."_s.arg(wait),
                                       {{u"retry_after"_s, wait}});
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
    return reply;
}

std::function<void(const httplib::Request &, httplib::Response &)> ApiServer::authenticated(Handler handler)
{
    return [this, handler = std::move(handler)](const httplib::Request &request, httplib::Response &response) {
        ApiReply reply;
        try {
            reply = m_database.run([&] { return authenticatedReply(handler, request); });
        } catch (const std::exception &e) {
            reply = internalError(e.what());
        }
        write(response, reply);
    };
}

ApiReply ApiServer::authenticatedReply(const Handler &handler, const httplib::Request &request)
{
    const std::optional<QString> token = bearerToken(request);
    const std::optional<QString> callerId = token ? m_accounts.authenticate(*token) : std::nullopt;
    // Unknown tokens share one bucket per address, so they cannot each start a fresh
    // one; it is not the sign-in bucket, so a stale token cannot block signing in.
    const std::string bucket = callerId ? "token:" + token->toStdString() : "unauth:" + clientAddress(request);
    if (auto limited = rateLimited(m_rateLimiter, bucket))
        return *limited;
    if (!callerId) {
        ApiReply reply = ApiReply::problem(401, u"unauthorized"_s,
                                           token ? u"The access token is unknown or has expired; sign in again."_s
                                                 : u"Sign in and send \"Authorization: Bearer <token>\"."_s);
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"invitedesk\"")});
        return reply;
    }
    // Whatever the caller reads next must already show due expiries.
    m_invitations.expireDueInvitations();
    return handler(*callerId, request);
}

ApiReply ApiServer::idempotent(const QString &callerId, const httplib::Request &request,
                               const std::function<ApiReply(WriteTransaction &)> &change)
{
    // An empty header counts as none (httplib drops empty headers anyway).
    const std::string rawKey = request.get_header_value("Idempotency-Key");
    if (rawKey.empty())
        return ApiReply::problem(400, u"idempotency_key_missing"_s,
                                 u"Every change needs an Idempotency-Key header (a fresh UUID per action)."_s);
    if (rawKey.size() > IdempotencyStore::maxKeyLength || !isPrintableAscii(rawKey))
        return ApiReply::problem(400, u"idempotency_key_invalid"_s,
                                 u"The Idempotency-Key must be 1 to %1 printable ASCII characters."_s.arg(
                                     IdempotencyStore::maxKeyLength));
    const QString key = QString::fromStdString(rawKey);
    const QByteArray fingerprint = IdempotencyStore::fingerprint(QByteArray::fromStdString(request.method),
                                                                 QByteArray::fromStdString(request.path),
                                                                 QByteArray::fromStdString(request.body));
    const QDateTime now = m_clock.now();

    // Runs on SQLite's writer thread, batched with other changes (WriteBatcher).
    return m_writes.run([&](WriteTransaction &transaction) {
        if (!IdempotencyStore::claim(transaction.db(), callerId, key, fingerprint, now)) {
            const auto stored = IdempotencyStore::find(transaction.db(), callerId, key);
            if (!stored)
                throw DatabaseError(u"the answer to Idempotency-Key %1 vanished"_s.arg(key));
            if (stored->fingerprint != fingerprint)
                return ApiReply::problem(422, u"idempotency_key_reused"_s,
                                         u"This Idempotency-Key was already used for a different request."_s);
            ApiReply replay = stored->reply;
            replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }

        const qint64 hour = 3600 * 1000;
        if (now.toMSecsSinceEpoch() - m_lastPurge.load() > hour) {
            IdempotencyStore::purgeOlderThan(transaction.db(), now.addSecs(-3600LL * IdempotencyStore::retentionHours));
            m_lastPurge = now.toMSecsSinceEpoch();
        }
        m_invitations.expireDue(transaction);
        const ApiReply reply = change(transaction);
        if (IdempotencyStore::isWorthStoring(reply))
            IdempotencyStore::remember(transaction.db(), callerId, key, reply);
        else
            IdempotencyStore::release(transaction.db(), callerId, key);
        transaction.commit();
        return reply;
    });
}

ApiReply ApiServer::issueToken(const httplib::Request &request)
{
    const std::string address = clientAddress(request);
    if (auto limited = rateLimited(m_rateLimiter, "addr:" + address))
        return *limited;
    if (auto limited = rateLimited(m_signInLimiter, "addr:" + address))
        return *limited;
    auto body = jsonBody(request, false);
    if (auto *problem = std::get_if<ApiReply>(&body))
        return *problem;
    const QJsonObject credentials = std::get<QJsonObject>(body);
    const QJsonValue username = credentials.value("username"_L1);
    const QJsonValue password = credentials.value("password"_L1);
    if (!username.isString() || !password.isString())
        return ApiReply::problem(422, u"invalid_request"_s, u"\"username\" and \"password\" must be strings."_s);
    const AccountStore::SignIn signIn = m_accounts.signIn(username.toString(), password.toString());
    if (signIn.retryAfterSeconds > 0) {
        const int wait = signIn.retryAfterSeconds;
        ApiReply reply = ApiReply::problem(429, u"too_many_failed_sign_ins"_s,
            u"Too many wrong passwords for this user; try again in %1 s."_s.arg(wait), {{u"retry_after"_s, wait}});
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return reply;
    }
    if (!signIn.token)
        return ApiReply::problem(401, u"invalid_credentials"_s, u"The user name or password is wrong."_s);
    return ApiReply::json(200, {{u"access_token"_s, signIn.token->accessToken},
                                {u"token_type"_s, u"Bearer"_s},
                                {u"expires_in"_s, signIn.token->expiresIn}});
}

ApiReply ApiServer::invitationAction(const QString &callerId, const httplib::Request &request)
{
    auto body = jsonBody(request, true);
    if (auto *problem = std::get_if<ApiReply>(&body))
        return *problem;
    const QString invitationId = QString::fromStdString(request.matches[1]);
    const std::string action = request.matches[2];
    return idempotent(callerId, request, [&](WriteTransaction &transaction) {
        if (action == "withdraw")
            return m_invitations.withdraw(transaction, callerId, invitationId);
        if (action == "accept")
            return m_invitations.accept(transaction, callerId, invitationId);
        return m_invitations.ignore(transaction, callerId, invitationId);
    });
}

void ApiServer::registerRoutes()
{
    httplib::Server &http = *m_http;

    // For load balancers: 503 takes an instance out while its database is unreachable.
    http.Get(apiPrefix + "/health", [this](const httplib::Request &, httplib::Response &response) {
        QString reason;
        bool reachable = false;
        try {
            reachable = m_database.run([&] { return m_database.ping(&reason); });
        } catch (const std::exception &e) {
            reason = QString::fromUtf8(e.what());
        }
        if (reachable) {
            write(response, ApiReply::json(200, {{u"status"_s, u"ok"_s}}));
            return;
        }
        qCWarning(lcServer) << "health check: the database is unreachable:" << reason;
        ApiReply reply = ApiReply::problem(503, u"database_unavailable"_s,
                                           u"The server cannot reach its database."_s);
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
        write(response, reply);
    });

    http.Post(apiPrefix + "/auth/token", [this](const httplib::Request &request, httplib::Response &response) {
        try {
            write(response, issueToken(request));
        } catch (const std::exception &e) {
            write(response, internalError(e.what()));
        }
    });

    // No Idempotency-Key: signing out twice has no second effect (the second is a 401).
    http.Post(apiPrefix + "/auth/logout", authenticated([this](const QString &, const httplib::Request &request) {
        m_accounts.revoke(*bearerToken(request));
        return ApiReply{204, {}, {}};
    }));
    http.Get(apiPrefix + "/me", authenticated([this](const QString &me, const httplib::Request &) {
        return m_invitations.me(me);
    }));

    http.Get(apiPrefix + "/invitations", authenticated([this](const QString &me, const httplib::Request &request) {
        InvitationListQuery query;
        if (const auto direction = parameter(request, "direction")) {
            query.direction = directionFromWire(QString::fromStdString(*direction));
            if (!query.direction)
                return invalidParameter("direction", u"\"direction\" is \"sent\" or \"received\"."_s);
        }
        const std::string state = parameter(request, "state").value_or("pending");
        if (state != "all") {
            query.state = invitationStateFromWire(QString::fromStdString(state));
            if (!query.state)
                return invalidParameter("state", u"\"state\" is pending, accepted, ignored, withdrawn, expired or all."_s);
        }
        auto limit = intParameter(request, "limit", 1, 500, 50);
        if (auto *problem = std::get_if<ApiReply>(&limit))
            return *problem;
        query.limit = std::get<int>(limit);
        query.cursor = QString::fromStdString(parameter(request, "cursor").value_or(std::string()));
        return m_invitations.listInvitations(me, query);
    }));

    http.Get(apiPrefix + "/sync", authenticated([this](const QString &me, const httplib::Request &request) {
        auto limit = intParameter(request, "limit", 1, 1000, 500);
        if (auto *problem = std::get_if<ApiReply>(&limit))
            return *problem;
        std::optional<QString> since;
        if (const auto text = parameter(request, "since"); text && !text->empty())
            since = QString::fromStdString(*text);
        return m_invitations.changesSince(me, since, std::get<int>(limit));
    }));

    http.Post(apiPrefix + "/invitations", authenticated([this](const QString &me, const httplib::Request &request) {
        auto body = jsonBody(request, false);
        if (auto *problem = std::get_if<ApiReply>(&body))
            return *problem;
        const QJsonObject object = std::get<QJsonObject>(body);
        return idempotent(me, request, [&](WriteTransaction &transaction) {
            return m_invitations.createInvitation(transaction, me, object);
        });
    }));

    http.Post(apiPrefix + R"(/invitations/([^/]+)/(withdraw|accept|ignore))",
              authenticated([this](const QString &me, const httplib::Request &request) {
                  return invitationAction(me, request);
              }));

    http.Get(apiPrefix + "/people/suggestions", authenticated([this](const QString &me, const httplib::Request &request) {
        auto limit = intParameter(request, "limit", 1, 100, 20);
        if (auto *problem = std::get_if<ApiReply>(&limit))
            return *problem;
        return m_invitations.suggestions(me, std::get<int>(limit));
    }));

    http.Get(apiPrefix + "/connections", authenticated([this](const QString &me, const httplib::Request &request) {
        auto limit = intParameter(request, "limit", 1, 500, 50);
        if (auto *problem = std::get_if<ApiReply>(&limit))
            return *problem;
        return m_invitations.connections(me, std::get<int>(limit),
                                         QString::fromStdString(parameter(request, "cursor").value_or(std::string())));
    }));

    http.Get(apiPrefix + "/notifications", authenticated([this](const QString &me, const httplib::Request &request) {
        auto limit = intParameter(request, "limit", 1, 200, 50);
        if (auto *problem = std::get_if<ApiReply>(&limit))
            return *problem;
        return m_invitations.notifications(me, std::get<int>(limit));
    }));
}

} // namespace InviteDesk::Server
