#include "session/demoserver.h"

#include <QCoreApplication>
#include <QCoroProcess>
#include <QDir>
#include <QFileInfo>


using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace InviteDesk {

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    // Its log goes where ours goes; its stdout only carries the address.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::username()
{
    return u"demo"_s;
}

QString DemoServer::password()
{
    return u"demo-password"_s;
}

QString DemoServer::serverProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"invitedesk-server"_s);
}

QCoro::Task<QUrl> DemoServer::start(QString databasePath, QString *error)
{
    const QString program = serverProgram();
    if (!QFileInfo(program).isExecutable()) {
        *error = tr("The demo server %1 is missing; build the invitedesk-server target.").arg(program);
        co_return QUrl();
    }
    // If InviteDesk ends without stopping it (a crash, kill -9), the kernel closes our end
    // of its standard input and the server stops: portable, unlike PR_SET_PDEATHSIG.
    m_process.start(program, {u"demo"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, databasePath,
                              u"--exit-with-stdin"_s});
    const bool started = co_await qCoro(m_process).waitForStarted(10s);
    if (!started) {
        *error = tr("The demo server could not start (%1).").arg(m_process.errorString());
        co_return QUrl();
    }
    // The first line names the address; seeding a fresh database takes a few seconds.
    const QByteArray prefix = "invitedesk-server listening on ";
    QByteArray buffer;
    while (!buffer.contains('\n')) {
        const bool ready = co_await qCoro(m_process).waitForReadyRead(30s);
        if (!ready) {
            *error = m_process.state() == QProcess::Running
                         ? tr("The demo server did not report its address within 30 seconds.")
                         : tr("The demo server stopped (exit code %1); its messages are above.")
                               .arg(m_process.exitCode());
            stop();
            co_return QUrl();
        }
        buffer += m_process.readAllStandardOutput();
    }
    // Later lines are for people at a terminal; read and drop them so the pipe never fills.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { m_process.readAllStandardOutput(); });
    const QByteArray line = buffer.left(buffer.indexOf('\n')).trimmed();
    if (!line.startsWith(prefix)) {
        *error = tr("The demo server said something unexpected: %1").arg(QString::fromUtf8(line));
        stop();
        co_return QUrl();
    }
    co_return QUrl(QString::fromUtf8(line.mid(prefix.size())));
}

void DemoServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(12000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

} // namespace InviteDesk
