#pragma once

#include <QCoroTask>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace InviteDesk {

// The bundled invitedesk-server, run as a child on an ephemeral loopback port with its
// seeded database in the user's data folder, so a second start shows the same data.
// It stops with this object, and with this process even when it is killed.
class DemoServer final : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;
    Q_DISABLE_COPY_MOVE(DemoServer)

    static QString username();
    static QString password();
    // invitedesk-server next to this program.
    static QString serverProgram();

    // Starts it and waits for the line with its URL; empty URL and *error on failure.
    QCoro::Task<QUrl> start(QString databasePath, QString *error);
    void stop();

private:
    QProcess m_process;
};

} // namespace InviteDesk
