#pragma once

#include <QByteArray>

namespace InviteDesk::Server {

// `count` bytes (a multiple of 4) from the system's secure random source: salts,
// access tokens, the sync-token secret.
QByteArray randomBytes(qsizetype count);

} // namespace InviteDesk::Server
