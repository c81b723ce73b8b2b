#pragma once

#include <QLocalServer>
#include <QObject>
#include <QUrl>

class QLocalSocket;

namespace InviteDesk {

// One window per data folder. The first start listens on a local socket named after
// the folder (in the user's runtime folder, reachable by the user only); a later start
// with the same folder hands it its request — come to the front, and the --server it
// was given, if any — and ends. A socket left by a process that was killed answers
// nobody and is taken over. (The outbox has its own lock, OutboxLock, which the command
// line takes too: this one is about windows.)
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SingleInstance)

    enum class Claim {
        First,       // this process has the folder; activationRequested() tells of later starts
        HandedOver,  // another process has it and took the request
        NoAnswer,    // another process has it but did not answer (see error())
    };
    // `serverUrl`: what this start was asked to use (empty: nothing in particular).
    Claim claim(const QUrl &serverUrl);
    QString error() const { return m_error; }
    QString socketName() const { return m_name; }

Q_SIGNALS:
    // A later start with the same folder: show the window; `serverUrl` is what it was
    // asked to use, or empty.
    void activationRequested(const QUrl &serverUrl);

private:
    bool handOver(QLocalSocket &socket, const QUrl &serverUrl);
    void onConnection();

    QString m_name;
    QString m_error;
    QLocalServer m_server;
};

} // namespace InviteDesk
