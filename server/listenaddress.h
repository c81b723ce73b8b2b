#pragma once

#include <QString>

#include <optional>

namespace InviteDesk::Server {

// "127.0.0.1:8765", "[::1]:0", "localhost:8080": where the server listens.
struct ListenAddress
{
    QString host;
    int port = 0;

    static std::optional<ListenAddress> parse(const QString &text, QString *error);
    bool isLoopback() const;
    QString toString() const;
    // The API's base URL once bound to `boundPort`.
    QString baseUrl(int boundPort) const;
};

} // namespace InviteDesk::Server
