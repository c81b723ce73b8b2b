#pragma once

// The real invitedesk binary on a data folder, with its log collected: what a user (or a
// crash) does to the program from outside.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace InviteDesk::Test {

class DemoClient
{
public:
    // `environment` defaults to the test's own, offscreen.
    explicit DemoClient(const QString &dataDir, QProcessEnvironment environment = offscreen());
    ~DemoClient();
    Q_DISABLE_COPY_MOVE(DemoClient)

    static QProcessEnvironment offscreen();

    // Waits for a log line after the last one found that matches `pattern`; returns its
    // first capture (or the line).
    QString waitForLine(const QString &pattern, int timeoutMs = 120000);
    // Asks it to stop as the desktop's session does (SIGTERM); returns its exit code.
    int terminate();
    // Waits for it to end by itself; returns its exit code.
    int waitForExit(int timeoutMs = 20000);
    void killHard();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
    qsizetype m_searchFrom = 0;
};

} // namespace InviteDesk::Test
