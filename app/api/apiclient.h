#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"
#include "core/suggestion.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace InviteDesk {

// Typed client of the Invitations API v1 (resources/api/openapi.yaml). One long-lived
// QNetworkAccessManager is injected (tests inject one that fails on purpose); every
// request has a transfer timeout; every failure comes back as an ApiError value.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager &network, const QUrl &serverUrl, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiClient)

    // Plain http is only accepted for loopback, where no one else can read the token.
    static bool isAcceptableServerUrl(const QUrl &url, QString *error);

    QUrl serverUrl() const { return m_serverUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Trusts these certificate authorities for the server's certificate besides the
    // system's (--ca-certificates). Certificate errors are never ignored: they end the
    // request with a sentence that says why the server is not trusted.
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    QCoro::Task<ApiResult<QString>> signIn(QString username, QString password);
    // Revokes the token on the server (POST /auth/logout): nullopt once it is.
    QCoro::Task<std::optional<ApiError>> signOut();
    QCoro::Task<ApiResult<AccountInfo>> me();
    // since empty: everything from the start.
    QCoro::Task<ApiResult<SyncPage>> sync(QString since, int limit);
    QCoro::Task<ApiResult<QList<Suggestion>>> suggestions(int limit);
    QCoro::Task<ApiResult<int>> connectionCount();

    QCoro::Task<ApiResult<Invitation>> withdraw(QString invitationId, QString idempotencyKey);
    QCoro::Task<ApiResult<Invitation>> accept(QString invitationId, QString idempotencyKey);
    QCoro::Task<ApiResult<Invitation>> ignore(QString invitationId, QString idempotencyKey);
    QCoro::Task<ApiResult<Invitation>> sendInvitation(QString personId, std::optional<QString> message,
                                                      QString idempotencyKey);

private:
    struct Reply
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        QList<QSslError> sslErrors;
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
    };

    QCoro::Task<Reply> send(QByteArray verb, QString path, QUrlQuery query, std::optional<QJsonObject> body,
                            QString idempotencyKey);
    // The JSON object of a 2xx reply, or the error the reply stands for.
    ApiResult<QJsonObject> objectFrom(const Reply &reply) const;
    // Why a TLS handshake failed, in one sentence.
    QString tlsFailureSentence(const Reply &reply) const;
    ApiResult<Invitation> invitationFrom(const Reply &reply) const;
    QCoro::Task<ApiResult<Invitation>> invitationAction(QString invitationId, QString verb, QString idempotencyKey);

    QNetworkAccessManager &m_network;
    QUrl m_serverUrl; // …/api/v1
    QString m_token;
    std::chrono::milliseconds m_timeout{15000};
    std::optional<QSslConfiguration> m_sslConfiguration; // unset: Qt's default
};

} // namespace InviteDesk
