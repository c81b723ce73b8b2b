#pragma once

#include <QNetworkAccessManager>
#include <QTcpServer>

#include <memory>

namespace InviteDesk::Test {

// What to do to a request instead of (or before) letting it reach the server.
struct Fault
{
    enum class Kind {
        Refused,   // sent to a closed loopback port: a real "connection refused"
        Hang,      // sent to a loopback listener that never answers: a real timeout
        Status,    // answered here with `status`, `headers` and `body`
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Fault refused() { return {Kind::Refused, 0, {}, {}}; }
    static Fault hang() { return {Kind::Hang, 0, {}, {}}; }
    // A problem+json answer with a code, as the server would send it.
    static Fault problem(int status, const QByteArray &code, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                         const QByteArray &extraMembers = {});
    // A 200 whose JSON stops half-way.
    static Fault truncatedJson();
};

// The injectable QNetworkAccessManager of the client tests: requests whose path
// contains a given part get a fault a given number of times; all others go to the
// real server. Every request is recorded (method, path, idempotency key).
class FaultyNetworkManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Seen
    {
        QByteArray verb;
        QString path;
        QByteArray idempotencyKey;
        bool faulted = false;
    };

    explicit FaultyNetworkManager(QObject *parent = nullptr);
    ~FaultyNetworkManager() override;

    // The next `times` requests whose URL path contains `pathPart` get `fault`
    // (times < 0: until clearFaults()).
    void addFault(const QString &pathPart, const Fault &fault, int times = 1);
    void clearFaults();
    const QList<Seen> &requests() const { return m_seen; }
    QList<Seen> requestsTo(const QString &pathPart) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Rule
    {
        QString pathPart;
        Fault fault;
        int remaining;
    };
    QList<Rule> m_rules;
    QList<Seen> m_seen;
    QTcpServer m_silent; // accepts and never answers
    QList<QTcpSocket *> m_held;
    quint16 m_closedPort = 0;
};

} // namespace InviteDesk::Test
