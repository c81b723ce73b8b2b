#pragma once

#include "core/domainrules.h"
#include "core/invitation.h"
#include "core/person.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    // nullopt from a server too old to count them in /me (page /connections then).
    std::optional<int> connectionCount;
    // The server's rules; nullopt from a server too old to publish them.
    std::optional<DomainRules> rules;
};

} // namespace InviteDesk
