// The server's handling of a request as a whole: the real ApiServer on a loopback port
// over a seeded SQLite database gets whatever request the input describes, through its
// HTTP parser, routing, Authorization, rate limits, Idempotency-Key, query parameters,
// cursors, sync tokens and JSON bodies. It must answer every one with a well-formed
// response that is never a 500, and every refusal as problem+json with a code.
//
// The input is text, so the seeds stay readable:
//   line 1          the request line: METHOD /path?query (HTTP/1.1 is added)
//   lines 2…        headers, up to an empty line
//   the rest        the body
// {TOKEN} becomes a valid access token of the seeded user, {SENT}, {RECEIVED} and
// {PERSON} the id of one of their sent and received invitations and of a person they
// may invite. Content-Length and Connection are the harness's own.
#include "core/systemclock.h"
#include "server/accountstore.h"
#include "server/apiserver.h"
#include "server/demoseeder.h"
#include "server/serverdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <thread>

using namespace InviteDesk;
using namespace InviteDesk::Server;
using namespace Qt::StringLiterals;

namespace {

// In memory where the machine has it: each write's fsync would cost more than the
// request it follows.
QString scratchTemplate()
{
    const QString folder = QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm"_s : QDir::tempPath();
    return folder + u"/fuzz_server_requests-XXXXXX"_s;
}

struct Harness
{
    QTemporaryDir dir{scratchTemplate()};
    SystemClock clock;
    std::unique_ptr<ServerDatabase> database;
    std::unique_ptr<ApiServer> server;
    std::thread thread;
    int port = -1;
    QString username = u"fz"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    QString password = u"fuzz-password-123"_s;
    std::string token, sent, received, person;
};

Harness *g_harness = nullptr;

[[noreturn]] void fail(const std::string &why)
{
    std::fprintf(stderr, "fuzz_server_requests: %s\n", why.c_str());
    std::abort();
}

// httplib reads the method after any leading blanks.
bool isHead(const std::string &request)
{
    const auto start = request.find_first_not_of(" \t");
    return start != std::string::npos && request.compare(start, 5, "HEAD ") == 0;
}

// The Content-Length of the answer whose head is response[0, headEnd), if it has one.
std::optional<std::size_t> contentLength(const std::string &response, std::size_t headEnd)
{
    std::string fields = response.substr(0, headEnd);
    std::transform(fields.begin(), fields.end(), fields.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const auto field = fields.find("\r\ncontent-length:");
    if (field == std::string::npos)
        return std::nullopt;
    return std::strtoul(fields.c_str() + field + 17, nullptr, 10);
}

// Whether `response` holds its whole head and as much body as Content-Length says (a
// HEAD request's answer has none).
bool answerComplete(const std::string &response, bool head)
{
    const auto headEnd = response.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        return false;
    if (head)
        return true;
    const auto length = contentLength(response, headEnd);
    return length && response.size() >= headEnd + 4 + *length; // without one: to the end of the connection
}

// One request on a connection of its own; the whole response, or empty when none came.
std::string exchange(const std::string &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        fail("no socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(g_harness->port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{8, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        fail("the server does not accept connections");
    for (std::size_t written = 0; written < request.size();) {
        const ssize_t n = ::send(fd, request.data() + written, request.size() - written, MSG_NOSIGNAL);
        if (n <= 0)
            break; // the server may answer (413, 400) before it has read everything
        written += std::size_t(n);
    }
    // No half-close: httplib takes a shut write side for a client that left, and keeps
    // the answer; "Connection: close" ends the exchange instead.
    // Up to the end of the answer, not of the connection: after a request line httplib
    // could not read it keeps the connection for the next one.
    std::string response;
    char buffer[16384];
    for (ssize_t n; !answerComplete(response, isHead(request)) && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        response.append(buffer, std::size_t(n));
    ::close(fd);
    return response;
}

std::string mintToken()
{
    AccountStore accounts(*g_harness->database, g_harness->clock);
    const auto signIn = accounts.signIn(g_harness->username, g_harness->password);
    if (!signIn.token)
        fail("the harness cannot sign in");
    return signIn.token->accessToken.toStdString();
}

// The body of the first answer in `response` (answers to a request httplib took for
// several may follow it).
std::string bodyOf(const std::string &response)
{
    const auto end = response.find("\r\n\r\n");
    if (end == std::string::npos)
        return std::string();
    return response.substr(end + 4, contentLength(response, end).value_or(std::string::npos));
}

QJsonArray listOf(const std::string &path)
{
    const std::string response = exchange("GET " + path + " HTTP/1.1\r\nHost: fuzz\r\nAuthorization: Bearer "
                                          + g_harness->token + "\r\nConnection: close\r\n\r\n");
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(bodyOf(response))).object();
    if (!json.value("items"_L1).isArray())
        fail("cannot list " + path + ": " + response.substr(0, 400));
    return json.value("items"_L1).toArray();
}

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
        text.replace(at, from.size(), to);
}

bool startsWithCaseless(const std::string &line, const char *prefix)
{
    for (std::size_t i = 0; prefix[i]; ++i) {
        if (i >= line.size() || std::tolower(static_cast<unsigned char>(line[i])) != prefix[i])
            return false;
    }
    return true;
}

// The input as an HTTP/1.1 request the server will read to its end.
std::string requestFrom(std::string text)
{
    replaceAll(text, "{TOKEN}", g_harness->token);
    replaceAll(text, "{SENT}", g_harness->sent);
    replaceAll(text, "{RECEIVED}", g_harness->received);
    replaceAll(text, "{PERSON}", g_harness->person);
    std::string head;
    std::size_t at = 0;
    const auto nextLine = [&] {
        const auto end = text.find('\n', at);
        std::string line = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at = end == std::string::npos ? text.size() : end + 1;
        std::erase(line, '\r');
        return line;
    };
    head = nextLine() + " HTTP/1.1\r\nHost: fuzz\r\n";
    while (at < text.size()) {
        const std::string header = nextLine();
        if (header.empty())
            break;
        if (startsWithCaseless(header, "content-length") || startsWithCaseless(header, "connection")
            || startsWithCaseless(header, "transfer-encoding") || startsWithCaseless(header, "expect"))
            continue;
        head += header + "\r\n";
    }
    const std::string body = text.substr(at);
    return head + "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    // Never destroyed (the server runs until the process ends); its folder goes at exit.
    g_harness = new Harness;
    std::atexit([] { g_harness->dir.remove(); });
    QString error;
    g_harness->database = ServerDatabase::open(g_harness->dir.filePath(u"server.sqlite"_s), &error);
    if (!g_harness->database)
        fail(error.toStdString());
    DomainRules rules;
    DemoSeeder seeder(*g_harness->database, g_harness->clock, rules);
    if (!seeder.seed(SeedOptions{g_harness->username, g_harness->password, 40, 30, 7}, &error))
        fail(error.toStdString());
    ServerSettings settings;
    settings.rateLimit = 0; // the per-token limit would answer almost everything with 429
    settings.threads = 4;
    g_harness->server = std::make_unique<ApiServer>(*g_harness->database, g_harness->clock, settings);
    g_harness->port = g_harness->server->bind(u"127.0.0.1"_s, 0);
    if (g_harness->port <= 0)
        fail("cannot bind a loopback port");
    g_harness->thread = std::thread([] { g_harness->server->run(); });
    g_harness->token = mintToken();
    for (int attempt = 0; attempt < 200 && exchange("GET /api/v1/health HTTP/1.1\r\nHost: f\r\nConnection: close\r\n\r\n").empty(); ++attempt)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    for (const auto &item : listOf("/api/v1/invitations?direction=sent&state=pending"))
        g_harness->sent = item.toObject().value("id"_L1).toString().toStdString();
    for (const auto &item : listOf("/api/v1/invitations?direction=received&state=pending"))
        g_harness->received = item.toObject().value("id"_L1).toString().toStdString();
    for (const auto &item : listOf("/api/v1/people/suggestions"))
        g_harness->person = item.toObject().value("person"_L1).toObject().value("id"_L1).toString().toStdString();
    if (g_harness->sent.empty() || g_harness->received.empty() || g_harness->person.empty())
        fail("the seeded user has no invitations or suggestions to fuzz with");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const std::string request = requestFrom(text);
    const std::string response = exchange(request);
    if (response.empty())
        return 0; // httplib drops a request line it cannot read without a word
    if (response.compare(0, 9, "HTTP/1.1 ") != 0 || response.size() < 12)
        fail("not an HTTP response: " + response.substr(0, 80));
    const int status = std::atoi(response.substr(9, 3).c_str());
    if (status < 200 || status > 599)
        fail("status " + std::to_string(status));
    if (status == 500)
        fail("500 for the request:\n" + text + "\n--- answer:\n" + response.substr(0, 2000));
    const auto headEnd = response.find("\r\n\r\n");
    const std::string head = response.substr(0, headEnd);
    // A refusal of ours explains itself (an empty body: a HEAD request, however spelt).
    const std::string body = isHead(request) ? std::string() : bodyOf(response);
    if (status >= 400 && head.find("application/problem+json") != std::string::npos && !body.empty()) {
        const auto problem = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
        if (problem.value("code"_L1).toString().isEmpty() || problem.value("status"_L1).toInt() != status)
            fail("a problem without its code or status:\n" + response.substr(0, 2000));
    }
    // A signed-out token: the next inputs get a fresh one.
    if (status == 204 && text.find("/auth/logout") != std::string::npos)
        g_harness->token = mintToken();
    return 0;
}
