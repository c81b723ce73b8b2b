#include "fakereply.h"

#include <QTimer>

namespace InviteDesk::Test {

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, int status,
                     const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                     QObject *parent)
    : QNetworkReply(parent), m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (const auto &[name, value] : headers)
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    open(QIODevice::ReadOnly);
    if (status >= 400)
        setError(status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::UnknownContentError,
                 QStringLiteral("HTTP %1").arg(status));
    QTimer::singleShot(0, this, [this] {
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    });
}

void FakeReply::abort() {}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

} // namespace InviteDesk::Test
