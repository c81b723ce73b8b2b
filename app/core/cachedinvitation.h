#pragma once

#include "core/invitation.h"

#include <QDateTime>

namespace InviteDesk {

// An invitation as the user sees it: the server's last known version with any queued
// action applied on top (a withdrawal waiting in the outbox already shows as withdrawn).
struct CachedInvitation
{
    Invitation invitation;
    bool actionQueued = false;
    // When the invitation last changed as the user sees it (the queued action's time, or
    // the server's updated_at).
    QDateTime changedAt;
};

} // namespace InviteDesk
