#include "democlient.h"

#include "asynctest.h"
#include "childlog.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <csignal>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

DemoClient::DemoClient(const QString &dataDir, QProcessEnvironment environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(INVITEDESK_CLIENT_BINARY), {u"--demo"_s, u"--data-dir"_s, dataDir});
    REQUIRE(m_process.waitForStarted(10000));
}

DemoClient::~DemoClient()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    keepChildLog(u"invitedesk"_s, m_log.toUtf8() + m_process.readAll());
}

QProcessEnvironment DemoClient::offscreen()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

QString DemoClient::waitForLine(const QString &pattern, int timeoutMs)
{
    const QRegularExpression expression(pattern);
    QString found;
    const bool ok = waitUntil(
        [&] {
            m_log += QString::fromUtf8(m_process.readAll());
            const auto match = expression.match(m_log, m_searchFrom);
            if (!match.hasMatch())
                return !isRunning();
            found = match.lastCapturedIndex() > 0 ? match.captured(1) : match.captured(0);
            m_searchFrom = match.capturedEnd(0);
            return true;
        },
        std::chrono::milliseconds(timeoutMs));
    INFO(m_log.toStdString());
    REQUIRE(ok);
    REQUIRE_FALSE(found.isEmpty());
    return found;
}

int DemoClient::terminate()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    return waitForExit();
}

int DemoClient::waitForExit(int timeoutMs)
{
    const bool finished = m_process.waitForFinished(timeoutMs);
    m_log += QString::fromUtf8(m_process.readAll());
    INFO(m_log.toStdString());
    REQUIRE(finished);
    CHECK(m_process.exitStatus() == QProcess::NormalExit);
    return m_process.exitCode();
}

void DemoClient::killHard()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    REQUIRE(m_process.waitForFinished(10000));
}

} // namespace InviteDesk::Test
