// invitedesk-cli as a script uses it: the real program against the real server on
// loopback, with a data folder of its own and the password from a file (no keyring).
#include "cli/clifixture.h"
#include "support/catchqt.h"
#include "support/smalldisk.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray parsedList(const Run &run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace

TEST_CASE("sign-in, then list and status work from the cache", "[cli]")
{
    CliFixture fixture;
    const Run signedIn = fixture.signIn();
    REQUIRE(signedIn.exitCode == 0);
    CHECK(signedIn.out.contains(u"Signed in as scripter"_s));

    // Offline from here: the cache answers alone.
    fixture.server.reset();
    const Run sent = fixture.cli({u"list"_s, u"sent"_s, u"--format"_s, u"json"_s});
    REQUIRE(sent.exitCode == 0);
    const QJsonArray items = parsedList(sent);
    CHECK(items.size() > 0);
    for (const QJsonValue item : items) {
        CHECK(item.toObject().value("direction"_L1).toString() == u"sent"_s);
        CHECK(item.toObject().value("state"_L1).toString() == u"pending"_s);
    }
    const Run old = fixture.cli({u"list"_s, u"sent"_s, u"--older-than"_s, u"100"_s, u"--format"_s, u"json"_s});
    REQUIRE(old.exitCode == 0);
    const QJsonArray oldItems = parsedList(old);
    CHECK(oldItems.size() < items.size());
    for (const QJsonValue item : oldItems)
        CHECK(item.toObject().value("age_days"_L1).toInt() > 100);

    const Run csv = fixture.cli({u"list"_s, u"received"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(u"ID,AGE,STATE,NAME,COMPANY,HEADLINE\r\n"_s));

    // Without the password file the token of the sign-in is gone: sign-in needed.
    const Run status = fixture.cli({u"status"_s});
    CHECK(status.out.contains(u"Account:    scripter"_s));
}

TEST_CASE("withdraw --older-than: a dry run sends nothing, then exactly the oldest go", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const QStringList pendingBefore = fixture.serverIds("sent", "pending");

    const Run dry = fixture.cli({u"withdraw"_s, u"--older-than"_s, u"30"_s, u"--limit"_s, u"4"_s, u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(u"Withdraw 4 invitations:"_s));
    CHECK(dry.out.contains(u"Dry run: nothing was sent."_s));
    // Oldest first: the ages never grow down the list.
    QList<int> ages;
    static const QRegularExpression pending(u"pending (\\d+) days?"_s);
    for (auto match = pending.globalMatch(dry.out); match.hasNext();)
        ages.append(match.next().captured(1).toInt());
    REQUIRE(ages.size() == 4);
    CHECK(std::is_sorted(ages.crbegin(), ages.crend()));
    CHECK(fixture.serverIds("sent", "pending") == pendingBefore);

    // Not on a terminal and no --yes: asks nothing, sends nothing.
    const Run unconfirmed = fixture.cli({u"withdraw"_s, u"--older-than"_s, u"30"_s, u"--limit"_s, u"4"_s});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.err.contains(u"--yes"_s));
    CHECK(fixture.serverIds("sent", "pending") == pendingBefore);

    const Run done = fixture.cli({u"withdraw"_s, u"--older-than"_s, u"30"_s, u"--limit"_s, u"4"_s, u"--yes"_s,
                                  u"--password-file"_s, fixture.passwordFile()});
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.count(u": done"_s) == 4);
    const QStringList pendingAfter = fixture.serverIds("sent", "pending");
    CHECK(pendingAfter.size() == pendingBefore.size() - 4);
    // The four oldest went, and nothing else.
    const QJsonArray withdrawn = fixture.serverList("sent", "withdrawn");
    QStringList withdrawnNow;
    for (const QJsonValue item : withdrawn) {
        const QString id = item.toObject().value("id"_L1).toString();
        if (pendingBefore.contains(id))
            withdrawnNow.append(id);
    }
    CHECK(withdrawnNow.size() == 4);
    for (const QString &id : pendingAfter)
        CHECK(pendingBefore.contains(id));

    // The cache agrees at once.
    const Run list = fixture.cli({u"list"_s, u"sent"_s, u"--format"_s, u"json"_s});
    CHECK(parsedList(list).size() == pendingAfter.size());
}

