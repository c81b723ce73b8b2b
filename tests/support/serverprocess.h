#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

#include <httplib.h>

namespace InviteDesk::Test {

// A real `invitedesk-server serve` process on an ephemeral loopback port, stopped
// with SIGTERM (then SIGKILL) when this goes.
class ServerProcess final
{
public:
    // `database` is what --db takes; `flags` are added to serve's command line.
    explicit ServerProcess(const QString &database, const QStringList &flags = {});
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    int port() const { return m_port; }
    // For SIGSTOP / SIGCONT: a server that stops answering without closing connections.
    qint64 pid() const { return m_process.processId(); }
    // A new client of this instance (one per thread: httplib clients are not shared).
    std::unique_ptr<httplib::Client> client() const;
    QString standardError();

private:
    QProcess m_process;
    int m_port = -1;
};

// The JSON object of an answer (empty when there was none).
QJsonObject jsonOf(const httplib::Result &result);
// Authorization for `token`, and an Idempotency-Key when one is given.
httplib::Headers bearer(const QString &token, const std::string &idempotencyKey = {});

// Runs one command of the server binary to its end; fails the test unless it succeeds.
void runServerCommand(const QStringList &arguments);

} // namespace InviteDesk::Test
