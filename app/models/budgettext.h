#pragma once

#include "core/accountsnapshot.h"

#include <QString>

namespace InviteDesk {

// "12 of 100 invitations used this week", and at the limit when sending frees up.
QString describeWeeklyBudget(const AccountSnapshot &snapshot);

} // namespace InviteDesk
