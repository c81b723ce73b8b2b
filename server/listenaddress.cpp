#include "server/listenaddress.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

std::optional<ListenAddress> ListenAddress::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || port < 0 || port > 65535 || host.isEmpty()) {
        *error = u"--listen wants HOST:PORT (for example 127.0.0.1:8765, or port 0 to pick one), not \"%1\""_s.arg(text);
        return std::nullopt;
    }
    return ListenAddress{host, port};
}

bool ListenAddress::isLoopback() const
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

QString ListenAddress::toString() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString ListenAddress::baseUrl(int boundPort) const
{
    return u"http://"_s + ListenAddress{host, boundPort}.toString() + u"/api/v1"_s;
}

} // namespace InviteDesk::Server
