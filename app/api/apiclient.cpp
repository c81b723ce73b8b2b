#include "api/apiclient.h"

#include "core/wirecodec.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>

#include <memory>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

// Replies finish inside a signal of their own; they may only be deleted later.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

// The sentences of the helpers below sit with ApiClient's own for the translator.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::ApiClient)
};

ApiError invalidResponse(const QString &what)
{
    // `what` comes from the codec and stays English: it is a clue for a bug report.
    return ApiError{ApiError::Kind::InvalidResponse, 0, {},
                    Text::tr("The server sent a reply InviteDesk cannot read (%1).").arg(what), {}, {}, {}};
}

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// The client's own sentence for a problem of resources/api/openapi.yaml: the server's
// `detail` is English and written for developers, so it is never shown.
QString problemSentence(const ApiError &error, const QJsonObject &problem)
{
    const QString &code = error.code;
    if (code == u"invalid_json")
        return Text::tr("The server could not read the request InviteDesk sent.");
    if (code == u"invalid_request")
        return Text::tr("The server did not accept the request InviteDesk sent.");
    if (code == u"invalid_parameter")
        return Text::tr("The server did not accept a detail of the request InviteDesk sent.");
    if (code == u"invalid_credentials")
        return Text::tr("The user name or password is wrong.");
    if (code == u"unauthorized")
        return Text::tr("Your sign-in is no longer valid; sign in again.");
    if (code == u"idempotency_key_missing" || code == u"idempotency_key_invalid")
        return Text::tr("The server refused the request because its repeat protection was missing.");
    if (code == u"idempotency_key_reused")
        return Text::tr("The server refused the request because it looked like a repeat of a different one.");
    if (code == u"not_found")
        return Text::tr("The server no longer has what InviteDesk asked for.");
    if (code == u"person_not_found")
        return Text::tr("This person is no longer on the network.");
    if (code == u"already_pending")
        return Text::tr("An invitation between you and this person is already pending.");
    if (code == u"already_connected")
        return Text::tr("You are already connected with this person.");
    if (code == u"reinvite_cooldown")
        return error.availableAt
                   ? Text::tr("You withdrew an invitation to this person recently; you can invite them "
                                          "again from %1.")
                         .arg(shortDateTime(*error.availableAt))
                   : Text::tr("You withdrew an invitation to this person recently; you cannot invite "
                                          "them again yet.");
    if (code == u"not_pending") {
        switch (error.invitationState.value_or(InvitationState::Pending)) {
        case InvitationState::Accepted:
            return Text::tr("This invitation was already accepted.");
        case InvitationState::Ignored:
            return Text::tr("This invitation was already ignored.");
        case InvitationState::Withdrawn:
            return Text::tr("This invitation was already withdrawn.");
        case InvitationState::Expired:
            return Text::tr("This invitation has expired.");
        case InvitationState::Pending:
            break;
        }
        return Text::tr("This invitation is no longer pending.");
    }
    if (code == u"message_too_long") {
        const int over = problem.value(u"length"_s).toInt() - problem.value(u"max_chars"_s).toInt();
        return over > 0 ? Text::tr("The note is %n character(s) too long for the network.", nullptr, over)
                        : Text::tr("The note is too long for the network.");
    }
    if (code == u"invalid_invitee")
        return Text::tr("You cannot invite yourself.");
    if (code == u"sync_token_expired")
        return Text::tr("The server no longer knows where the last sync ended; everything is fetched "
                                    "again.");
    if (code == u"length_required")
        return Text::tr("The server refused a request that did not say how long it is.");
    if (code == u"payload_too_large")
        return Text::tr("The request was too large for the server.");
    if (code == u"rate_limited")
        return error.retryAfter
                   ? Text::tr("The server asked InviteDesk to slow down for %n second(s).", nullptr,
                              static_cast<int>(error.retryAfter->count()))
                   : Text::tr("The server asked InviteDesk to slow down.");
    if (code == u"too_many_failed_sign_ins")
        return error.retryAfter
                   ? Text::tr("Too many wrong passwords for this user lately; try again in %n second(s).", nullptr,
                              static_cast<int>(error.retryAfter->count()))
                   : Text::tr("Too many wrong passwords for this user lately; try again shortly.");
    if (code == u"weekly_limit_reached")
        return error.availableAt
                   ? Text::tr("This week's invitations are used up; you can send more from %1.")
                         .arg(shortDateTime(*error.availableAt))
                   : Text::tr("This week's invitations are used up.");
    if (code == u"internal_error")
        return Text::tr("The server ran into an error of its own (HTTP %1); try again later.")
            .arg(error.status);
    return error.status >= 500
               ? Text::tr("The server could not complete the request (HTTP %1); try again later.")
                     .arg(error.status)
               : Text::tr("The server refused the request (HTTP %1).").arg(error.status);
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager &network, const QUrl &serverUrl, QObject *parent)
    : QObject(parent), m_network(network), m_serverUrl(serverUrl)
{
    // Accept both "http://host:port" and ".../api/v1".
    QString path = m_serverUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/api/v1"))
        path += u"/api/v1"_s;
    m_serverUrl.setPath(path);
}

void ApiClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    // The system's authorities explicitly: setting any list turns off Qt's loading of
    // them on demand.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    m_sslConfiguration = configuration;
}

bool ApiClient::isAcceptableServerUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a server address; it looks like https://host/api/v1.").arg(url.toString());
        return false;
    }
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        if (url.host() == u"localhost" || address.isLoopback())
            return true;
        *error = tr("Plain http would send your password unencrypted; use https:// for %1.").arg(url.host());
        return false;
    }
    *error = tr("The server address must start with https:// (or http:// on this computer).");
    return false;
}

QCoro::Task<ApiClient::Reply> ApiClient::send(QByteArray verb, QString path, QUrlQuery query,
                                              std::optional<QJsonObject> body, QString idempotencyKey)
{
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply, DeleteLater> reply(m_network.sendCustomRequest(request, verb, payload));
    Reply result;
    // Kept for the sentence: the reply itself only says "handshake failed". Not
    // ignored, so the request ends there and nothing is sent.
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&result](const QList<QSslError> &errors) { result.sslErrors += errors; });
    co_await reply.get();

    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    co_return result;
}

QString ApiClient::tlsFailureSentence(const Reply &reply) const
{
    QStringList reasons;
    for (const QSslError &error : reply.sslErrors) {
        QString reason = error.errorString();
        while (reason.endsWith(u'.'))
            reason.chop(1);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    if (reasons.isEmpty())
        return tr("The secure connection to %1 failed (%2).").arg(m_serverUrl.authority(), reply.networkErrorText);
    return tr("The server's certificate is not trusted: %1.").arg(reasons.join(u"; "_s));
}

ApiResult<QJsonObject> ApiClient::objectFrom(const Reply &reply) const
{
    if (reply.status == 0) {
        if (reply.networkError == QNetworkReply::OperationCanceledError
            || reply.networkError == QNetworkReply::TimeoutError)
            return ApiError{ApiError::Kind::Timeout, 0, {},
                            tr("The server at %1 did not answer within %2 seconds.")
                                .arg(m_serverUrl.host(),
                                     QLocale().toString(static_cast<double>(m_timeout.count()) / 1000.0)),
                            {}, {}, {}};
        if (reply.networkError == QNetworkReply::SslHandshakeFailedError || !reply.sslErrors.isEmpty())
            return ApiError{ApiError::Kind::Network, 0, {}, tlsFailureSentence(reply), {}, {}, {}};
        return ApiError{ApiError::Kind::Network, 0, {},
                        tr("Cannot reach the server at %1 (%2).").arg(m_serverUrl.authority(), reply.networkErrorText),
                        {}, {}, {}};
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(reply.body, &parseError);
    if (reply.status >= 200 && reply.status < 300) {
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return invalidResponse(parseError.errorString());
        return document.object();
    }
    ApiError error{ApiError::Kind::Http, reply.status, {}, {}, parseRetryAfter(reply.retryAfter), {}, {}};
    const auto problem = document.object();
    error.code = problem.value(u"code"_s).toString();
    error.availableAt = Wire::parseTimestamp(problem.value(u"available_at"_s));
    error.invitationState = invitationStateFromWire(problem.value(u"state"_s).toString());
    error.message = problemSentence(error, problem);
    return error;
}

QCoro::Task<ApiResult<QString>> ApiClient::signIn(QString username, QString password)
{
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    const auto reply = co_await send("POST", u"/auth/token"_s, {}, body, {});
    const auto object = objectFrom(reply);
    if (!object)
        co_return object.error();
    const QString token = object.value().value(u"access_token"_s).toString();
    if (token.isEmpty())
        co_return invalidResponse(u"no access_token"_s);
    co_return token;
}

QCoro::Task<std::optional<ApiError>> ApiClient::signOut()
{
    const auto reply = co_await send("POST", u"/auth/logout"_s, {}, std::nullopt, {});
    if (reply.status == 204)
        co_return std::nullopt;
    const auto object = objectFrom(reply);
    co_return object ? invalidResponse(u"status %1 instead of 204"_s.arg(reply.status)) : object.error();
}

QCoro::Task<ApiResult<AccountInfo>> ApiClient::me()
{
    const auto reply = co_await send("GET", u"/me"_s, {}, std::nullopt, {});
    const auto object = objectFrom(reply);
    if (!object)
        co_return object.error();
    QString error;
    const auto person = Wire::decodePerson(object.value(), &error);
    if (!person)
        co_return invalidResponse(error);
    AccountInfo account{*person, object.value().value(u"weekly_invites_used"_s).toInt(),
                        object.value().value(u"weekly_invites_limit"_s).toInt(), std::nullopt, std::nullopt};
    if (const QJsonValue count = object.value().value(u"connection_count"_s); count.isDouble())
        account.connectionCount = count.toInt();
    // Absent only from servers older than the rules; present but wrong is a broken reply.
    if (object.value().contains(u"rules"_s)) {
        account.rules = Wire::decodeRules(object.value().value(u"rules"_s), &error);
        if (!account.rules)
            co_return invalidResponse(error);
    }
    co_return account;
}

QCoro::Task<ApiResult<SyncPage>> ApiClient::sync(QString since, int limit)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, since);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    const auto reply = co_await send("GET", u"/sync"_s, query, std::nullopt, {});
    const auto object = objectFrom(reply);
    if (!object)
        co_return object.error();
    SyncPage page;
    page.nextSince = object.value().value(u"next_since"_s).toString();
    page.hasMore = object.value().value(u"has_more"_s).toBool();
    if (page.nextSince.isEmpty() || !object.value().value(u"changes"_s).isArray())
        co_return invalidResponse(u"sync page without changes or next_since"_s);
    const auto changes = object.value().value(u"changes"_s).toArray();
    page.upserts.reserve(changes.size());
    for (const auto &change : changes) {
        const auto op = change.toObject().value(u"op"_s).toString();
        if (op == u"remove") {
            page.removedIds.append(change.toObject().value(u"id"_s).toString());
            continue;
        }
        QString error;
        auto invitation = Wire::decodeInvitation(change.toObject().value(u"invitation"_s), &error);
        if (op != u"upsert" || !invitation)
            co_return invalidResponse(error.isEmpty() ? u"unknown change \"%1\""_s.arg(op) : error);
        page.upserts.append(std::move(*invitation));
    }
    co_return page;
}

