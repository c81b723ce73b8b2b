#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace InviteDesk::Server {

// Page cursors and sync tokens are opaque to clients: a few fields, base64url-encoded.
QString packCursor(const QStringList &fields);
// The fields, if `cursor` is one of ours with exactly `fieldCount` of them.
std::optional<QStringList> unpackCursor(const QString &cursor, qsizetype fieldCount);

// The same, with an HMAC-SHA-256 of the fields under `key` as a last field: a client
// cannot make one up or change one it was given (sync tokens, whose fields say what
// the caller may learn).
QString packSignedCursor(const QStringList &fields, const QByteArray &key);
std::optional<QStringList> unpackSignedCursor(const QString &cursor, qsizetype fieldCount, const QByteArray &key);

// Where a newest-first page ended: the next page holds what is older than (time, id).
struct KeysetPosition
{
    qint64 time = 0;
    QString id;
};
QString packPosition(const KeysetPosition &position);
std::optional<KeysetPosition> unpackPosition(const QString &cursor);

} // namespace InviteDesk::Server
