// invitedesk-cli: one command on the window's account and cache, from a terminal or
// a script. Exit statuses: cli/exitcode.h.
#include "cli/cliapp.h"
#include "cli/clioptions.h"
#include "cli/exitcode.h"
#include "core/memorytuning.h"
#include "session/quitonsignal.h"
#include "session/translationloader.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    InviteDesk::MemoryTuning::returnLargeBlocksToTheSystem();
    QCoreApplication app(argc, argv);
    // The window's names, so the default data folder is the window's.
    QCoreApplication::setApplicationName(u"invitedesk"_s);
    QCoreApplication::setOrganizationName(u"InviteDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    // The layers' progress logging is for the window's log; here stderr is for problems.
    QLoggingCategory::setFilterRules(u"invitedesk.*.info=false"_s);
    InviteDesk::TranslationLoader translations;
    translations.install(QLocale());

    InviteDesk::Cli::CliOptions options;
    QString error;
    std::optional<int> exitNow;
    if (!InviteDesk::Cli::CliOptions::parse(QCoreApplication::arguments(), &options, &error, &exitNow)) {
        fputs(qPrintable(u"invitedesk-cli: "_s + error + u'\n'), stderr);
        return InviteDesk::Cli::UsageError;
    }
    if (exitNow)
        return *exitNow;

    InviteDesk::QuitOnSignal quitOnSignal;
    QNetworkAccessManager network;
    InviteDesk::Cli::CliApp cli(options, network);
    QTimer::singleShot(0, &cli, [&cli] {
        QCoro::connect(cli.run(), &cli, [](int status) { QCoreApplication::exit(status); });
    });
    return QCoreApplication::exec();
}
