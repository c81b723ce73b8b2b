// invitedesk-server: the reference Invitations API. Parses the command line and wires
// the pieces together; the behaviour lives in the classes it creates.
#include "core/systemclock.h"
#include "server/accountstore.h"
#include "server/apiserver.h"
#include "server/databaseerror.h"
#include "server/databaselocation.h"
#include "server/databasemigrator.h"
#include "server/demoseeder.h"
#include "server/listenaddress.h"
#include "server/serverdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>

#include <atomic>
#include <chrono>
#include <csignal>
#include <unistd.h>
#include <iostream>
#include <cstdio>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>

using namespace Qt::StringLiterals;
using namespace InviteDesk;
using namespace InviteDesk::Server;

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

const QString demoUser = u"demo"_s;
const QString demoPassword = u"demo-password"_s;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stream);
    std::fflush(stream);
}

int fail(const QString &message, int code = exitFailure)
{
    printLine(stderr, u"invitedesk-server: "_s + message);
    return code;
}

struct IntFlag
{
    QString name;
    QString description;
    int fallback;
    int min;
    int max;
};

const QList<IntFlag> ruleFlags{
    {u"reinvite-cooldown-days"_s, u"Days before a withdrawn person can be invited again."_s, 21, 0, 3650},
    {u"expiry-days"_s, u"Days after which a pending invitation expires."_s, 180, 1, 3650},
    {u"weekly-invite-limit"_s, u"Invitations one user may send per rolling 7 days."_s, 100, 1, 1000000},
    {u"note-max-chars"_s, u"Longest invitation note, in Unicode code points."_s, 300, 0, 10000},
    {u"rate-limit"_s, u"Requests per second per token (0 = off)."_s, 20, 0, 1000000},
    {u"rate-burst"_s, u"Requests a token may make at once (0 = one second's worth)."_s, 40, 0, 1000000},
    {u"threads"_s, u"Worker threads; each serves one kept-alive connection at a time."_s, 128, 1, 4096},
    {u"request-deadline"_s, u"Seconds a request's head and body may take to arrive, from its first byte."_s, 20, 1,
     3600},
};

const IntFlag poolFlag{u"db-pool"_s,
                       u"PostgreSQL connections this process may hold; all its database work shares them."_s,
                       ServerDatabase::defaultPoolSize, 1, 1000};

void addServeOptions(QCommandLineParser &parser, const QString &defaultListen)
{
    parser.addOption({u"listen"_s, u"Address to listen on; port 0 picks a free one (default %1)."_s.arg(defaultListen),
                      u"HOST:PORT"_s, defaultListen});
    parser.addOption({u"trusted-proxy"_s,
                      u"A reverse proxy's address whose X-Forwarded-For names the client (for the per-address"
                      " limits); repeat for several."_s,
                      u"ADDRESS"_s});
    for (const IntFlag &flag : ruleFlags)
        parser.addOption({flag.name, u"%1 Default %2."_s.arg(flag.description).arg(flag.fallback), u"N"_s,
                          QString::number(flag.fallback)});
    parser.addOption({u"exit-with-stdin"_s,
                      u"Stop when standard input closes: the program that started this one ended (how the"
                      " window's demo server goes with it, even after a crash)."_s});
}

// Parses the command's own arguments, or prints the problem/help and returns its exit code.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText() + u" (see --help)"_s, exitUsage);
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }
    return std::nullopt;
}

std::optional<int> intValue(const QCommandLineParser &parser, const IntFlag &flag, QString *error)
{
    bool ok = false;
    const int value = parser.value(flag.name).toInt(&ok);
    if (!ok || value < flag.min || value > flag.max) {
        *error = u"--%1 must be a whole number from %2 to %3"_s.arg(flag.name).arg(flag.min).arg(flag.max);
        return std::nullopt;
    }
    return value;
}

const QString dbHelp = u"The server's database: a SQLite file (created if missing) or"
                       " postgresql://USER@HOST:PORT/DBNAME (password from PGPASSWORD or --db-password-file)."_s;

void addDatabaseOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s, dbHelp, u"FILE|URL"_s});
    parser.addOption({u"db-password-file"_s, u"A file whose first line is the PostgreSQL password."_s, u"FILE"_s});
}

// `option` names the flag in messages (--db, --from, --to).
std::unique_ptr<ServerDatabase> openDatabase(const QCommandLineParser &parser, const QString &option, int poolSize,
                                             QString *error)
{
    const auto location = DatabaseLocation::parse(parser.value(option), parser.value(u"db-password-file"_s), error,
                                                  u"--"_s + option);
    if (!location)
        return nullptr;
    return ServerDatabase::open(*location, error, poolSize);
}

