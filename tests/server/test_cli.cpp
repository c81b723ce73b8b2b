#include "support/catchqt.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INVITEDESK_SERVER_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList seededRows(const QString &path)
{
    const QString name = u"cli-check-"_s + path;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT i.id, i.state, p.name, i.message FROM invitations i"
                           " JOIN people p ON p.id = i.invitee_id ORDER BY i.id"_s));
        while (query.next())
            rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString()
                        + u'|' + query.value(3).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

TEST_CASE("every command has help", "[server][cli]")
{
    const Run top = runServer({u"--help"_s});
    CHECK(top.exitCode == 0);
    for (const char *command : {"serve", "seed", "user add", "demo"})
        CHECK(top.out.contains(QLatin1StringView(command)));
    CHECK(runServer({u"serve"_s, u"--help"_s}).out.contains(u"--reinvite-cooldown-days"_s));
    CHECK(runServer({u"seed"_s, u"--help"_s}).out.contains(u"--received"_s));
    CHECK(runServer({u"user"_s, u"add"_s, u"--help"_s}).out.contains(u"--password"_s));
    CHECK(runServer({u"--version"_s}).out.startsWith(u"invitedesk-server "_s));
}

TEST_CASE("bad flags and files get one clear line and a failing exit code", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"s.db"_s);

    const auto expectOneLine = [](const Run &run, int code, const QString &mention) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode == code);
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK(run.err.contains(mention));
    };
    expectOneLine(runServer({u"serve"_s, u"--db"_s, db, u"--expiry-days"_s, u"soon"_s}), 2, u"--expiry-days"_s);
    expectOneLine(runServer({u"serve"_s, u"--db"_s, db, u"--rate-limit"_s, u"-3"_s}), 2, u"--rate-limit"_s);
    expectOneLine(runServer({u"serve"_s, u"--db"_s, db, u"--weekly-invite-limit"_s, u"0"_s}), 2,
                  u"--weekly-invite-limit"_s);
    expectOneLine(runServer({u"serve"_s, u"--db"_s, db, u"--frobnicate"_s}), 2, u"frobnicate"_s);
    expectOneLine(runServer({u"serve"_s, u"--db"_s, db, u"--listen"_s, u"nowhere"_s}), 2, u"--listen"_s);
    expectOneLine(runServer({u"serve"_s}), 1, u"--db"_s);
    const Run unknown = runServer({u"teleport"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.startsWith(u"invitedesk-server: unknown command \"teleport\""_s));

    QFile garbage(dir.filePath(u"garbage.db"_s));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    expectOneLine(runServer({u"serve"_s, u"--db"_s, garbage.fileName()}), 1, u"not an InviteDesk server database"_s);
    expectOneLine(runServer({u"serve"_s, u"--db"_s, u"/proc/invitedesk/nope.db"_s}), 1, u"cannot create"_s);
    expectOneLine(runServer({u"seed"_s, u"--db"_s, db, u"--user"_s, u"x"_s, u"--password"_s, u"short"_s}), 1,
                  u"at least 8"_s);
}

TEST_CASE("a port in use is reported, not ignored", "[server][cli]")
{
    QTemporaryDir dir;
    QProcess first;
    first.start(QStringLiteral(INVITEDESK_SERVER_BINARY),
                {u"serve"_s, u"--db"_s, dir.filePath(u"a.db"_s), u"--listen"_s, u"127.0.0.1:0"_s});
    while (!first.canReadLine())
        REQUIRE(first.waitForReadyRead(20000));
    const QString banner = QString::fromUtf8(first.readLine());
    const auto match = QRegularExpression(u"^invitedesk-server listening on http://127\\.0\\.0\\.1:(\\d+)/api/v1"_s)
                           .match(banner);
    REQUIRE(match.hasMatch());

    const Run second = runServer({u"serve"_s, u"--db"_s, dir.filePath(u"b.db"_s), u"--listen"_s,
                                  u"127.0.0.1:"_s + match.captured(1)});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(u"cannot listen on 127.0.0.1:"_s + match.captured(1)));

    first.terminate(); // SIGTERM: a clean stop
    REQUIRE(first.waitForFinished(10000));
    CHECK(first.exitStatus() == QProcess::NormalExit);
    CHECK(first.exitCode() == 0);
}

TEST_CASE("seeding is deterministic and covers every age and state", "[server][cli][seed]")
{
    QTemporaryDir dir;
    const QStringList args{u"seed"_s, u"--user"_s, u"demo"_s, u"--password"_s, u"demo-password"_s,
                           u"--sent"_s, u"60"_s, u"--received"_s, u"20"_s, u"--seed"_s, u"7"_s, u"--db"_s};
    REQUIRE(runServer(args + QStringList{dir.filePath(u"one.db"_s)}).exitCode == 0);
    REQUIRE(runServer(args + QStringList{dir.filePath(u"two.db"_s)}).exitCode == 0);
    const QStringList one = seededRows(dir.filePath(u"one.db"_s));
    CHECK(one.size() == 80);
    CHECK(one == seededRows(dir.filePath(u"two.db"_s)));

    const QString name = u"cli-ages"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dir.filePath(u"one.db"_s));
        REQUIRE(db.open());
        QSqlQuery query(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        REQUIRE(query.exec(
            u"SELECT SUM(state = 'pending' AND sent_at > %1), SUM(state = 'pending' AND sent_at < %2),"
            " SUM(state = 'pending' AND expires_at < %3), SUM(state = 'expired'), SUM(state = 'withdrawn'),"
            " SUM(state = 'accepted') FROM invitations"_s.arg(now - 14 * day)
                .arg(now - 30 * day)
                .arg(now + 14 * day)));
        REQUIRE(query.next());
        for (int column = 0; column < 6; ++column) {
            INFO("column " << column);
            CHECK(query.value(column).toInt() > 0);
        }
    }
    QSqlDatabase::removeDatabase(name);

    // The same user twice is refused, and says so.
    const Run again = runServer(args + QStringList{dir.filePath(u"one.db"_s)});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already exists"_s));
}

TEST_CASE("SIGTERM stops the server at any moment after start", "[server][cli]")
{
    QTemporaryDir dir;
    for (int attempt = 0; attempt < 10; ++attempt) {
        QProcess server;
        server.start(QStringLiteral(INVITEDESK_SERVER_BINARY),
                     {u"serve"_s, u"--db"_s, dir.filePath(u"s.db"_s), u"--listen"_s, u"127.0.0.1:0"_s});
        while (!server.canReadLine())
            REQUIRE(server.waitForReadyRead(20000));
        server.terminate(); // right on the banner, perhaps before it accepts
        INFO("attempt " << attempt);
        REQUIRE(server.waitForFinished(10000));
        CHECK(server.exitCode() == 0);
    }
}
