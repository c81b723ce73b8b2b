#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace InviteDesk::Server {

// One HTTP answer of the API: what a service decided, before it is written to the
// socket or stored for an idempotent replay.
struct ApiReply
{
    int status = 200;
    QByteArray body; // JSON text
    QList<QPair<QByteArray, QByteArray>> headers;

    bool isProblem() const { return status >= 400; }
    QByteArray contentType() const;

    static ApiReply json(int status, const QJsonObject &object);
    // A body already written as JSON (see JsonWriter).
    static ApiReply raw(int status, QByteArray json);

    // application/problem+json (RFC 9457) with a stable machine-readable `code`.
    static ApiReply problem(int status, const QString &code, const QString &detail,
                            const QJsonObject &extras = {});
};

} // namespace InviteDesk::Server