std::unique_ptr<ServerDatabase> openDatabase(const QCommandLineParser &parser, QString *error)
{
    return openDatabase(parser, u"db"_s, ServerDatabase::defaultPoolSize, error);
}

// The serve flags' values, or the usage problem.
std::optional<ServerSettings> serveSettings(const QCommandLineParser &parser, QString *error)
{
    ServerSettings settings;
    std::array<int, 8> values{};
    for (qsizetype i = 0; i < ruleFlags.size(); ++i) {
        const auto value = intValue(parser, ruleFlags.at(i), error);
        if (!value)
            return std::nullopt;
        values.at(i) = *value;
    }
    settings.rules.reinviteCooldownDays = values[0];
    settings.rules.expiryDays = values[1];
    settings.rules.weeklyInviteLimit = values[2];
    settings.rules.noteMaxChars = values[3];
    settings.rateLimit = values[4];
    settings.rateBurst = values[5];
    settings.threads = values[6];
    settings.requestDeadlineSeconds = values[7];
    for (const QString &proxy : parser.values(u"trusted-proxy"_s)) {
        QHostAddress address;
        if (!address.setAddress(proxy)) {
            *error = u"--trusted-proxy %1 is not an IP address"_s.arg(proxy);
            return std::nullopt;
        }
        settings.trustedProxies.append(address.toString());
    }
    return settings;
}

int serve(ServerDatabase &database, const ServerSettings &settings, const QCommandLineParser &parser,
          const QStringList &banner)
{
    QString error;
    const auto address = ListenAddress::parse(parser.value(u"listen"_s), &error);
    if (!address)
        return fail(error, exitUsage);
    if (!address->isLoopback())
        printLine(stderr, u"invitedesk-server: warning: serving plain HTTP on %1, which is not a loopback address;"
                          " put TLS in front of it before anyone else can reach it"_s.arg(address->host));

    // Termination signals are taken by one thread with sigwait, so stopping the HTTP
    // server never happens inside a signal handler. Threads started below inherit the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    // Each worker keeps a SQLite connection (3 descriptors) besides its socket; the
    // usual soft limit of 1024 would run out before the threads do.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    SystemClock clock;
    ApiServer server(database, clock, settings);
    const int port = server.bind(address->host, address->port);
    if (port < 0)
        return fail(u"cannot listen on %1: the port is in use or the address is not on this machine"_s.arg(
            address->toString()));

    printLine(stdout, u"invitedesk-server listening on %1"_s.arg(address->baseUrl(port)));
    for (const QString &line : banner)
        printLine(stdout, line);

    std::atomic_bool finished{false};
    std::thread signalWaiter([&server, &finished, signals] {
        int received = 0;
        sigwait(&signals, &received);
        // A signal can arrive before run() has started listening, when stop() has
        // nothing to stop yet: keep asking until run() has returned.
        while (!finished) {
            server.stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    if (parser.isSet(u"exit-with-stdin"_s)) {
        // The parent holds the other end of the pipe; the kernel closes it when the parent
        // ends in any way. Detached: it may still be blocked in a read at exit.
        std::thread([] {
            while (std::cin.get() != std::char_traits<char>::eof()) {
            }
            ::kill(::getpid(), SIGTERM);
        }).detach();
    }
    const bool clean = server.run();
    finished = true;
    pthread_kill(signalWaiter.native_handle(), SIGTERM); // wakes it if the server stopped by itself
    signalWaiter.join();
    return clean ? 0 : fail(u"the server stopped unexpectedly"_s);
}

int serveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serve the Invitations API v1 from a SQLite file or a PostgreSQL database;"
                                     " several instances may serve one PostgreSQL database."_s);
    addDatabaseOptions(parser);
    parser.addOption({poolFlag.name, u"%1 Default %2."_s.arg(poolFlag.description).arg(poolFlag.fallback), u"N"_s,
                      QString::number(poolFlag.fallback)});
    addServeOptions(parser, u"127.0.0.1:8765"_s);
    if (auto code = parseOrExit(parser, arguments))
        return *code;
    QString error;
    const auto settings = serveSettings(parser, &error);
    const auto pool = intValue(parser, poolFlag, &error);
    if (!settings || !pool)
        return fail(error, exitUsage);
    auto database = openDatabase(parser, u"db"_s, *pool, &error);
    if (!database)
        return fail(error);
    return serve(*database, *settings, parser, {});
}

std::optional<SeedSummary> seedDatabase(ServerDatabase &database, const SeedOptions &options, QString *error)
{
    SystemClock clock;
    DemoSeeder seeder(database, clock, DomainRules{});
    return seeder.seed(options, error);
}

int seedCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create a user with deterministic demo data: other people and users, connections, and sent and "
        "received invitations spread over ~200 days."_s);
    addDatabaseOptions(parser);
    parser.addOption({u"user"_s, u"The user to create."_s, u"NAME"_s});
    parser.addOption({u"password"_s, u"Their password (8 characters or more)."_s, u"PW"_s});
    parser.addOption({u"sent"_s, u"Invitations the user has sent."_s, u"N"_s, u"200"_s});
    parser.addOption({u"received"_s, u"Invitations the user has received."_s, u"M"_s, u"50"_s});
    parser.addOption({u"seed"_s, u"Random seed: the same seed gives the same data."_s, u"S"_s, u"1"_s});
    if (auto code = parseOrExit(parser, arguments))
        return *code;

    SeedOptions options{parser.value(u"user"_s), parser.value(u"password"_s), 0, 0, 0};
    bool okSent = false;
    bool okReceived = false;
    bool okSeed = false;
    options.sent = parser.value(u"sent"_s).toInt(&okSent);
    options.received = parser.value(u"received"_s).toInt(&okReceived);
    options.seed = parser.value(u"seed"_s).toUInt(&okSeed);
    if (!okSent || !okReceived || options.sent < 0 || options.received < 0 || options.sent > 1'000'000
        || options.received > 1'000'000)
        return fail(u"--sent and --received must be whole numbers from 0 to 1000000"_s, exitUsage);
    if (!okSeed)
        return fail(u"--seed must be a whole number from 0 to 4294967295"_s, exitUsage);
    if (options.username.isEmpty() || options.password.isEmpty())
        return fail(u"--user and --password are required"_s, exitUsage);

    QString error;
    auto database = openDatabase(parser, &error);
    if (!database)
        return fail(error);
    const auto summary = seedDatabase(*database, options, &error);
    if (!summary)
        return fail(error);
    printLine(stdout, u"seeded %1: user %2 with %3 sent and %4 received invitations, %5 connections, %6 people;"
                      " other users with the same password: %7"_s.arg(database->displayName(), options.username)
                          .arg(summary->sent)
                          .arg(summary->received)
                          .arg(summary->connections)
                          .arg(summary->people)
                          .arg(summary->otherUsers.join(u", "_s)));
    return 0;
}

int userAddCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Create a user account that can sign in."_s);
    addDatabaseOptions(parser);
    parser.addOption({u"password"_s, u"The password (8 characters or more)."_s, u"PW"_s});
    parser.addOption({u"display-name"_s, u"The name others see (default: NAME)."_s, u"TEXT"_s});
    parser.addPositionalArgument(u"NAME"_s, u"The user name to sign in with."_s);
    if (auto code = parseOrExit(parser, arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"user add needs exactly one NAME (see --help)"_s, exitUsage);
    if (parser.value(u"password"_s).isEmpty())
        return fail(u"--password is required"_s, exitUsage);

    QString error;
    auto database = openDatabase(parser, &error);
    if (!database)
        return fail(error);
    SystemClock clock;
    AccountStore accounts(*database, clock);
    const QString name = parser.positionalArguments().constFirst();
    const auto person = accounts.addUser(name, parser.value(u"password"_s),
                                         Person{QString(), parser.value(u"display-name"_s), {}, {}, {}}, &error);
    if (!person)
        return fail(error);
    printLine(stdout, u"added user %1 (%2)"_s.arg(name, person->id));
    return 0;
}

int demoCommand(const QStringList &arguments)
{
    const QString defaultDb =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-server.db"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serve a demo: the first start seeds a database with user \"%1\", later starts reuse it."_s.arg(demoUser));
    parser.addOption({u"db"_s, u"The demo database (default %1)."_s.arg(defaultDb), u"FILE"_s, defaultDb});
    addServeOptions(parser, u"127.0.0.1:8765"_s);
    if (auto code = parseOrExit(parser, arguments))
        return *code;

    const QString path = parser.value(u"db"_s);
    if (DatabaseLocation::looksLikeUrl(path))
        return fail(u"the demo runs on a SQLite file; use serve and seed for PostgreSQL"_s, exitUsage);
    QString error;
    const auto settings = serveSettings(parser, &error);
    if (!settings)
        return fail(error, exitUsage);
    const bool fresh = !QFileInfo::exists(path);
    if (fresh && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"cannot create the folder of %1"_s.arg(path));
    auto database = ServerDatabase::open(path, &error);
    if (!database)
        return fail(error);
    if (fresh && !seedDatabase(*database, SeedOptions{demoUser, demoPassword, 240, 60, 42}, &error)) {
        database.reset();
        QFile::remove(path);
        return fail(error);
    }
    return serve(*database, *settings, parser,
                 {u"demo database: %1"_s.arg(path), u"sign in as user \"%1\" with password \"%2\""_s.arg(demoUser, demoPassword),
                  u"the other side, same password: \"%1.demo1\" (you invited them), \"%1.demo2\" (they invited you),"
                  " \"%1.demo3\" (a connection)"_s.arg(demoUser),
                  u"press Ctrl+C to stop"_s});
}

int migrateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Copy a SQLite server database into an empty PostgreSQL one: users, tokens, people, connections,"
        " invitations, idempotency records and the change feed. Clients keep their sign-ins and sync tokens."_s);
    parser.addOption({u"from"_s, u"The SQLite database to copy (it is only read)."_s, u"FILE"_s});
    parser.addOption({u"to"_s, u"The PostgreSQL database: postgresql://USER@HOST:PORT/DBNAME (created tables; must"
                               " hold no data yet)."_s, u"URL"_s});
    parser.addOption({u"db-password-file"_s, u"A file whose first line is the PostgreSQL password."_s, u"FILE"_s});
    if (auto code = parseOrExit(parser, arguments))
        return *code;
    const QString from = parser.value(u"from"_s);
    const QString to = parser.value(u"to"_s);
    if (from.isEmpty() || to.isEmpty())
        return fail(u"migrate needs --from FILE and --to URL (see --help)"_s, exitUsage);
    if (DatabaseLocation::looksLikeUrl(from))
        return fail(u"--from is the SQLite file to copy"_s, exitUsage);
    if (!QFileInfo(from).isFile())
        return fail(u"--from %1: there is no such file"_s.arg(from));
    if (!DatabaseLocation::looksLikeUrl(to))
        return fail(u"--to is a PostgreSQL URL: postgresql://USER@HOST:PORT/DBNAME"_s, exitUsage);

    QString error;
    auto source = ServerDatabase::open(from, &error);
    if (!source)
        return fail(error);
    auto target = openDatabase(parser, u"to"_s, 1, &error);
    if (!target)
        return fail(error);
    const auto copied = DatabaseMigrator::copy(*source, *target, &error);
    if (!copied)
        return fail(error);
    printLine(stdout, u"copied %1 into %2: %3"_s.arg(from, target->displayName(), copied->join(u", "_s)));
    return 0;
}

int runCommand(const QString &program, QStringList arguments);

QString usage()
{
    return u"usage: invitedesk-server COMMAND [options]\n\n"
           "Commands:\n"
           "  serve      serve the Invitations API v1 from SQLite or PostgreSQL\n"
           "  seed       create a user with deterministic demo data\n"
           "  user add   create a user account\n"
           "  demo       seed a demo database on first start, then serve it\n"
           "  migrate    copy a SQLite database into an empty PostgreSQL one\n\n"
           "Run 'invitedesk-server COMMAND --help' for a command's options."_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"invitedesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.takeFirst();
    if (arguments.isEmpty() || arguments.constFirst() == u"--help" || arguments.constFirst() == u"-h") {
        printLine(arguments.isEmpty() ? stderr : stdout, usage());
        return arguments.isEmpty() ? exitUsage : 0;
    }
    if (arguments.constFirst() == u"--version") {
        printLine(stdout, u"invitedesk-server "_s + QCoreApplication::applicationVersion());
        return 0;
    }

    try {
        return runCommand(program, arguments);
    } catch (const DatabaseError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

namespace {

int runCommand(const QString &program, QStringList arguments)
{
    const QString command = arguments.takeFirst();
    if (command == u"user") {
        if (arguments.isEmpty() || arguments.constFirst() != u"add")
            return fail(u"the user command has one subcommand: user add NAME --db FILE|URL --password PW"_s, exitUsage);
        arguments.takeFirst();
        return userAddCommand(QStringList{program + u" user add"_s} + arguments);
    }
    const QStringList commandArguments = QStringList{program + u' ' + command} + arguments;
    if (command == u"serve")
        return serveCommand(commandArguments);
    if (command == u"seed")
        return seedCommand(commandArguments);
    if (command == u"demo")
        return demoCommand(commandArguments);
    if (command == u"migrate")
        return migrateCommand(commandArguments);
    return fail(u"unknown command \"%1\"\n%2"_s.arg(command, usage()), exitUsage);
}

} // namespace
