#include "session/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace InviteDesk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "invitedesk.instance")

// Long enough for a busy first instance to answer, short enough not to feel stuck.
constexpr int answerTimeoutMs = 3000;
// A request is one small JSON line; more is not ours.
constexpr qint64 maxRequestBytes = 4096;

QString socketNameFor(const QString &dataDir)
{
    // The folder as the file system sees it, so ./data and /home/u/data are one.
    const QString folder = QFileInfo(dataDir).canonicalFilePath().isEmpty()
                               ? QDir::cleanPath(QDir(dataDir).absolutePath())
                               : QFileInfo(dataDir).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    const QString name = u"invitedesk-"_s + QString::fromLatin1(hash);
    // The runtime folder is the user's own (0700); elsewhere Qt picks the temp folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent), m_name(socketNameFor(dataDir))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::Claim SingleInstance::claim(const QUrl &serverUrl)
{
    // Twice: a second start racing us to listen is found on the second try.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(answerTimeoutMs))
            return handOver(probe, serverUrl) ? Claim::HandedOver : Claim::NoAnswer;
        // Nobody listens: a socket file left by a killed process is ours to replace.
        if (probe.error() == QLocalSocket::ConnectionRefusedError)
            QLocalServer::removeServer(m_name);
        if (m_server.listen(m_name)) {
            qCInfo(lcInstance).noquote() << "listening for later starts at" << m_name;
            return Claim::First;
        }
        m_error = m_server.errorString();
    }
    qCWarning(lcInstance).noquote() << "cannot listen for later starts:" << m_error;
    // Not worth refusing to start over: the outbox lock still keeps the sending single.
    return Claim::First;
}

bool SingleInstance::handOver(QLocalSocket &socket, const QUrl &serverUrl)
{
    QJsonObject request{{u"activate"_s, true}};
    if (!serverUrl.isEmpty())
        request.insert(u"server"_s, serverUrl.toString());
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(answerTimeoutMs)) {
        m_error = socket.errorString();
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(answerTimeoutMs)) {
            m_error = tr("It did not answer within %n second(s).", nullptr, answerTimeoutMs / 1000);
            return false;
        }
    }
    return socket.readLine().trimmed() == "ok";
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const auto request = QJsonDocument::fromJson(socket->readLine()).object();
            if (!request.value(u"activate"_s).toBool()) {
                socket->abort();
                return;
            }
            socket->write("ok\n");
            socket->flush();
            const QUrl serverUrl(request.value(u"server"_s).toString());
            qCInfo(lcInstance).noquote() << "activated by a later start" << serverUrl.toString();
            Q_EMIT activationRequested(serverUrl);
        });
    }
}

} // namespace InviteDesk