TEST_CASE("accept by id goes to the server once", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const QString id = fixture.serverIds("received", "pending").first();
    const Run accepted = fixture.cli({u"accept"_s, id, u"--password-file"_s, fixture.passwordFile()});
    REQUIRE(accepted.exitCode == 0);
    CHECK(accepted.out.contains(u"[1/1]"_s));
    CHECK_FALSE(fixture.serverIds("received", "pending").contains(id));
    CHECK(fixture.serverIds("received", "accepted").contains(id));
}

TEST_CASE("bad input gets one sentence on stderr, a usage or failure status, and sends nothing", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const QStringList pendingBefore = fixture.serverIds("sent", "pending");
    const auto oneLine = [](const Run &run) {
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK(run.err.startsWith(u"invitedesk-cli: "_s));
    };

    const Run unknownId = fixture.cli(
        {u"withdraw"_s, u"inv_0000000000000000"_s, u"--yes"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(unknownId.exitCode == 1);
    CHECK(unknownId.err.contains(u"inv_0000000000000000"_s));
    oneLine(unknownId);

    const Run badNumber = fixture.cli({u"withdraw"_s, u"--older-than"_s, u"soon"_s, u"--yes"_s});
    CHECK(badNumber.exitCode == 2);
    CHECK(badNumber.err.contains(u"whole number"_s));
    oneLine(badNumber);

    const Run badList = fixture.cli({u"list"_s, u"sideways"_s});
    CHECK(badList.exitCode == 2);
    oneLine(badList);

    const Run badOption = fixture.cli({u"list"_s, u"sent"_s, u"--colour"_s});
    CHECK(badOption.exitCode == 2);
    oneLine(badOption);

    const Run misplaced = fixture.cli({u"list"_s, u"sent"_s, u"--dry-run"_s});
    CHECK(misplaced.exitCode == 2);
    oneLine(misplaced);

    CHECK(fixture.serverIds("sent", "pending") == pendingBefore);
}

TEST_CASE("without a token the command says to sign in, with status 4", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    // The sign-in's token lived in that run's memory only.
    const Run sync = fixture.cli({u"sync"_s});
    CHECK(sync.exitCode == 4);
    CHECK(sync.err.contains(u"sign-in"_s));

    QTemporaryDir empty;
    const Run noAccount = fixture.cli({u"--data-dir"_s, empty.path(), u"status"_s});
    CHECK(noAccount.exitCode == 4);
    CHECK(noAccount.err.contains(u"sign in first"_s));
}

TEST_CASE("offline, a withdrawal waits in the outbox (status 3) and the next sync sends it", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const int port = fixture.server->port();
    const QString id = fixture.serverIds("sent", "pending").first();
    fixture.server.reset();

    const Run queued = fixture.cli({u"withdraw"_s, id, u"--yes"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(queued.exitCode == 3);
    CHECK(queued.err.contains(u"in the outbox"_s));
    const Run list = fixture.cli({u"list"_s, u"withdrawn"_s, u"--format"_s, u"json"_s});
    bool shownQueued = false;
    for (const QJsonValue item : parsedList(list)) {
        if (item.toObject().value("id"_L1).toString() == id)
            shownQueued = item.toObject().value("action_queued"_L1).toBool();
    }
    CHECK(shownQueued);

    fixture.server = std::make_unique<ServerProcess>(
        fixture.storage.argument(), QStringList{u"--rate-limit"_s, u"0"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    REQUIRE(fixture.server->port() == port);
    const Run synced = fixture.cli({u"sync"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(synced.exitCode == 0);
    CHECK(fixture.serverIds("sent", "withdrawn").contains(id));
    CHECK_FALSE(fixture.serverIds("sent", "pending").contains(id));
}

TEST_CASE("a withdraw killed while sending is completed by the next run, each invitation once", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    const QStringList pendingBefore = fixture.serverIds("sent", "pending");
    constexpr int batch = 25;

    const auto process = fixture.startCli({u"withdraw"_s, u"--older-than"_s, u"0"_s, u"--limit"_s,
                                           QString::number(batch), u"--yes"_s, u"--password-file"_s,
                                           fixture.passwordFile()});
    // SIGKILL once the first result is printed: some sent, the rest still queued.
    QString output;
    while (!output.contains(u"[1/"_s) && process->waitForReadyRead(30000))
        output += QString::fromUtf8(process->readAllStandardOutput());
    REQUIRE(output.contains(u"[1/"_s));
    process->kill();
    REQUIRE(process->waitForFinished(10000));

    const Run again = fixture.cli({u"sync"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(again.exitCode == 0);
    // Whatever the kill interrupted is sent again with its own key: no "not changed" answer.
    CHECK_FALSE(again.out.contains(u"not changed"_s));
    const QStringList pendingAfter = fixture.serverIds("sent", "pending");
    CHECK(pendingAfter.size() == pendingBefore.size() - batch);
    const Run status = fixture.cli({u"status"_s, u"--password-file"_s, fixture.passwordFile()});
    CHECK(status.out.contains(u"Queued:     0 actions"_s));
    const Run list = fixture.cli({u"list"_s, u"sent"_s, u"--format"_s, u"json"_s});
    CHECK(parsedList(list).size() == pendingAfter.size());
}

TEST_CASE("invite a suggested person with a note; a note too long sends nothing", "[cli]")
{
    CliFixture fixture;
    REQUIRE(fixture.signIn().exitCode == 0);
    auto client = fixture.server->client();
    const auto token = client->Post("/api/v1/auth/token",
                                    QJsonDocument(QJsonObject{{u"username"_s, CliFixture::user}, {u"password"_s, CliFixture::password}})
                                        .toJson()
                                        .toStdString(),
                                    "application/json");
    const auto suggestions =
        client->Get("/api/v1/people/suggestions?limit=5", bearer(jsonOf(token).value("access_token"_L1).toString()));
    const QJsonArray people = jsonOf(suggestions).value("items"_L1).toArray();
    REQUIRE(people.size() >= 2);
    const auto personOf = [&](int i) {
        return people.at(i).toObject().value("person"_L1).toObject().value("id"_L1).toString();
    };
    const qsizetype sentBefore = fixture.serverIds("sent", "pending").size();

    const Run tooLong = fixture.cli({u"invite"_s, personOf(1), u"--note"_s, QString(301, u'x'), u"--password-file"_s,
                                     fixture.passwordFile()});
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(u"too long"_s));
    CHECK(tooLong.err.trimmed().count(u'\n') == 0);
    CHECK(fixture.serverIds("sent", "pending").size() == sentBefore);

    const Run invited = fixture.cli({u"invite"_s, personOf(0), u"--note"_s, u"Hello from a script"_s,
                                     u"--password-file"_s, fixture.passwordFile()});
    REQUIRE(invited.exitCode == 0);
    CHECK(invited.out.contains(u": done"_s));
    bool found = false;
    for (const QJsonValue item : fixture.serverList("sent", "pending")) {
        const QJsonObject object = item.toObject();
        if (object.value("person"_L1).toObject().value("id"_L1).toString() == personOf(0)) {
            found = true;
            CHECK(object.value("message"_L1).toString() == u"Hello from a script"_s);
        }
    }
    CHECK(found);

    const Run unknown = fixture.cli({u"invite"_s, u"per_0000000000000000"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"per_0000000000000000"_s));
}

TEST_CASE("on a full disk a command says so in a sentence, fails with status 1 and keeps the cache; with room again "
          "it goes through",
          "[cli][diskfault]")
{
    SmallDisk disk(4);
    SKIP_WITHOUT_SMALL_DISK(disk)
    CliFixture f;
    // The data folder lives on the small disk.
    REQUIRE(QFile::link(disk.path(), f.dataDir()));
    REQUIRE(f.signIn().exitCode == 0);
    const QString id = f.serverIds("sent", "pending").first();
    REQUIRE(disk.fill());

    const Run refused = f.cli({u"withdraw"_s, id, u"--yes"_s, u"--password-file"_s, f.passwordFile()});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"The disk that holds the cache (%1) is full"_s.arg(f.dataDir())));
    CHECK(refused.err.count(u'\n') == 1); // one sentence
    CHECK(QDir(disk.path()).entryList({u"*.damaged-*"_s}).isEmpty());
    CHECK(f.serverIds("sent", "pending").contains(id));

    disk.makeRoom();
    const Run done = f.cli({u"withdraw"_s, id, u"--yes"_s, u"--password-file"_s, f.passwordFile()});
    INFO(done.out.toStdString() << done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(f.serverIds("sent", "withdrawn").contains(id));
    const Run listed = f.cli({u"list"_s, u"sent"_s});
    CHECK(listed.exitCode == 0);
    CHECK_FALSE(listed.out.contains(id));
}
