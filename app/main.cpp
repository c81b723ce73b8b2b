// invitedesk: parses the command line and hands it to ClientApp.
#include "core/memorytuning.h"
#include "session/quitonsignal.h"
#include "session/session.h"
#include "session/singleinstance.h"
#include "session/translationloader.h"
#include "ui/clientapp.h"
#include "ui/firstframereporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::CommandLine)
};

// --help and --version print and leave: they need no display, so no QApplication.
bool onlyPrints(int argc, char *argv[])
{
    return std::any_of(argv + 1, argv + argc, [](const char *arg) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
        return false;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    InviteDesk::MemoryTuning::returnLargeBlocksToTheSystem();
    const std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"invitedesk"_s);
    QGuiApplication::setApplicationDisplayName(u"InviteDesk"_s);
    QCoreApplication::setOrganizationName(u"InviteDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QGuiApplication::setDesktopFileName(u"invitedesk"_s);
    // Before any text is made: the help below and every widget are in the user's language
    // (QLocale() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG).
    InviteDesk::TranslationLoader translations;
    translations.install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Review the invitations you received and the ones you sent, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, Text::tr("Start the bundled demo server with sample data and use it."));
    const QCommandLineOption server(u"server"_s, Text::tr("Use the Invitations API at URL (https://…/api/v1)."),
                                    Text::tr("URL"));
    const QCommandLineOption dataDir(u"data-dir"_s, Text::tr("Keep the cache and settings in DIR."), Text::tr("DIR"),
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption offline(u"offline"_s, Text::tr("Start from the cache without contacting the server."));
    const QCommandLineOption caCertificates(
        u"ca-certificates"_s,
        Text::tr("Also trust the certificate authorities in FILE (PEM) for the server's certificate."),
        Text::tr("FILE"));
    parser.addOptions({demo, server, dataDir, offline, caCertificates});
    parser.process(*app);
    if (parser.isSet(demo) && parser.isSet(server)) {
        fputs(qPrintable(Text::tr("invitedesk: --demo and --server exclude each other") + u'\n'), stderr);
        return 2;
    }

    InviteDesk::LaunchOptions options;
    options.mode = parser.isSet(demo)     ? InviteDesk::LaunchOptions::Mode::Demo
                   : parser.isSet(server) ? InviteDesk::LaunchOptions::Mode::Server
                                          : InviteDesk::LaunchOptions::Mode::LastAccount;
    options.serverUrl = QUrl::fromUserInput(parser.value(server));
    options.dataDir = parser.value(dataDir);
    options.offline = parser.isSet(offline);

    // One window per data folder: a second start brings the first one to the front.
    InviteDesk::SingleInstance instance(options.dataDir);
    switch (instance.claim(options.mode == InviteDesk::LaunchOptions::Mode::Server ? options.serverUrl : QUrl())) {
    case InviteDesk::SingleInstance::Claim::First:
        break;
    case InviteDesk::SingleInstance::Claim::HandedOver:
        fputs(qPrintable(Text::tr("InviteDesk is already running with this data folder; its window is now in front.")
                         + u'\n'),
              stdout);
        return 0;
    case InviteDesk::SingleInstance::Claim::NoAnswer:
        fputs(qPrintable(Text::tr("invitedesk: InviteDesk is already running with this data folder but does not "
                                  "answer (%1). Close it, or start with another --data-dir.")
                             .arg(instance.error())
                         + u'\n'),
              stderr);
        return 1;
    }

    // Start-up benchmarks only (tests/bench/startbench.cpp).
    std::unique_ptr<InviteDesk::FirstFrameReporter> firstFrame;
    if (qEnvironmentVariableIsSet("INVITEDESK_REPORT_FIRST_FRAME"))
        firstFrame = std::make_unique<InviteDesk::FirstFrameReporter>();

    InviteDesk::QuitOnSignal quitOnSignal;
    QNetworkAccessManager network;
    InviteDesk::ClientApp client(options, network);
    QObject::connect(&instance, &InviteDesk::SingleInstance::activationRequested, &client,
                     &InviteDesk::ClientApp::activate);
    if (parser.isSet(caCertificates)) {
        QString error;
        if (!client.session().trustCaCertificates(parser.value(caCertificates), &error)) {
            fputs(qPrintable(u"invitedesk: "_s + error + u'\n'), stderr);
            return 2;
        }
    }
    // Started from the running loop: a start that fails at once can still end it.
    QTimer::singleShot(0, &client, [&client] {
        QCoro::connect(client.start(), &client, [](bool started) {
            if (!started)
                QCoreApplication::exit(1);
        });
    });
    return QCoreApplication::exec();
}
