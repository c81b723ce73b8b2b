// Client scale benchmark: the window over a cache of N sent invitations.
//   invitedesk_client_bench N
// Prints time to the first painted Sent list (its newest rows and true row count) and
// until every row is read (ready), filter keystroke latency, sort and scroll times, the
// cost of one withdrawal and of undoing 1,000 scattered ones, the Stats page shown again,
// and peak memory. Run it once per N (0, 100000) so each process's peak memory is its
// own; the last line is
//   BENCH client-run rows=N first_paint_ms=… ready_ms=… keystroke_median_ms=…
//         keystroke_worst_ms=… sort_ms=… withdraw_ms=… undo_batch_ms=… stats_ms=… rss_mib=…
// and tests/bench/client-ratios.sh puts runs of N and of 0 side by side.
// "Worst" is the 95th percentile of the keystrokes; sort_ms the slower of by name and
// back to newest first.
#include "actions/autowithdrawal.h"
#include "actions/invitationactions.h"
#include "cache/cachestore.h"
#include "core/memorytuning.h"
#include "models/accountmodels.h"
#include "models/invitationlistmodel.h"
#include "session/session.h"
#include "core/systemclock.h"
#include "session/appsettings.h"
#include "ui/invitationlistpage.h"
#include "ui/mainwindow.h"
#include "ui/statspage.h"
#include "ui/undobanner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace InviteDesk;
using namespace Qt::StringLiterals;

namespace {

const QStringList firstNames{u"Ada"_s, u"Björn"_s, u"Chen"_s, u"Dalia"_s, u"Elif"_s, u"Farah"_s, u"Goran"_s,
                             u"Hana"_s, u"Ines"_s, u"Jonas"_s, u"Kwame"_s, u"Lena"_s, u"Mateo"_s, u"Noa"_s};
const QStringList lastNames{u"Castillo"_s, u"Nguyễn"_s, u"O'Brien"_s, u"Patel"_s, u"Silva"_s, u"Tanaka"_s,
                            u"Umar"_s, u"Wójcik"_s, u"Yilmaz"_s, u"Zhou"_s};
const QStringList companies{u"Acme Robotics"_s, u"Café & Código"_s, u"Nordlicht GmbH"_s, u"Papaya Pay"_s,
                            u"Quanta Analytics"_s, u"Tessellate"_s, u"Verdant Energy"_s};
const QStringList headlines{u"Qt/C++ Developer"_s, u"Product Manager"_s, u"Site Reliability Engineer"_s,
                            u"Recruiter — Tech & Product"_s, u"UX Researcher"_s};

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void seed(CacheStore &store, int count, const QDateTime &now)
{
    SyncBatch batch;
    batch.upserts.reserve(count);
    for (int i = 0; i < count; ++i) {
        Invitation inv;
        inv.id = u"inv_%1"_s.arg(i, 8, 16, QChar(u'0'));
        inv.direction = i % 10 == 0 ? Direction::Received : Direction::Sent;
        inv.state = InvitationState::Pending;
        inv.sentAt = now.addSecs(-static_cast<qint64>(i % 179) * 86400 - i);
        inv.updatedAt = inv.sentAt;
        inv.expiresAt = DomainRules{}.expiresAt(inv.sentAt);
        inv.person = Person{u"per_%1"_s.arg(i), firstNames[i % firstNames.size()] + u' ' + lastNames[(i / 7) % lastNames.size()],
                            headlines[i % headlines.size()], companies[(i / 3) % companies.size()], {}};
        batch.upserts.append(inv);
    }
    batch.nextToken = u"bench"_s;
    QString error;
    if (!store.syncState().applySyncBatch(batch, &error))
        qFatal("seeding failed: %s", qPrintable(error));
}

// Fills the cache in a child process, so that the window's peak memory (max RSS) is its
// own and not the million invitations the seeding held.
void seedInChild(const QString &path, int count, int argc, char *argv[])
{
    const pid_t child = fork();
    if (child < 0)
        qFatal("fork failed");
    if (child > 0) {
        int status = 0;
        if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            qFatal("seeding the cache failed");
        return;
    }
    QCoreApplication app(argc, argv);
    SystemClock clock;
    {
        QString error;
        auto store = CacheStore::open(path, clock, &error);
        QElapsedTimer timer;
        timer.start();
        seed(*store, count, clock.now());
        std::printf("cache rows: %d (seeded in one sync batch: %.0f ms)\n", count, msSince(timer));
    }
    {
        QString error;
        auto store = CacheStore::open(path, clock, &error);
        QElapsedTimer timer;
        timer.start();
        const auto rows = store->invitations().invitations(Direction::Sent, InvitationState::Pending).value();
        std::printf("reading the %lld pending sent rows from the cache as full rows: %.0f ms\n",
                    static_cast<long long>(rows.size()), msSince(timer));
    }
    std::fflush(stdout);
    _exit(0); // the parent's temporary folder stays
}

} // namespace

