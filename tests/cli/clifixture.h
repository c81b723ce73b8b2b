#pragma once

// invitedesk-cli as a script runs it: the real program against the real server (a
// `serve` process on loopback) with a data folder of its own and the password from a
// file (no keyring).
#include "support/serverprocess.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace InviteDesk::Test {

// How one run of the program ended.
struct Run
{
    int exitCode = -1; // -1: killed by a signal
    QString out;
    QString err;
};

// The seeded user: 40 sent and 10 received invitations over ~200 days.
class CliFixture
{
public:
    static inline const QString user = QStringLiteral("scripter");
    static inline const QString password = QStringLiteral("script-password-1");

    CliFixture();

    QString url() const;
    QString passwordFile() const;
    QString dataDir() const;

    // Runs the program to its end (blocking: nothing else of the test runs meanwhile).
    Run cli(const QStringList &arguments);
    // Starts it; finish() waits for its end with the test's event loop running, so a
    // window in the test process goes on meanwhile.
    std::unique_ptr<QProcess> startCli(const QStringList &arguments);
    Run finish(QProcess &process, const QStringList &arguments);
    // sign-in with the password file: the cache synced, the account the last one used.
    Run signIn();

    // What the server itself says: the user's invitations in one direction and state.
    QJsonArray serverList(const std::string &direction, const std::string &state);
    QStringList serverIds(const std::string &direction, const std::string &state);

    // What each run of the program gets: the test's own, without the machine's session
    // bus (so no keyring) unless a test gives it one, and English.
    QProcessEnvironment environment;
    TestDatabase storage;
    QTemporaryDir folder;
    std::unique_ptr<ServerProcess> server;
};

} // namespace InviteDesk::Test
