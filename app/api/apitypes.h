#pragma once

#include "core/invitation.h"
#include "core/person.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace InviteDesk {

// GET /sync: one page of the caller's change feed.
struct SyncPage
{
    QList<Invitation> upserts;
    QStringList removedIds; // invitations that vanished for the caller
    QString nextSince;
    bool hasMore = false;
};

// GET /me
struct AccountInfo
{
    Person person;
    int weeklyInvitesUsed = 0;
    int weeklyInvitesLimit = 0;
};

} // namespace InviteDesk