int main(int argc, char *argv[])
{
    // As the window's main() does.
    InviteDesk::MemoryTuning::returnLargeBlocksToTheSystem();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    seedInChild(path, count, argc, argv);
    QApplication app(argc, argv);
    SystemClock clock;

    // A cold start as the user has it: open the cache, build the window, paint Sent.
    QElapsedTimer startup;
    startup.start();
    QString error;
    auto store = CacheStore::open(path, clock, &error);
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setConfirmYoungWithdrawals(false); // no modal question in a benchmark
    // No server: the window as it is before the first answer (or offline).
    QNetworkAccessManager network;
    Session session(network, clock);
    session.open(*store, QUrl(u"https://invitations.example"_s), u"bench"_s);
    AccountModels account(*store, clock);
    InvitationActions actions(*store, session, settings, clock);
    AutoWithdrawal autoWithdrawal(*store, actions, settings, clock);
    MainWindow window(account, actions, autoWithdrawal, session, settings);
    const double built = msSince(startup);
    window.showManage(Direction::Sent);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("window not exposed");
    auto *page = window.sentPage();
    page->view()->viewport()->grab(); // forces the paint of the visible rows
    const double painted = msSince(startup);
    std::printf("first painted Sent list: %.0f ms (window and models built in %.0f ms), %d rows\n", painted, built,
                page->model()->rowCount());
    // Search, sort and selection wait until every row is read (on a worker thread).
    if (!QTest::qWaitFor([page] { return page->isReady(); }, 60000))
        qFatal("the list was not read in a minute");
    page->view()->viewport()->grab();
    const double ready = msSince(startup);
    std::printf("every row read, the page ready for search, sort and selection: %.0f ms\n", ready);

    // Filter keystrokes: "lena tan", one character at a time, then erased.
    QList<double> keystrokes;
    const QString query = u"lena tan"_s;
    for (qsizetype i = 1; i <= query.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        page->searchField()->setText(query.left(i));
        page->view()->viewport()->grab();
        keystrokes.append(msSince(timer));
    }
    const int matches = page->model()->rowCount();
    for (qsizetype i = query.size() - 1; i >= 0; --i) {
        QElapsedTimer timer;
        timer.start();
        page->searchField()->setText(query.left(i));
        page->view()->viewport()->grab();
        keystrokes.append(msSince(timer));
    }
    QStringList each;
    for (const double ms : std::as_const(keystrokes))
        each.append(QString::number(ms, 'f', 0));
    std::printf("  each keystroke, typed then erased (ms): %s\n", qPrintable(each.join(u' ')));
    std::sort(keystrokes.begin(), keystrokes.end());
    const double keystrokeMedian = keystrokes[keystrokes.size() / 2];
    const double keystrokeWorst = keystrokes[std::min<qsizetype>(keystrokes.size() - 1, keystrokes.size() * 95 / 100)];
    std::printf("filter keystroke (filter + repaint), %lld keystrokes: median %.1f ms, worst %.1f ms (%d match \"%s\")\n",
                static_cast<long long>(keystrokes.size()), keystrokes[keystrokes.size() / 2], keystrokes.last(),
                matches, qPrintable(query));

    // Scrolling: a page at a time through the first 200 pages, each repainted.
    auto *scroll = page->view()->verticalScrollBar();
    QList<double> pages;
    for (int i = 0; i < 200 && scroll->value() < scroll->maximum(); ++i) {
        QElapsedTimer timer;
        timer.start();
        scroll->setValue(scroll->value() + scroll->pageStep());
        page->view()->viewport()->grab();
        pages.append(msSince(timer));
    }
    if (!pages.isEmpty()) {
        std::sort(pages.begin(), pages.end());
        std::printf("scroll one page + repaint, %lld pages: median %.2f ms, worst %.2f ms\n",
                    static_cast<long long>(pages.size()), pages[pages.size() / 2], pages.last());
    }

    // Sorting by name (a header click) and back by date.
    QElapsedTimer sortTimer;
    sortTimer.start();
    page->view()->sortByColumn(0, Qt::AscendingOrder);
    page->view()->viewport()->grab();
    const double sortByName = msSince(sortTimer);
    sortTimer.restart();
    page->view()->sortByColumn(3, Qt::DescendingOrder);
    page->view()->viewport()->grab();
    const double sortByDate = msSince(sortTimer);
    std::printf("sort by name: %.0f ms, back to newest first: %.0f ms\n", sortByName, sortByDate);

    // One withdrawal in a list of N: enqueue, the row leaves, repaint.
    double withdrawMs = 0;
    if (page->model()->rowCount() > 0) {
        const auto id = page->model()->index(0, 0).data(Qt::UserRole + 2).toString();
        QElapsedTimer timer;
        timer.start();
        window.withdraw({id});
        page->view()->viewport()->grab();
        withdrawMs = msSince(timer);
        std::printf("withdraw one row (outbox write + row removed + repaint): %.1f ms\n", withdrawMs);
    }
    // Undo of a withdrawal of 1,000 rows scattered through the list: they all come back.
    double undoBatchMs = 0;
    if (const int rows = page->model()->rowCount(); rows >= 1000) {
        QStringList scattered;
        for (int i = 0; i < 1000; ++i)
            scattered.append(page->model()->index(i * (rows / 1000), 0).data(Qt::UserRole + 2).toString());
        QElapsedTimer timer;
        timer.start();
        window.withdraw(scattered);
        page->view()->viewport()->grab();
        const double withdrawBatchMs = msSince(timer);
        if (!window.banner()->isUndoOffered())
            qFatal("no undo offered for the batch");
        timer.restart();
        QTest::mouseClick(window.banner()->undoButton(), Qt::LeftButton);
        page->view()->viewport()->grab();
        undoBatchMs = msSince(timer);
        std::printf("withdraw 1,000 scattered rows: %.1f ms; undo them (all rows back + repaint): %.1f ms, %d rows\n",
                    withdrawBatchMs, undoBatchMs, page->model()->rowCount());
    }

    // The Stats page, shown: every sent invitation counted, the charts painted.
    auto *stats = window.statsPage();
    auto *sections = qobject_cast<QTabWidget *>(stats->parentWidget()->parentWidget());
    QElapsedTimer statsTimer;
    statsTimer.start();
    sections->setCurrentWidget(stats);
    stats->grab();
    const double statsFirstMs = msSince(statsTimer);
    // Shown again: counted again (showEvent), the charts exist.
    window.showManage(Direction::Sent);
    statsTimer.restart();
    sections->setCurrentWidget(stats);
    stats->grab();
    const double statsMs = msSince(statsTimer);
    std::printf("Stats page first shown and painted: %.1f ms; shown again (counted again, repainted): %.1f ms\n",
                statsFirstMs, statsMs);

    std::printf("peak memory (max RSS): %ld MiB\n", peakMemoryMiB());
    std::printf("BENCH client-run rows=%d first_paint_ms=%.1f ready_ms=%.1f keystroke_median_ms=%.1f keystroke_worst_ms=%.1f "
                "sort_ms=%.1f withdraw_ms=%.1f undo_batch_ms=%.1f stats_ms=%.1f rss_mib=%ld\n",
                count, painted, ready, keystrokeMedian, keystrokeWorst, std::max(sortByName, sortByDate), withdrawMs,
                undoBatchMs, statsMs, peakMemoryMiB());
    return 0;
}
