// Process start to first painted window, the client next to a minimal Qt Widgets program.
//   invitedesk_start_bench [RUNS]   (default 5)
// Both are started the same way, as fresh processes with QT_QPA_PLATFORM from the
// environment, and timed from QProcess::start to the "first-frame" line each prints
// after its first main-window paint (ui/firstframereporter.h). The client is
// `invitedesk --offline` on a data folder whose last account has an empty cache (0
// cached; the warm-up run creates it); the floor is invitedesk_start_floor, a
// QMainWindow around an empty QTableView. The two alternate run by run after one
// warm-up each. Medians; the last line is
//   BENCH start client_ms=… floor_ms=… ratio=…
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds from start to the first frame, or a negative number when it never came.
double timeToFirstFrame(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"INVITEDESK_REPORT_FIRST_FRAME"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    while (process.waitForReadyRead(30000)) {
        if (process.readAll().contains("first-frame")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(10000))
        process.kill();
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5);
    const QDir bin(QCoreApplication::applicationDirPath());

    QTemporaryDir dataDir;
    QSettings settings(QDir(dataDir.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"account/server"_s, QUrl(u"http://127.0.0.1:9/api/v1"_s));
    settings.setValue(u"account/username"_s, u"bench"_s);
    settings.sync();

    const QString client = bin.filePath(u"invitedesk"_s);
    const QStringList clientArguments{u"--offline"_s, u"--data-dir"_s, dataDir.path()};
    const QString floor = bin.filePath(u"invitedesk_start_floor"_s);

    QList<double> clientMs;
    QList<double> floorMs;
    for (int run = -1; run < runs; ++run) {
        const double c = timeToFirstFrame(client, clientArguments);
        const double f = timeToFirstFrame(floor, {});
        if (c < 0 || f < 0) {
            std::fprintf(stderr, "no first frame from %s\n", c < 0 ? "the client" : "the floor");
            return 1;
        }
        std::printf("run %d: client %.1f ms, floor %.1f ms\n", run + 1, c, f);
        if (run >= 0) {
            clientMs.append(c);
            floorMs.append(f);
        }
    }
    const double c = median(clientMs);
    const double f = median(floorMs);
    std::printf("BENCH start client_ms=%.1f floor_ms=%.1f ratio=%.2f\n", c, f, c / f);
    return 0;
}