QCoro::Task<ApiResult<QList<Suggestion>>> ApiClient::suggestions(int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    const auto reply = co_await send("GET", u"/people/suggestions"_s, query, std::nullopt, {});
    const auto object = objectFrom(reply);
    if (!object)
        co_return object.error();
    QList<Suggestion> list;
    for (const auto &item : object.value().value(u"items"_s).toArray()) {
        QString error;
        const auto person = Wire::decodePerson(item.toObject().value(u"person"_s), &error);
        if (!person)
            co_return invalidResponse(error);
        list.append(Suggestion{*person, Wire::parseTimestamp(item.toObject().value(u"reinvite_available_at"_s))});
    }
    co_return list;
}

QCoro::Task<ApiResult<int>> ApiClient::connectionCount()
{
    int count = 0;
    QString cursor;
    do {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"500"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const auto reply = co_await send("GET", u"/connections"_s, query, std::nullopt, {});
        const auto object = objectFrom(reply);
        if (!object)
            co_return object.error();
        count += static_cast<int>(object.value().value(u"items"_s).toArray().size());
        cursor = object.value().value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty());
    co_return count;
}

ApiResult<Invitation> ApiClient::invitationFrom(const Reply &reply) const
{
    const auto object = objectFrom(reply);
    if (!object)
        return object.error();
    QString error;
    auto invitation = Wire::decodeInvitation(object.value(), &error);
    if (!invitation)
        return invalidResponse(error);
    return *invitation;
}

QCoro::Task<ApiResult<Invitation>> ApiClient::invitationAction(QString invitationId, QString verb,
                                                               QString idempotencyKey)
{
    const QString path = u"/invitations/"_s + QString::fromLatin1(QUrl::toPercentEncoding(invitationId)) + u'/' + verb;
    const auto reply = co_await send("POST", path, {}, QJsonObject(), idempotencyKey);
    co_return invitationFrom(reply);
}

QCoro::Task<ApiResult<Invitation>> ApiClient::withdraw(QString invitationId, QString idempotencyKey)
{
    return invitationAction(std::move(invitationId), u"withdraw"_s, std::move(idempotencyKey));
}

QCoro::Task<ApiResult<Invitation>> ApiClient::accept(QString invitationId, QString idempotencyKey)
{
    return invitationAction(std::move(invitationId), u"accept"_s, std::move(idempotencyKey));
}

QCoro::Task<ApiResult<Invitation>> ApiClient::ignore(QString invitationId, QString idempotencyKey)
{
    return invitationAction(std::move(invitationId), u"ignore"_s, std::move(idempotencyKey));
}

QCoro::Task<ApiResult<Invitation>> ApiClient::sendInvitation(QString personId, std::optional<QString> message,
                                                             QString idempotencyKey)
{
    QJsonObject body{{u"invitee_id"_s, personId}};
    body.insert(u"message"_s, message ? QJsonValue(*message) : QJsonValue(QJsonValue::Null));
    const auto reply = co_await send("POST", u"/invitations"_s, {}, body, idempotencyKey);
    co_return invitationFrom(reply);
}

} // namespace InviteDesk
