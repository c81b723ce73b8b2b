#pragma once

#include <QDateTime>
#include <QString>

namespace InviteDesk {

// The figures My Network and the status bar show, as last known to the cache.
struct AccountSnapshot
{
    QString userName;
    int pendingReceived = 0;
    int pendingSent = 0;
    int connections = 0;
    int queuedActions = 0;
    int weeklyInvitesUsed = 0;
    int weeklyInvitesLimit = 0;
    // Set while the weekly limit blocks sending: when the next invitation may go.
    QDateTime nextInviteAllowedAt;
    QDateTime lastSyncedAt; // invalid before the first sync
};

} // namespace InviteDesk
