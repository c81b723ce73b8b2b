// The cache's disk stops taking writes under a running window, full (a real small
// tmpfs filled to the last byte) or failing (EIO from a SQLite VFS in front of the
// real one), and then takes them again: one sentence, the rows stay, the queue stays,
// new actions are refused whole, and it all goes on by itself afterwards.
#include "asynctest.h"
#include "catchqt.h"
#include "clientfixture.h"
#include "faultynetworkmanager.h"
#include "faultyvfs.h"
#include "manualclock.h"
#include "smalldisk.h"
#include "testcache.h"
#include "ui/undobanner.h"
#include "windowdriver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace InviteDesk;
using namespace InviteDesk::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString integrityOf(const QString &file)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA integrity_check"_s));
        while (query.next())
            result += query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int queuedActions(ClientFixture &fixture)
{
    return fixture.store().account().snapshot().value().queuedActions;
}

// One withdrawal queued before the disk fails; one tried while it does; the disk mended.
void withdrawAcrossDiskFault(ClientFixture &fixture, const std::function<void()> &breakDisk,
                             const std::function<void()> &mendDisk, const QString &sentenceSays)
{
    Window ui(fixture);
    ui.window->showManage(Direction::Sent);
    auto *sent = ui.window->sentPage();
    const QString queued = fixture.sentIds().at(0);
    const QString refused = fixture.sentIds().at(1);
    Window::clickRowButton(sent, queued, 0);
    REQUIRE(Window::rowOf(sent, queued) == -1);
    REQUIRE(queuedActions(fixture) == 1);
    const int rowsShown = sent->model()->rowCount();

    breakDisk();
    Window::clickRowButton(sent, refused, 0);
    // One sentence, in the status line for as long as it lasts and under the banner's
    // undo of the first withdrawal (which still stands).
    REQUIRE(waitUntil([&] { return ui.window->statusText().startsWith(u"The disk that holds the cache"_s); }, 5s));
    const QString sentence = ui.window->statusText();
    INFO(sentence.toStdString());
    CHECK(sentence.contains(sentenceSays));
    CHECK(sentence.contains(QDir::toNativeSeparators(fixture.cacheDir())));
    CHECK(ui.window->banner()->text().endsWith(sentence));
    // Refused whole: the row is as it was, nothing more is queued.
    CHECK(Window::rowOf(sent, refused) >= 0);
    CHECK(sent->model()->rowCount() == rowsShown);
    CHECK(queuedActions(fixture) == 1);

    // The undo window ends: what was queued is kept and not sent while its answer could
    // not be saved.
    ui.waitPastUndoWindow();
    awaitTask(ui.session().syncNow());
    QTest::qWait(300);
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).isEmpty());
    CHECK(ui.serverState(queued) == u"pending"_s);
    CHECK(queuedActions(fixture) == 1);
    CHECK(ui.window->statusText() == sentence);
    CHECK(Window::rowOf(sent, queued) == -1);
    CHECK(sent->model()->rowCount() == rowsShown);

    // Mended: nobody clicks anything, and it goes on.
    mendDisk();
    CHECK(waitUntil([&] { return ui.serverState(queued) == u"withdrawn"_s; }, 15s));
    CHECK(waitUntil([&] { return queuedActions(fixture) == 0 && ui.window->statusText().startsWith(u"Online"_s); },
                    10s));
    CHECK(fixture.network().requestsTo(u"/withdraw"_s).size() == 1);
    CHECK(ui.serverState(refused) == u"pending"_s);
    // New actions are taken again.
    Window::clickRowButton(sent, refused, 0);
    CHECK(Window::rowOf(sent, refused) == -1);
    CHECK(ui.window->banner()->isUndoOffered());
    CHECK(queuedActions(fixture) == 1);
}

} // namespace

TEST_CASE("a full disk under the cache: one sentence, the rows and the queue stay, new actions are refused, "
          "and it goes on by itself when there is room",
          "[widgets][diskfault]")
{
    SmallDisk disk(4);
    SKIP_WITHOUT_SMALL_DISK(disk)
    ClientFixture::Options options;
    options.cacheFolder = disk.path();
    {
        ClientFixture fixture(options);
        withdrawAcrossDiskFault(
            fixture, [&] { REQUIRE(disk.fill()); }, [&] { disk.makeRoom(); }, u"is full"_s);
        CHECK(fixture.store().writeHealth().isWritable());
    }
    CHECK(integrityOf(QDir(disk.path()).filePath(u"cache.sqlite"_s)) == u"ok"_s);
}

TEST_CASE("a disk that fails writes under the cache: one sentence, the rows and the queue stay, new actions are "
          "refused, and it goes on by itself when writing works again",
          "[widgets][diskfault]")
{
    FaultyVfs::install();
    QTemporaryDir folder;
    ClientFixture::Options options;
    options.cacheFolder = folder.path();
    {
        ClientFixture fixture(options);
        const int refusedBefore = FaultyVfs::refusedWrites();
        withdrawAcrossDiskFault(
            fixture, [&] { FaultyVfs::failWritesUnder(folder.path()); }, [] { FaultyVfs::stopFailing(); },
            u"fails to write"_s);
        CHECK(FaultyVfs::refusedWrites() > refusedBefore);
    }
    FaultyVfs::uninstall();
    CHECK(integrityOf(QDir(folder.path()).filePath(u"cache.sqlite"_s)) == u"ok"_s);
}

TEST_CASE("a cache whose disk is already full when it opens is refused in a sentence and kept, not set aside",
          "[diskfault]")
{
    SmallDisk disk(4);
    SKIP_WITHOUT_SMALL_DISK(disk)
    const QString path = QDir(disk.path()).filePath(u"cache.sqlite"_s);
    ManualClock clock;
    QString error;
    {
        auto store = CacheStore::open(path, clock, &error);
        REQUIRE(store);
        QList<Invitation> upserts;
        for (int i = 0; i < 40; ++i)
            upserts.append(makeInvitation(u"s%1"_s.arg(i), Direction::Sent, clock.now().addDays(-30 - i),
                                          u"Person %1"_s.arg(i)));
        REQUIRE(store->syncState().applySyncBatch(SyncBatch{upserts, {}, u"token-1"_s}, &error));
    }
    REQUIRE(disk.fill());
    QString notice;
    CHECK_FALSE(CacheStore::openOrRecover(path, clock, &error, &notice));
    INFO(error.toStdString());
    CHECK(error.startsWith(u"The disk that holds the cache (%1) is full"_s.arg(QDir::toNativeSeparators(disk.path()))));
    CHECK(notice.isEmpty());
    CHECK(QDir(disk.path()).entryList({u"*.damaged-*"_s}).isEmpty());

    disk.makeRoom();
    auto store = CacheStore::openOrRecover(path, clock, &error, &notice);
    REQUIRE(store);
    CHECK(notice.isEmpty());
    CHECK(store->invitations().invitations(Direction::Sent, InvitationState::Pending).value().size() == 40);
}
