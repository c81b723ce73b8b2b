// invitedesk: parses the command line and hands it to ClientApp.
#include "session/quitonsignal.h"
#include "ui/clientapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"invitedesk"_s);
    QApplication::setApplicationDisplayName(u"InviteDesk"_s);
    QApplication::setOrganizationName(u"InviteDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QApplication::setDesktopFileName(u"invitedesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Review the invitations you received and the ones you sent, online or offline."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Start the bundled demo server with sample data and use it."_s);
    const QCommandLineOption server(u"server"_s, u"Use the Invitations API at URL (https://…/api/v1)."_s, u"URL"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep the cache and settings in DIR."_s, u"DIR"_s,
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption offline(u"offline"_s, u"Start from the cache without contacting the server."_s);
    parser.addOptions({demo, server, dataDir, offline});
    parser.process(app);
    if (parser.isSet(demo) && parser.isSet(server)) {
        fputs("invitedesk: --demo and --server exclude each other\n", stderr);
        return 2;
    }

    InviteDesk::LaunchOptions options;
    options.mode = parser.isSet(demo)     ? InviteDesk::LaunchOptions::Mode::Demo
                   : parser.isSet(server) ? InviteDesk::LaunchOptions::Mode::Server
                                          : InviteDesk::LaunchOptions::Mode::LastAccount;
    options.serverUrl = QUrl::fromUserInput(parser.value(server));
    options.dataDir = parser.value(dataDir);
    options.offline = parser.isSet(offline);

    InviteDesk::QuitOnSignal quitOnSignal;
    QNetworkAccessManager network;
    InviteDesk::ClientApp client(options, network);
    // Started from the running loop: a start that fails at once can still end it.
    QTimer::singleShot(0, &client, [&client] {
        QCoro::connect(client.start(), &client, [](bool started) {
            if (!started)
                QCoreApplication::exit(1);
        });
    });
    return app.exec();
}
