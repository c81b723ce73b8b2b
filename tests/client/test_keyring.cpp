// The keyring for real: gnome-keyring's Secret Service on a session bus of the test's own,
// the real programs against the real server. A sign-in made with the command line is in
// the keyring and in no file; the window started later with the server down finds it
// (offline, no sign-in asked); signing out takes it out of the keyring.
#include "asynctest.h"
#include "catchqt.h"
#include "cli/clifixture.h"
#include "privatebus.h"

#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <httplib.h>

#include <csignal>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

// A desktop session: its bus, its home and runtime folders, and an unlocked keyring on it.
class KeyringSession
{
public:
    KeyringSession() : m_environment(QProcessEnvironment::systemEnvironment())
    {
        const QString daemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        REQUIRE_FALSE(daemon.isEmpty()); // Debian gnome-keyring, from packaging/install-deps.sh
        REQUIRE(QDir().mkpath(runtimeDir()));
        QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_bus.addTo(m_environment);
        m_environment.insert(u"HOME"_s, m_home.path());
        m_environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        m_environment.insert(u"LANGUAGE"_s, u"en"_s);
        m_keyring.setProcessEnvironment(m_environment);
        m_keyring.start(daemon, {u"--unlock"_s, u"--components=secrets"_s, u"--foreground"_s});
        REQUIRE(m_keyring.waitForStarted());
        m_keyring.write("keyring-password");
        m_keyring.closeWriteChannel();
        auto watcher = m_bus.connect(u"keyring-watcher"_s);
        REQUIRE(waitUntil([&] { return watcher.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value(); }));
    }
    ~KeyringSession()
    {
        m_keyring.terminate();
        m_keyring.waitForFinished();
    }

    const QProcessEnvironment &environment() const { return m_environment; }
    QString home() const { return m_home.path(); }

    // What the keyring holds for InviteDesk and this account, or empty.
    QString storedToken(const QString &serverUrl, const QString &user)
    {
        QProcess tool;
        tool.setProcessEnvironment(m_environment);
        tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"InviteDesk"_s, u"user"_s, serverUrl + u'|' + user});
        REQUIRE(tool.waitForFinished(20000));
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

private:
    QString runtimeDir() const { return m_home.filePath(u"runtime"_s); }

    PrivateBus m_bus;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QProcess m_keyring;
};

// The files under `folder` that contain `secret`.
QStringList filesHolding(const QString &folder, const QString &secret)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

TEST_CASE("with a real keyring a sign-in survives a restart with the server down, is in no file, and signing out "
          "removes it",
          "[app][keyring]")
{
    KeyringSession session;
    CliFixture cli;
    cli.environment = session.environment();

    const Run signedIn = cli.signIn();
    REQUIRE(signedIn.exitCode == 0);
    CHECK_FALSE(signedIn.err.contains(u"keyring"_s)); // no "kept for this session only"
    const QString token = session.storedToken(cli.url(), CliFixture::user);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(filesHolding(cli.dataDir(), token).isEmpty());
    CHECK(filesHolding(session.home(), token).isEmpty()); // the keyring's file is encrypted

    // The server goes away; the window starts on the same data folder.
    const QString url = cli.url();
    cli.server.reset();
    {
        QProcess window;
        auto environment = session.environment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"invitedesk.*=true"_s);
        window.setProcessEnvironment(environment);
        window.setProcessChannelMode(QProcess::MergedChannels);
        window.start(QStringLiteral(INVITEDESK_CLIENT_BINARY), {u"--data-dir"_s, cli.dataDir()});
        REQUIRE(window.waitForStarted());
        QString log;
        const bool offline = waitUntil(
            [&] {
                log += QString::fromUtf8(window.readAll());
                return log.contains(u"State::Offline"_s) || window.state() == QProcess::NotRunning;
            },
            std::chrono::seconds(60));
        ::kill(static_cast<pid_t>(window.processId()), SIGTERM);
        REQUIRE(window.waitForFinished(20000));
        log += QString::fromUtf8(window.readAll());
        INFO(log.toStdString());
        CHECK(offline);
        CHECK(log.contains(u"stored sign-in found"_s));
        CHECK_FALSE(log.contains(u"no stored sign-in"_s));
        CHECK_FALSE(log.contains(u"NeedsSignIn"_s));
        CHECK_FALSE(log.contains(token)); // nor in its log
    }
    CHECK(filesHolding(cli.dataDir(), token).isEmpty());

    const Run signedOut = cli.cli({u"sign-out"_s});
    CHECK(signedOut.exitCode == 0);
    CHECK(signedOut.out.contains(u"Signed out of scripter"_s));
    CHECK(signedOut.err.contains(u"signed out on this computer only: the server could not be told"_s));
    CHECK(session.storedToken(url, CliFixture::user).isEmpty());
}

TEST_CASE("signing out with the server up revokes the token there too", "[app][keyring][auth]")
{
    KeyringSession session;
    CliFixture cli;
    cli.environment = session.environment();
    REQUIRE(cli.signIn().exitCode == 0);
    const QString token = session.storedToken(cli.url(), CliFixture::user);
    REQUIRE_FALSE(token.isEmpty());
    const QUrl url(cli.url());
    httplib::Client server(url.host().toStdString(), url.port());
    const httplib::Headers bearer{{"Authorization", "Bearer " + token.toStdString()}};
    REQUIRE(server.Get("/api/v1/me", bearer)->status == 200);

    const Run signedOut = cli.cli({u"sign-out"_s});
    CHECK(signedOut.exitCode == 0);
    CHECK(signedOut.err.isEmpty());
    CHECK(session.storedToken(cli.url(), CliFixture::user).isEmpty());
    // A copy of the token kept anywhere is worth nothing now.
    CHECK(server.Get("/api/v1/me", bearer)->status == 401);
}
