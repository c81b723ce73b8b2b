#include "faultynetworkmanager.h"

#include "fakereply.h"

#include <QTcpSocket>

namespace InviteDesk::Test {

Fault Fault::problem(int status, const QByteArray &code, const QList<std::pair<QByteArray, QByteArray>> &headers,
                     const QByteArray &extraMembers)
{
    QByteArray body = R"({"type":"urn:invitedesk:problem:)" + code + R"(","title":"injected","status":)"
                      + QByteArray::number(status) + R"(,"detail":"Injected )" + code + R"(.","code":")" + code + '"';
    if (!extraMembers.isEmpty())
        body += ',' + extraMembers;
    body += '}';
    auto all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/problem+json"));
    return {Kind::Status, status, body, all};
}

Fault Fault::truncatedJson()
{
    return {Kind::Status, 200, R"({"changes":[{"op":"upsert","invitation":{"id":"inv_)", {{"Content-Type", "application/json"}}};
}

FaultyNetworkManager::FaultyNetworkManager(QObject *parent) : QNetworkAccessManager(parent)
{
    // A port that was just free: connecting to it is refused.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_closedPort = probe.serverPort();
    probe.close();
    m_silent.listen(QHostAddress::LocalHost, 0);
    connect(&m_silent, &QTcpServer::newConnection, this, [this] {
        while (auto *socket = m_silent.nextPendingConnection())
            m_held.append(socket);
    });
}

FaultyNetworkManager::~FaultyNetworkManager() = default;

void FaultyNetworkManager::addFault(const QString &pathPart, const Fault &fault, int times)
{
    m_rules.append({pathPart, fault, times});
}

void FaultyNetworkManager::clearFaults()
{
    m_rules.clear();
}

QList<FaultyNetworkManager::Seen> FaultyNetworkManager::requestsTo(const QString &pathPart) const
{
    QList<Seen> matching;
    for (const auto &seen : m_seen) {
        if (seen.path.contains(pathPart))
            matching.append(seen);
    }
    return matching;
}

QNetworkReply *FaultyNetworkManager::createRequest(Operation op, const QNetworkRequest &request,
                                                   QIODevice *outgoingData)
{
    const QByteArray verb = op == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                            : op == GetOperation  ? QByteArray("GET")
                                                  : QByteArray("POST");
    Seen seen{verb, request.url().path(), request.rawHeader("Idempotency-Key"), false};
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!seen.path.contains(it->pathPart) || it->remaining == 0)
            continue;
        if (it->remaining > 0)
            --it->remaining;
        seen.faulted = true;
        m_seen.append(seen);
        const Fault fault = it->fault;
        if (fault.kind == Fault::Kind::Status)
            return new FakeReply(request, op, fault.status, fault.body, fault.headers, this);
        QNetworkRequest redirected = request;
        QUrl url = request.url();
        url.setPort(fault.kind == Fault::Kind::Refused ? m_closedPort : m_silent.serverPort());
        redirected.setUrl(url);
        return QNetworkAccessManager::createRequest(op, redirected, outgoingData);
    }
    m_seen.append(seen);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace InviteDesk::Test
