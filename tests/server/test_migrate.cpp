// Moving an installation from SQLite to PostgreSQL with `invitedesk-server migrate`.
// PostgreSQL only (hidden tag, selected by the PostgreSQL registration).
#include "support/catchqt.h"
#include "support/serverprocess.h"
#include "support/testdatabase.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <httplib.h>

using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"alice-password"_s;

// Every item of a paged list, as the API gives it.
QJsonArray everything(httplib::Client &client, const QString &token, const std::string &path)
{
    QJsonArray items;
    QString cursor;
    do {
        std::string url = path + (path.find('?') == std::string::npos ? "?" : "&") + "limit=50";
        if (!cursor.isEmpty())
            url += "&cursor=" + QUrl::toPercentEncoding(cursor).toStdString();
        const QJsonObject page = jsonOf(client.Get(url.c_str(), bearer(token)));
        for (const QJsonValue item : page.value("items"_L1).toArray())
            items.append(item);
        cursor = page.value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty());
    return items;
}

QString signIn(httplib::Client &client)
{
    const QJsonObject body{{u"username"_s, u"alice"_s}, {u"password"_s, password}};
    const auto result = client.Post("/api/v1/auth/token", QJsonDocument(body).toJson().toStdString(), "application/json");
    REQUIRE(result);
    REQUIRE(result->status == 200);
    return jsonOf(result).value("access_token"_L1).toString();
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run migrate(const QString &from, const QString &to)
{
    QProcess process;
    process.start(QStringLiteral(INVITEDESK_SERVER_BINARY), {u"migrate"_s, u"--from"_s, from, u"--to"_s, to});
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("migrate moves a SQLite installation into PostgreSQL, sign-ins and sync tokens included",
          "[.][postgresql]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"server.db"_s);
    runServerCommand({u"seed"_s, u"--db"_s, file, u"--user"_s, u"alice"_s, u"--password"_s, password, u"--sent"_s,
                      u"40"_s, u"--received"_s, u"25"_s, u"--seed"_s, u"5"_s});

    // Used for a while on SQLite: signed in, synced, one withdrawal sent with a key.
    QString token;
    QString syncToken;
    std::string withdrawal;
    const std::string key = freshKey();
    QJsonArray invitations;
    QJsonArray connections;
    QJsonArray notifications;
    {
        ServerProcess sqlite(file);
        auto client = sqlite.client();
        token = signIn(*client);
        QString since;
        QJsonObject page;
        do {
            std::string path = "/api/v1/sync?limit=20";
            if (!since.isEmpty())
                path += "&since=" + QUrl::toPercentEncoding(since).toStdString();
            page = jsonOf(client->Get(path.c_str(), bearer(token)));
            since = page.value("next_since"_L1).toString();
        } while (page.value("has_more"_L1).toBool());
        syncToken = since;
        const QJsonArray pending = everything(*client, token, "/api/v1/invitations?direction=sent&state=pending");
        REQUIRE_FALSE(pending.isEmpty());
        const std::string id = pending.at(0).toObject().value("id"_L1).toString().toStdString();
        const auto withdrawn = client->Post(("/api/v1/invitations/" + id + "/withdraw").c_str(), bearer(token, key),
                                            std::string(), "application/json");
        REQUIRE(withdrawn);
        REQUIRE(withdrawn->status == 200);
        withdrawal = withdrawn->body;
        invitations = everything(*client, token, "/api/v1/invitations?state=all");
        connections = everything(*client, token, "/api/v1/connections");
        notifications = jsonOf(client->Get("/api/v1/notifications?limit=200", bearer(token))).value("items"_L1).toArray();
    }

    TestDatabase postgres;
    const Run moved = migrate(file, postgres.argument());
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);

    ServerProcess server(postgres.argument());
    auto client = server.client();
    // The token from before the move still signs alice in.
    const auto me = client->Get("/api/v1/me", bearer(token));
    REQUIRE(me);
    CHECK(me->status == 200);
    // Her sync continues where it was: the one change since is her withdrawal, no 410.
    const auto delta = client->Get(("/api/v1/sync?since=" + QUrl::toPercentEncoding(syncToken).toStdString()).c_str(),
                                   bearer(token));
    REQUIRE(delta);
    CHECK(delta->status == 200);
    CHECK(jsonOf(delta).value("changes"_L1).toArray().size() == 1);
    // A retry of the withdrawal is answered from the copied idempotency record.
    const std::string id = QJsonDocument::fromJson(QByteArray::fromStdString(withdrawal)).object()
                               .value("id"_L1).toString().toStdString();
    const auto replay = client->Post(("/api/v1/invitations/" + id + "/withdraw").c_str(), bearer(token, key),
                                     std::string(), "application/json");
    REQUIRE(replay);
    CHECK(replay->status == 200);
    CHECK(replay->body == withdrawal);
    CHECK(replay->get_header_value("Idempotent-Replayed") == "true");
    // The same lists.
    CHECK(everything(*client, token, "/api/v1/invitations?state=all") == invitations);
    CHECK(everything(*client, token, "/api/v1/connections") == connections);
    CHECK(jsonOf(client->Get("/api/v1/notifications?limit=200", bearer(token))).value("items"_L1).toArray()
          == notifications);
    // New rows continue after the copied ones (notification ids, the feed).
    const QJsonArray suggestions = jsonOf(client->Get("/api/v1/people/suggestions", bearer(token))).value("items"_L1).toArray();
    REQUIRE_FALSE(suggestions.isEmpty());
    const std::string someone = suggestions.at(0).toObject().value("person"_L1).toObject().value("id"_L1).toString().toStdString();
    const auto invited = client->Post("/api/v1/invitations", bearer(token, freshKey()),
                                      R"({"invitee_id":")" + someone + R"("})", "application/json");
    REQUIRE(invited);
    CHECK(invited->status == 201);
    postgres.checkIntegrity();

    // A second migration into the same database refuses to mix two installations.
    const Run again = migrate(file, postgres.argument());
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds data"_s));
    CHECK(again.err.trimmed().count(u'\n') == 0);
}

TEST_CASE("seed and user add write the same data to PostgreSQL as to SQLite", "[.][postgresql]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TestDatabase postgres;
    const QString file = dir.filePath(u"server.db"_s);
    for (const QString &db : {file, postgres.argument()}) {
        runServerCommand({u"seed"_s, u"--db"_s, db, u"--user"_s, u"alice"_s, u"--password"_s, password,
                          u"--sent"_s, u"30"_s, u"--received"_s, u"10"_s, u"--seed"_s, u"9"_s});
        runServerCommand({u"user"_s, u"add"_s, u"bob"_s, u"--db"_s, db, u"--password"_s, password});
    }
    const auto rows = [](QSqlDatabase db) {
        QStringList out;
        QSqlQuery query(db);
        REQUIRE(query.exec(u"SELECT i.id, i.state, p.name, COALESCE(i.message, ''), i.version FROM invitations i"
                           " JOIN people p ON p.id = i.invitee_id ORDER BY i.id"_s));
        while (query.next())
            out.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toString()}
                           .join(u'|'));
        REQUIRE(query.exec(u"SELECT username FROM accounts ORDER BY username"_s));
        while (query.next())
            out.append(query.value(0).toString());
        return out;
    };
    const QString name = u"seed-compare"_s;
    QStringList fromSqlite;
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        sqlite.setDatabaseName(file);
        REQUIRE(sqlite.open());
        fromSqlite = rows(sqlite);
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(fromSqlite.size() == 40 + 5);
    CHECK(rows(postgres.inspect()) == fromSqlite);

    // A user name is taken whatever its case, on both.
    QProcess taken;
    taken.start(QStringLiteral(INVITEDESK_SERVER_BINARY),
                {u"user"_s, u"add"_s, u"BOB"_s, u"--db"_s, postgres.argument(), u"--password"_s, password});
    REQUIRE(taken.waitForFinished(30000));
    CHECK(taken.exitCode() == 1);
    CHECK(QString::fromUtf8(taken.readAllStandardError()).contains(u"already exists"_s));
}
