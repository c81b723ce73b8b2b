#include "cli/clifixture.h"

#include "support/asynctest.h"
#include "support/childlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace InviteDesk::Test {

CliFixture::CliFixture() : environment(QProcessEnvironment::systemEnvironment())
{
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    runServerCommand({u"seed"_s, u"--db"_s, storage.argument(), u"--user"_s, user, u"--password"_s, password,
                      u"--sent"_s, u"40"_s, u"--received"_s, u"10"_s, u"--seed"_s, u"11"_s});
    server = std::make_unique<ServerProcess>(storage.argument(), QStringList{u"--rate-limit"_s, u"0"_s});
    QFile file(passwordFile());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(password.toUtf8() + "\n");
}

QString CliFixture::url() const
{
    return u"http://127.0.0.1:%1/api/v1"_s.arg(server->port());
}

QString CliFixture::passwordFile() const
{
    return folder.filePath(u"password"_s);
}

QString CliFixture::dataDir() const
{
    return folder.filePath(u"data"_s);
}

std::unique_ptr<QProcess> CliFixture::startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(INVITEDESK_CLI_BINARY));
    process->setArguments(QStringList{u"--data-dir"_s, dataDir()} + arguments);
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start();
    REQUIRE(process->waitForStarted());
    return process;
}

Run CliFixture::finish(QProcess &process, const QStringList &arguments)
{
    REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, std::chrono::seconds(60)));
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    keepChildLog(u"invitedesk-cli"_s, (run.out + run.err).toUtf8());
    UNSCOPED_INFO("invitedesk-cli " << arguments.join(u' ').toStdString() << " -> " << run.exitCode << "\nstdout:\n"
                                    << run.out.toStdString() << "stderr:\n"
                                    << run.err.toStdString());
    return run;
}

Run CliFixture::cli(const QStringList &arguments)
{
    auto process = startCli(arguments);
    REQUIRE(process->waitForFinished(60000));
    return finish(*process, arguments);
}

Run CliFixture::signIn()
{
    return cli({u"sign-in"_s, u"--server"_s, url(), u"--user"_s, user, u"--password-file"_s, passwordFile()});
}

QJsonArray CliFixture::serverList(const std::string &direction, const std::string &state)
{
    auto client = server->client();
    const auto token = client->Post(
        "/api/v1/auth/token",
        QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson().toStdString(),
        "application/json");
    const QString bearerToken = jsonOf(token).value("access_token"_L1).toString();
    const auto page =
        client->Get("/api/v1/invitations?direction=" + direction + "&state=" + state + "&limit=500", bearer(bearerToken));
    REQUIRE(page);
    REQUIRE(page->status == 200);
    return jsonOf(page).value("items"_L1).toArray();
}

QStringList CliFixture::serverIds(const std::string &direction, const std::string &state)
{
    QStringList ids;
    for (const QJsonValue item : serverList(direction, state))
        ids.append(item.toObject().value("id"_L1).toString());
    return ids;
}

} // namespace InviteDesk::Test
