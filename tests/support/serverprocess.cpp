#include "serverprocess.h"

#include "childlog.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

ServerProcess::ServerProcess(const QString &database, const QStringList &flags)
{
    m_process.start(QStringLiteral(INVITEDESK_SERVER_BINARY),
                    QStringList{u"serve"_s, u"--db"_s, database, u"--listen"_s, u"127.0.0.1:0"_s} + flags);
    REQUIRE(m_process.waitForStarted(10000));
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    QString output;
    while (m_port < 0 && m_process.state() == QProcess::Running && m_process.waitForReadyRead(15000)) {
        output += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = listening.match(output); match.hasMatch())
            m_port = match.captured(1).toInt();
    }
    INFO(output.toStdString() << QString::fromUtf8(m_process.readAllStandardError()).toStdString());
    REQUIRE(m_port > 0);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    keepChildLog(u"invitedesk-server"_s, m_process.readAllStandardOutput() + m_process.readAllStandardError());
}

std::unique_ptr<httplib::Client> ServerProcess::client() const
{
    auto client = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    client->set_connection_timeout(5);
    client->set_read_timeout(30);
    return client;
}

QString ServerProcess::standardError()
{
    const QByteArray written = m_process.readAllStandardError();
    keepChildLog(u"invitedesk-server"_s, written);
    return QString::fromUtf8(written);
}

QJsonObject jsonOf(const httplib::Result &result)
{
    return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object() : QJsonObject();
}

httplib::Headers bearer(const QString &token, const std::string &idempotencyKey)
{
    httplib::Headers headers{{"Authorization", "Bearer " + token.toStdString()}};
    if (!idempotencyKey.empty())
        headers.emplace("Idempotency-Key", idempotencyKey);
    return headers;
}

void runServerCommand(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INVITEDESK_SERVER_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    keepChildLog(u"invitedesk-server"_s, process.readAllStandardOutput());
    INFO(arguments.join(u' ').toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace InviteDesk::Test
