#pragma once

#include <QNetworkReply>

namespace InviteDesk::Test {

// A reply that never touched the network: a status, headers and a body, delivered
// from the event loop like a real one.
class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, int status,
              const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace InviteDesk::Test
