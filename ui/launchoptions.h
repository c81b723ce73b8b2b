#pragma once

#include <QString>
#include <QUrl>

namespace InviteDesk {

// What the command line asked for.
struct LaunchOptions
{
    enum class Mode {
        Demo,        // --demo: the bundled server, seeded, on an ephemeral loopback port
        Server,      // --server URL
        LastAccount, // neither: the account used last time, or a sign-in dialog
    };
    Mode mode = Mode::LastAccount;
    QUrl serverUrl;
    QString dataDir;
    bool offline = false;
};

} // namespace InviteDesk
