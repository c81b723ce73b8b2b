// The shipped nginx configuration (packaging/nginx/invitedesk.conf) terminating TLS in
// front of the real server, with a throwaway certificate authority made by openssl:
// the client trusts the server through --ca-certificates and nothing else, and when it
// does not trust it, it says so in a sentence and sends nothing. Only loopback traffic.
#include "api/apiclient.h"
#include "api/cacertificates.h"
#include "asynctest.h"
#include "cache/cachestore.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "session/memorycredentialstore.h"
#include "session/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString nginxBinary = u"/usr/sbin/nginx"_s;
const QString untrusted = u"The server's certificate is not trusted: "_s;

ClientFixture::Options smallAccount()
{
    ClientFixture::Options options;
    options.sent = 3;
    options.received = 2;
    return options;
}

// Runs a tool to its end; fails the test, with its output, unless it succeeds.
void runOrFail(const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    INFO(QString(program + u' ' + arguments.join(u' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromLocal8Bit(process.readAll()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

void writeOrFail(const QString &path, const QByteArray &content)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QByteArray readOrFail(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString requireTool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        FAIL(name.toStdString() + " is not installed; packaging/install-deps.sh installs it");
    return path;
}

// A throwaway certificate authority and a server certificate it signed for 127.0.0.1
// and localhost, valid for two days.
struct TestCertificates
{
    explicit TestCertificates(const QString &dir)
        : caFile(dir + u"/ca.pem"_s), certificateFile(dir + u"/server.pem"_s), keyFile(dir + u"/server.key"_s)
    {
        const QString openssl = requireTool(u"openssl"_s);
        // A config of its own: nothing from the machine's openssl.cnf.
        writeOrFail(dir + u"/openssl.cnf"_s, R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = InviteDesk Test CA
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)");
        const QStringList ecKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s};
        runOrFail(openssl,
                  QStringList{u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-x509"_s, u"-extensions"_s, u"ca"_s,
                              u"-days"_s, u"2"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s}
                      + ecKey,
                  dir);
        runOrFail(openssl,
                  QStringList{u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-new"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                              u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s}
                      + ecKey,
                  dir);
        runOrFail(openssl,
                  {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                   u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"openssl.cnf"_s, u"-extensions"_s,
                   u"server"_s, u"-out"_s, u"server.pem"_s},
                  dir);
    }

    QString caFile;
    QString certificateFile;
    QString keyFile;
};

// How many lines of `text` match `pattern` (multi-line: ^ is the start of a line).
qsizetype matches(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    REQUIRE(expression.isValid());
    qsizetype count = 0;
    for (auto it = expression.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// Replaces each match of `pattern` (\\1 in `replacement` is its first group) and
// returns how many there were.
qsizetype substitute(QString &text, const QString &pattern, const QString &replacement)
{
    const qsizetype count = matches(text, pattern);
    text.replace(QRegularExpression(pattern, QRegularExpression::MultilineOption), replacement);
    return count;
}

// The shipped configuration with what a machine of its own would differ in: the
// listen address (loopback, a free port), the certificate files and the instances'
// ports. Everything else is the file as an admin gets it.
QString renderShippedConfig(int port, const TestCertificates &certificates, int upstreamPort)
{
    QString config = QString::fromUtf8(readOrFail(QStringLiteral(INVITEDESK_NGINX_CONFIG)));
    CHECK(substitute(config, uR"(^(\s*listen\s+)443(\s+ssl\b[^;]*;))"_s, u"\\1127.0.0.1:%1\\2"_s.arg(port)) == 1);
    // Loopback only: no IPv6 (nor any other) listener stays.
    substitute(config, uR"(^\s*listen\s+\[::\]:[^;]*;[ \t]*\n)"_s, QString());
    CHECK(matches(config, uR"(^\s*listen\s)"_s) == 1);
    CHECK(substitute(config, uR"(^(\s*ssl_certificate\s+)[^;]+;)"_s, u"\\1%1;"_s.arg(certificates.certificateFile))
          == 1);
    CHECK(substitute(config, uR"(^(\s*ssl_certificate_key\s+)[^;]+;)"_s, u"\\1%1;"_s.arg(certificates.keyFile)) == 1);
    // Every instance is the one test server (they would share one database anyway).
    CHECK(substitute(config, uR"(^(\s*server\s+)127\.0\.0\.1:\d+)"_s, u"\\1127.0.0.1:%1"_s.arg(upstreamPort)) >= 2);
    CHECK(matches(config, uR"(^\s*server\s+(?!\{|127\.0\.0\.1:%1\s))"_s.arg(upstreamPort)) == 0);
    return config;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    return socket.waitForConnected(200);
}

// Real nginx (Debian's nginx-light) running the shipped configuration in front of a
// server on `upstreamPort`, from a folder of its own: its pid, logs, temporary files
// and root are all there. Stopped when it goes out of scope, however the test ends.
class Nginx final
{
public:
    Nginx(const TestCertificates &certificates, int upstreamPort)
    {
        if (!QFileInfo(nginxBinary).isExecutable())
            FAIL("nginx is not installed; packaging/install-deps.sh installs nginx-light");
        REQUIRE(m_dir.isValid());
        REQUIRE(QDir(m_dir.path()).mkpath(u"html"_s));
        // The port is free when chosen, not necessarily when nginx binds it.
        for (int attempt = 0; attempt < 3 && m_port == 0; ++attempt) {
            const int port = freeLoopbackPort();
            writeOrFail(m_dir.filePath(u"invitedesk.conf"_s),
                        renderShippedConfig(port, certificates, upstreamPort).toUtf8());
            writeOrFail(m_dir.filePath(u"nginx.conf"_s), frameConfig().toUtf8());
            runOrFail(nginxBinary, arguments() << u"-t"_s);
            if (start(port))
                m_port = port;
        }
        INFO(log().toStdString());
        REQUIRE(m_port != 0);
    }

    ~Nginx()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Nginx)

    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port)); }

    QString log()
    {
        m_output += QString::fromLocal8Bit(m_process.readAll());
        return m_output + QString::fromLocal8Bit(readOrFail(m_dir.filePath(u"error.log"_s)));
    }

private:
    QStringList arguments() const
    {
        return {u"-p"_s, m_dir.path() + u'/', u"-e"_s, m_dir.filePath(u"error.log"_s), u"-c"_s,
                m_dir.filePath(u"nginx.conf"_s)};
    }

    // What /etc/nginx/nginx.conf is to an admin, in the test's folder.
    QString frameConfig() const
    {
        const QString dir = m_dir.path();
        // As root, workers would run as nobody, who cannot enter the private folder.
        const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
        return uR"(daemon off;
master_process on;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
%2events {
    worker_connections 128;
}
http {
    access_log off;
    root %1/html;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    include %1/invitedesk.conf;
}
)"_s.arg(dir, user);
    }

    // True once nginx accepts on `port`; false when it ended instead (port taken).
    bool start(int port)
    {
        m_process.setProgram(nginxBinary);
        m_process.setArguments(arguments());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // Should the test process die, nginx goes with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start();
        REQUIRE(m_process.waitForStarted(10000));
        const bool up = waitUntil([&] { return m_process.state() == QProcess::NotRunning || accepts(port); },
                                  std::chrono::seconds(20));
        if (m_process.state() == QProcess::NotRunning) {
            m_output += QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        INFO(log().toStdString());
        REQUIRE(up);
        return true;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
    int m_port = 0;
};

template<typename T>
ApiError errorOf(const std::optional<ApiResult<T>> &result)
{
    REQUIRE(result.has_value());
    REQUIRE_FALSE(static_cast<bool>(*result));
    return result->error();
}

template<typename T>
T valueOf(const std::optional<ApiResult<T>> &result)
{
    REQUIRE(result.has_value());
    INFO((*result ? QString() : result->error().message).toStdString());
    REQUIRE(static_cast<bool>(*result));
    return result->value();
}

QList<QSslCertificate> caCertificatesOrFail(const QString &file)
{
    QString error;
    const auto certificates = readCaCertificates(file, &error);
    INFO(error.toStdString());
    REQUIRE(certificates.has_value());
    return *certificates;
}

std::unique_ptr<Session> sessionOver(QNetworkAccessManager &network, const Clock &clock)
{
    auto session = std::make_unique<Session>(network, clock);
    session->setCredentialStore(std::make_unique<MemoryCredentialStore>(QString()));
    session->setTiming({std::chrono::hours(1), std::chrono::seconds(10)});
    return session;
}

} // namespace

TEST_CASE("through the packaged nginx over TLS, a client given the CA signs in, reads /me, syncs and acts",
          "[tls][nginx]")
{
    ClientFixture fx(smallAccount());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TestCertificates certificates(dir.path());
    Nginx nginx(certificates, fx.server().port());
    INFO(nginx.url().toString().toStdString());
    // One manager per case: kept-alive TLS connections belong to what trusted them.
    QNetworkAccessManager network;

    SECTION("the API client with the certificates of the file")
    {
        ApiClient api(network, nginx.url());
        api.setCaCertificates(caCertificatesOrFail(certificates.caFile));

        api.setToken(valueOf(awaitTask(api.signIn(u"alice"_s, u"password-123"_s))));
        CHECK(valueOf(awaitTask(api.me())).person.name == u"alice Example"_s);

        QStringList ids;
        QString since;
        for (bool more = true; more;) {
            const SyncPage page = valueOf(awaitTask(api.sync(since, 2)));
            for (const auto &invitation : page.upserts)
                ids.append(invitation.id);
            since = page.nextSince;
            more = page.hasMore;
        }
        QStringList expected = fx.sentIds() + fx.receivedIds();
        ids.sort();
        expected.sort();
        CHECK(ids == expected);

        const QString id = fx.sentIds().first();
        CHECK(valueOf(awaitTask(api.withdraw(id, QString::fromStdString(freshKey())))).state
              == InvitationState::Withdrawn);
        CHECK(fx.serverInvitation(id).value(u"state"_s).toString() == u"withdrawn"_s);

        // nginx refuses a body over the server's 64 KiB before reading it, with the
        // server's own problem: the client says what it would say for the server.
        const QString personId = fx.server().addPerson(u"Someone New"_s);
        const auto tooLarge = errorOf(awaitTask(
            api.sendInvitation(personId, QString(70 * 1024, u'x'), QString::fromStdString(freshKey()))));
        CHECK(tooLarge.status == 413);
        CHECK(tooLarge.code == u"payload_too_large"_s);
        CHECK(tooLarge.message == u"The request was too large for the server."_s);
    }

    SECTION("the session, trusting the file as --ca-certificates has it")
    {
        // Opened first, so that it outlives the session and its engine.
        QString cacheError;
        const auto cache = CacheStore::open(dir.filePath(u"cache.sqlite"_s), fx.clock(), &cacheError);
        INFO(cacheError.toStdString());
        REQUIRE(cache);

        auto session = sessionOver(network, fx.clock());
        QString error;
        REQUIRE(session->trustCaCertificates(certificates.caFile, &error));
        const auto refused = awaitTask(session->signIn(nginx.url(), u"alice"_s, u"password-123"_s));
        REQUIRE(refused.has_value());
        INFO(refused->value_or(QString()).toStdString());
        REQUIRE_FALSE(refused->has_value());

        session->open(*cache, nginx.url(), u"alice"_s);
        REQUIRE(awaitTask(session->connectToServer()));
        const bool online = waitUntil(
            [&] { return session->state() == Session::State::Online && !session->isSyncing(); });
        INFO(session->lastError().toStdString());
        REQUIRE(online);
        const auto cached = cache->invitations().invitationsById(fx.sentIds() + fx.receivedIds());
        REQUIRE(cached);
        CHECK(cached.value().size() == fx.sentIds().size() + fx.receivedIds().size());
    }
}

TEST_CASE("without the CA the client refuses nginx's certificate in a sentence and nothing it sends is accepted",
          "[tls][nginx]")
{
    ClientFixture fx(smallAccount());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const TestCertificates certificates(dir.path());
    Nginx nginx(certificates, fx.server().port());
    QNetworkAccessManager network;

    SECTION("the API client")
    {
        ApiClient api(network, nginx.url());
        const auto signIn = errorOf(awaitTask(api.signIn(u"alice"_s, u"password-123"_s)));
        INFO(signIn.message.toStdString());
        CHECK(signIn.kind == ApiError::Kind::Network);
        CHECK(signIn.message.startsWith(untrusted));
        CHECK(signIn.message.endsWith(u'.'));

        // Even with a token the server would take, the withdrawal never reaches it.
        const QString id = fx.sentIds().first();
        api.setToken(fx.aliceToken());
        const auto withdraw = errorOf(awaitTask(api.withdraw(id, QString::fromStdString(freshKey()))));
        INFO(withdraw.message.toStdString());
        CHECK(withdraw.message.startsWith(untrusted));
        CHECK(fx.serverInvitation(id).value(u"state"_s).toString() == u"pending"_s);
    }

    SECTION("the session, whose sign-in dialog shows the sentence")
    {
        auto session = sessionOver(network, fx.clock());
        const auto refused = awaitTask(session->signIn(nginx.url(), u"alice"_s, u"password-123"_s));
        REQUIRE(refused.has_value());
        REQUIRE(refused->has_value());
        INFO(refused->value().toStdString());
        CHECK(refused->value().startsWith(untrusted));
    }
}

TEST_CASE("a certificate file --ca-certificates cannot use is refused with one sentence", "[tls]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(u"missing.pem"_s);
    const QString text = dir.filePath(u"notes.txt"_s);
    writeOrFail(text, "not a certificate\n");
    const QString damaged = dir.filePath(u"damaged.pem"_s);
    writeOrFail(damaged, "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");

    SECTION("read as the session reads it")
    {
        const struct
        {
            QString file;
            QString sentence;
        } cases[] = {
            {missing, u"The certificate file %1 cannot be read (No such file or directory)."_s.arg(missing)},
            {dir.path(), u"The certificate file %1 cannot be read"_s.arg(dir.path())},
            {text, u"The file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----)."_s.arg(text)},
            {damaged, u"The file %1 holds a certificate that is damaged or not in PEM format."_s.arg(damaged)},
        };
        for (const auto &[file, sentence] : cases) {
            QString error;
            INFO(file.toStdString());
            CHECK_FALSE(readCaCertificates(file, &error).has_value());
            CHECK(error.startsWith(sentence));
        }

        // A bundle: every certificate of the file.
        const TestCertificates certificates(dir.path());
        const QString bundle = dir.filePath(u"bundle.pem"_s);
        writeOrFail(bundle, readOrFail(certificates.caFile) + readOrFail(certificates.certificateFile));
        CHECK(caCertificatesOrFail(bundle).size() == 2);
    }

    SECTION("by the invitedesk program, which ends before it opens anything")
    {
        for (const QString &file : {missing, text, damaged}) {
            QProcess client;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            env.insert(u"LANGUAGE"_s, u"en"_s);
            env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
            client.setProcessEnvironment(env);
            client.start(QStringLiteral(INVITEDESK_CLIENT_BINARY),
                         {u"--ca-certificates"_s, file, u"--data-dir"_s, dir.filePath(u"data"_s), u"--server"_s,
                          u"https://127.0.0.1:9/api/v1"_s});
            REQUIRE(client.waitForStarted(10000));
            const bool finished = client.waitForFinished(30000);
            if (!finished)
                client.kill();
            REQUIRE(finished);
            // Qt may warn about the environment first; the program's own words are one line.
            const QStringList lines = QString::fromLocal8Bit(client.readAllStandardError()).split(u'\n');
            const QStringList own = lines.filter(QRegularExpression(u"^invitedesk: "_s));
            INFO(lines.join(u'\n').toStdString());
            CHECK(client.exitStatus() == QProcess::NormalExit);
            CHECK(client.exitCode() != 0);
            REQUIRE(own.size() == 1);
            CHECK(own.first().startsWith(u"invitedesk: The "_s));
            CHECK(own.first().contains(file));
            CHECK(own.first().endsWith(u'.'));
            // Nothing was started: not even the data folder.
            CHECK_FALSE(QFileInfo::exists(dir.filePath(u"data"_s)));
        }
    }
}
