#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace InviteDesk::Server {

// Page cursors and sync tokens are opaque to clients: a few fields, base64url-encoded.
QString packCursor(const QStringList &fields);
// The fields, if `cursor` is one of ours with exactly `fieldCount` of them.
std::optional<QStringList> unpackCursor(const QString &cursor, qsizetype fieldCount);

} // namespace InviteDesk::Server
